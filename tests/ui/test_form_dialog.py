"""The form-dialog base: where refusals land, the busy state, Save as default, Escape."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.errors import RuleViolation, SalonVaultError, ValidationError
from ui.operations import Operations
from ui.widgets.form_dialog import FormDialog


class NameForm(FormDialog):
    """Two fields; `action` stands in for the service call."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action = action
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.add_field("Name", self.name, error="name")
        self.add_field("Phone", self.phone, error="phone")
        self.saved = 0

    def save_form(self) -> bool:
        with self.busy():
            self.action()
        self.saved += 1
        return True


def refuse(error: SalonVaultError) -> Callable[[], None]:
    def action() -> None:
        raise error

    return action


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def below(upper: QWidget, lower: QWidget, dialog: QDialog) -> bool:
    dialog.layout().activate()  # a line that just got its text takes its room now
    top_of_lower = lower.mapTo(dialog, lower.rect().topLeft()).y()
    bottom_of_upper = upper.mapTo(dialog, upper.rect().bottomLeft()).y()
    return top_of_lower > bottom_of_upper


def left_edge(widget: QWidget, dialog: QDialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).x()


def test_an_error_naming_a_field_shows_right_under_that_field(qtbot: QtBot) -> None:
    dialog = NameForm(refuse(ValidationError("clients.enter", field="phone", label="phone number")))
    shown(qtbot, dialog)
    dialog.save()
    line = dialog.errors["phone"]
    assert dialog.isVisible() and line.isVisible() and line.text() == "Enter the phone number."
    assert below(dialog.phone, line, dialog)
    assert left_edge(line, dialog) == left_edge(dialog.phone, dialog)
    assert not dialog.errors["name"].isVisible() and dialog.general_error.text() == ""
    assert dialog.phone.hasFocus()
    assert dialog.saved == 0

    dialog.action = lambda: None  # the next try clears the old refusal, then closes
    dialog.save()
    assert not line.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    "error",
    [
        RuleViolation("staff.staff_member_has_name"),
        ValidationError("backup.cancelled", field="no_such_field"),
    ],
)
def test_other_errors_show_at_the_bottom_above_the_buttons(
    qtbot: QtBot, error: SalonVaultError
) -> None:
    dialog = NameForm(refuse(error))
    shown(qtbot, dialog)
    dialog.save()
    assert dialog.isVisible() and dialog.general_error.text() == str(error)
    assert not any(line.isVisible() for line in dialog.errors.values())
    assert below(dialog.phone, dialog.general_error, dialog)
    assert below(dialog.general_error, dialog.save_button, dialog)


def test_the_busy_state_disables_save_while_the_call_runs(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def action() -> None:
        seen["save enabled"] = dialog.save_button.isEnabled()
        seen["cancel enabled"] = dialog.buttons.button(
            dialog.buttons.StandardButton.Cancel
        ).isEnabled()
        seen["text"] = dialog.busy_label.text() if dialog.busy_label.isVisible() else None
        cursor = QGuiApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor is not None else None

    dialog = NameForm(action)
    shown(qtbot, dialog)
    dialog.save()
    assert seen == {
        "save enabled": False,
        "cancel enabled": False,
        "text": "Saving…",
        "cursor": Qt.CursorShape.WaitCursor,
    }
    assert dialog.save_button.isEnabled() and dialog.busy_label.isHidden()
    assert not dialog.general_error.isHidden()  # the line is back in its place
    assert QGuiApplication.overrideCursor() is None


def test_a_refused_call_ends_the_busy_state_too(qtbot: QtBot) -> None:
    dialog = NameForm(refuse(RuleViolation("staff.staff_member_has_name")))
    shown(qtbot, dialog)
    dialog.save()
    assert dialog.save_button.isEnabled() and not dialog.is_busy
    assert QGuiApplication.overrideCursor() is None


def test_a_background_save_is_busy_until_it_ends_and_escape_waits(
    qtbot: QtBot, operations: Operations
) -> None:
    dialog = NameForm(lambda: None)
    shown(qtbot, dialog)
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "done"

    dialog.save_in_background(operations, slow, answers.append)
    assert dialog.is_busy and not dialog.save_button.isEnabled()
    assert dialog.busy_label.isVisible() and dialog.busy_label.text() == "Saving…"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # not while the call runs
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert answers == ["done"] and dialog.result() == QDialog.DialogCode.Accepted
    assert QGuiApplication.overrideCursor() is None


def test_a_background_refusal_lands_under_its_field(qtbot: QtBot, operations: Operations) -> None:
    dialog = NameForm(lambda: None)
    shown(qtbot, dialog)

    def slow() -> None:
        raise ValidationError("staff.name_has_most_characters", field="name", max_name_length=9)

    dialog.save_in_background(operations, slow, lambda _result: None)
    qtbot.waitUntil(dialog.errors["name"].isVisible, timeout=10_000)
    assert dialog.errors["name"].text() == "A name has at most 9 characters." and dialog.isVisible()
    assert dialog.save_button.isEnabled()


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = NameForm(lambda: None)
    shown(qtbot, dialog)
    dialog.name.setText("Ewa")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved == 0


def test_enter_saves_and_save_is_the_default_button(qtbot: QtBot) -> None:
    dialog = NameForm(lambda: None)
    shown(qtbot, dialog)
    assert dialog.save_button.isDefault()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.saved == 1 and dialog.result() == QDialog.DialogCode.Accepted


def test_fields_come_first_in_the_tab_order_and_have_the_focus(qtbot: QtBot) -> None:
    dialog = NameForm(lambda: None)
    shown(qtbot, dialog)
    qtbot.waitUntil(dialog.name.hasFocus)
    order = []
    widget = dialog.name
    for _ in range(4):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert order == [dialog.name, dialog.phone, dialog.save_button, cancel]


def test_a_long_refusal_gets_the_room_it_needs(qtbot: QtBot) -> None:
    """The dialog grows rather than cutting a refusal wrapped onto several lines."""
    refusal = ValidationError(
        "imports.salon_does_collect_leave_column", "name", label="birth dates, " * 10
    )
    dialog = NameForm(refuse(refusal))
    dialog.resize(360, dialog.sizeHint().height())
    shown(qtbot, dialog)
    height_before = dialog.height()
    dialog.save()
    line = dialog.errors["name"]
    dialog.layout().activate()
    assert dialog.height() > height_before
    assert line.height() >= line.heightForWidth(line.width())
    assert below(line, dialog.phone, dialog)
