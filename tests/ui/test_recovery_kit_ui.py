"""The Recovery Kit after set-up: confirmed or not, the owner's reminder, printing it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.roles import Role
from salonvault.services.keys import KeyService
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.ui.support import sign_in_as
from tests.ui.test_wizard import create_and_reach_kit, fill_to_unlock_page
from ui.app import AppController
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.recovery_kit_dialog import RecoveryKitDialog
from ui.pages.settings_page import SettingsPage
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard


def test_cli_made_vaults_count_as_kept(vault: Vault) -> None:
    assert vault.keys.recovery_kit_confirmed()  # the key file was written at set-up


def test_wizard_kit_counts_only_once_the_wizard_finishes(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> None:
    controller = AppController(tmp_path / "salon", translations, operations)
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    assert wizard.vault is not None
    assert not wizard.vault.keys.recovery_kit_confirmed()  # a crash now would be remembered
    wizard.kit_page.save_kit_to(tmp_path / "kit.pdf")
    wizard.kit_page.confirm.setChecked(True)
    wizard.kit_page.last_four.setText(wizard.kit_page.key_view.text()[-4:])
    wizard.accept()
    assert controller.shell is not None
    qtbot.addWidget(controller.shell)
    assert controller.shell.vault.keys.recovery_kit_confirmed()
    assert controller.shell.vault.setup_recovery_key is None  # the key left memory
    controller.shell.vault.close()


def test_owner_is_reminded_and_prints_the_kit_again(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shell.vault.database.execute(
        "UPDATE settings SET value = 'false' WHERE key = 'recovery_kit_confirmed'"
    )
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    assert "Recovery Kit" not in shell.statusBar().currentMessage()  # not theirs to handle
    shell.switch_user()
    sign_in_as(qtbot, shell, Role.OWNER)
    assert "Recovery Kit is not confirmed" in shell.statusBar().currentMessage()
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    assert "Not confirmed" in page.kit_status.text()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    target = tmp_path / "usb" / "kit.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF"))
    dialog = page.open_kit_dialog()
    assert isinstance(dialog, RecoveryKitDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.save_button.click()
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_mode & 0o077 == 0
    dialog.confirm.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    assert shell.vault.keys.recovery_kit_confirmed()
    qtbot.waitUntil(lambda: "Confirmed" in page.kit_status.text(), timeout=3000)
    actions = [e.action for e in shell.vault.audit.list(team.owner, AuditFilter(limit=10))]
    assert "keys.show_recovery_key" in actions and "keys.recovery_kit_confirmed" in actions


def test_wizard_survives_a_failed_passphrase_step(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def out_of_memory(self: KeyService, session: object, passphrase: str) -> None:
        raise MemoryError

    monkeypatch.setattr(KeyService, "use_passphrase", out_of_memory)
    wizard = SetupWizard(tmp_path / "salon", translations, operations)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_unlock_page(qtbot, wizard)
    wizard.unlock_page.passphrase_mode.setChecked(True)
    wizard.unlock_page.passphrase.setText("blue orchid counter morning")
    wizard.unlock_page.passphrase_again.setText("blue orchid counter morning")
    create_and_reach_kit(qtbot, wizard)  # the kit is still reachable
    assert "passphrase could not be set" in wizard.kit_page.status.text()
    assert wizard.vault is not None
    wizard.vault.close()
