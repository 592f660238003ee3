"""One box per kind of record value (decision 0029, "The window"): a number as a spin box that
steps by the template's step (a typed value goes to the service as typed: it says what is wrong),
a choice as a list with "—" for none, several choices as check boxes, yes/no as a list (so "not
answered" differs from "no"), a date typed as YYYY-MM-DD or picked, a text, a visual acuity.

Every box can be empty, and none checks anything: the record service decides and names the value
at fault. `raw()` is what a form hands the service, `set_value` fills a stored value back in.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from salonvault.domain.records import MAX_LINE, AcuityNotation, FieldKind, FieldSpec, ScalarValue
from ui.qt_dates import from_qdate, to_qdate
from ui.record_words import acuity_example, choice_text, label_text

_NUMBER_TYPED = re.compile(r"^[+\-\u2212]?\d*(?:[.,]\d*)?$")


class DecimalSpinBox(QAbstractSpinBox):
    """A number that may be empty: Up and Down (PageUp/PageDown ten at a time) move to the next
    value on the step's grid within the range; typing is free (the service checks it)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.step = spec.step or Decimal(1)
        self.minimum = spec.minimum
        self.maximum = spec.maximum
        exponent = self.step.normalize().as_tuple().exponent
        self.places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)
        widest = max(
            (len(self.format(b)) for b in (spec.minimum, spec.maximum) if b is not None),
            default=6,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * (widest + 1)) + 36)

    def value(self) -> Decimal | None:
        text = self.text().strip().replace("\u2212", "-").replace(",", ".")
        if not text or text in "+-.":
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return None

    def text(self) -> str:
        return self.lineEdit().text()

    def setText(self, text: str) -> None:
        self.lineEdit().setText(text)

    def format(self, value: Decimal) -> str:
        quantum = Decimal(1).scaleb(-self.places)
        number = value.quantize(quantum)
        text = f"{number:.{self.places}f}"
        return f"+{text}" if self.spec.signed and number > 0 else text

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else self.format(value))

    def stepBy(self, steps: int) -> None:
        current = self.value()
        if current is None:
            start = Decimal(0)
            if self.minimum is not None and start < self.minimum:
                start = self.minimum
            elif self.maximum is not None and start > self.maximum:
                start = self.maximum
            else:
                start += self.step * steps  # from zero: the first press is one step
            new = start
        else:
            rounding = ROUND_FLOOR if steps > 0 else ROUND_CEILING
            on_grid = (current / self.step).to_integral_value(rounding) * self.step
            new = on_grid + self.step * steps
        if self.minimum is not None:
            new = max(new, self.minimum)
        if self.maximum is not None:
            new = min(new, self.maximum)
        self.set_value(new)
        self.lineEdit().selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return (
            QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        ok = _NUMBER_TYPED.match(text.strip()) is not None
        return (QValidator.State.Acceptable if ok else QValidator.State.Invalid), text, pos

    def fixup(self, text: str) -> str:
        return text


class FieldInput:
    """One value's box: `widget` to lay out, `focus` to focus when the value is refused."""

    def __init__(self, spec: FieldSpec, widget: QWidget, focus: QWidget | None = None) -> None:
        self.spec = spec
        self.widget = widget
        self.focus = focus or widget

    def raw(self) -> object:
        raise NotImplementedError

    def set_value(self, value: ScalarValue | None) -> None:
        raise NotImplementedError

    def restore(self, raw: object) -> None:
        """Put back what `raw()` read (a draft kept through a lock): text as it was typed."""
        if raw is None or isinstance(raw, str | bool):
            self.set_value(raw)

    def set_accessible_name(self, name: str) -> None:
        self.focus.setAccessibleName(name)


class NumberInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        holder = QWidget(parent)
        self.box = DecimalSpinBox(spec, holder)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        if spec.unit:
            row.addWidget(QLabel(spec.unit, holder))
        row.addStretch(1)
        super().__init__(spec, holder, self.box)

    def raw(self) -> object:
        text = self.box.text().strip()
        return text or None

    def restore(self, raw: object) -> None:
        self.box.setText(raw if isinstance(raw, str) else "")

    def set_value(self, value: ScalarValue | None) -> None:
        self.box.set_value(value if isinstance(value, Decimal) else None)

    def set_accessible_name(self, name: str) -> None:
        unit = self.spec.unit
        self.box.setAccessibleName(f"{name} ({unit})" if unit else name)


class ChoiceInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.combo = QComboBox(parent)
        self.combo.addItem("—", None)
        for choice in spec.choices:
            self.combo.addItem(choice_text(choice), choice)
        super().__init__(spec, self.combo)

    def raw(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: ScalarValue | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class YesNoInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.combo = QComboBox(parent)
        self.combo.addItem("—", None)
        self.combo.addItem(QCoreApplication.translate("RecordInputs", "Yes"), True)
        self.combo.addItem(QCoreApplication.translate("RecordInputs", "No"), False)
        super().__init__(spec, self.combo)

    def raw(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: ScalarValue | None) -> None:
        index = 0 if not isinstance(value, bool) else (1 if value else 2)
        self.combo.setCurrentIndex(index)


class MultiChoiceInput(FieldInput):
    COLUMNS = 3

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        holder = QWidget(parent)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, choice in enumerate(spec.choices):
            box = QCheckBox(choice_text(choice), holder)
            self.boxes[choice] = box
            grid.addWidget(box, index // self.COLUMNS, index % self.COLUMNS)
        first = next(iter(self.boxes.values()), holder)
        super().__init__(spec, holder, first)

    def raw(self) -> object:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def restore(self, raw: object) -> None:
        chosen = raw if isinstance(raw, list) else []
        self.set_value(tuple(str(choice) for choice in chosen))

    def set_value(self, value: ScalarValue | None) -> None:
        chosen = value if isinstance(value, tuple) else ()
        for choice, box in self.boxes.items():
            box.setChecked(choice in chosen)

    def set_accessible_name(self, name: str) -> None:
        for choice, box in self.boxes.items():
            box.setAccessibleName(f"{name}: {choice_text(choice)}")


class DateInput(FieldInput):
    """Typed as YYYY-MM-DD (the keyboard's way), or picked from a calendar."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        holder = QWidget(parent)
        self.line = QLineEdit(holder)
        self.line.setPlaceholderText(QCoreApplication.translate("RecordInputs", "YYYY-MM-DD"))
        self.line.setMaxLength(10)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self.pick = QToolButton(holder)
        self.pick.setText("…")
        self.pick.setToolTip(QCoreApplication.translate("RecordInputs", "Pick a date"))
        self.pick.setAccessibleName(QCoreApplication.translate("RecordInputs", "Pick a date"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick.setMenu(menu)
        menu.aboutToShow.connect(self._show_typed)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        row.addWidget(self.pick)
        row.addStretch(1)
        super().__init__(spec, holder, self.line)

    def _show_typed(self) -> None:
        try:
            self.calendar.setSelectedDate(to_qdate(date.fromisoformat(self.line.text().strip())))
        except ValueError:
            self.calendar.setSelectedDate(QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.line.setText(from_qdate(day).isoformat())
        menu = self.pick.menu()
        if menu is not None:
            menu.hide()
        self.line.setFocus()

    def raw(self) -> object:
        return self.line.text().strip() or None

    def restore(self, raw: object) -> None:
        self.line.setText(raw if isinstance(raw, str) else "")

    def set_value(self, value: ScalarValue | None) -> None:
        self.line.setText(value.isoformat() if isinstance(value, date) else "")


class TextInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.long = spec.max_length > MAX_LINE
        self.line: QLineEdit | None = None
        self.area: QPlainTextEdit | None = None
        if self.long:
            self.area = QPlainTextEdit(parent)
            self.area.setTabChangesFocus(True)  # Tab moves on, as in every other box
            self.area.setFixedHeight(self.area.fontMetrics().lineSpacing() * 3 + 14)
            super().__init__(spec, self.area)
        else:
            self.line = QLineEdit(parent)
            super().__init__(spec, self.line)

    def raw(self) -> object:
        text = self.area.toPlainText() if self.area is not None else self._line_text()
        return text.strip() or None

    def _line_text(self) -> str:
        return self.line.text() if self.line is not None else ""

    def set_value(self, value: ScalarValue | None) -> None:
        text = value if isinstance(value, str) else ""
        if self.area is not None:
            self.area.setPlainText(text)
        elif self.line is not None:
            self.line.setText(text)


class AcuityInput(FieldInput):
    """As the examiner writes it: 1.0, 6/6 or 20/20 (the salon's notation is the hint)."""

    def __init__(self, spec: FieldSpec, parent: QWidget, notation: AcuityNotation) -> None:
        self.line = QLineEdit(parent)
        self.line.setPlaceholderText(acuity_example(notation))
        self.line.setMaxLength(12)
        super().__init__(spec, self.line)

    def raw(self) -> object:
        return self.line.text().strip() or None

    def restore(self, raw: object) -> None:
        self.line.setText(raw if isinstance(raw, str) else "")

    def set_value(self, value: ScalarValue | None) -> None:
        self.line.setText(value if isinstance(value, str) else "")


def make_input(
    spec: FieldSpec, parent: QWidget, acuity: AcuityNotation = AcuityNotation.DECIMAL
) -> FieldInput:
    """The box for a scalar field (a group's parts too), named for screen readers."""
    made: FieldInput
    if spec.kind is FieldKind.NUMBER:
        made = NumberInput(spec, parent)
    elif spec.kind is FieldKind.CHOICE:
        made = ChoiceInput(spec, parent)
    elif spec.kind is FieldKind.MULTI_CHOICE:
        made = MultiChoiceInput(spec, parent)
    elif spec.kind is FieldKind.YES_NO:
        made = YesNoInput(spec, parent)
    elif spec.kind is FieldKind.DATE:
        made = DateInput(spec, parent)
    elif spec.kind is FieldKind.ACUITY:
        made = AcuityInput(spec, parent, acuity)
    else:
        made = TextInput(spec, parent)
    made.set_accessible_name(label_text(spec.label))
    return made
