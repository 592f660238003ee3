"""The five errors of issue 19's acceptance, on the real widgets, with the real translations
(the shipped salonvault_*.qm, built from salonvault/resources/translations/*.ts): a bad phone in
the client form, a wrong PIN on the lock screen, a refused action, an import row's reason in the
preview and a backup to a read-only folder. Each shows the exact sentence the .ts holds for the
language, its parameters filled in, and no English word of the sentence it replaces.

The expected sentences are read from the .ts files, not written here: a retranslation changes
them without touching this test, and a missing or unfinished entry fails it."""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.import_files import write_csv
from tests.support import NAMES, Team
from tests.ui.support import sign_in, sign_in_as
from ui.dialogs.import_wizard import MAPPING, PREVIEW, ImportWizard
from ui.labels import fill
from ui.pages.backups_page import BackupsPage
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "salonvault" / "resources" / "translations"
LANGUAGES = ("vi", "pl", "zh_CN")
# Words a translation keeps as they are: a product's name, the PIN, the region's code.
KEPT = {"pin", "salonvault"}
COUNTRY = {"vi": "VN", "pl": "PL", "zh_CN": "CN"}  # each language's salon in its own country

PHONE = (
    "ClientsErrors",
    "That phone number is not valid (numbers without a country code are read as %1; add"
    " +48, +84, +86 … for others).",
)
WRONG_PIN = ("AuthErrors", "Wrong PIN. %n more wrong tries will disable this account.")
REFUSAL = ("AccessErrors", "A %1 may not %2.")
RECEPTIONIST = ("Labels", "Receptionist")
RESTORE = ("Permissions", "restore a backup")
READ_ONLY = ("FileProblem", "SalonVault may not write to %2: the drive is read-only")
AND_THEN = ("FileProblem", "%1; %2.")
UNTOUCHED = ("FileProblem", "earlier backups were not touched")


@cache
def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → its finished translation (the plural forms, or one text)."""
    found: dict[tuple[str, str], list[str]] = {}
    tree = ET.parse(TRANSLATIONS / f"salonvault_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return found


def _plural_form(language: str, n: int) -> int:
    """Qt's plural rules for the three languages (Polish: one, few, many)."""
    if language != "pl":
        return 0
    if n == 1:
        return 0
    return 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2


def ts(language: str, entry: tuple[str, str], n: int | None = None) -> str:
    forms = _catalogue(language).get(entry)
    assert forms, f"{entry} has no finished {language} translation"
    if n is None:
        return forms[0]
    return forms[_plural_form(language, n)].replace("%n", str(n))


def english_left(shown: str, *entries: tuple[str, str]) -> list[str]:
    """Words of the English sentences that are still on screen."""
    english = {
        word.lower()
        for _context, source in entries
        for word in re.findall(r"[A-Za-z]{3,}", re.sub(r"%\w", " ", source))
    }
    on_screen = {word.lower() for word in re.findall(r"[A-Za-z]{3,}", shown)}
    return sorted((english & on_screen) - KEPT)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, shell: ShellWindow) -> str:
    code = str(request.param)
    shell.switch_language(code)  # the shipped .qm, as a person picking the language loads it
    return code


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block offscreen: what they would have said."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return texts


def _page(qtbot: QtBot, shell: ShellWindow, role: Role, key: str) -> Any:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page(key)
    return shell.workspace.pages.currentWidget()


def test_a_bad_phone_in_the_client_form(
    qtbot: QtBot, shell: ShellWindow, team: Team, language: str
) -> None:
    shell.vault.settings.set_phone_region(team.owner, COUNTRY[language])
    page = _page(qtbot, shell, Role.RECEPTIONIST, "clients")
    assert isinstance(page, ClientsPage)
    dialog = page.new_client()
    dialog.fields["family_name"].insert("Nguyễn")  # type: ignore[union-attr]
    dialog.fields["given_name"].insert("Thị Hoa")  # type: ignore[union-attr]
    dialog.fields["phone"].insert("12")  # type: ignore[union-attr]
    dialog.save()
    shown = dialog.errors["phone"]
    assert dialog.isVisible() and shown.isVisible()
    assert shown.text() == fill(ts(language, PHONE), COUNTRY[language])
    assert english_left(shown.text(), PHONE) == []
    dialog.reject()


def test_a_wrong_pin_on_the_lock_screen(qtbot: QtBot, shell: ShellWindow, language: str) -> None:
    sign_in(qtbot, shell, NAMES[Role.TECHNICIAN], "583917")
    shown = shell.lock_screen.message.text()
    assert shown == ts(language, WRONG_PIN, 9)
    assert english_left(shown, WRONG_PIN) == []
    sign_in(qtbot, shell, NAMES[Role.TECHNICIAN], "583917")
    assert shell.lock_screen.message.text() == ts(language, WRONG_PIN, 8)  # pl: "few"→"many"


def test_a_receptionist_refused_the_owner_s_restore_drill(
    qtbot: QtBot, shell: ShellWindow, language: str, said: list[str], tmp_path: Path
) -> None:
    """The Backups page's actions (its drill button is the owner's) asked by the receptionist:
    the service refuses, and the window says who may not do what."""
    page = _page(qtbot, shell, Role.RECEPTIONIST, "backups")
    assert isinstance(page, BackupsPage) and not page.drill_button.isVisible()
    assert page.backup_actions.drill(tmp_path / "any.svbak")
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=10_000)
    expected = fill(ts(language, REFUSAL), ts(language, RECEPTIONIST), ts(language, RESTORE))
    assert said == [expected]
    assert english_left(said[0], REFUSAL, RECEPTIONIST, RESTORE) == []


def test_an_import_row_reason_in_the_preview(
    qtbot: QtBot, shell: ShellWindow, team: Team, language: str, tmp_path: Path
) -> None:
    shell.vault.settings.set_phone_region(team.owner, COUNTRY[language])
    shell.vault.clients.set_collected_fields(team.owner, {"phone", "birth_date"})
    rows = [["Họ và tên", "Số điện thoại"], ["Nguyễn Thị Ánh", "0987 654 321"], ["Trần Đức", "12"]]
    path = write_csv(tmp_path / "khach.csv", rows, "utf-8")
    page = _page(qtbot, shell, Role.OWNER, "clients")
    assert isinstance(page, ClientsPage)
    page.import_button.click()
    wizard = page.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == MAPPING, timeout=10_000)
    wizard.next_button.click()  # the preview
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.working, timeout=10_000)
    assert wizard.stack.currentIndex() == PREVIEW
    reasons = {
        wizard.model.preview_row(r).line: wizard.model.index(r, 3).data()
        for r in range(wizard.model.rowCount())
    }
    assert reasons[3] == fill(ts(language, PHONE), COUNTRY[language])
    assert english_left(reasons[3], PHONE) == []
    wizard.reject()


def test_a_backup_to_a_read_only_folder(
    qtbot: QtBot,
    shell: ShellWindow,
    language: str,
    said: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The drive answers EROFS (a locked SD card; tests run as root, where a folder's mode
    would not stop the write), at the one door files leave through."""

    def read_only(path: Any, *_a: Any, **_k: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    usb = tmp_path / "usb"
    usb.mkdir()
    page = _page(qtbot, shell, Role.RECEPTIONIST, "backups")
    assert isinstance(page, BackupsPage)
    page.select_folder(usb)
    monkeypatch.setattr("salonvault.files.outbound.open", read_only, raising=False)
    page.backup_button.click()
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=30_000)
    sentence = fill(ts(language, READ_ONLY), "", usb)
    assert said == [fill(ts(language, AND_THEN), sentence, ts(language, UNTOUCHED))]
    words = said[0].replace(str(usb), "")  # the folder's own name is no sentence
    assert english_left(words, READ_ONLY, AND_THEN, UNTOUCHED) == []
    assert list(usb.iterdir()) == []
