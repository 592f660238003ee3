"""Several phone numbers in the client form, each with its label (mobile, home, work, other or
none), added, removed and moved up or down; the first is the client's phone (decision 0022).

Each number has its error line: the services name the first `phone` and the others `phones.1`,
`phones.2` … by their place; `phones` (too many, or not agreeing) goes under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientPhone, PhoneLabel
from salonvault.services.clients import MAX_PHONES
from ui.formats import phone_text
from ui.labels import fill
from ui.widgets.form_dialog import error_label


def phone_label_text(label: PhoneLabel | None) -> str:
    """How a number's label reads on the card and in the form ("" for none)."""
    if label is None:
        return ""
    names = {
        PhoneLabel.MOBILE: QCoreApplication.translate("PhoneRows", "mobile"),
        PhoneLabel.HOME: QCoreApplication.translate("PhoneRows", "home"),
        PhoneLabel.WORK: QCoreApplication.translate("PhoneRows", "work"),
        PhoneLabel.OTHER: QCoreApplication.translate("PhoneRows", "other"),
    }
    return names[label]


def phone_lines(phones: tuple[ClientPhone, ...], region: str) -> str:
    """Every number on a line of its own, its label after it: "0912 345 678 (mobile)", in the
    national format of the salon's `region` (a foreign number international)."""
    lines = []
    for phone in phones:
        label = phone_label_text(phone.label)
        number = phone_text(phone.number, region)
        lines.append(
            fill(QCoreApplication.translate("PhoneRows", "%1 (%2)"), number, label)
            if label
            else number
        )
    return "\n".join(lines)


class PhoneRow:
    """One number: its label, the number, up / down / remove, and its error line."""

    def __init__(self, parent: QWidget) -> None:
        self.label = QComboBox(parent)
        self.label.addItem("—", None)
        for kind in PhoneLabel:
            self.label.addItem(phone_label_text(kind), kind)
        self.number = QLineEdit(parent)
        self.up = QPushButton("↑", parent)
        self.down = QPushButton("↓", parent)
        self.remove = QPushButton("✕", parent)
        for button in (self.up, self.down, self.remove):
            button.setMaximumWidth(32)
        self.error = error_label(parent)

    def widgets(self) -> list[QWidget]:
        return [self.label, self.number, self.up, self.down, self.remove]

    def phone(self) -> ClientPhone:
        chosen = self.label.currentData()  # Qt hands the enum back as its text
        return ClientPhone(self.number.text(), PhoneLabel(chosen) if chosen else None)


class PhoneRows(QWidget):
    """`rows_changed`: a row came, went or moved (the form re-registers the error lines)."""

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneRows")
        self.rows: list[PhoneRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("Add a number"), self)
        self.add_button.setObjectName("addPhone")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.limit_note = QLabel(self)
        self.error = error_label(self)
        self.error.setObjectName("error-phones")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._grid)
        column.addWidget(self.add_button)
        column.addWidget(self.limit_note)
        column.addWidget(self.error)
        self.add_row()

    def add_row(self, phone: ClientPhone | None = None, focus: bool = False) -> PhoneRow | None:
        if len(self.rows) >= MAX_PHONES:
            return None
        row = PhoneRow(self)
        row.up.clicked.connect(lambda: self.move_row(row, -1))
        row.down.clicked.connect(lambda: self.move_row(row, 1))
        row.remove.clicked.connect(lambda: self.remove_row(row))
        if phone is not None:
            row.number.setText(phone.number)
            row.label.setCurrentIndex(max(0, row.label.findData(phone.label)))
        self.rows.append(row)
        self._place()
        if focus:
            for widget in row.widgets():  # the layout would show them only later: too late
                widget.setVisible(self.isVisible())
            row.number.setFocus()
        return row

    def remove_row(self, row: PhoneRow) -> None:
        self.rows.remove(row)
        for widget in [*row.widgets(), row.error]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        if not self.rows:
            self.add_row()  # an empty row to type in, not an empty box
        else:
            self._place()
            self.rows[0].number.setFocus()

    def move_row(self, row: PhoneRow, step: int) -> None:
        """Up or down one place (the first number is the client's phone)."""
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._place()
        pressed = row.up if step < 0 else row.down
        (pressed if pressed.isEnabled() else row.number).setFocus()  # press again to go on

    def set_phones(self, phones: tuple[ClientPhone, ...]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for widget in [*row.widgets(), row.error]:
                self._grid.removeWidget(widget)
                widget.deleteLater()
        for phone in phones:
            self.add_row(phone)
        if not self.rows:
            self.add_row()

    def phones(self) -> tuple[ClientPhone, ...]:
        """Every row as typed, blank ones too (the service drops them and names places as
        they are here)."""
        return tuple(row.phone() for row in self.rows)

    def first_number(self) -> str:
        return self.rows[0].number.text() if self.rows else ""

    def _place(self) -> None:
        """Lay the rows out in order: each number, then its error line under it."""
        for index, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, index * 2, column)
            self._grid.addWidget(row.error, index * 2 + 1, 1, 1, 4)
            place = index + 1
            row.number.setAccessibleName(fill(self.tr("Phone number %1"), place))
            row.label.setAccessibleName(fill(self.tr("Kind of phone number %1"), place))
            row.up.setAccessibleName(fill(self.tr("Move number %1 up"), place))
            row.down.setAccessibleName(fill(self.tr("Move number %1 down"), place))
            row.remove.setAccessibleName(fill(self.tr("Remove number %1"), place))
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(self.rows) - 1)
        full = len(self.rows) >= MAX_PHONES
        self.add_button.setEnabled(not full)
        self.limit_note.setText(
            fill(self.tr("A client has at most %1 numbers."), MAX_PHONES) if full else ""
        )
        self.limit_note.setVisible(full)
        if self.rows:
            self.rows[0].number.setPlaceholderText(self.tr("The first number is the main one"))
        self.rows_changed.emit()

    def focus_order(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for row in self.rows:
            widgets += row.widgets()
        return [*widgets, self.add_button]
