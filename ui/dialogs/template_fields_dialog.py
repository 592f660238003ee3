"""The fields of one of the salon's own record templates (owner): which are health data, and new
fields added at the end; Save makes the template's next version (records keep theirs).

A field the built-in marks as health data stays marked (its box is ticked and cannot be
cleared: the service refuses it anyway). A new field's key is made from its label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from salonvault.domain.records import (
    FieldKind,
    FieldSpec,
    TemplateDefinition,
    TemplateVersion,
)
from salonvault.domain.session import Session
from salonvault.services.records import BUILT_IN_TEMPLATES
from salonvault.services.vault import Vault
from ui.labels import fill
from ui.record_words import kind_text, label_text
from ui.widgets.form_dialog import FormDialog

# Text first, the kind a new field starts as: a label typed and Add pressed is what a newcomer
# does, and a note ("Dye used") is likelier than a number with its unit and range.
_ADDABLE = (
    FieldKind.TEXT,
    FieldKind.NUMBER,
    FieldKind.CHOICE,
    FieldKind.MULTI_CHOICE,
    FieldKind.YES_NO,
    FieldKind.DATE,
)


class TemplateFieldsDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        template: TemplateVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateFields")
        self._vault, self._session, self.template = vault, session, template
        self.saved: TemplateVersion | None = None
        self.setWindowTitle(fill(self.tr("Fields of %1"), label_text(template.definition.name)))
        family = BUILT_IN_TEMPLATES.get(template.family) if template.family else None
        self._kept_health = family.health_paths if family is not None else frozenset()
        self.fields = QListWidget(self)
        self.fields.setObjectName("templateFieldList")
        self.fields.setAccessibleName(self.tr("Fields: Space marks one as health data"))
        self.new_fields: list[FieldSpec] = []
        for spec in template.definition.fields:
            self._list(spec)
        if self.fields.count():
            self.fields.setCurrentRow(0)
        self.add_field(self.tr("Health data (ticked)"), self.fields, "fields")
        self._new_field_box()
        self.resize(560, 620)

    def _list(self, spec: FieldSpec) -> None:
        item = QListWidgetItem(
            fill(self.tr("%1 (%2)"), label_text(spec.label), kind_text(spec.kind)), self.fields
        )
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        kept = spec.key in self._kept_health
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if kept:  # the built-in's mark stays
            flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setToolTip(self.tr("Health data in the built-in template: it stays marked."))
        item.setFlags(flags)
        item.setCheckState(
            Qt.CheckState.Checked if spec.health or kept else Qt.CheckState.Unchecked
        )

    def _new_field_box(self) -> None:
        box = QGroupBox(self.tr("New field"), self)
        self.new_label = QLineEdit(box)
        self.new_kind = QComboBox(box)
        for kind in _ADDABLE:
            self.new_kind.addItem(kind_text(kind), kind)
        self.new_unit = QLineEdit(box)
        self.new_minimum = QLineEdit(box)
        self.new_maximum = QLineEdit(box)
        self.new_step = QLineEdit(box)
        self.new_choices = QLineEdit(box)
        self.new_choices.setPlaceholderText(self.tr("comma between choices"))
        self.new_required = QCheckBox(self.tr("Re&quired"), box)
        self.new_health = QCheckBox(self.tr("&Health data"), box)
        self.add_button = QPushButton(self.tr("&Add field"), box)
        self.add_button.setObjectName("addTemplateField")
        self.add_button.clicked.connect(self.add_new_field)
        self.body.addWidget(box)
        rows = QFormLayout(box)
        self.add_field(self.tr("Label"), self.new_label, "new_label", form=rows)
        rows.addRow(self.tr("Kind"), self.new_kind)
        numbers = QHBoxLayout()
        for field, name in (
            (self.new_minimum, self.tr("minimum")),
            (self.new_maximum, self.tr("maximum")),
            (self.new_step, self.tr("step")),
        ):
            field.setPlaceholderText(name)
            field.setAccessibleName(name)
            numbers.addWidget(field)
        rows.addRow(self.tr("Unit"), self.new_unit)
        rows.addRow(self.tr("Numbers"), numbers)
        rows.addRow(self.tr("Choices"), self.new_choices)
        marks = QHBoxLayout()
        marks.addWidget(self.new_required)
        marks.addWidget(self.new_health)
        marks.addStretch(1)
        rows.addRow("", marks)
        rows.addRow("", self.add_button)
        self.added = QLabel(box)
        rows.addRow(self.added)

    def add_new_field(self) -> FieldSpec | None:
        """The new field joins the list (saved with the rest); a missing label is said."""
        self.clear_errors()
        label = self.new_label.text().strip()
        if not label:
            self.show_error("new_label", self.tr("Give the field a label."))
            return None
        try:
            spec = self._new_spec(label)
        except _NotANumber as error:
            self.show_error("new_label", fill(self.tr("%1: write a number."), error.name))
            return None
        self.new_fields.append(spec)
        self._list(spec)
        self.fields.setCurrentRow(self.fields.count() - 1)
        self.added.setText(fill(self.tr("Added: %1. Save makes the next version."), label))
        self.new_label.clear()
        self.new_label.setFocus()
        return spec

    def _new_spec(self, label: str) -> FieldSpec:
        kind = FieldKind(self.new_kind.currentData())
        taken = {f.key for f in (*self.template.definition.fields, *self.new_fields)}
        key = _key_for(label, taken)
        choices = tuple(_key_for(c, set()) for c in self.new_choices.text().split(",") if c.strip())
        return FieldSpec(
            key,
            kind,
            label,
            required=self.new_required.isChecked(),
            health=self.new_health.isChecked(),
            unit=self.new_unit.text().strip() if kind is FieldKind.NUMBER else "",
            minimum=_decimal(self.new_minimum.text(), self.tr("minimum")),
            maximum=_decimal(self.new_maximum.text(), self.tr("maximum")),
            step=_decimal(self.new_step.text(), self.tr("step")),
            choices=choices,
            max_length=1000 if kind is FieldKind.TEXT else 200,
        )

    def definition(self) -> TemplateDefinition:
        marked = {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.fields.item(i) for i in range(self.fields.count()))
            if item.checkState() == Qt.CheckState.Checked
        }
        fields = tuple(
            replace(spec, health=spec.key in marked)
            for spec in (*self.template.definition.fields, *self.new_fields)
        )
        return replace(self.template.definition, fields=fields)

    def save_form(self) -> bool:
        with self.busy():
            self.saved = self._vault.record_templates.save_version(
                self._session, self.template.key, self.definition()
            )
        return True


def _key_for(label: str, taken: set[str]) -> str:
    """A field key from its label: plain lower-case letters (Vietnamese and Polish letters lose
    their marks), unique in the template."""
    plain = unicodedata.normalize("NFKD", label.replace("đ", "d").replace("ł", "l"))
    base = re.sub(r"[^a-z0-9]+", "_", plain.encode("ascii", "ignore").decode().lower()).strip("_")
    base = base[:30] if base and base[0].isalpha() else f"field_{base}"[:30].rstrip("_")
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class _NotANumber(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _decimal(text: str, name: str) -> Decimal | None:
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise _NotANumber(name) from None
