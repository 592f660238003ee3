"""The window's words for service records (decision 0029): the built-in templates' names, field
labels and choices, and the value rules (RecordFieldError keys) in the user's language.

A built-in's labels are English in the core. The window translates a label it knows (a
built-in's, kept by an owner's copy) and shows anything else as the owner typed it; the same
for choices and zones, which are stable keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from salonvault.domain.errors import RecordFieldError
from salonvault.domain.prescription import show_acuity
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
from ui.labels import fill, local_time


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordWords", text)


def _names() -> dict[str, str]:
    """Built-in template names and field labels, by their English words."""
    return {
        # templates
        "Spectacle prescription": _t("Spectacle prescription"),
        "Contact-lens fitting": _t("Contact-lens fitting"),
        "Skin analysis": _t("Skin analysis"),
        "Lash map": _t("Lash map"),
        "Laser / IPL": _t("Laser / IPL"),
        # spectacle prescription
        "Prescription": _t("Prescription"),
        "Sphere": _t("Sphere"),
        "Cylinder": _t("Cylinder"),
        "Axis": _t("Axis"),
        "Addition": _t("Addition"),
        "Prism (horizontal)": _t("Prism (horizontal)"),
        "Base (horizontal)": _t("Base (horizontal)"),
        "Prism (vertical)": _t("Prism (vertical)"),
        "Base (vertical)": _t("Base (vertical)"),
        "Visual acuity": _t("Visual acuity"),
        "PD": _t("PD"),
        "PD (binocular)": _t("PD (binocular)"),
        "Examiner": _t("Examiner"),
        "Examined on": _t("Examined on"),
        "Valid until": _t("Valid until"),
        "Notes": _t("Notes"),
        # contact lenses
        "Lens": _t("Lens"),
        "Design": _t("Design"),
        "Base curve": _t("Base curve"),
        "Diameter": _t("Diameter"),
        "Power": _t("Power"),
        "Lens brand": _t("Lens brand"),
        "Replacement": _t("Replacement"),
        "Fitted on": _t("Fitted on"),
        "Aftercare due": _t("Aftercare due"),
        # skin
        "Fitzpatrick type": _t("Fitzpatrick type"),
        "Skin type": _t("Skin type"),
        "Concerns": _t("Concerns"),
        "Products used": _t("Products used"),
        "Reactions": _t("Reactions"),
        # lashes
        "Technique": _t("Technique"),
        "Style": _t("Style"),
        "Map": _t("Map"),
        "Length": _t("Length"),
        "Curl": _t("Curl"),
        "Thickness": _t("Thickness"),
        "Glue (brand, batch)": _t("Glue (brand, batch)"),
        "Removal notes": _t("Removal notes"),
        # laser
        "Device": _t("Device"),
        "Wavelength": _t("Wavelength"),
        "Treated areas": _t("Treated areas"),
        "Fluence": _t("Fluence"),
        "Spot size": _t("Spot size"),
        "Pulse duration": _t("Pulse duration"),
        "Passes": _t("Passes"),
        "Test patch": _t("Test patch"),
        "Test-patch interval": _t("Test-patch interval"),
        "Eye protection worn": _t("Eye protection worn"),
        "Skin response": _t("Skin response"),
    }


def _choices() -> dict[str, str]:
    """Built-in choice and zone keys. Curl letters and Fitzpatrick numerals stay as written."""
    return {
        "in": _t("in"),
        "out": _t("out"),
        "up": _t("up"),
        "down": _t("down"),
        "spherical": _t("spherical"),
        "toric": _t("toric"),
        "multifocal": _t("multifocal"),
        "toric_multifocal": _t("toric multifocal"),
        "daily": _t("daily"),
        "two_weekly": _t("two-weekly"),
        "monthly": _t("monthly"),
        "quarterly": _t("quarterly"),
        "yearly": _t("yearly"),
        "normal": _t("normal"),
        "dry": _t("dry"),
        "oily": _t("oily"),
        "combination": _t("combination"),
        "sensitive": _t("sensitive"),
        "acne": _t("acne"),
        "pigmentation": _t("pigmentation"),
        "redness": _t("redness"),
        "rosacea": _t("rosacea"),
        "fine_lines": _t("fine lines"),
        "wrinkles": _t("wrinkles"),
        "dehydration": _t("dehydration"),
        "enlarged_pores": _t("enlarged pores"),
        "scarring": _t("scarring"),
        "sensitivity": _t("sensitivity"),
        "classic": _t("classic"),
        "hybrid": _t("hybrid"),
        "volume": _t("volume"),
        "mega_volume": _t("mega volume"),
        "natural": _t("natural"),
        "cat_eye": _t("cat eye"),
        "doll_eye": _t("doll eye"),
        "squirrel": _t("squirrel"),
        "open_eye": _t("open eye"),
        "inner": _t("inner corner"),
        "inner_middle": _t("inner middle"),
        "middle": _t("middle"),
        "outer_middle": _t("outer middle"),
        "outer": _t("outer corner"),
        "face": _t("face"),
        "upper_lip": _t("upper lip"),
        "chin": _t("chin"),
        "neck": _t("neck"),
        "underarms": _t("underarms"),
        "arms": _t("arms"),
        "hands": _t("hands"),
        "chest": _t("chest"),
        "abdomen": _t("abdomen"),
        "back": _t("back"),
        "bikini": _t("bikini"),
        "legs": _t("legs"),
        "feet": _t("feet"),
        "not_done": _t("not done"),
        "no_reaction": _t("no reaction"),
        "mild_reaction": _t("mild reaction"),
        "reaction": _t("reaction"),
    }


def label_text(label: str) -> str:
    """A template's name or a field's label: a built-in's translated, the owner's as typed."""
    return _names().get(label, label)


def choice_text(key: str) -> str:
    """A choice or zone key as shown: a built-in's translated, the owner's as typed."""
    return _choices().get(key, key.replace("_", " "))


def eye_text(eye: str) -> str:
    """R and L, as an optician's form heads its columns."""
    return _t("Right (R)") if eye == "right" else _t("Left (L)")


def row_text(spec: FieldSpec, row: str) -> str:
    return eye_text(row) if spec.kind is FieldKind.PER_EYE else choice_text(row)


def cylinder_notation_text(notation: CylinderNotation) -> str:
    if notation is CylinderNotation.PLUS:
        return _t("Plus cylinder")
    return _t("Minus cylinder")


def acuity_notation_text(notation: AcuityNotation) -> str:
    names = {
        AcuityNotation.DECIMAL: _t("Decimal (1.0)"),
        AcuityNotation.METRES: _t("Metres (6/6)"),
        AcuityNotation.FEET: _t("Feet (20/20)"),
    }
    return names[notation]


def acuity_example(notation: AcuityNotation) -> str:
    return {AcuityNotation.DECIMAL: "1.0", AcuityNotation.METRES: "6/6"}.get(notation, "20/20")


def kind_text(kind: FieldKind) -> str:
    names = {
        FieldKind.NUMBER: _t("Number"),
        FieldKind.CHOICE: _t("Choice"),
        FieldKind.MULTI_CHOICE: _t("Several choices"),
        FieldKind.YES_NO: _t("Yes or no"),
        FieldKind.DATE: _t("Date"),
        FieldKind.TEXT: _t("Text"),
        FieldKind.ACUITY: _t("Visual acuity"),
        FieldKind.PER_EYE: _t("Right and left eye"),
        FieldKind.ZONE_GRID: _t("Zones"),
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
        return _t("yes") if value else _t("no")
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
        RecordRule.REQUIRED: lambda: _t("Required."),
        RecordRule.NOT_A_NUMBER: lambda: _t("Write a number."),
        RecordRule.BELOW_MINIMUM: lambda: bound(
            _t("At least %1 %2."), _t("At least %1."), "minimum"
        ),
        RecordRule.ABOVE_MAXIMUM: lambda: bound(_t("At most %1 %2."), _t("At most %1."), "maximum"),
        RecordRule.OFF_STEP: lambda: bound(_t("In steps of %1 %2."), _t("In steps of %1."), "step"),
        RecordRule.NOT_A_CHOICE: lambda: fill(
            _t("Choose one of: %1."), _joined(limits.get("choices", "").split(","))
        ),
        RecordRule.NOT_YES_NO: lambda: _t("Choose yes or no."),
        RecordRule.NOT_A_DATE: lambda: _t("Write a date as YYYY-MM-DD."),
        RecordRule.DATE_IN_FUTURE: lambda: _t("This date cannot be in the future."),
        RecordRule.TOO_LONG: lambda: fill(
            _t("At most %1 characters."), limits.get("max_length", "")
        ),
        RecordRule.NOT_AN_ACUITY: lambda: _t(
            "Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x."
        ),
        RecordRule.NEEDS_FOLLOWER: lambda: fill(_t("Needed because %1 is given."), leader()),
        RecordRule.NEEDS_LEADER: lambda: fill(_t("Give this only with %1."), leader()),
        RecordRule.REQUIRED_WHEN: lambda: fill(_t("Needed when %1 is %2."), leader(), values()),
        RecordRule.NOT_ALLOWED_WHEN: lambda: fill(
            _t("Only when %1 is %2; leave it empty."), leader(), values()
        ),
        RecordRule.BEFORE: lambda: fill(_t("On or after %1."), leader()),
        RecordRule.PD_INCOMPLETE: lambda: _t("Give the PD of both eyes, or the binocular PD."),
        RecordRule.PD_MISMATCH: lambda: fill(
            _t("The two eyes' PDs add up to %1 mm: the binocular PD is their sum."),
            limits.get("sum", ""),
        ),
    }
    found = sentences.get(error.rule)  # type: ignore[call-overload]
    # A rule this window does not know yet: the core's own sentence.
    return found() if found is not None else error_text(error)


def record_edit_refusal_text(refusal: EditRefusal, until_text: str) -> str:
    """Why Edit is off for a record, next to it. `until_text`: when its 24 hours ended."""
    if refusal is EditRefusal.ROLE:
        return _t(
            "Receptionists see service records; adding and changing them is for the owner and"
            " the technicians."
        )
    if refusal is EditRefusal.NOT_OWN:
        return _t(
            "Someone else recorded this: only they (for 24 hours) or the owner may change it."
            " Add a correction instead."
        )
    return fill(
        _t(
            "Locked: records can be changed for 24 hours after recording, and that ended on %1."
            " Add a correction instead; the original stays in the history."
        ),
        until_text,
    )


def record_editable_until_text(until: datetime | None) -> str:
    """For one's own record: how long it stays changeable (empty for the owner)."""
    return fill(_t("You may change it until %1."), local_time(until)) if until else ""
