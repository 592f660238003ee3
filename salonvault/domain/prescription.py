"""A spectacle prescription's arithmetic: cylinder transposition and visual-acuity notations.

Transposition (optometry practice; e.g. Tunnacliffe, *Introduction to Visual Optics*, and ISO
21987's statement that a lens may be specified in either form): the same lens written in the
other cylinder sign is sphere' = sphere + cylinder, cylinder' = -cylinder, axis' = axis ± 90°,
kept within 1-180 (an axis is never written 0: 0° and 180° are the same meridian, written 180).

Visual acuity is kept as the examiner wrote it ("0.8", "6/7.5", "20/25") and shown in the
salon's notation: the Snellen fraction's value is its decimal, 6/7.5 = 20/25 = 0.8 exactly, so
conversions go through exact fractions and are rounded only for display.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from salonvault.domain.records import AcuityNotation, CylinderNotation, RecordValues

# Acuity as written: a decimal (0.01-2.5) or a Snellen fraction over 6 m or 20 ft.
_SNELLEN = re.compile(r"^(6|20)\s*/\s*(\d{1,3}(?:\.\d{1,2})?)$")
_DECIMAL = re.compile(r"^(\d(?:\.\d{1,2})?)$")
MIN_DECIMAL_ACUITY = Fraction(1, 100)  # 6/600: below this, "counts fingers" goes in the notes
MAX_DECIMAL_ACUITY = Fraction(5, 2)  # 6/2.4: better than any chart's top line


def transpose(
    sphere: Decimal, cylinder: Decimal | None, axis: int | None
) -> tuple[Decimal, Decimal | None, int | None]:
    """The same lens in the other cylinder sign. A spherical lens (no cylinder) is unchanged."""
    if cylinder is None or cylinder == 0 or axis is None:
        return sphere, cylinder, axis
    new_axis = axis + 90 if axis <= 90 else axis - 90
    return sphere + cylinder, -cylinder, new_axis


def in_notation(
    sphere: Decimal, cylinder: Decimal | None, axis: int | None, notation: CylinderNotation
) -> tuple[Decimal, Decimal | None, int | None]:
    """The lens written with a cylinder of the notation's sign (transposed when needed)."""
    if cylinder is None or cylinder == 0:
        return sphere, cylinder, axis
    if (cylinder < 0) == (notation is CylinderNotation.MINUS):
        return sphere, cylinder, axis
    return transpose(sphere, cylinder, axis)


def acuity_value(written: str) -> Fraction | None:
    """The decimal value of an acuity as written, exactly; None when it is not one."""
    text = written.strip()
    if match := _SNELLEN.match(text):
        denominator = Fraction(match.group(2))
        if denominator == 0:
            return None
        value = Fraction(int(match.group(1))) / denominator
    elif match := _DECIMAL.match(text):
        value = Fraction(match.group(1))
    else:
        return None
    if not MIN_DECIMAL_ACUITY <= value <= MAX_DECIMAL_ACUITY:
        return None
    return value


def show_acuity(written: str, notation: AcuityNotation) -> str:
    """An acuity in the salon's notation: 6/9 is "0.67", "6/9" or "20/30". A Snellen fraction
    written as the salon shows it is returned as written (the examiner's 6/7.5 stays 6/7.5); a
    decimal always has at least one decimal place, as decimal charts print it (1.0, 0.8, 0.63)."""
    value = acuity_value(written)
    if value is None:
        return written
    text = written.strip().replace(" ", "")
    if notation is AcuityNotation.DECIMAL:
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return _decimal_acuity(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    numerator = int(notation.value)
    if text.startswith(f"{numerator}/"):
        return text
    exact = Decimal(numerator * value.denominator) / Decimal(value.numerator)
    # One decimal, as chart lines are printed (6/7.5, 6/4.8, 20/12.5); feet lines from 20/20 on
    # are whole numbers (20/32, not 20/31.7).
    places = Decimal(1) if numerator == 20 and exact >= 20 else Decimal("0.1")
    return f"{numerator}/{_plain(exact.quantize(places, rounding=ROUND_HALF_UP))}"


def _decimal_acuity(number: Decimal) -> str:
    """1 -> "1.0", 0.80 -> "0.8", 0.63 -> "0.63": one decimal place, two when the line needs it."""
    return f"{number:.2f}".removesuffix("0") if number * 10 % 1 == 0 else f"{number:.2f}"


def _plain(number: Decimal) -> str:
    """2.50 -> "2.5", 30.0 -> "30": what a chart's line says."""
    return format(number.normalize(), "f")


@dataclass(frozen=True, slots=True)
class EyeRx:
    """One eye's lens. Prism is written as a horizontal part (base in or out) and a vertical
    part (base up or down), as optometrists split it."""

    sphere: Decimal
    cylinder: Decimal | None = None
    axis: int | None = None
    add: Decimal | None = None
    prism_horizontal: Decimal | None = None
    base_horizontal: str = ""  # "in" | "out"
    prism_vertical: Decimal | None = None
    base_vertical: str = ""  # "up" | "down"
    acuity: str = ""  # as written
    pd: Decimal | None = None  # monocular PD, mm

    def in_notation(self, notation: CylinderNotation) -> EyeRx:
        sphere, cylinder, axis = in_notation(self.sphere, self.cylinder, self.axis, notation)
        return replace(self, sphere=sphere, cylinder=cylinder, axis=axis)


@dataclass(frozen=True, slots=True)
class Prescription:
    """A spectacle prescription read from its record, in the notation asked for."""

    record_id: int
    client_id: int
    right: EyeRx
    left: EyeRx
    pd_binocular: Decimal | None
    examiner: str
    examined_on: date
    valid_until: date | None
    notes: str
    notation: CylinderNotation
    acuity_notation: AcuityNotation
    template_key: str
    template_version: int

    def in_notation(self, notation: CylinderNotation) -> Prescription:
        return replace(
            self,
            right=self.right.in_notation(notation),
            left=self.left.in_notation(notation),
            notation=notation,
        )

    def acuity(self, eye: EyeRx) -> str:
        return show_acuity(eye.acuity, self.acuity_notation) if eye.acuity else ""


def dioptres(value: Decimal | None) -> str:
    """A power as an optician writes it: sign always, two decimals (+1.25, -0.50, 0.00 as plano
    is left to the document's wording)."""
    if value is None:
        return ""
    sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
    return f"{sign}{abs(value):.2f}"


def prescription_from_values(
    record_id: int,
    client_id: int,
    values: RecordValues,
    template_key: str,
    template_version: int,
    notation: CylinderNotation,
    acuity_notation: AcuityNotation,
) -> Prescription:
    """A spectacle-prescription record (built-in or a copy: same keys) as a prescription in the
    salon's notation. Only called with every value visible (health data)."""
    group = values.get("rx")
    rows = group if isinstance(group, Mapping) else {}

    def eye(key: str) -> EyeRx:
        cells = rows.get(key, {})

        def number(name: str) -> Decimal | None:
            found = cells.get(name)
            return found if isinstance(found, Decimal) else None

        def text(name: str) -> str:
            found = cells.get(name)
            return found if isinstance(found, str) else ""

        axis = number("axis")
        return EyeRx(
            sphere=number("sphere") or Decimal(0),
            cylinder=number("cylinder"),
            axis=int(axis) if axis is not None else None,
            add=number("add"),
            prism_horizontal=number("prism_h"),
            base_horizontal=text("base_h"),
            prism_vertical=number("prism_v"),
            base_vertical=text("base_v"),
            acuity=text("acuity"),
            pd=number("pd"),
        )

    def day(name: str) -> date | None:
        found = values.get(name)
        return found if isinstance(found, date) else None

    binocular = values.get("pd_binocular")
    examiner, notes = values.get("examiner"), values.get("notes")
    written = Prescription(
        record_id=record_id,
        client_id=client_id,
        right=eye("right"),
        left=eye("left"),
        pd_binocular=binocular if isinstance(binocular, Decimal) else None,
        examiner=examiner if isinstance(examiner, str) else "",
        examined_on=day("examined_on") or date.min,
        valid_until=day("valid_until"),
        notes=notes if isinstance(notes, str) else "",
        notation=notation,
        acuity_notation=acuity_notation,
        template_key=template_key,
        template_version=template_version,
    )
    return written.in_notation(notation)


@dataclass(frozen=True, slots=True)
class PrescriptionPaper:
    """What the prescription PDF prints: the salon, the client (birth date only for a role that
    may see it), the prescription in the salon's notation, the day it was printed."""

    language: str
    salon_name: str
    salon_address: str
    client_name: str
    client_birth_date: date | None
    prescription: Prescription
    printed_on: date
