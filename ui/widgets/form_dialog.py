"""The dialog that is a form: fields in a QFormLayout, each refusal under the field it names,
the others at the bottom, Save (the default button) and Cancel, and a busy state while the
service call runs.

The dialog checks nothing itself: the services decide and name the field at fault
(`ValidationError.field`). A subclass lays out its fields with `add_field`, does its service
call in `save_form` inside `with self.busy():`, and raises what the service raised. Short calls
run on the GUI thread; a long one goes through `save_in_background` (ui/operations.py).

A form whose input a lock keeps for its author (ui/drafts.py, decision 0046) names its
`draft_kind` and says what was typed (`draft_values`), for what (`draft_place`), and how to put
it back (`restore_draft`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.errors import SalonVaultError, ValidationError
from ui.error_text import error_text
from ui.operations import Operations
from ui.palette import colours, text_style
from ui.widgets.wrap_height import WrappedHeightKeeper

_Result = TypeVar("_Result")


def error_label(parent: QWidget) -> QLabel:
    """A refusal in the error colour, wrapped, hidden until there is something to say."""
    label = QLabel(parent)
    label.setStyleSheet(text_style(colours().error))
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(QDialog):
    """`errors` maps a field name to the line under that field (hidden while empty);
    `general_error`, at the bottom, takes the rest. `accept_button` is Save unless the dialog
    has always said OK."""

    draft_kind: ClassVar[str] = ""  # "": a lock does not keep this form's input

    def __init__(
        self,
        parent: QWidget | None = None,
        accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
    ) -> None:
        super().__init__(parent)
        self._fits_words = WrappedHeightKeeper(self)  # an intro or error line never cut
        self.errors: dict[str, QLabel] = {}
        self._error_targets: dict[str, QWidget] = {}  # focused when its error shows
        self._busy = False
        self.form = QFormLayout()
        self.body = QVBoxLayout()  # the form, then whatever a subclass adds under it
        self.body.addLayout(self.form)
        self.general_error = error_label(self)
        self.general_error.setObjectName("generalError")
        self.general_error.show()  # empty, but its room is kept: no jump when a refusal shows
        self.busy_label = QLabel(QCoreApplication.translate("FormDialog", "Saving…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setStyleSheet(text_style(colours().muted))
        # "Saving…" takes the general line's place while a call runs (that line is empty then),
        # so the dialog needs no room of its own for it.
        self._bottom_line = QStackedLayout()
        self._bottom_line.addWidget(self.general_error)
        self._bottom_line.addWidget(self.busy_label)
        # Made without a parent: it joins the dialog when first shown, after the subclass has
        # made its fields, because Qt's tab order is the order widgets join a window.
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(accept_button)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._values_at_open: dict[str, object] | None = None  # the fields when first shown
        # "Your unsaved … was kept while the screen was locked": above the form, once reopened.
        self.kept_note = QLabel(self)
        self.kept_note.setObjectName("keptNote")
        self.kept_note.setWordWrap(True)
        self.kept_note.setStyleSheet(text_style(colours().muted))
        self.kept_note.hide()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.kept_note)
        self._layout.addLayout(self.body)
        self._layout.addLayout(self._bottom_line)

    # -- laying out --------------------------------------------------------------------------

    def add_field(
        self,
        label: str | QWidget,
        field: QWidget,
        error: str | None = None,
        form: QFormLayout | None = None,
        focus_on_error: QWidget | None = None,
    ) -> None:
        """A row of `form` (the dialog's own by default): the label, and the field with the
        error line for the field name `error` right under it (none when `error` is None).
        When that error shows, `focus_on_error` (the field itself by default) takes the focus.

        A label given as text is the buddy of the field itself (`focus_on_error` when given),
        not of the holder with the error line that the row holds: a screen reader names the
        field by it, and an Alt+letter in it reaches the field."""
        shown = field if error is None else self.with_error_line(field, error, focus_on_error)
        rows = form if form is not None else self.form
        if isinstance(label, str) and label:
            named = QLabel(label)
            named.setBuddy(focus_on_error or field)
            rows.addRow(named, shown)
        elif isinstance(label, str):  # one call, two overloads in the stubs
            rows.addRow(label, shown)
        else:
            rows.addRow(label, shown)

    def with_error_line(
        self, field: QWidget, name: str, focus_on_error: QWidget | None = None
    ) -> QWidget:
        """`field` with the error line for the field name `name` under it, for a form laid out
        otherwise than in rows (a grid of values, as a record's right/left pair)."""
        self._error_targets[name] = focus_on_error or field
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        line = error_label(holder)
        line.setObjectName(f"error-{name}")
        column.addWidget(line)
        self.errors[name] = line
        return holder

    def showEvent(self, event: QShowEvent) -> None:
        if self.buttons.parent() is None:
            self._layout.addWidget(self.buttons)  # last in the tab order
            self.buttons.show()  # now, not once the event loop gets round to it
            self.save_button.setDefault(True)
            self._values_at_open = self.draft_values()
        super().showEvent(event)

    # -- input kept through a lock (ui/drafts.py) --------------------------------------------

    def draft_values(self) -> dict[str, object]:
        """What is in the fields, as plain values; {} where a lock keeps nothing."""
        return {}

    def draft_place(self) -> dict[str, object]:
        """Which client and entry the form is for, to open it there again."""
        return {}

    def restore_draft(self, values: Mapping[str, object]) -> None:
        """Put the `draft_values()` of an earlier form of the same kind back in the fields."""

    def kept_note_text(self) -> str:
        return ""

    def has_unsaved_input(self) -> bool:
        """Something typed or chosen since the form opened (and not saved: it would be shut)."""
        opened = self._values_at_open
        return bool(self.draft_kind) and opened is not None and self.draft_values() != opened

    def show_kept_note(self) -> None:
        self.kept_note.setText(self.kept_note_text())
        self.kept_note.show()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save (or Enter): the dialog closes only when the service said yes."""
        self.clear_errors()
        try:
            saved = self.save_form()
        except SalonVaultError as error:
            self.show_error(self.error_field(error), error_text(error))
            return
        if saved:
            self.accept()

    def save_form(self) -> bool:
        """Read the fields and call the service (inside `with self.busy():`), raising what it
        raises. True closes the dialog; False keeps it open with nothing to show (a question
        answered No, or a call handed to `save_in_background`, which closes it when done)."""
        raise NotImplementedError

    def save_in_background(
        self,
        operations: Operations,
        work: Callable[[], _Result],
        saved: Callable[[_Result], None],
    ) -> None:
        """For a call too slow for the GUI thread: busy until it ends, `saved` with its answer
        and then the dialog closes, or its refusal is shown."""
        self.clear_errors()
        self._set_busy(True)

        def succeeded(result: _Result) -> None:
            if not isValid(self):
                return  # the window locked meanwhile and took this dialog with it
            self._set_busy(False)
            saved(result)
            self.accept()

        def failed(error: Exception) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            if not isinstance(error, SalonVaultError):
                raise error
            self.show_error(self.error_field(error), error_text(error))

        operations.run(work, succeeded, failed)

    @contextmanager
    def busy(self) -> Iterator[None]:
        """Buttons off, a busy cursor and "Saving…" while the block runs on the GUI thread."""
        self._set_busy(True)
        self.repaint()  # the event loop waits for the call: show the state now
        try:
            yield
        finally:
            self._set_busy(False)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        self.buttons.setEnabled(not busy)
        if busy:
            self.busy_label.setText(QCoreApplication.translate("FormDialog", "Saving…"))
            self._bottom_line.setCurrentWidget(self.busy_label)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self._bottom_line.setCurrentWidget(self.general_error)
            QGuiApplication.restoreOverrideCursor()

    def reject(self) -> None:
        if self._busy:
            return  # Escape or the window's close button while saving: the call finishes first
        super().reject()

    # -- errors ------------------------------------------------------------------------------

    def error_field(self, error: SalonVaultError) -> str | None:
        """Which field's line shows `error`; None for the general line at the bottom."""
        return error.field if isinstance(error, ValidationError) else None

    def clear_errors(self) -> None:
        for line in self.errors.values():
            line.clear()
            line.hide()
        self.general_error.clear()

    def show_error(self, field: str | None, message: str) -> None:
        line = self.errors.get(field or "")
        if line is None:
            self.general_error.setText(message)
        else:
            line.setText(message)
            line.show()
            self._error_targets[field or ""].setFocus()
        self._make_room()

    def _make_room(self) -> None:
        """A refusal wrapped onto more lines needs room: grow (never shrink) to fit, rather
        than let the layout squeeze the lines into a height that cuts them off."""
        layout = self._layout
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)
