"""The window's words for service records (decision 0029): the built-in templates' names, field
labels and choices, and the value rules (RecordFieldError keys) in the user's language.

A built-in's labels are English in the core and its choices stable keys; their words in the four
languages are one table (salonvault.domain.record_labels) that the data report prints too. An
owner's own label or choice shows as typed. The sentences here are written out in full in each
translate() call so lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from salonvault.domain.errors import RecordFieldError
from salonvault.domain.prescription import show_acuity
from salonvault.domain.record_labels import choice_in, eye_heading_in, label_in, yes_no_in
from salonvault.domain.records import (
    AcuityNotation,
    CylinderNotation,
    FieldKind,
    FieldSpec,
    RecordRule,
    ScalarValue,
    TemplateDefinition,
)
from salonvault.domain.treatments import EditRefusal
from ui.error_text import error_text
from ui.formats import date_text
from ui.i18n import screen_language
from ui.labels import fill, local_time


def label_text(label: str) -> str:
    """A template's name or a field's label: a built-in's in the screen's language (the same
    words the data report prints), the owner's as typed."""
    return label_in(label, screen_language())


def choice_text(key: str) -> str:
    """A choice or zone key as shown: a built-in's translated, the owner's as typed."""
    return choice_in(key, screen_language())


def eye_text(eye: str) -> str:
    """R and L, as an optician's form heads its columns (the prescription paper's words)."""
    return eye_heading_in(eye, screen_language())


def row_text(spec: FieldSpec, row: str) -> str:
    return eye_text(row) if spec.kind is FieldKind.PER_EYE else choice_text(row)


def cylinder_notation_text(notation: CylinderNotation) -> str:
    if notation is CylinderNotation.PLUS:
        return QCoreApplication.translate("RecordWords", "Plus cylinder")
    return QCoreApplication.translate("RecordWords", "Minus cylinder")


def acuity_notation_text(notation: AcuityNotation) -> str:
    names = {
        AcuityNotation.DECIMAL: QCoreApplication.translate("RecordWords", "Decimal (1.0)"),
        AcuityNotation.METRES: QCoreApplication.translate("RecordWords", "Metres (6/6)"),
        AcuityNotation.FEET: QCoreApplication.translate("RecordWords", "Feet (20/20)"),
    }
    return names[notation]


def acuity_example(notation: AcuityNotation) -> str:
    return {AcuityNotation.DECIMAL: "1.0", AcuityNotation.METRES: "6/6"}.get(notation, "20/20")


def kind_text(kind: FieldKind) -> str:
    names = {
        FieldKind.NUMBER: QCoreApplication.translate("RecordWords", "Number"),
        FieldKind.CHOICE: QCoreApplication.translate("RecordWords", "Choice"),
        FieldKind.MULTI_CHOICE: QCoreApplication.translate("RecordWords", "Several choices"),
        FieldKind.YES_NO: QCoreApplication.translate("RecordWords", "Yes or no"),
        FieldKind.DATE: QCoreApplication.translate("RecordWords", "Date"),
        FieldKind.TEXT: QCoreApplication.translate("RecordWords", "Text"),
        FieldKind.ACUITY: QCoreApplication.translate("RecordWords", "Visual acuity"),
        FieldKind.PER_EYE: QCoreApplication.translate("RecordWords", "Right and left eye"),
        FieldKind.ZONE_GRID: QCoreApplication.translate("RecordWords", "Zones"),
    }
    return names[kind]


def number_text(spec: FieldSpec, value: Decimal) -> str:
    """A number as the trade writes it: dioptres signed (+1.25, -0.50 with a minus sign),
    a unit after it."""
    if spec.signed:
        sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
        text = f"{sign}{abs(value)}"
    else:
        text = str(value).replace("-", "\u2212")
    return f"{text} {spec.unit}".rstrip()


def value_text(  # noqa: PLR0911 (one return per kind of value)
    spec: FieldSpec, value: ScalarValue, acuity: AcuityNotation = AcuityNotation.DECIMAL
) -> str:
    """One value as the card shows it, in the user's language."""
    if isinstance(value, bool):
        return yes_no_in(value, screen_language())
    if isinstance(value, Decimal):
        return number_text(spec, value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, tuple):
        return ", ".join(choice_text(v) for v in value)
    if spec.kind is FieldKind.CHOICE:
        return choice_text(value)
    if spec.kind is FieldKind.ACUITY:
        return show_acuity(value, acuity)
    return value


def path_label(definition: TemplateDefinition, path: str) -> str:
    """The words for "field" or "group.part" (a rule's leader), translated where built-in."""
    key, _, part = path.partition(".")
    spec = definition.field(key)
    if spec is None:
        return path
    found = spec.part(part) if part else spec
    return label_text(found.label) if found is not None else path


def _joined(keys: Iterable[str]) -> str:
    return " / ".join(choice_text(k) for k in keys if k)


def record_rule_text(error: RecordFieldError, definition: TemplateDefinition | None) -> str:
    """The broken rule in the user's words, said under the value that broke it (so the field
    is not named again); the limits the rule allows filled in."""
    limits = error.limits
    unit = limits.get("unit", "")

    def leader() -> str:
        path = limits.get("leader", "")
        return path_label(definition, path) if definition is not None else path

    def bound(with_unit: str, without_unit: str, name: str) -> str:
        number = limits.get(name, "")
        return fill(with_unit, number, unit) if unit else fill(without_unit, number)

    def values() -> str:
        return _joined(limits.get("values", "").split(","))

    sentences = {
        RecordRule.REQUIRED: lambda: QCoreApplication.translate("RecordWords", "Required."),
        RecordRule.NOT_A_NUMBER: lambda: QCoreApplication.translate(
            "RecordWords", "Write a number."
        ),
        RecordRule.BELOW_MINIMUM: lambda: bound(
            QCoreApplication.translate("RecordWords", "At least %1 %2."),
            QCoreApplication.translate("RecordWords", "At least %1."),
            "minimum",
        ),
        RecordRule.ABOVE_MAXIMUM: lambda: bound(
            QCoreApplication.translate("RecordWords", "At most %1 %2."),
            QCoreApplication.translate("RecordWords", "At most %1."),
            "maximum",
        ),
        RecordRule.OFF_STEP: lambda: bound(
            QCoreApplication.translate("RecordWords", "In steps of %1 %2."),
            QCoreApplication.translate("RecordWords", "In steps of %1."),
            "step",
        ),
        RecordRule.NOT_A_CHOICE: lambda: fill(
            QCoreApplication.translate("RecordWords", "Choose one of: %1."),
            _joined(limits.get("choices", "").split(",")),
        ),
        RecordRule.NOT_YES_NO: lambda: QCoreApplication.translate(
            "RecordWords", "Choose yes or no."
        ),
        RecordRule.NOT_A_DATE: lambda: QCoreApplication.translate(
            "RecordWords", "Write a date as YYYY-MM-DD."
        ),
        RecordRule.DATE_IN_FUTURE: lambda: QCoreApplication.translate(
            "RecordWords", "This date cannot be in the future."
        ),
        RecordRule.TOO_LONG: lambda: fill(
            QCoreApplication.translate("RecordWords", "At most %1 characters."),
            limits.get("max_length", ""),
        ),
        RecordRule.NOT_AN_ACUITY: lambda: QCoreApplication.translate(
            "RecordWords", "Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x."
        ),
        RecordRule.NEEDS_FOLLOWER: lambda: fill(
            QCoreApplication.translate("RecordWords", "Needed because %1 is given."), leader()
        ),
        RecordRule.NEEDS_LEADER: lambda: fill(
            QCoreApplication.translate("RecordWords", "Give this only with %1."), leader()
        ),
        RecordRule.REQUIRED_WHEN: lambda: fill(
            QCoreApplication.translate("RecordWords", "Needed when %1 is %2."), leader(), values()
        ),
        RecordRule.NOT_ALLOWED_WHEN: lambda: fill(
            QCoreApplication.translate("RecordWords", "Only when %1 is %2; leave it empty."),
            leader(),
            values(),
        ),
        RecordRule.BEFORE: lambda: fill(
            QCoreApplication.translate("RecordWords", "On or after %1."), leader()
        ),
        RecordRule.PD_INCOMPLETE: lambda: QCoreApplication.translate(
            "RecordWords", "Give the PD of both eyes, or the binocular PD."
        ),
        RecordRule.PD_MISMATCH: lambda: fill(
            QCoreApplication.translate(
                "RecordWords", "The two eyes' PDs add up to %1 mm: the binocular PD is their sum."
            ),
            limits.get("sum", ""),
        ),
    }
    found = sentences.get(error.rule)  # type: ignore[call-overload]
    # A rule this window does not know yet: the core's own sentence.
    return found() if found is not None else error_text(error)


def record_edit_refusal_text(refusal: EditRefusal, until_text: str) -> str:
    """Why Edit is off for a record, next to it. `until_text`: when its 24 hours ended."""
    if refusal is EditRefusal.ROLE:
        return QCoreApplication.translate(
            "RecordWords",
            "Receptionists see service records; adding and changing them is for the owner and"
            " the technicians.",
        )
    if refusal is EditRefusal.NOT_OWN:
        return QCoreApplication.translate(
            "RecordWords",
            "Someone else recorded this: only they (for 24 hours) or the owner may change it."
            " Add a correction instead.",
        )
    return fill(
        QCoreApplication.translate(
            "RecordWords",
            "Locked: records can be changed for 24 hours after recording, and that ended on %1."
            " Add a correction instead; the original stays in the history.",
        ),
        until_text,
    )


def record_editable_until_text(until: datetime | None) -> str:
    """For one's own record: how long it stays changeable (empty for the owner)."""
    return (
        fill(
            QCoreApplication.translate("RecordWords", "You may change it until %1."),
            local_time(until),
        )
        if until
        else ""
    )
