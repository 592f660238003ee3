"""The main window as staff use it: sign in per role, refusals, lockout, idle lock, switch user."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from phonenumbers import re_util
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.errors import SessionExpired
from salonvault.domain.phone_display import readable_phone
from salonvault.domain.roles import Role
from tests.support import NAMES, PINS, FakeClock
from tests.ui.support import sign_in, sign_in_as
from ui.shell import ShellWindow

EXPECTED_NAVIGATION = {
    Role.OWNER: [
        "dashboard",
        "clients",
        "consents",
        "recalls",
        "backups",
        "staff",
        "services",
        "activity",
        "privacy",
        "settings",
    ],
    Role.RECEPTIONIST: ["clients", "consents", "recalls", "backups", "settings"],
    Role.TECHNICIAN: ["clients", "consents", "recalls", "settings"],
}


def test_lock_screen_lists_active_staff_and_no_client_data(shell: ShellWindow) -> None:
    assert shell.stack.currentWidget() is shell.lock_screen
    assert set(shell.lock_screen.staff_buttons) == set(NAMES.values())
    assert shell.lock_screen.salon_label.text() == "Salon Hoa Mai"
    assert not shell.lock_screen.pin_pad.isEnabled()  # choose who you are first
    assert shell.workspace is None
    assert not shell.lock_screen.demo_label.isVisible()  # not a demo vault


@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_its_navigation(qtbot: QtBot, shell: ShellWindow, role: Role) -> None:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    assert shell.workspace.nav_keys() == EXPECTED_NAVIGATION[role]
    assert shell.stack.currentWidget() is shell.workspace
    assert NAMES[role] in shell.user_label.text()


def test_pin_pad_buttons_work_like_the_keyboard(qtbot: QtBot, shell: ShellWindow) -> None:
    qtbot.mouseClick(
        shell.lock_screen.staff_buttons[NAMES[Role.TECHNICIAN]], Qt.MouseButton.LeftButton
    )
    pad = shell.lock_screen.pin_pad
    digits = {b.text(): b for b in pad._digit_buttons}
    for digit in PINS[Role.TECHNICIAN]:
        qtbot.mouseClick(digits[digit], Qt.MouseButton.LeftButton)
    assert pad.field.echoMode() == pad.field.EchoMode.Password  # masked dots
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=10_000)
    assert pad.field.text() == ""  # the PIN does not linger in the widget


def test_wrong_pin_messages_then_delay_then_disabled(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock
) -> None:
    tech = NAMES[Role.TECHNICIAN]
    sign_in(qtbot, shell, tech, "583917")
    assert "9 more wrong tries" in shell.lock_screen.message.text()
    sign_in(qtbot, shell, tech, "583917")
    sign_in(qtbot, shell, tech, "583917")
    sign_in(qtbot, shell, tech, PINS[Role.TECHNICIAN])
    assert "Try again in 30 seconds" in shell.lock_screen.message.text()
    assert shell.session is None
    for _ in range(7):
        clock.advance(hours=1)
        sign_in(qtbot, shell, tech, "583917")
    assert "now disabled" in shell.lock_screen.message.text()
    clock.advance(hours=1)
    sign_in(qtbot, shell, tech, PINS[Role.TECHNICIAN])
    assert "disabled after too many wrong PINs" in shell.lock_screen.message.text()
    assert shell.session is None


def test_idle_lock_fires_and_services_refuse_the_old_session(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    old = shell.session
    assert old is not None
    clock.advance(minutes=4, seconds=30)
    shell.idle.check_now()
    assert "30 seconds" in shell.countdown_label.text()
    dialog = QMessageBox(QMessageBox.Icon.Information, "Client", "details", parent=shell)
    dialog.show()
    clock.advance(seconds=30)
    shell.idle.check_now()
    assert shell.session is None and shell.workspace is None
    assert shell.stack.currentWidget() is shell.lock_screen
    assert "idle" in shell.lock_screen.message.text()
    assert not dialog.isVisible()  # dialogs close with the lock
    with pytest.raises(SessionExpired):
        shell.vault.staff.list(old)


def test_input_counts_as_activity(qtbot: QtBot, shell: ShellWindow, clock: FakeClock) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    clock.advance(minutes=4)
    assert shell.workspace is not None
    qtbot.keyClick(shell.workspace.nav, Qt.Key.Key_Down)  # the person is still there
    clock.advance(minutes=4)
    shell.idle.check_now()
    assert shell.session is not None


def test_switch_user_with_ctrl_l(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    old = shell.session
    assert old is not None
    qtbot.keyClick(shell, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.session is None and shell.stack.currentWidget() is shell.lock_screen
    with pytest.raises(SessionExpired):
        shell.vault.guard.touch(old)
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    assert shell.workspace is not None and "staff" not in shell.workspace.nav_keys()


def test_screen_lock_signal_locks(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    shell.screen_lock.locked.emit()
    assert shell.session is None
    assert "computer was locked" in shell.lock_screen.message.text()


def test_a_second_selection_waits_and_a_lock_cancels_a_pending_sign_in(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    screen = shell.lock_screen
    screen.select(NAMES[Role.TECHNICIAN])
    screen.sign_in_requested.emit(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    screen.select(NAMES[Role.OWNER])  # ignored while the first sign-in runs
    screen.sign_in_requested.emit(NAMES[Role.OWNER], PINS[Role.OWNER])  # ignored too
    shell.screen_lock.locked.emit()  # the computer locks before the sign-in lands
    qtbot.waitUntil(lambda: not shell._operations.busy, timeout=10_000)
    assert shell.session is None and shell.workspace is None
    assert shell.stack.currentWidget() is screen
    ended = shell.vault.database.scalar(
        "SELECT count(*) FROM audit_log WHERE detail = 'reason=locked_during_sign_in'"
    )
    assert ended == 1  # the late session was ended in the services, not left alive


def test_signing_in_prepares_the_salons_phone_numbers(qtbot: QtBot, shell: ShellWindow) -> None:
    """While the PIN is checked the shell compiles the salon's phone patterns, so the first
    list shown formats its numbers without compiling any (issue 24, list opened at 300,000)."""
    kept = re_util._COMPILED_PATTERNS
    assert kept is not None
    kept.clear()
    region = shell.vault.settings.phone_region()
    mobile = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    own_number = phonenumbers.format_number(mobile, phonenumbers.PhoneNumberFormat.E164)
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert kept  # compiled during the sign-in
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    re_util.re.compile = counting  # type: ignore[assignment]
    try:
        readable_phone(own_number, region)
    finally:
        re_util.re.compile = real
    assert compiled == []
