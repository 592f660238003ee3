"""Settings → Security by keyboard (issue 20's walkthrough): the dashboard's warning leads the
keyboard to the missing recovery slot's button; once a long action ends, the keyboard is on its
outcome (the button it started from was disabled meanwhile, and Qt had moved the focus far away);
the status bar's word on a missing slot goes once the slot is made again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import VaultPaths
from tests.ui.support import sign_in_as
from ui.pages.dashboard_page import DashboardPage
from ui.pages.recovery_slot_box import RecoverySlotDialog
from ui.pages.settings_page import SECURITY, SettingsPage
from ui.shell import ShellWindow


def _drop_recovery_slot(data_dir: Path) -> None:
    path = VaultPaths(data_dir).slot_file
    for generation in (path, path.with_name(path.name + ".prev")):
        if generation.exists():
            document = json.loads(generation.read_text())
            document["slots"] = [s for s in document["slots"] if s["kind"] != "recovery"]
            generation.write_text(json.dumps(document))


def _security(shell: ShellWindow) -> SettingsPage:
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    page.show_tab(SECURITY)
    return page


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)


def test_the_warning_leads_the_keyboard_to_the_slot_and_on_to_what_changed(
    qtbot: QtBot, shell: ShellWindow, data_dir: Path, recovery_key_file: Path
) -> None:
    _drop_recovery_slot(data_dir)
    sign_in_as(qtbot, shell, Role.OWNER)
    warning = shell.statusBar().currentMessage()
    assert "recovery slot is missing" in warning
    assert shell.workspace is not None
    dashboard = shell.workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    dashboard.key_warning.open_button.setFocus()
    qtbot.keyClick(dashboard.key_warning.open_button, Qt.Key.Key_Space)
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage) and page.recovery_slot_box is not None
    box = page.recovery_slot_box
    assert shell.focusWidget() is box.remake_button, "one key press away from the fix"

    qtbot.keyClick(box.remake_button, Qt.Key.Key_Space)
    (dialog,) = [d for d in box.findChildren(RecoverySlotDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.key, read_recovery_key_file(recovery_key_file).secret)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert not box.remake_button.isEnabled()
    assert shell.focusWidget() is box.state, "on the new state, not lost with the button"
    assert shell.statusBar().currentMessage() != warning, "the sign-in's warning is gone"


def test_after_re_keying_the_keyboard_is_on_the_outcome(
    qtbot: QtBot, shell: ShellWindow, answer_yes: None
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    box = _security(shell).rekey_box
    assert box is not None
    box.rekey_button.setFocus()
    qtbot.keyClick(box.rekey_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.outcome is not None, timeout=60_000)
    assert shell.focusWidget() is box.message
    assert box.message.text()


def test_after_replacing_the_recovery_key_the_keyboard_is_on_the_outcome(
    qtbot: QtBot, shell: ShellWindow, answer_yes: None
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    box = _security(shell).replace_key_box
    assert box is not None
    box.replace_button.setFocus()
    qtbot.keyClick(box.replace_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.kit_dialog is not None, timeout=20_000)
    kit = box.kit_dialog
    assert kit is not None
    qtbot.waitUntil(lambda: kit.kit_pdf is not None, timeout=20_000)
    kit.reject()
    assert shell.focusWidget() is box.message, "back where the owner was, on what happened"
