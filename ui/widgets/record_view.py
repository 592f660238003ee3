"""One service record as the card shows it (decision 0029, "The window"): its template, day and
author, then its values laid out as the form lays them out (a right/left pair in R and L
columns, a zone grid as a table). Values that differ from the previous record of the same kind
are set off (`changed_value_style`); paths the service held back for this role are said to be
held back, never guessed at: the widget shows exactly what the service returned.

A spectacle prescription is shown in the salon's cylinder notation (transposed when the examiner
wrote the other sign) and every acuity in the salon's acuity notation.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.prescription import in_notation
from salonvault.domain.records import (
    AcuityNotation,
    BuiltIn,
    CylinderNotation,
    FieldKind,
    FieldSpec,
    ScalarValue,
    ServiceRecord,
)
from ui.formats import date_text
from ui.labels import fill
from ui.palette import changed_value_style, colours, text_style
from ui.record_words import cylinder_notation_text, label_text, row_text, value_text

_TRANSPOSED = ("sphere", "cylinder", "axis")


class RecordView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self.values: dict[str, QLabel] = {}  # what each path shows (tests read them)
        self.changed: set[str] = set()  # the paths set off as changed
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None

    def clear(self) -> None:
        if self._content is not None:
            self._content.deleteLater()
            self._content = None
        self.values, self.changed = {}, set()

    def text(self) -> str:
        """Everything shown, as one text (tests: nothing held back shows)."""
        content = self._content
        if content is None:
            return ""
        return "\n".join(label.text() for label in content.findChildren(QLabel))

    def show_record(
        self,
        record: ServiceRecord,
        cylinder: CylinderNotation,
        acuity: AcuityNotation,
        recorded_by: str,
    ) -> None:
        self.clear()
        content = QWidget(self)
        self._content = content
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(label_text(record.template.definition.name), content)
        title.setObjectName("recordTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        column.addWidget(title)
        facts = fill(
            self.tr("%1 · recorded by %2 · template version %3"),
            date_text(record.recorded_on),
            recorded_by or "—",
            record.template.version,
        )
        column.addWidget(self._muted(facts, content))
        if record.corrects_record_id is not None:
            column.addWidget(self._muted(self.tr("This record corrects an earlier one."), content))
        if record.corrected_by:
            column.addWidget(
                self._muted(self.tr("Corrected later: the newest correction stands."), content)
            )
        if record.withheld:
            note = self._muted(
                self.tr(
                    "Some values are health data: they are shown to the owner and the"
                    " technicians only."
                ),
                content,
            )
            note.setObjectName("withheldNote")
            column.addWidget(note)
        if record.changed:
            note = self._muted(
                self.tr("Set off: what changed since the previous record of this kind."), content
            )
            note.setObjectName("changedNote")
            column.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        for spec in record.template.definition.fields:
            if spec.kind is FieldKind.PER_EYE or spec.kind is FieldKind.ZONE_GRID:
                grid = self._group(record, spec, cylinder, acuity, content)
                if grid is not None:
                    form.addRow(label_text(spec.label), grid)
            elif spec.key in record.values:
                value = record.values[spec.key]
                if not isinstance(value, Mapping):
                    shown = self._value(record, spec.key, value_text(spec, value, acuity), content)
                    form.addRow(label_text(spec.label), shown)
            elif spec.key in record.withheld:
                form.addRow(label_text(spec.label), self._held_back(spec.key, content))
        column.addStretch(1)
        self._layout.addWidget(content)

    def _group(
        self,
        record: ServiceRecord,
        spec: FieldSpec,
        cylinder: CylinderNotation,
        acuity: AcuityNotation,
        parent: QWidget,
    ) -> QWidget | None:
        found = record.values.get(spec.key)
        rows: Mapping[str, Mapping[str, ScalarValue]] = found if isinstance(found, Mapping) else {}
        held = {p for p in record.withheld if p.startswith(f"{spec.key}.")}
        shown_rows = [r for r in spec.rows if r in rows or any(p.split(".")[1] == r for p in held)]
        if not shown_rows:
            return None
        transposed = record.template.family is BuiltIn.SPECTACLE_RX and spec.key == "rx"
        table = QFrame(parent)
        table.setObjectName(f"view-{spec.key}")
        table.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(table)
        grid.setVerticalSpacing(3)
        per_eye = spec.kind is FieldKind.PER_EYE
        parts = [
            p
            for p in spec.parts
            if any(p.key in rows.get(r, {}) or f"{spec.key}.{r}.{p.key}" in held for r in spec.rows)
        ]
        heads = [row_text(spec, r) for r in shown_rows] if per_eye else [
            label_text(p.label) for p in parts
        ]  # fmt: skip
        for column, head in enumerate(heads, start=1):
            label = QLabel(head, table)
            label.setStyleSheet(text_style(colours().muted, bold=True))
            grid.addWidget(label, 0, column)
        cells = {r: self._row_cells(rows.get(r, {}), transposed, cylinder) for r in shown_rows}
        # An eye shown transposed changes sphere, cylinder and axis together: set off all three.
        changed = set(record.changed)
        if transposed:
            for eye in shown_rows:
                flipped = cells[eye] != dict(rows.get(eye, {}))
                if flipped and any(f"rx.{eye}.{k}" in changed for k in _TRANSPOSED):
                    changed |= {f"rx.{eye}.{k}" for k in _TRANSPOSED if k in cells[eye]}
        lines = (
            [(label_text(p.label), [(r, p) for r in shown_rows]) for p in parts]
            if per_eye
            else [(row_text(spec, r), [(r, p) for p in parts]) for r in shown_rows]
        )
        for line, (head, pairs) in enumerate(lines, start=1):
            grid.addWidget(QLabel(head, table), line, 0, Qt.AlignmentFlag.AlignTop)
            for column, (row, part) in enumerate(pairs, start=1):
                path = f"{spec.key}.{row}.{part.key}"
                value = cells[row].get(part.key)
                if value is not None:
                    text = value_text(part, value, acuity)
                    widget = self._value(record, path, text, table, changed)
                elif path in held:
                    widget = self._held_back(path, table)
                else:
                    widget = QLabel("—", table)
                grid.addWidget(widget, line, column)
        if transposed:
            note = self._muted(
                fill(self.tr("Shown in %1 notation."), cylinder_notation_text(cylinder).lower()),
                table,
            )
            grid.addWidget(note, len(lines) + 1, 0, 1, len(heads) + 1)
        return table

    @staticmethod
    def _row_cells(
        cells: Mapping[str, ScalarValue], transposed: bool, cylinder: CylinderNotation
    ) -> dict[str, ScalarValue]:
        shown = dict(cells)
        sphere, cyl, axis = cells.get("sphere"), cells.get("cylinder"), cells.get("axis")
        if transposed and isinstance(sphere, Decimal) and isinstance(cyl, Decimal):
            whole_axis = int(axis) if isinstance(axis, Decimal) else None
            new_sphere, new_cyl, new_axis = in_notation(sphere, cyl, whole_axis, cylinder)
            shown["sphere"] = new_sphere
            if new_cyl is not None:
                shown["cylinder"] = new_cyl
            if new_axis is not None:
                shown["axis"] = Decimal(new_axis)
        return shown

    def _value(
        self,
        record: ServiceRecord,
        path: str,
        text: str,
        parent: QWidget,
        changed: set[str] | None = None,
    ) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(f"value-{path}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if path in (record.changed if changed is None else changed):
            label.setStyleSheet(changed_value_style())
            # As wide as the value, not the column: the mark sits on the value.
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            label.setAccessibleDescription(self.tr("changed since the previous record"))
            self.changed.add(path)
        self.values[path] = label
        return label

    def _held_back(self, path: str, parent: QWidget) -> QLabel:
        label = self._muted(self.tr("health data, not shown"), parent)
        label.setObjectName(f"withheld-{path}")
        return label

    @staticmethod
    def _muted(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setStyleSheet(text_style(colours().muted))
        return label
