"""A colour formula as colourists write it: bowls (roots, mid-lengths and ends, toner …), each
with shades and their grams, the developer (6 %, 20 vol or both), its grams or the mixing ratio,
the processing time and a note (decision 0021).

The editor reads what was typed into a `Formula` and shows a broken rule inside the bowl at
fault, next to the field (`show_error`); the rules themselves are the core's (`check_formula`,
run by the service when the visit is saved).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import FormulaError
from salonvault.domain.formula_input import parse_developer, parse_ratio
from salonvault.domain.formulas import (
    MAX_BOWLS,
    MAX_COMPONENTS,
    Bowl,
    Component,
    Formula,
    FormulaRule,
    number_text,
)
from ui.labels import fill
from ui.visit_words import bowl_label_names, formula_rule_text
from ui.widgets.form_dialog import error_label

_FIRST_SHADES = 2  # base and tone: what most bowls hold


def _grams(text: str) -> Decimal | None:
    """'30', '7,5', '30 g' → grams; empty → None; anything else raises ValueError."""
    cleaned = text.strip().removesuffix("g").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


class ShadeRow:
    """One shade of a bowl: the shade as written (7/1) and its grams."""

    def __init__(self, parent: QWidget) -> None:
        self.shade = QLineEdit(parent)
        self.shade.setPlaceholderText("7/1")  # shade notation, the same in every language
        self.grams = QLineEdit(parent)
        self.grams.setPlaceholderText("g")
        self.grams.setMaximumWidth(70)
        self.remove = QPushButton("✕", parent)
        self.remove.setMaximumWidth(32)

    def widgets(self) -> list[QWidget]:
        return [self.shade, self.grams, self.remove]


def _prefix_first_completer(combo: QComboBox) -> QCompleter:
    """Completes a typed bowl name from the suggestions in alphabetical order, so a name that
    begins another comes first: Polish "długości" typed in full was completed to "długości i
    końce", the first in the list's own order, and Tab kept the longer one."""
    names = sorted(
        (combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)), key=str.casefold
    )
    completer = QCompleter(names, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return completer


class BowlEditor(QGroupBox):
    """One bowl. `changed` fires on any edit (the dialog shows the worked-out developer)."""

    remove_requested = Signal(object)
    layout_changed = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bowl")
        self.label = QComboBox(self)
        self.label.setEditable(True)
        self.label.addItem("", "")
        for code, name in bowl_label_names().items():
            self.label.addItem(name, code)
        self.label.setCurrentIndex(0)
        self.label.setCompleter(_prefix_first_completer(self.label))
        self.brand = QLineEdit(self)
        self.rows: list[ShadeRow] = []
        self.shades_grid = QGridLayout()
        self.shades_grid.setContentsMargins(0, 0, 0, 0)
        self.add_shade_button = QPushButton(self.tr("Add shade"), self)
        self.add_shade_button.clicked.connect(lambda: self.add_shade(focus=True))
        self.developer = QLineEdit(self)
        self.developer.setPlaceholderText(self.tr("6% / 20 vol"))
        self.developer_grams = QLineEdit(self)
        self.ratio = QLineEdit(self)
        self.ratio.setPlaceholderText(self.tr("1:1.5"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 999)  # the service says what is allowed (1 to 120)
        self.minutes.setSpecialValueText("—")
        self.minutes.setSuffix(self.tr(" min"))
        self.note = QLineEdit(self)
        self.remove_button = QPushButton(self.tr("Remove bowl"), self)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = error_label(self)
        self.error.setObjectName("bowlError")
        self._lay_out()
        for _ in range(_FIRST_SHADES):
            self.add_shade()
        self.set_number(number)
        for field in (self.ratio, self.developer_grams):
            field.textChanged.connect(self._show_developer_needed)
        self.retranslate()

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.shade_holder = QWidget(self)
        shades = QVBoxLayout(self.shade_holder)
        shades.setContentsMargins(0, 0, 0, 0)
        shades.addLayout(self.shades_grid)
        shades.addWidget(self.add_shade_button, alignment=Qt.AlignmentFlag.AlignLeft)
        developer = QHBoxLayout()
        developer.addWidget(self.developer, 2)
        self.developer_grams_label = QLabel(self)
        developer.addWidget(self.developer_grams_label)
        developer.addWidget(self.developer_grams, 1)
        mixing = QHBoxLayout()
        mixing.addWidget(self.ratio, 1)
        self.minutes_label = QLabel(self)
        mixing.addWidget(self.minutes_label)
        mixing.addWidget(self.minutes, 1)
        self.form_labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(
            self.form_labels,
            [self.label, self.brand, self.shade_holder, None, None, self.note],
            strict=True,
        ):
            if field is not None:
                label.setBuddy(field)
        form.addRow(self.form_labels[0], self.label)
        form.addRow(self.form_labels[1], self.brand)
        form.addRow(self.form_labels[2], self.shade_holder)
        form.addRow(self.form_labels[3], developer)
        form.addRow(self.form_labels[4], mixing)
        form.addRow(self.form_labels[5], self.note)
        self.form_labels[3].setBuddy(self.developer)
        self.form_labels[4].setBuddy(self.ratio)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        texts = [
            self.tr("Bowl for"),
            self.tr("Brand"),
            self.tr("Shades and grams"),
            self.tr("Developer"),
            self.tr("Ratio"),
            self.tr("Note"),
        ]
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.developer_grams_label.setText(self.tr("grams"))
        self.minutes_label.setText(self.tr("Time"))
        self.label.setToolTip(self.tr("Choose a zone or type your own name for this bowl."))
        self.developer.setAccessibleName(self.tr("Developer strength"))
        self.developer_grams.setAccessibleName(self.tr("Developer grams"))
        self.ratio.setAccessibleName(self.tr("Mixing ratio"))
        self.minutes.setAccessibleName(self.tr("Processing time in minutes"))

    def set_number(self, number: int) -> None:
        self.number = number
        self.setTitle(fill(self.tr("Bowl %1"), number))

    # -- shades ------------------------------------------------------------------------------

    def add_shade(self, focus: bool = False) -> ShadeRow | None:
        if len(self.rows) >= MAX_COMPONENTS:
            return None
        row = ShadeRow(self)
        index = len(self.rows)
        row.shade.setAccessibleName(fill(self.tr("Shade %1"), index + 1))
        row.grams.setAccessibleName(fill(self.tr("Grams of shade %1"), index + 1))
        row.remove.setAccessibleName(fill(self.tr("Remove shade %1"), index + 1))
        row.remove.setToolTip(self.tr("Remove this shade"))
        row.remove.clicked.connect(lambda: self.remove_shade(row))
        row.grams.textChanged.connect(self._show_developer_needed)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.shades_grid.addWidget(widget, index, column)
        self.add_shade_button.setEnabled(len(self.rows) < MAX_COMPONENTS)
        self.layout_changed.emit()
        if focus:
            row.shade.setFocus()
        return row

    def remove_shade(self, row: ShadeRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.shades_grid.removeWidget(widget)
            widget.deleteLater()
        for index, kept in enumerate(self.rows):  # close the gap
            for column, widget in enumerate(kept.widgets()):
                self.shades_grid.addWidget(widget, index, column)
        self.add_shade_button.setEnabled(True)
        self._show_developer_needed()
        self.layout_changed.emit()

    # -- reading and writing -----------------------------------------------------------------

    def label_text(self) -> str:
        """A suggested name is stored as its code (shown in each reader's language); anything
        else as typed."""
        typed = self.label.currentText().strip()
        for index in range(self.label.count()):
            if typed and self.label.itemText(index) == typed:
                return str(self.label.itemData(index))
        return typed

    def bowl(self, index: int) -> Bowl:
        """The bowl as typed; FormulaError (with this bowl's index) for text that is not a
        developer, ratio or amount."""
        components = []
        for position, row in enumerate(self.rows):
            shade = row.shade.text().strip()
            grams = self._read_grams(row.grams.text(), index, position)
            if not shade and grams is None:
                continue
            if not shade:
                raise FormulaError("formula.shade_missing", "shade_missing", index, position)
            components.append(Component(shade, grams))
        return Bowl(
            label=self.label_text(),
            brand=self.brand.text(),
            components=tuple(components),
            developer=parse_developer(self.developer.text(), index),
            developer_grams=self._read_grams(self.developer_grams.text(), index, None),
            ratio=parse_ratio(self.ratio.text(), index),
            processing_minutes=self.minutes.value() or None,
            note=self.note.text(),
        )

    @staticmethod
    def _read_grams(text: str, bowl: int, component: int | None) -> Decimal | None:
        try:
            return _grams(text)
        except ValueError:
            raise FormulaError(
                "formula.grams_not_number", FormulaRule.GRAMS_TEXT.value, bowl, component
            ) from None

    def fill_from(self, bowl: Bowl) -> None:
        names = bowl_label_names()
        self.label.setCurrentText(names.get(bowl.label, bowl.label))
        self.brand.setText(bowl.brand)
        while len(self.rows) < len(bowl.components):
            self.add_shade()
        for row, component in zip(self.rows, bowl.components, strict=False):
            row.shade.setText(component.shade)
            row.grams.setText(number_text(component.grams) if component.grams is not None else "")
        self.developer.setText(bowl.developer.text() if bowl.developer else "")
        grams = bowl.developer_grams
        self.developer_grams.setText(number_text(grams) if grams is not None else "")
        self.ratio.setText(f"1:{number_text(bowl.ratio)}" if bowl.ratio is not None else "")
        self.minutes.setValue(bowl.processing_minutes or 0)
        self.note.setText(bowl.note)

    def typed(self) -> dict[str, object]:
        """Every box as typed, readable or not (a draft kept through a lock)."""
        return {
            "label": self.label.currentText(),
            "brand": self.brand.text(),
            "shades": [(row.shade.text(), row.grams.text()) for row in self.rows],
            "developer": self.developer.text(),
            "developer_grams": self.developer_grams.text(),
            "ratio": self.ratio.text(),
            "minutes": self.minutes.value(),
            "note": self.note.text(),
        }

    def set_typed(self, typed: Mapping[str, object]) -> None:
        self.label.setCurrentText(str(typed.get("label") or ""))
        self.brand.setText(str(typed.get("brand") or ""))
        kept = typed.get("shades")
        kept = kept if isinstance(kept, list) else []
        shades = [pair for pair in kept if isinstance(pair, tuple)]
        while len(self.rows) < len(shades) and self.add_shade() is not None:
            pass
        for row, (shade, grams) in zip(self.rows, shades, strict=False):
            row.shade.setText(str(shade))
            row.grams.setText(str(grams))
        for field, key in (
            (self.developer, "developer"),
            (self.developer_grams, "developer_grams"),
            (self.ratio, "ratio"),
            (self.note, "note"),
        ):
            field.setText(str(typed.get(key) or ""))
        minutes = typed.get("minutes")
        self.minutes.setValue(minutes if isinstance(minutes, int) else 0)

    def _show_developer_needed(self) -> None:
        """The developer's grams worked out from the colour and the ratio, as a hint."""
        hint = ""
        try:
            bowl = self.bowl(0)
        except FormulaError:
            bowl = None
        if bowl is not None and bowl.developer_grams is None:
            needed = bowl.developer_needed
            if needed is not None:
                hint = fill(self.tr("%1 (from the ratio)"), number_text(needed))
        self.developer_grams.setPlaceholderText(hint)

    # -- errors ------------------------------------------------------------------------------

    def show_error(self, error: FormulaError) -> QWidget:
        """The refusal under this bowl; returns the field at fault (to focus)."""
        if error.rule == "shade_missing":
            text = fill(
                self.tr("Shade %1: write the shade before its grams."), (error.component or 0) + 1
            )
        else:
            text = formula_rule_text(error)
        self.error.setText(text)
        self.error.show()
        return self.field_at_fault(error)

    def field_at_fault(self, error: FormulaError) -> QWidget:
        rows = self.rows
        component = error.component
        if component is not None and 0 <= component < len(rows):
            if error.rule == "shade_missing":
                return rows[component].shade
            return rows[component].grams
        by_rule: dict[str, QWidget] = {
            FormulaRule.GRAMS_TEXT.value: self.developer_grams,
            FormulaRule.DEVELOPER_GRAMS.value: self.developer_grams,
            FormulaRule.RATIO_MISMATCH.value: self.developer_grams,
            FormulaRule.PERCENT.value: self.developer,
            FormulaRule.VOLUME.value: self.developer,
            FormulaRule.STRENGTH_MISMATCH.value: self.developer,
            FormulaRule.DEVELOPER_TEXT.value: self.developer,
            FormulaRule.RATIO.value: self.ratio,
            FormulaRule.RATIO_TEXT.value: self.ratio,
            FormulaRule.MINUTES.value: self.minutes,
            FormulaRule.TOO_MANY_COMPONENTS.value: self.add_shade_button,
        }
        fallback = rows[0].grams if rows else self.brand
        return by_rule.get(error.rule, fallback)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def focus_order(self) -> list[QWidget]:
        """Its fields in reading order (the dialog chains the tab order through them)."""
        widgets: list[QWidget] = [self.label, self.brand]
        for row in self.rows:
            widgets += row.widgets()
        widgets += [
            self.add_shade_button,
            self.developer,
            self.developer_grams,
            self.ratio,
            self.minutes,
            self.note,
            self.remove_button,
        ]
        return widgets


class FormulaEditor(QWidget):
    """The bowls of one formula and "Add bowl". `layout_changed`: a bowl or shade came or
    went (the dialog re-chains the tab order)."""

    layout_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaEditor")
        self.bowls: list[BowlEditor] = []
        self._filled: list[int] = []  # the editors of the bowls in the last formula read
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.general_error = error_label(self)
        self.general_error.setObjectName("formulaError")
        self.add_bowl_button = QPushButton(self.tr("Add &bowl"), self)
        self.add_bowl_button.clicked.connect(lambda: self.add_bowl(focus=True))
        self._column.addWidget(self.general_error)
        self._column.addWidget(self.add_bowl_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.add_bowl()

    def add_bowl(self, focus: bool = False) -> BowlEditor | None:
        if len(self.bowls) >= MAX_BOWLS:
            return None
        bowl = BowlEditor(len(self.bowls) + 1, self)
        bowl.remove_requested.connect(self.remove_bowl)
        bowl.layout_changed.connect(self.layout_changed)
        self._column.insertWidget(len(self.bowls), bowl)
        self.bowls.append(bowl)
        self._update_buttons()
        self.layout_changed.emit()
        if focus:
            bowl.label.setFocus()
        return bowl

    def remove_bowl(self, bowl: BowlEditor) -> None:
        self.bowls.remove(bowl)
        self._column.removeWidget(bowl)
        bowl.deleteLater()
        for number, kept in enumerate(self.bowls, start=1):
            kept.set_number(number)
        self._update_buttons()
        self.layout_changed.emit()
        if self.bowls:
            self.bowls[-1].label.setFocus()
        else:
            self.add_bowl_button.setFocus()

    def _update_buttons(self) -> None:
        full = len(self.bowls) >= MAX_BOWLS
        self.add_bowl_button.setEnabled(not full)
        self.add_bowl_button.setToolTip(
            fill(self.tr("A formula has at most %1 bowls."), MAX_BOWLS) if full else ""
        )

    def formula(self) -> Formula:
        """What was typed; blank bowls left out (the service drops them too), so the service's
        bowl numbers count filled bowls only (`_filled` maps them back to the editors)."""
        bowls = [editor.bowl(index) for index, editor in enumerate(self.bowls)]
        self._filled = [index for index, bowl in enumerate(bowls) if not bowl.empty]
        return Formula(tuple(bowls[index] for index in self._filled))

    def set_formula(self, formula: Formula) -> None:
        """Show `formula` (a visit being edited, or the last one repeated), one editor a bowl."""
        for old in list(self.bowls):
            self.remove_bowl(old)
        for bowl in formula.bowls or (Bowl(),):
            editor = self.add_bowl()
            if editor is not None:
                editor.fill_from(bowl)

    def typed(self) -> list[dict[str, object]]:
        return [bowl.typed() for bowl in self.bowls]

    def set_typed(self, bowls: Sequence[Mapping[str, object]]) -> None:
        for old in list(self.bowls):
            self.remove_bowl(old)
        for typed in bowls or [{}]:
            editor = self.add_bowl()
            if editor is not None:
                editor.set_typed(typed)

    @property
    def empty(self) -> bool:
        try:
            return self.formula().empty
        except FormulaError:
            return False  # something typed, even if not readable

    def show_error(self, error: FormulaError, from_service: bool = False) -> QWidget:
        """Under the bowl at fault (or above "Add bowl" for the whole formula). The service
        numbers filled bowls only (`from_service`); the editor's own errors number them all."""
        index = error.bowl
        if index is not None and from_service:
            index = self._filled[index] if 0 <= index < len(self._filled) else None
        if index is not None and 0 <= index < len(self.bowls):
            return self.bowls[index].show_error(error)
        self.general_error.setText(formula_rule_text(error))
        self.general_error.show()
        return self.add_bowl_button

    def clear_errors(self) -> None:
        for bowl in self.bowls:
            bowl.clear_error()
        self.general_error.clear()
        self.general_error.hide()

    def focus_order(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for bowl in self.bowls:
            widgets += bowl.focus_order()
        return [*widgets, self.add_bowl_button]
