"""What GUI tests import: signing in through the lock screen, as a person at the counter does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import NAMES, PINS
from ui.shell import ShellWindow


def sign_in(qtbot: QtBot, window: ShellWindow, name: str, pin: str) -> None:
    """Click the person's button, type the PIN on the keyboard, press Enter."""
    qtbot.mouseClick(window.lock_screen.staff_buttons[name], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.lock_screen.pin_pad.field, pin)
    qtbot.keyClick(window.lock_screen.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window._operations.busy, timeout=10_000)


def sign_in_as(qtbot: QtBot, window: ShellWindow, role: Role) -> None:
    sign_in(qtbot, window, NAMES[role], PINS[role])
    assert window.session is not None and window.session.role is role
