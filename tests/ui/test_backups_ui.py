"""The Backups page with real widgets: back up with progress, cancel, drill, roles, reminders."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import ValidationError
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from salonvault.services.vault.restore import recovery_key_from_file
from tests.support import NAMES, PINS, FakeClock, Team
from tests.ui.support import sign_in_as
from ui.app import AppController
from ui.backup_tasks import BackupProgressDialog
from ui.i18n import Translations
from ui.models.backup_history import COLUMN_RESULT, COLUMN_WHAT
from ui.operations import Operations
from ui.pages.backups_page import BackupsPage
from ui.pages.dashboard_page import DashboardPage
from ui.shell import ShellWindow
from ui.wizard.restore_dialog import RestoreFromBackupDialog
from ui.wizard.setup_wizard import SetupWizard


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block offscreen; record what they would have said instead."""
    said: list[str] = []

    def record(
        _parent: object, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return said


def open_backups(qtbot: QtBot, shell: ShellWindow, role: Role, folder: Path) -> BackupsPage:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("backups")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, BackupsPage)
    page.select_folder(folder)
    return page


def wait_done(qtbot: QtBot, shell: ShellWindow) -> None:
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=60_000)


def test_back_up_now_with_progress_and_history(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    page = open_backups(qtbot, shell, Role.RECEPTIONIST, usb)
    assert page.reminder.isVisible() and "No verified backup" in page.reminder.text()
    assert shell.backup_reminder.isVisible()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    dialog = shell.backup_tasks.dialog
    assert dialog is not None and dialog.isVisible()
    wait_done(qtbot, shell)
    assert dialog.phases_seen == ["writing", "verifying"]
    files = list(usb.glob("*.svbak"))
    assert [p.name for p in usb.iterdir()] == [files[0].name]
    assert "written and verified" in no_message_boxes[-1] and str(files[0]) in no_message_boxes[-1]
    model = page.history_model
    assert model.rowCount() == 1
    assert model.index(0, COLUMN_WHAT).data() == "Backup"
    assert model.index(0, COLUMN_RESULT).data() == "Verified"
    assert not page.reminder.isVisible() and not shell.backup_reminder.isVisible()
    assert not page.drill_button.isVisible() and not page.restore_button.isVisible()
    assert not page.settings_box.isVisible(), "receptionists do not change backup settings"


def test_cancel_mid_way_leaves_nothing_half_written(
    qtbot: QtBot,
    shell: ShellWindow,
    tmp_path: Path,
    no_message_boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker pauses at its first progress report until the person clicks Cancel, so the
    click lands mid-way whatever the machine's speed."""
    report = BackupProgressDialog.report

    def report_then_wait(self: BackupProgressDialog, phase: str, done: int, total: int) -> None:
        report(self, phase, done, total)
        self.cancel_event.wait(timeout=20)

    monkeypatch.setattr(BackupProgressDialog, "report", report_then_wait)
    usb = tmp_path / "usb"
    usb.mkdir()
    page = open_backups(qtbot, shell, Role.OWNER, usb)
    page.back_up_now()
    dialog = shell.backup_tasks.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.phases_seen == ["writing"], timeout=20_000)
    assert [p.name for p in usb.iterdir() if p.name.endswith(".partial")], "mid-way"
    cancel_button = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, shell)
    assert list(usb.iterdir()) == [], "no backup and no .partial file"
    assert "Cancelled" in no_message_boxes[-1]
    assert page.history_model.index(0, COLUMN_RESULT).data() == "Cancelled"


def test_restore_drill_reports_and_changes_nothing(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    page = open_backups(qtbot, shell, Role.OWNER, tmp_path)
    page.back_up_now()
    wait_done(qtbot, shell)
    made = next(tmp_path.glob("*.svbak"))
    before = sorted(p.name for p in vault.paths.data_dir.iterdir())
    page.backup_actions.drill(made)
    wait_done(qtbot, shell)
    assert "drill restored this backup" in no_message_boxes[-1]
    assert "Clients: 0" in no_message_boxes[-1]
    assert sorted(p.name for p in vault.paths.data_dir.iterdir()) == before
    assert page.history_model.index(0, COLUMN_WHAT).data() == "Restore drill"


def test_owner_settings_saved_and_dashboard_reminder(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    page = open_backups(qtbot, shell, Role.OWNER, tmp_path)
    page.keep.setValue(4)
    page.remind.setValue(2)
    page.at_close.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = vault.backups.settings()
    assert (saved.keep, saved.remind_after_days, saved.at_close) == (4, 2, True)
    assert shell.workspace is not None
    shell.workspace.show_page("dashboard")
    dashboard = shell.workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.warning.isVisible()
    page.back_up_now()
    wait_done(qtbot, shell)
    assert not dashboard.warning.isVisible()
    assert "none yet" not in dashboard.last_backup.text()
    shell.lock("switch_user")  # nobody signed in: closing the window offers no backup


def test_a_lock_does_not_stop_a_running_backup(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker waits at its first progress report until the lock has happened, so the lock
    lands mid-way whatever the machine's speed (a small vault's backup could end first)."""
    locked = threading.Event()
    report = BackupProgressDialog.report

    def report_then_wait(self: BackupProgressDialog, phase: str, done: int, total: int) -> None:
        report(self, phase, done, total)
        locked.wait(timeout=20)

    monkeypatch.setattr(BackupProgressDialog, "report", report_then_wait)
    page = open_backups(qtbot, shell, Role.RECEPTIONIST, tmp_path)
    page.back_up_now()
    dialog = shell.backup_tasks.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.phases_seen), timeout=20_000)
    shell.lock("idle")
    assert shell.backup_tasks.running, "the progress dialog stays through the lock"
    locked.set()
    wait_done(qtbot, shell)
    assert len(list(tmp_path.glob("*.svbak"))) == 1


def test_closing_time_backup_runs_when_the_drive_is_there(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, tmp_path: Path
) -> None:
    page = open_backups(qtbot, shell, Role.OWNER, tmp_path)
    page.at_close.setChecked(True)
    page.save_settings()
    page.back_up_now()  # the folder becomes the closing-time target
    wait_done(qtbot, shell)
    assert len(list(tmp_path.glob("*.svbak"))) == 1
    shell.close()  # the (patched) question answers Yes
    wait_done(qtbot, shell)
    qtbot.waitUntil(lambda: not shell.isVisible(), timeout=10_000)
    assert len(list(tmp_path.glob("*.svbak"))) == 2
    QApplication.processEvents()


def test_restore_from_a_backup_on_a_new_pc(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    recovery_key_file: Path,
    operations: Operations,
) -> None:
    """The first-run dialog: backup file plus the key typed in, and the salon is back."""
    usb = tmp_path / "usb"
    usb.mkdir()
    vault.clients.create(team.owner, ClientInput("Trần", "Thu", phone="+84 905 111 222"))
    made = vault.backups.backup(team.owner, usb).path
    new_pc = tmp_path / "new-pc"
    dialog = RestoreFromBackupDialog(new_pc, operations)
    qtbot.addWidget(dialog)
    dialog.backup_file.setText(str(made))
    dialog.key_text.setPlainText("AGE-SECRET-KEY-1 not a key")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "recovery key" in dialog.status.text() and dialog.vault is None
    key_line = next(
        line for line in recovery_key_file.read_text().splitlines() if line.startswith("AGE-")
    )
    dialog.key_text.setPlainText(key_line)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=60_000)
    restored = dialog.vault
    assert restored is not None
    try:
        owner = restored.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        assert [c.display_name for c in restored.clients.search(owner, "Thu")] == ["Trần Thu"]
        assert restored.log.verify().ok
    finally:
        restored.close()


def test_the_wizard_offers_restore_on_its_first_page(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> None:
    wizard = SetupWizard(tmp_path / "salon", translations, operations)
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.language_page.restore_button
    assert button.isVisible() and button.text() == "Restore from a backup…"


def test_owner_restore_hands_the_window_a_new_vault(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    page = open_backups(qtbot, shell, Role.OWNER, usb)
    page.back_up_now()
    wait_done(qtbot, shell)
    made = next(usb.glob("*.svbak"))
    replaced: list[Vault] = []
    shell.vault_replaced.connect(replaced.append)
    page.backup_actions.restore(made)  # the (patched) warning answers Yes
    wait_done(qtbot, shell)
    qtbot.waitUntil(lambda: bool(replaced), timeout=30_000)
    restored = replaced[0]
    try:
        assert restored is not vault
        assert restored.log.verify().ok
        kept = [p for p in vault.paths.data_dir.iterdir() if p.name.startswith("replaced-")]
        assert len(kept) == 1 and (kept[0] / "vault.db").exists()
    finally:
        restored.close()


def test_a_refused_setting_is_named_beside_its_field(
    qtbot: QtBot,
    shell: ShellWindow,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The spin boxes keep to the service's ranges, so the refusal is faked at the service."""
    page = open_backups(qtbot, shell, Role.OWNER, tmp_path)
    real_change = vault.backups.change_settings

    def refuse(_session: object, _settings: object) -> None:
        raise ValidationError("backup.keep_between_1_backups", field="keep", max_keep=100)

    monkeypatch.setattr(vault.backups, "change_settings", refuse)
    page.keep.setValue(7)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.field_errors["keep"].isVisible()
    assert page.field_errors["keep"].text() == "Keep between 1 and 100 backups."
    assert not page.field_errors["remind_after_days"].isVisible()
    assert page.settings_message.text() == ""
    assert vault.backups.settings().keep == 10, "nothing saved"
    monkeypatch.setattr(vault.backups, "change_settings", real_change)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.field_errors["keep"].isVisible()
    assert page.settings_message.text() == "Saved."
    assert vault.backups.settings().keep == 7


def answer_closing_question(
    monkeypatch: pytest.MonkeyPatch, answers: list[QMessageBox.StandardButton]
) -> list[str]:
    """The closing-time question answers from `answers` in turn; returns what was asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_closing_time_cancel_stays_open_and_no_closes_without_a_backup(
    qtbot: QtBot,
    shell: ShellWindow,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = vault.backups.settings()
    vault.backups.change_settings(team.owner, replace(settings, at_close=True))
    page = open_backups(qtbot, shell, Role.RECEPTIONIST, tmp_path)
    page.back_up_now()  # the folder becomes the closing-time target
    wait_done(qtbot, shell)
    assert len(list(tmp_path.glob("*.svbak"))) == 1
    asked = answer_closing_question(
        monkeypatch, [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No]
    )
    shell.close()
    assert asked == [f"Back up to {tmp_path} before SalonVault closes?"]
    assert shell.isVisible() and shell.session is not None, "Cancel: the window stays"
    assert not shell.backup_tasks.running
    shell.close()
    assert len(asked) == 2
    assert not shell.isVisible() and shell.session is None, "No: closed and signed out"
    assert len(list(tmp_path.glob("*.svbak"))) == 1, "no backup was made"


def test_closing_time_asks_nothing_when_the_drive_is_gone(
    qtbot: QtBot,
    shell: ShellWindow,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    vault.backups.change_settings(team.owner, replace(vault.backups.settings(), at_close=True))
    open_backups(qtbot, shell, Role.OWNER, usb).back_up_now()
    wait_done(qtbot, shell)
    for made in usb.iterdir():
        made.unlink()
    usb.rmdir()  # the USB stick was taken home
    asked = answer_closing_question(monkeypatch, [])
    shell.close()
    assert asked == [] and not shell.isVisible()


def test_the_app_shows_the_restored_vault_after_the_wizard(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    recovery_key_file: Path,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Wizard, restore dialog (real, run without a modal loop), then the app's lock screen on
    the restored vault: no Recovery Kit step, since the kit already exists."""
    vault.clients.create(team.owner, ClientInput("Kowalska", "Anna", phone="+48 600 100 200"))
    usb = tmp_path / "usb"
    usb.mkdir()
    made = vault.backups.backup(team.owner, usb).path

    def run_without_modal_loop(dialog: RestoreFromBackupDialog) -> int:
        dialog.backup_file.setText(str(made))
        dialog.key_text.setPlainText(recovery_key_from_file(recovery_key_file).secret)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.vault is not None, timeout=60_000)
        return int(dialog.result())

    monkeypatch.setattr(RestoreFromBackupDialog, "exec", run_without_modal_loop)
    controller = AppController(tmp_path / "new-pc", translations, operations)
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.language_page.restore_button, Qt.MouseButton.LeftButton)
    shell = controller.shell
    assert shell is not None and controller.window is shell
    qtbot.addWidget(shell)
    try:
        assert wizard.restored and shell.session is None, "the lock screen, nobody signed in"
        assert shell.vault.paths.data_dir == tmp_path / "new-pc"
        sign_in_as(qtbot, shell, Role.OWNER)
        assert shell.session is not None
        found = shell.vault.clients.search(shell.session, "Kowalska")
        assert [c.display_name for c in found] == ["Kowalska Anna"]
        assert shell.vault.keys.recovery_kit_confirmed()
    finally:
        shell.lock("window_closed")
        shell.vault.close()
