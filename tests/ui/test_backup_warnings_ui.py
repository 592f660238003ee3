"""Issue 20 on the window: a vault older than a backup of it is shown on the dashboard and the
Backups page until the owner dismisses it (item 3); the Backups page says which generations are
kept and what the chosen folder holds (item 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.backup.generations import DAYS_KEPT, MONTHS_KEPT, WEEKS_KEPT
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import NAMES, PINS, FakeClock, Team
from tests.ui.support import sign_in_as
from ui.pages.backups_page import BackupsPage
from ui.pages.dashboard_page import DashboardPage
from ui.shell import ShellWindow


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return said


def newer_backup(vault: Vault, key_dir: Path, tmp_path: Path, clock: FakeClock) -> Path:
    """A backup of this vault's copy after it moved on: from the vault's side, exactly what an
    older vault.db put back in place looks like (its log lacks the backup's last entry)."""
    copy_dir = tmp_path / "the-copy-that-went-on"
    shutil.copytree(vault.paths.data_dir, copy_dir)
    copy = open_vault(copy_dir, device_store=DeviceKeyStore(key_dir, use_os_store=False))
    try:
        owner = copy.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        usb = tmp_path / "usb"
        usb.mkdir()
        return copy.backups.backup(owner, usb).path
    finally:
        copy.close()


def page_of(qtbot: QtBot, shell: ShellWindow, name: str) -> object:
    assert shell.workspace is not None
    shell.workspace.show_page(name)
    page = shell.workspace.pages.currentWidget()
    qtbot.waitExposed(page)
    return page


def test_a_vault_older_than_its_backup_is_shown_until_the_owner_dismisses_it(
    qtbot: QtBot,
    shell: ShellWindow,
    vault: Vault,
    team: Team,
    isolated_key_store: Path,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    newer = newer_backup(vault, isolated_key_store, tmp_path, clock)
    sign_in_as(qtbot, shell, Role.OWNER)
    dashboard = page_of(qtbot, shell, "dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert not dashboard.older_vault.isVisible()

    assert vault.backups.verify(team.owner, newer).in_this_vault is False  # a scheduled check
    qtbot.waitUntil(dashboard.older_vault.isVisible, timeout=5_000)
    text = dashboard.older_vault.text.text()
    assert newer.name in text and "older" in text and "restore the newest backup" in text

    backups = page_of(qtbot, shell, "backups")
    assert isinstance(backups, BackupsPage)
    assert backups.older_vault.isVisible()
    button = backups.older_vault.dismiss_button
    assert button.isVisible() and button.text() == "I know why"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # by keyboard
    qtbot.waitUntil(lambda: not backups.older_vault.isVisible(), timeout=5_000)
    assert vault.backups.status().older_vault is None
    dashboard = page_of(qtbot, shell, "dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert not dashboard.older_vault.isVisible()
    history = backups.history_model
    assert any("⚠" in history.index(r, 2).data() for r in range(history.rowCount()))


def test_the_receptionist_sees_it_and_is_asked_to_tell_the_owner(
    qtbot: QtBot,
    shell: ShellWindow,
    vault: Vault,
    team: Team,
    isolated_key_store: Path,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    newer = newer_backup(vault, isolated_key_store, tmp_path, clock)
    vault.backups.verify_unattended(newer)  # verify-backup --data-dir, run at night
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    backups = page_of(qtbot, shell, "backups")
    assert isinstance(backups, BackupsPage)
    assert backups.older_vault.isVisible()
    assert "Tell the owner." in backups.older_vault.text.text()
    assert not backups.older_vault.dismiss_button.isVisible()


def test_the_page_says_which_generations_are_kept_and_what_the_folder_holds(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    sign_in_as(qtbot, shell, Role.OWNER)
    page = page_of(qtbot, shell, "backups")
    assert isinstance(page, BackupsPage)
    # The sentence names the numbers the rotation uses.
    assert (DAYS_KEPT, WEEKS_KEPT, MONTHS_KEPT) == (7, 4, 12)
    assert "7 days, 4 weeks and 12 months" in page.generations_rule.text()
    assert page.generations_rule.isVisible()
    page.select_folder(usb)
    assert page.folder_backups.text() == "No SalonVault backups in this folder yet."
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=60_000)
    qtbot.waitUntil(lambda: "1 backup" in page.folder_backups.text(), timeout=5_000)
    assert "the oldest from" in page.folder_backups.text()
