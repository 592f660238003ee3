"""Errors on screen in Vietnamese, Polish and Chinese, for tools.screenshots (issue 19's
acceptance): a bad phone in the client form, a wrong PIN, a receptionist refused the owner's
restore drill, an import row's reason and a backup to a read-only drive.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots errors

Saved as docs/screenshots/errors/<case>-<language>.png.
"""

from __future__ import annotations

import csv
import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import salonvault.files.outbound as outbound
from ui.dialogs.import_wizard import MAPPING, ImportWizard
from ui.pages.backups_page import BackupsPage
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[[int], None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]
COUNTRY = {"vi": "VN", "pl": "PL", "zh_CN": "CN"}


def error_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    root: Path,
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    by_role = {member["role"]: member for member in staff}
    shot = _shot_as(grab)
    for lang in ("vi", "pl", "zh_CN"):
        shell.switch_language(lang)
        owner_steps(shell, by_role["owner"], root, lang, shot, settle, sign_in)
        reception_steps(shell, by_role["receptionist"], root, lang, shot, settle, sign_in)
        shell.lock_screen.select(by_role["technician"]["name"])
        shell.lock_screen.sign_in_requested.emit(by_role["technician"]["name"], "000000")
        settle(1500)
        shot(shell, f"wrong-pin-{lang}")
    shell.switch_language("en")


def _shot_as(grab: Grab) -> Grab:
    def shot(window: QWidget, name: str) -> None:
        grab(window, f"errors/{name}")

    return shot


def owner_steps(
    shell: ShellWindow,
    owner: dict[str, str],
    root: Path,
    lang: str,
    shot: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    """The salon in the language's country; an import whose second row has no real phone."""
    sign_in(shell, owner)
    assert shell.workspace is not None and shell.session is not None
    shell.vault.settings.set_phone_region(shell.session, COUNTRY[lang])
    path = root / f"clients-{lang}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [["Họ và tên", "Số điện thoại"], ["Nguyễn Thị Ánh", "0987 654 321"], ["Trần Đức", "12"]]
        )
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    page.import_button.click()
    wizard = page.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    wizard.open_file(path)
    while wizard.stack.currentIndex() == 0 or wizard.working:
        settle(100)
    assert wizard.stack.currentIndex() == MAPPING
    wizard.next_button.click()
    while wizard.plan is None or wizard.working:
        settle(100)
    wizard.resize(1000, 560)
    shot(wizard, f"import-reason-{lang}")
    wizard.reject()
    shell.switch_user()


def reception_steps(
    shell: ShellWindow,
    member: dict[str, str],
    root: Path,
    lang: str,
    shot: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    sign_in(shell, member)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    dialog = page.new_client()
    dialog.fields["family_name"].insert("Nguyễn")  # type: ignore[union-attr]
    dialog.fields["given_name"].insert("Thị Hoa")  # type: ignore[union-attr]
    dialog.fields["phone"].insert("12")  # type: ignore[union-attr]
    dialog.save()
    shot(dialog, f"bad-phone-{lang}")
    dialog.reject()

    shell.workspace.show_page("backups")
    backups = shell.workspace.pages.currentWidget()
    assert isinstance(backups, BackupsPage)
    usb = root / f"usb-{lang}"
    usb.mkdir(exist_ok=True)
    backups.select_folder(usb)
    with _message_box_shot(shot, f"refused-{lang}"):
        backups.backup_actions.drill(usb / "any.svbak")  # the owner's: hidden from reception
        _wait(shell, settle)
    with _read_only_drive(), _message_box_shot(shot, f"backup-read-only-{lang}"):
        backups.backup_actions.back_up(usb)
        _wait(shell, settle)
    shell.switch_user()


def _wait(shell: ShellWindow, settle: Settle) -> None:
    settle(300)
    while shell.backup_tasks.running:
        settle(100)


@contextmanager
def _message_box_shot(shot: Grab, name: str) -> Iterator[None]:
    """The message box the task opens is modal: grab it from a timer, then close it."""
    timer = QTimer()
    timer.setInterval(200)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            shot(box, name)
            box.accept()

    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


@contextmanager
def _read_only_drive() -> Iterator[None]:
    """The drive answers EROFS (a locked SD card) at the door files leave through."""

    def read_only(path: Any, *_a: Any, **_k: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    outbound.open = read_only  # type: ignore[attr-defined]
    try:
        yield
    finally:
        del outbound.open  # type: ignore[attr-defined]
