"""The owner's Staff page and the lock screen's new-PIN step (issue 7, staff admin)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import NAMES, PINS, FakeClock
from tests.ui.support import sign_in, sign_in_as
from ui.models.staff_table import (
    COLUMN_FAILURES,
    COLUMN_LOCKED_OUT,
    COLUMN_NAME,
    COLUMN_ROLE,
    COLUMN_STATUS,
)
from ui.pages.staff_page import StaffPage
from ui.shell import ShellWindow


def staff_page(shell: ShellWindow) -> StaffPage:
    assert shell.workspace is not None
    shell.workspace.show_page("staff")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, StaffPage)
    return page


def row_texts(page: StaffPage, name: str) -> dict[int, str]:
    for row in range(page.model.rowCount()):
        if page.model.index(row, COLUMN_NAME).data() == name:
            return {c: page.model.index(row, c).data() for c in range(page.model.columnCount())}
    raise AssertionError(f"{name} is not listed")


def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )


def test_staff_admin_flow_through_to_the_new_pin(
    qtbot: QtBot, shell: ShellWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    page = staff_page(shell)
    assert row_texts(page, NAMES[Role.TECHNICIAN])[COLUMN_ROLE] == "Technician"

    # Add: errors beside their fields, then a member added.
    add = page.add_member()
    add.name.setText(NAMES[Role.TECHNICIAN].upper())
    add.pin.setText("123456")
    add.pin_again.setText("123456")
    add.submit()
    assert add.isVisible() and "run of digits" in add.pin_error.text()
    assert add.pin.text() == ""  # a refused PIN does not stay in the field
    add.pin.setText("583917")
    add.pin_again.setText("583917")
    add.submit()
    assert add.isVisible() and "already has that name" in add.name_error.text()
    assert not add.pin_error.isVisible()
    add.name.setText("Zofia Wójcik")
    add.pin.setText("583917")
    add.pin_again.setText("583917")
    add.submit()
    assert not add.isVisible()
    assert row_texts(page, "Zofia Wójcik")[COLUMN_ROLE] == "Technician"
    assert page.selected() is not None and page.selected().name == "Zofia Wójcik"
    assert "was added" in page.status.text()

    # Change role.
    role = page.change_role_of_selected()
    assert role is not None
    role.role.setCurrentIndex(list(Role).index(Role.RECEPTIONIST))
    role.submit()
    assert row_texts(page, "Zofia Wójcik")[COLUMN_ROLE] == "Receptionist"

    # The last owner cannot be demoted: the refusal is shown beside the role.
    page.select_name(NAMES[Role.OWNER])
    demote = page.change_role_of_selected()
    assert demote is not None
    demote.role.setCurrentIndex(list(Role).index(Role.TECHNICIAN))
    demote.submit()
    assert demote.isVisible() and "last active owner" in demote.role_error.text()
    demote.reject()
    assert not page.reset_button.isEnabled()  # not your own PIN

    # Disable, then enable again.
    page.select_name("Zofia Wójcik")
    assert page.active_button.text() == "Disable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert row_texts(page, "Zofia Wójcik")[COLUMN_STATUS] == "Disabled"
    assert page.active_button.text() == "Enable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert row_texts(page, "Zofia Wójcik")[COLUMN_STATUS] == "Active"

    # Reset PIN: the code is shown once, with the warning.
    yes(monkeypatch)
    dialog = page.reset_pin_of_selected()
    assert dialog is not None and dialog.isVisible()
    code = dialog.code.text().replace(" ", "")
    assert len(code) == 10 and code.isdigit()
    assert "in person" in dialog.warning.text()
    assert row_texts(page, "Zofia Wójcik")[COLUMN_STATUS] == "Active, PIN reset waiting"
    dialog.accept()
    assert dialog.code.text() == ""

    # Zofia signs in with the code and must choose a new PIN first.
    shell.switch_user()
    lock = shell.lock_screen
    qtbot.mouseClick(lock.staff_buttons["Zofia Wójcik"], Qt.MouseButton.LeftButton)
    assert "One-time code" in lock.prompt.text()
    sign_in(qtbot, shell, "Zofia Wójcik", "583917")  # the old PIN
    assert "enter the one-time code" in lock.message.text() and shell.session is None
    sign_in(qtbot, shell, "Zofia Wójcik", code)
    assert shell.session is None and lock.step == "new_pin"
    assert "Choose a new PIN" in lock.prompt.text()
    type_pin(qtbot, lock, "111111")
    assert "one digit repeated" in lock.message.text()
    type_pin(qtbot, lock, code)
    assert "not the one-time code" in lock.message.text()
    type_pin(qtbot, lock, "694027")
    assert "again" in lock.prompt.text()
    type_pin(qtbot, lock, "694028")
    assert "differ" in lock.message.text() and lock.step == "new_pin"
    type_pin(qtbot, lock, "694027")
    type_pin(qtbot, lock, "694027")
    qtbot.waitUntil(lambda: shell.session is not None, timeout=10_000)
    assert shell.session is not None and shell.session.staff_name == "Zofia Wójcik"
    assert shell.session.role is Role.RECEPTIONIST
    assert lock._code == ""  # the code is not kept once signed in

    # The new PIN works from now on; the code does not.
    shell.switch_user()
    sign_in(qtbot, shell, "Zofia Wójcik", code)
    assert shell.session is None and "Wrong PIN" in lock.message.text()
    sign_in(qtbot, shell, "Zofia Wójcik", "694027")
    assert shell.session is not None and shell.session.staff_name == "Zofia Wójcik"


def type_pin(qtbot: QtBot, lock: object, pin: str) -> None:
    from ui.lock_screen import LockScreen

    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.pin_pad.field, pin)
    qtbot.keyClick(lock.pin_pad.field, Qt.Key.Key_Return)


def test_failed_attempts_and_lockout_are_shown(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock
) -> None:
    for _ in range(3):
        sign_in(qtbot, shell, NAMES[Role.TECHNICIAN], "583917")
    sign_in_as(qtbot, shell, Role.OWNER)
    page = staff_page(shell)
    texts = row_texts(page, NAMES[Role.TECHNICIAN])
    assert texts[COLUMN_FAILURES] == "3" and texts[COLUMN_LOCKED_OUT].startswith("Yes, until")
    assert row_texts(page, NAMES[Role.OWNER])[COLUMN_LOCKED_OUT] == "No"


def test_other_roles_have_no_staff_page(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in(qtbot, shell, NAMES[Role.RECEPTIONIST], PINS[Role.RECEPTIONIST])
    assert shell.workspace is not None and "staff" not in shell.workspace.nav_keys()
    assert not shell.workspace.findChildren(StaffPage)
