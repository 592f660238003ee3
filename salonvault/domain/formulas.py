"""Colour formulas as colourists write them (issue 18 item 11, decision 0021).

A formula is one or more bowls ("roots", "mid-lengths and ends", "toner" …). Each bowl holds a
brand, shades with their grams, the developer's strength as the colourist wrote it (6 %, 20 vol
or both), the developer's grams and/or the mixing ratio 1:x, and the processing time. The rules
in `check_formula` are the checks a colourist makes when reading a formula card; decision 0021
says where each bound comes from.

Amounts are Decimal, so 40 g at 1:1.5 needs exactly 60 g of developer and 7.5 g reads back as
7.5 g. Nothing here refuses a stored formula: old or odd values are read as they are and only
checked when a visit is saved (`check_formula`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import NoReturn

from salonvault.domain.errors import FormulaError
from salonvault.domain.messages import Message

MAX_BOWLS = 6  # roots, mid-lengths, ends, toner, highlights, lowlights
MAX_COMPONENTS = 8  # a real bowl rarely has more than four: base, tone, mix-tone, clear
MAX_COMPONENT_GRAMS = Decimal(250)  # about four 60 g tubes of one shade
MAX_BOWL_GRAMS = Decimal(1000)  # colour and developer together
GRAMS_STEP = Decimal("0.1")  # what a salon scale shows at best
RATIO_MIN, RATIO_MAX = Decimal("0.5"), Decimal(4)  # 1:0.5 … 1:4
RATIO_STEP = Decimal("0.01")
RATIO_TOLERANCE_GRAMS = Decimal(1)  # a scale reads to 1 g; pouring is not more exact
MINUTES_MIN, MINUTES_MAX = 1, 120
PERCENT_MIN, PERCENT_MAX = Decimal("0.5"), Decimal(12)  # 12 %: the EU cap for hair products
PERCENT_STEP = Decimal("0.1")
VOLUME_MIN, VOLUME_MAX = 1, 40  # 40 vol = 12 %

# Developer strengths as bottles are labelled: % of hydrogen peroxide and volumes of oxygen.
# 3 % = 10 vol … 12 % = 40 vol follow from the chemistry (decision 0021); 1.5 % and 1.9 % are
# the low-strength emulsions of demi-permanent colour, labelled 5 and 6 vol.
STANDARD_STRENGTHS: dict[Decimal, int] = {
    Decimal("1.5"): 5,
    Decimal("1.9"): 6,
    Decimal(3): 10,
    Decimal(6): 20,
    Decimal(9): 30,
    Decimal(12): 40,
}
# Offered when naming a bowl; the label itself is free text, stored as typed.
BOWL_LABEL_SUGGESTIONS = (
    "roots",
    "mid-lengths and ends",
    "lengths",
    "ends",
    "toner",
    "highlights",
    "lowlights",
    "gloss",
    "full head",
)


class FormulaRule(StrEnum):
    """Stable keys of the rules (FormulaError.rule)."""

    TOO_MANY_BOWLS = "too_many_bowls"
    TOO_MANY_COMPONENTS = "too_many_components"
    GRAMS = "grams"
    BOWL_GRAMS = "bowl_grams"
    DEVELOPER_GRAMS = "developer_grams"
    RATIO = "ratio"
    RATIO_MISMATCH = "ratio_mismatch"
    PERCENT = "developer_percent"
    VOLUME = "developer_volume"
    STRENGTH_MISMATCH = "developer_mismatch"
    MINUTES = "processing_minutes"
    DEVELOPER_TEXT = "developer_text"
    RATIO_TEXT = "ratio_text"
    GRAMS_TEXT = "grams_text"


def number_text(value: Decimal) -> str:
    """30 for 30.0, 1.5 for 1.50: how amounts are written on a formula card."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def volume_for(percent: Decimal) -> int:
    """The volume a bottle of this strength is labelled with (4 % → 13 vol)."""
    if percent in STANDARD_STRENGTHS:
        return STANDARD_STRENGTHS[percent]
    return int((percent * 10 / 3).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_for(volume: int) -> Decimal:
    """The strength in % of a developer written in volumes (20 vol → 6 %)."""
    for percent, labelled in STANDARD_STRENGTHS.items():
        if labelled == volume:
            return percent
    return (Decimal(volume) * 3 / 10).quantize(PERCENT_STEP, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Component:
    """One shade in a bowl, with its grams when weighed (old formulas have none)."""

    shade: str
    grams: Decimal | None = None

    def text(self) -> str:
        return f"{self.shade} {number_text(self.grams)} g" if self.grams is not None else self.shade


@dataclass(frozen=True, slots=True)
class Developer:
    """The developer's strength as written: in %, in volumes, or both ("6% / 20 vol")."""

    percent: Decimal | None = None
    volume: int | None = None

    @property
    def strength_percent(self) -> Decimal | None:
        if self.percent is not None:
            return self.percent
        return percent_for(self.volume) if self.volume is not None else None

    def text(self) -> str:
        parts = []
        if self.percent is not None:
            parts.append(f"{number_text(self.percent)}%")
        if self.volume is not None:
            parts.append(f"{self.volume} vol")
        return " / ".join(parts)


@dataclass(frozen=True, slots=True)
class Bowl:
    """One bowl: what is mixed in it and how long it processes."""

    label: str = ""  # the zone: roots, toner … (free text)
    brand: str = ""
    components: tuple[Component, ...] = ()
    developer: Developer | None = None
    developer_grams: Decimal | None = None
    ratio: Decimal | None = None  # the x of 1:x (colour : developer)
    processing_minutes: int | None = None
    note: str = ""  # anything else; an old formula's developer or ratio that could not be read

    @property
    def empty(self) -> bool:
        return not (self.label or self.brand or self.components or self.note) and (
            self.developer is None
            and self.developer_grams is None
            and self.ratio is None
            and self.processing_minutes is None
        )

    @property
    def colour_grams(self) -> Decimal | None:
        """The colour in the bowl, when every shade was weighed."""
        if not self.components or any(c.grams is None for c in self.components):
            return None
        return sum((c.grams for c in self.components if c.grams is not None), Decimal(0))

    @property
    def developer_needed(self) -> Decimal | None:
        """The developer's grams: as written, or worked out from the colour and the ratio."""
        if self.developer_grams is not None:
            return self.developer_grams
        colour = self.colour_grams
        if colour is None or self.ratio is None:
            return None
        return colour * self.ratio

    def one_line(self) -> str:
        developer = self.developer.text() if self.developer else ""
        needed = self.developer_needed
        if needed is not None:
            developer = f"{developer} {number_text(needed)} g".strip()
        parts = [
            self.brand,
            " + ".join(c.text() for c in self.components),
            developer,
            f"1:{number_text(self.ratio)}" if self.ratio is not None else "",
            f"{self.processing_minutes} min" if self.processing_minutes is not None else "",
            self.note,
        ]
        line = " · ".join(p for p in parts if p)
        return f"{self.label}: {line}" if self.label else line


@dataclass(frozen=True, slots=True)
class Formula:
    """A visit's colour formula: its bowls in the order they are applied."""

    bowls: tuple[Bowl, ...] = ()

    @property
    def empty(self) -> bool:
        return all(b.empty for b in self.bowls)

    def one_line(self) -> str:
        """The whole formula on one line, for lists and the CSV export."""
        return " | ".join(b.one_line() for b in self.bowls if not b.empty)


def check_formula(formula: Formula) -> None:
    """The colourist's rules; raises FormulaError naming the rule, the bowl and the shade."""
    if len(formula.bowls) > MAX_BOWLS:
        _refuse(FormulaRule.TOO_MANY_BOWLS, None, None, maximum=MAX_BOWLS)
    for index, bowl in enumerate(formula.bowls):
        _check_bowl(index, bowl)


def check_developer(developer: Developer, bowl: int | None = None) -> None:
    percent, volume = developer.percent, developer.volume
    if percent is not None and not (
        PERCENT_MIN <= percent <= PERCENT_MAX and _on_step(percent, PERCENT_STEP)
    ):
        _refuse(FormulaRule.PERCENT, bowl, None, minimum=PERCENT_MIN, maximum=PERCENT_MAX)
    if volume is not None and not VOLUME_MIN <= volume <= VOLUME_MAX:
        _refuse(FormulaRule.VOLUME, bowl, None, minimum=VOLUME_MIN, maximum=VOLUME_MAX)
    if percent is not None and volume is not None and volume_for(percent) != volume:
        _refuse(
            FormulaRule.STRENGTH_MISMATCH,
            bowl,
            None,
            percent=percent,
            volume=volume,
            expected=volume_for(percent),
        )


def check_ratio(ratio: Decimal, bowl: int | None = None) -> None:
    if not (RATIO_MIN <= ratio <= RATIO_MAX and _on_step(ratio, RATIO_STEP)):
        _refuse(FormulaRule.RATIO, bowl, None, minimum=RATIO_MIN, maximum=RATIO_MAX)


def _check_bowl(index: int, bowl: Bowl) -> None:
    if len(bowl.components) > MAX_COMPONENTS:
        _refuse(FormulaRule.TOO_MANY_COMPONENTS, index, None, maximum=MAX_COMPONENTS)
    for position, component in enumerate(bowl.components):
        grams = component.grams
        if grams is not None and not (
            0 < grams <= MAX_COMPONENT_GRAMS and _on_step(grams, GRAMS_STEP)
        ):
            _refuse(FormulaRule.GRAMS, index, position, maximum=MAX_COMPONENT_GRAMS)
    if bowl.developer is not None:
        check_developer(bowl.developer, index)
    if bowl.ratio is not None:
        check_ratio(bowl.ratio, index)
    written = bowl.developer_grams
    if written is not None and not (
        0 < written <= MAX_BOWL_GRAMS and _on_step(written, GRAMS_STEP)
    ):
        _refuse(FormulaRule.DEVELOPER_GRAMS, index, None, maximum=MAX_BOWL_GRAMS)
    minutes = bowl.processing_minutes
    if minutes is not None and not MINUTES_MIN <= minutes <= MINUTES_MAX:
        _refuse(FormulaRule.MINUTES, index, None, minimum=MINUTES_MIN, maximum=MINUTES_MAX)
    colour = bowl.colour_grams
    if colour is not None and written is not None and bowl.ratio is not None:
        expected = colour * bowl.ratio
        if abs(expected - written) > RATIO_TOLERANCE_GRAMS:
            _refuse(
                FormulaRule.RATIO_MISMATCH,
                index,
                None,
                colour=colour,
                ratio=bowl.ratio,
                expected=expected,
                written=written,
            )
    weighed = sum((c.grams for c in bowl.components if c.grams is not None), Decimal(0))
    total = weighed + (bowl.developer_needed or 0)
    if total > MAX_BOWL_GRAMS:
        _refuse(FormulaRule.BOWL_GRAMS, index, None, total=total, maximum=MAX_BOWL_GRAMS)


def _on_step(value: Decimal, step: Decimal) -> bool:
    return value % step == 0


def _refuse(
    rule: FormulaRule, bowl: int | None, component: int | None, **limits: object
) -> NoReturn:
    texts = {
        name: number_text(value) if isinstance(value, Decimal) else str(value)
        for name, value in limits.items()
    }
    message = Message(f"formula.{rule.value}", **texts)
    if bowl is not None and component is not None:
        message = Message(
            "formula.in_bowl_shade",
            bowl_number=bowl + 1,
            shade_number=component + 1,
            rule_message=message,
        )
    elif bowl is not None:
        message = Message("formula.in_bowl", bowl_number=bowl + 1, rule_message=message)
    elif component is not None:
        message = Message("formula.in_shade", shade_number=component + 1, rule_message=message)
    raise FormulaError(message, rule.value, bowl, component, texts)
