"""What GUI tests import: signing in through the lock screen, as a person at the counter does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import NAMES, PINS
from ui.shell import ShellWindow


def sign_in(
    qtbot: QtBot, window: ShellWindow, name: str, pin: str, confirm_briefing: bool = True
) -> None:
    """Click the person's button, type the PIN on the keyboard, press Enter; when the staff
    privacy briefing is due (a salon just made, someone new), confirm it as they would, unless
    `confirm_briefing` is False (the briefing's own tests)."""
    qtbot.mouseClick(window.lock_screen.staff_buttons[name], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.lock_screen.pin_pad.field, pin)
    qtbot.keyClick(window.lock_screen.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window._operations.busy, timeout=10_000)
    page = window.briefing_page
    if confirm_briefing and page is not None:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)


def sign_in_as(qtbot: QtBot, window: ShellWindow, role: Role) -> None:
    sign_in(qtbot, window, NAMES[role], PINS[role])
    assert window.session is not None and window.session.role is role
