"""Settings (owner): the recovery slot made again, the recovery key replaced, the vault re-keyed
(issue 20, items 4 and 5); the dashboard tells the owner at sign-in when the slot is gone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from salonvault.domain.errors import KeyUnavailable, VaultDamaged
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import generate_recovery_key, read_recovery_key_file
from salonvault.services.vault.opening import Unlock, VaultPaths, open_vault
from tests.support import FakeClock
from tests.ui.support import sign_in_as
from ui.pages.dashboard_page import DashboardPage
from ui.pages.recovery_kit_dialog import RecoveryKitDialog
from ui.pages.recovery_slot_box import RecoverySlotDialog
from ui.pages.rekey_box import RekeyProgressDialog
from ui.pages.settings_page import SECURITY, SettingsPage
from ui.shell import ShellWindow

PASSPHRASE = "blue orchid counter morning"


def _settings(qtbot: QtBot, shell: ShellWindow) -> SettingsPage:
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    if page.recovery_slot_box is not None:  # the owner's key boxes are on the Security tab
        page.show_tab(SECURITY)
    return page


def _drop_recovery_slot(data_dir: Path) -> None:
    path = VaultPaths(data_dir).slot_file
    for generation in (path, path.with_name(path.name + ".prev")):
        if generation.exists():
            document = json.loads(generation.read_text())
            document["slots"] = [s for s in document["slots"] if s["kind"] != "recovery"]
            generation.write_text(json.dumps(document))


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_only_the_owner_sees_the_key_boxes(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    page = _settings(qtbot, shell)
    assert page.recovery_slot_box is None and page.replace_key_box is None
    assert page.rekey_box is None


def test_a_missing_recovery_slot_is_told_at_sign_in_and_made_again_by_keyboard(
    qtbot: QtBot, shell: ShellWindow, data_dir: Path, recovery_key_file: Path
) -> None:
    _drop_recovery_slot(data_dir)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert "recovery slot is missing" in shell.statusBar().currentMessage()
    assert shell.workspace is not None
    dashboard = shell.workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    banner = dashboard.key_warning
    assert banner.isVisible() and "missing" in banner.text.text()
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage) and page.recovery_slot_box is not None
    box = page.recovery_slot_box
    assert "missing" in box.state.text() and box.remake_button.isEnabled()

    dialog = box.open_dialog()
    assert isinstance(dialog, RecoverySlotDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.key, "AGE-SECRET-KEY-1 not a key")
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors["recovery_key"].text()  # under the field
    dialog.key.clear()
    typed = read_recovery_key_file(recovery_key_file).secret.lower()  # as typed from the kit
    qtbot.keyClicks(dialog.key, " ".join(typed[i : i + 4] for i in range(0, len(typed), 4)))
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "In place" in box.state.text() and not box.remake_button.isEnabled()
    shell.workspace.show_page("dashboard")
    assert not banner.isVisible()


def test_the_kit_file_of_another_salon_is_refused(
    qtbot: QtBot, shell: ShellWindow, data_dir: Path, tmp_path: Path
) -> None:
    _drop_recovery_slot(data_dir)
    sign_in_as(qtbot, shell, Role.OWNER)
    box = _settings(qtbot, shell).recovery_slot_box
    assert box is not None
    dialog = box.open_dialog()
    qtbot.waitExposed(dialog)
    other = tmp_path / "other-key.txt"
    other.write_text(generate_recovery_key().secret + "\n")
    dialog.use_file(other)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not this salon's recovery key" in dialog.general_error.text()


def test_the_owner_replaces_the_recovery_key_and_prints_the_new_kit(
    qtbot: QtBot,
    shell: ShellWindow,
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.session is not None
    usb = tmp_path / "usb"
    usb.mkdir()
    made = shell.vault.backups.backup(shell.session, usb)
    clock.advance(seconds=30)
    box = _settings(qtbot, shell).replace_key_box
    assert box is not None and not box.old_keys.isVisible()
    asked = _yes(monkeypatch)
    qtbot.mouseClick(box.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.kit_dialog is not None, timeout=20_000)
    assert "old key only" in asked[0]
    kit = box.kit_dialog
    assert isinstance(kit, RecoveryKitDialog)
    old = read_recovery_key_file(recovery_key_file)
    assert kit.key_view.text() != old.secret
    assert kit.key_view.text() == shell.vault.keys.recovery_key(shell.session).secret
    assert box.old_keys.isVisible() and made.path.name in box.old_keys.text()
    qtbot.waitUntil(lambda: kit.kit_pdf is not None, timeout=20_000)  # the new key's kit
    kit.reject()
    with pytest.raises(KeyUnavailable):
        open_vault(data_dir, Unlock(recovery_key=old), device_store)


def test_the_owner_rekeys_the_vault_with_progress(
    qtbot: QtBot,
    shell: ShellWindow,
    data_dir: Path,
    device_store: DeviceKeyStore,
    isolated_key_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    shutil.copy2(VaultPaths(data_dir).slot_file, kept / "keyslots.json")
    shutil.copytree(isolated_key_store, kept / "keys")
    sign_in_as(qtbot, shell, Role.OWNER)
    box = _settings(qtbot, shell).rekey_box
    assert box is not None and not box.passphrase.isVisible()
    _yes(monkeypatch)
    qtbot.mouseClick(box.rekey_button, Qt.MouseButton.LeftButton)
    progress = box.progress
    assert isinstance(progress, RekeyProgressDialog) and progress.isVisible()
    assert not box.rekey_button.isEnabled()  # one re-keying at a time
    qtbot.waitUntil(lambda: box.outcome is not None, timeout=60_000)
    assert "Done" in box.message.text() and box.rekey_button.isEnabled()
    phases = progress.phases_seen if isValid(progress) else box.last_phases
    assert phases[0] == "preparing" and phases[-1] == "slots"
    assert not isValid(progress) or not progress.isVisible()  # hidden, then deleted later
    assert shell.session is not None
    assert shell.vault.staff.list(shell.session)  # the window carries on under the new key
    open_vault(data_dir, device_store=device_store).close()
    shutil.copy2(kept / "keyslots.json", VaultPaths(data_dir).slot_file)
    shutil.copytree(kept / "keys", isolated_key_store, dirs_exist_ok=True)
    with pytest.raises((KeyUnavailable, VaultDamaged)):
        open_vault(data_dir, device_store=device_store)


@pytest.mark.slow  # passphrase KDF at real cost
def test_a_passphrase_vault_asks_for_the_passphrase_to_rekey(
    qtbot: QtBot, shell: ShellWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.session is not None
    shell.vault.keys.use_passphrase(shell.session, PASSPHRASE)
    box = _settings(qtbot, shell).rekey_box
    assert box is not None and box.passphrase.isVisible()
    _yes(monkeypatch)
    box.passphrase.setText("wrong words entirely here")
    qtbot.mouseClick(box.rekey_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.rekey_button.isEnabled, timeout=30_000)
    assert "not the owner's passphrase" in box.passphrase_error.text()
    box.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(box.rekey_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.outcome is not None, timeout=60_000)
    assert box.passphrase.text() == ""
    open_vault(data_dir, Unlock(passphrase=PASSPHRASE)).close()
