"""The recovery key in the window (issue 18 item 8), as the owner has it: the Recovery Kit's PDF
or the key typed in the kit's groups of four restore the salon on a new PC; an owner locked out
of their account gets it back from the lock screen with the key and a new PIN."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import AccountDisabled, WrongPin
from salonvault.domain.roles import Role
from salonvault.security.recovery import generate_recovery_key
from salonvault.services.vault import (
    Vault,
    recovery_key_from_file,
    recovery_kit_pdf,
    save_recovery_kit,
)
from tests.support import NAMES, PINS, FakeClock, Team
from tests.ui.support import sign_in
from ui.dialogs.owner_recovery_dialog import OwnerRecoveryDialog
from ui.file_dialogs import documents_folder
from ui.operations import Operations
from ui.shell import ShellWindow
from ui.wizard.restore_dialog import RestoreFromBackupDialog

OWNER = NAMES[Role.OWNER]


def kit_pdf(vault: Vault, recovery_key_file: Path, folder: Path) -> Path:
    """The kit as the wizard saves it, on the owner's USB stick."""
    key = recovery_key_from_file(recovery_key_file)
    pdf = recovery_kit_pdf("Salon Hoa Mai", "", key.secret, key.public_key, date.today(), "vi")
    folder.mkdir(exist_ok=True)
    return save_recovery_kit(folder / "SalonVault-Recovery-Kit.pdf", pdf, vault.paths.data_dir)


def in_groups(secret: str) -> str:
    """As read aloud from the kit: groups of four, typed in lower case."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)).lower()


def open_file_as(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str]) -> None:
    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)


@pytest.mark.parametrize("how", ["kit PDF", "typed in groups"])
def test_restore_on_a_new_pc_from_the_kit_pdf_or_the_key_typed_in_groups(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    recovery_key_file: Path,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    vault.clients.create(team.owner, ClientInput("Trần", "Thu", phone="+84 905 111 222"))
    made = vault.backups.backup(team.owner, usb).path
    kit = kit_pdf(vault, recovery_key_file, usb)
    dialog = RestoreFromBackupDialog(tmp_path / "new-pc", operations)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backup_file.setText(str(made))
    if how == "kit PDF":
        asked: list[str] = []
        open_file_as(monkeypatch, kit, asked)
        qtbot.mouseClick(dialog.key_input.open_button, Qt.MouseButton.LeftButton)
        assert asked == [str(documents_folder())]  # not the program's folder
        assert dialog.key_text.toPlainText() == recovery_key_from_file(recovery_key_file).secret
    else:
        dialog.key_text.setFocus()
        dialog.key_text.insertPlainText(in_groups(recovery_key_from_file(recovery_key_file).secret))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=60_000)
    restored = dialog.vault
    assert restored is not None
    try:
        owner = restored.auth.sign_in(OWNER, PINS[Role.OWNER])
        assert [c.display_name for c in restored.clients.search(owner, "Thu")] == ["Trần Thu"]
    finally:
        restored.close()


def test_a_text_file_that_is_no_key_is_said(
    qtbot: QtBot, tmp_path: Path, operations: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    dialog = RestoreFromBackupDialog(tmp_path / "new-pc", operations)
    qtbot.addWidget(dialog)
    open_file_as(monkeypatch, notes, [])
    qtbot.mouseClick(dialog.key_input.open_button, Qt.MouseButton.LeftButton)
    assert "not a SalonVault recovery key" in dialog.status.text()
    assert dialog.key_text.toPlainText() == ""


def lock_out(vault: Vault, clock: FakeClock) -> None:
    """Ten wrong PINs: the owner's account is disabled and leaves the lock screen."""
    for _ in range(10):
        clock.advance(hours=1)  # past each escalating wait
        with pytest.raises(WrongPin):
            vault.auth.sign_in(OWNER, "135790")
    with pytest.raises(AccountDisabled):
        vault.auth.sign_in(OWNER, PINS[Role.OWNER])


def test_a_locked_out_owner_recovers_in_the_window(
    qtbot: QtBot,
    shell: ShellWindow,
    clock: FakeClock,
    tmp_path: Path,
    recovery_key_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = shell.vault
    lock_out(vault, clock)
    shell.lock("switch_user")  # the lock screen reads who may sign in
    assert OWNER not in shell.lock_screen.staff_buttons
    button = shell.lock_screen.forgot_button
    assert button.isVisible() and button.text() == "Forgot your PIN? (owner)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shell.findChild(OwnerRecoveryDialog)
    assert isinstance(dialog, OwnerRecoveryDialog) and dialog.isVisible()

    dialog.owner.setEditText(OWNER)  # not on the list: the account is disabled
    dialog.key_input.text.setPlainText(in_groups(generate_recovery_key().secret))
    dialog.pin.setText("284756")
    dialog.pin_again.setText("284756")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    assert dialog.isVisible() and dialog.errors["recovery_key"].isVisible()  # another salon's

    kit = kit_pdf(vault, recovery_key_file, tmp_path / "usb")
    open_file_as(monkeypatch, kit, [])
    qtbot.mouseClick(dialog.key_input.open_button, Qt.MouseButton.LeftButton)
    dialog.pin_again.setText("284757")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["pin_again"].text() == "The two PINs differ."
    dialog.pin_again.setText("284756")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.recovered == OWNER
    assert "sign in with the new PIN" in shell.lock_screen.message.text()
    assert OWNER in shell.lock_screen.staff_buttons  # enabled again

    sign_in(qtbot, shell, OWNER, "284756")
    assert shell.session is not None and shell.session.role is Role.OWNER
    entries = vault.audit.list(shell.session, AuditFilter(action="staff.recovered", limit=5))
    assert [e.outcome.value for e in entries] == ["ok", "failed"]
