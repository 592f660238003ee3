"""Settings → How the vault opens: the owner switches between this PC's key and the passphrase
after set-up (the wizard's "the owner can set a passphrase later" made true)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.errors import KeyUnavailable
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, read_slot_file
from salonvault.services.vault.opening import Unlock, VaultPaths, open_vault
from tests.ui.support import sign_in_as
from ui.pages.open_mode_box import OpenModeBox
from ui.pages.settings_page import SettingsPage
from ui.shell import ShellWindow

PASSPHRASE = "blue orchid counter morning"


def _settings(qtbot: QtBot, shell: ShellWindow, role: Role) -> SettingsPage:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def _kinds(data_dir: Path) -> set[SlotKind]:
    return {slot.kind for slot in read_slot_file(VaultPaths(data_dir).slot_file).slots}


def test_only_the_owner_sees_how_the_vault_opens(qtbot: QtBot, shell: ShellWindow) -> None:
    assert _settings(qtbot, shell, Role.RECEPTIONIST).open_mode_box is None


@pytest.mark.slow  # passphrase KDF at real cost
def test_the_owner_sets_a_passphrase_then_goes_back_to_this_pcs_key(
    qtbot: QtBot,
    shell: ShellWindow,
    data_dir: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = _settings(qtbot, shell, Role.OWNER).open_mode_box
    assert isinstance(box, OpenModeBox) and box.isVisible()
    assert "by itself" in box.state.text() and box.use_passphrase_button.isVisible()
    assert not box.use_device_button.isVisible()

    box.passphrase.setText(PASSPHRASE)
    box.passphrase_again.setText(PASSPHRASE + "!")
    qtbot.mouseClick(box.use_passphrase_button, Qt.MouseButton.LeftButton)
    assert "not the same" in box.message.text()
    box.passphrase.setText("short")
    box.passphrase_again.setText("short")
    qtbot.mouseClick(box.use_passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.use_passphrase_button.isEnabled, timeout=20_000)
    assert "12" in box.message.text()  # the service's rule, in its words
    assert _kinds(data_dir) == {SlotKind.DEVICE, SlotKind.RECOVERY}

    box.passphrase.setText(PASSPHRASE)
    box.passphrase_again.setText(PASSPHRASE)
    qtbot.mouseClick(box.use_passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Done" in box.message.text(), timeout=30_000)
    assert _kinds(data_dir) == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    assert box.passphrase.text() == "" and box.use_device_button.isVisible()
    assert "passphrase" in box.state.text()
    with pytest.raises(KeyUnavailable, match="passphrase"):
        open_vault(data_dir, device_store=device_store)  # the next start asks for it
    open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store).close()

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(box.use_device_button, Qt.MouseButton.LeftButton)  # "No": nothing changes
    assert _kinds(data_dir) == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    qtbot.mouseClick(box.use_device_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "PIN" in asked[0]
    assert _kinds(data_dir) == {SlotKind.DEVICE, SlotKind.RECOVERY}
    assert "by itself" in box.message.text() and box.use_passphrase_button.isVisible()
    open_vault(data_dir, device_store=device_store).close()  # by itself again
