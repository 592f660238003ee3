"""Add a service record from a template, change one within the 24 hours, or correct a locked one
(decision 0029, "The window"): the form is built from the template version's typed fields.

Scalar fields are rows of the form; a right/left pair is a grid with the parts down the side and
R and L across, as an optician's form (Tab goes down the right eye, then the left); a zone grid
is a table, one row per zone. Each value has its error line under it: a refusal's path
(`rx.right.axis`) finds it, or its group's line (`rx.pd` under the prescription), or the bottom.
The rule is said by its key, in the user's language (ui/record_words.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import RecordFieldError, SalonVaultError
from salonvault.domain.records import (
    GROUP_KINDS,
    BuiltIn,
    FieldKind,
    FieldSpec,
    RecordInput,
    ServiceRecord,
    TemplateVersion,
)
from salonvault.domain.session import Session
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.labels import fill
from ui.palette import colours, text_style
from ui.record_words import cylinder_notation_text, label_text, record_rule_text, row_text
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_inputs import FieldInput, make_input


class RecordMode(Enum):
    ADD = "add"
    EDIT = "edit"  # the same record changed (owner, or its author within 24 hours)
    CORRECT = "correct"  # a new record that corrects a locked one


class RecordDialog(FormDialog):
    draft_kind = "record"

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        template: TemplateVersion,
        parent: QWidget | None = None,
        visit_id: int | None = None,
        record: ServiceRecord | None = None,
        mode: RecordMode = RecordMode.ADD,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self._vault, self._session, self._client_id = vault, session, client_id
        self.template = template
        self.visit_id = visit_id
        self._record = record
        self.mode = mode if record is not None else RecordMode.ADD
        self.record_id: int | None = None  # the record saved (new, changed or the correction)
        self.inputs: dict[str, FieldInput] = {}  # by path: "examiner", "rx.right.sphere"
        self._cylinder, self._acuity = vault.record_templates.notation()
        name = label_text(template.definition.name)
        titles = {
            RecordMode.ADD: self.tr("Add record: %1"),
            RecordMode.EDIT: self.tr("Change record: %1"),
            RecordMode.CORRECT: self.tr("Correct record: %1"),
        }
        self.setWindowTitle(fill(titles[self.mode], name))
        self._lay_out()
        if record is not None:
            self._fill(record)
        else:
            self._fill_defaults()
        self.resize(640, 700)

    # -- laying out --------------------------------------------------------------------------

    def _lay_out(self) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        if self.template.family is BuiltIn.SPECTACLE_RX:
            hint = QLabel(
                fill(
                    self.tr(
                        "Write the cylinder as the examiner wrote it, minus or plus; the card"
                        " and the paper show it in the salon's notation (%1)."
                    ),
                    cylinder_notation_text(self._cylinder).lower(),
                ),
                content,
            )
            hint.setObjectName("notationHint")
            hint.setWordWrap(True)
            hint.setStyleSheet(text_style(colours().muted))
            form.addRow(hint)
        for spec in self.template.definition.fields:
            label = label_text(spec.label)
            if spec.kind is FieldKind.PER_EYE:
                self.add_field(label, self._per_eye(spec, content), spec.key, form=form)
            elif spec.kind is FieldKind.ZONE_GRID:
                self.add_field(label, self._zone_grid(spec, content), spec.key, form=form)
            else:
                made = make_input(spec, content, self._acuity)
                self.inputs[spec.key] = made
                self.add_field(label, made.widget, spec.key, form=form, focus_on_error=made.focus)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("recordScroll")
        scroll.setWidgetResizable(True)
        # Tab goes to the fields (scrolled to as they take focus), never to the frame itself.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.body.addWidget(scroll, 1)
        self._layout.setStretchFactor(self.body, 1)

    def _per_eye(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        """Parts down the side, R and L across. The right eye's boxes are made first, so Tab
        goes down the right eye and then the left, as the examiner reads them out."""
        grid_holder = QFrame(parent)
        grid_holder.setObjectName(f"group-{spec.key}")
        grid_holder.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(grid_holder)
        grid.setVerticalSpacing(2)
        for column, eye in enumerate(spec.rows, start=1):
            heading = QLabel(row_text(spec, eye), grid_holder)
            heading.setStyleSheet(text_style(colours().muted, bold=True))
            grid.addWidget(heading, 0, column)
        for row, part in enumerate(spec.parts, start=1):
            grid.addWidget(QLabel(label_text(part.label), grid_holder), row, 0)
        for column, eye in enumerate(spec.rows, start=1):
            for row, part in enumerate(spec.parts, start=1):
                grid.addWidget(self._cell(spec, eye, part, grid_holder), row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid_holder

    def _zone_grid(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        """A table: a row per zone (filled only where treated), a column per part."""
        table = QFrame(parent)
        table.setObjectName(f"group-{spec.key}")
        table.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(table)
        grid.setVerticalSpacing(2)
        for column, part in enumerate(spec.parts, start=1):
            heading = QLabel(label_text(part.label), table)
            heading.setStyleSheet(text_style(colours().muted, bold=True))
            grid.addWidget(heading, 0, column)
        for row, zone in enumerate(spec.rows, start=1):
            grid.addWidget(QLabel(row_text(spec, zone), table), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, part in enumerate(spec.parts, start=1):
                grid.addWidget(self._cell(spec, zone, part, table), row, column)
        return table

    def _cell(self, group: FieldSpec, row: str, part: FieldSpec, parent: QWidget) -> QWidget:
        path = f"{group.key}.{row}.{part.key}"
        made = make_input(part, parent, self._acuity)
        made.set_accessible_name(
            fill(self.tr("%1, %2"), label_text(part.label), row_text(group, row))
        )
        self.inputs[path] = made
        return self.with_error_line(made.widget, path, made.focus)

    # -- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """What was typed, by field; empty boxes and untouched rows left out."""
        out: dict[str, object] = {}
        for spec in self.template.definition.fields:
            if spec.kind in GROUP_KINDS:
                rows: dict[str, dict[str, object]] = {}
                for row in spec.rows:
                    cells = {
                        part.key: value
                        for part in spec.parts
                        if not _empty(value := self.inputs[f"{spec.key}.{row}.{part.key}"].raw())
                    }
                    if cells:
                        rows[row] = cells
                if rows:
                    out[spec.key] = rows
            elif not _empty(value := self.inputs[spec.key].raw()):
                out[spec.key] = value
        return out

    # -- kept through a lock (ui/drafts.py) ---------------------------------------------------

    def draft_place(self) -> dict[str, object]:
        return {
            "client_id": self._client_id,
            "mode": self.mode.value,
            "template_key": self.template.key,
            "visit_id": self.visit_id,
            "record_id": self._record.id if self._record is not None else None,
        }

    def draft_values(self) -> dict[str, object]:
        return {path: made.raw() for path, made in self.inputs.items()}

    def restore_draft(self, values: Mapping[str, object]) -> None:
        for path, raw in values.items():
            made = self.inputs.get(path)
            if made is not None:  # a field the template still has
                made.restore(raw)

    def kept_note_text(self) -> str:
        return self.tr("Your unsaved record was kept while the screen was locked.")

    def _fill(self, record: ServiceRecord) -> None:
        """The record's values (a correction starts from what it corrects)."""
        for spec in self.template.definition.fields:
            value = record.values.get(spec.key)
            if spec.kind in GROUP_KINDS:
                rows = value if isinstance(value, Mapping) else {}
                for row, cells in rows.items():
                    for part, cell in cells.items():
                        found = self.inputs.get(f"{spec.key}.{row}.{part}")
                        if found is not None:
                            found.set_value(cell)
            elif value is not None and not isinstance(value, Mapping):
                self.inputs[spec.key].set_value(value)

    def _fill_defaults(self) -> None:
        """Today in a required exam or fitting date; the examiner is whoever is signed in."""
        today = local_today(self._vault.clock)
        for spec in self.template.definition.fields:
            if spec.kind is FieldKind.DATE and spec.required and spec.not_in_future:
                self.inputs[spec.key].set_value(today)
        examiner = self.inputs.get("examiner")
        if self.template.family is BuiltIn.SPECTACLE_RX and examiner is not None:
            examiner.set_value(self._vault.staff.names(self._session).get(self._session.staff_id))

    # -- saving ------------------------------------------------------------------------------

    def save_form(self) -> bool:
        values = self.values()
        records = self._vault.records
        try:
            with self.busy():
                if self.mode is RecordMode.ADD:
                    self.record_id = records.add_record(
                        self._session,
                        self._client_id,
                        RecordInput(self.template.key, values, visit_id=self.visit_id),
                    )
                elif self._record is not None and self.mode is RecordMode.EDIT:
                    records.edit_record(self._session, self._record.id, values)
                    self.record_id = self._record.id
                elif self._record is not None:
                    self.record_id = records.add_correction(self._session, self._record.id, values)
        except RecordFieldError as error:
            self.show_error(
                self.error_field(error), record_rule_text(error, self.template.definition)
            )
            return False
        return True

    def error_field(self, error: SalonVaultError) -> str | None:
        """The line nearest to the refused value: its own, else its group's."""
        path = super().error_field(error)
        while path:
            if path in self.errors:
                return path
            path = path.rpartition(".")[0]
        return None

    def show_error(self, field: str | None, message: str) -> None:
        super().show_error(field, message)
        line = self.errors.get(field or "")
        if line is not None:
            self.scroll_area.ensureWidgetVisible(line)


def _empty(value: object) -> bool:
    return value is None or value in ("", [])
