"""Formulas in and out: reading what a colourist types ("6% / 20 vol", "1:1.5", "7/1 30 g")
and the JSON kept in `visits.formula`.

The stored JSON carries `version`. Version 2 is the bowls of domain/formulas.py. A formula
without a version was written by release 0.1.x (one flat formula: brand, shades, developer text,
ratio text, minutes); it is read as one bowl, and a developer or ratio text that cannot be read
as one is kept word for word in the bowl's note, so nothing stored is lost (decision 0021).
Readers ignore keys they do not know, so a later version may add keys without breaking this one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from salonvault.domain.errors import FormulaError
from salonvault.domain.formulas import (
    Bowl,
    Component,
    Developer,
    Formula,
    FormulaRule,
    check_developer,
    check_ratio,
)

FORMULA_VERSION = 2

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_PERCENT = re.compile(_NUMBER + r"\s*%")
_VOLUME = re.compile(_NUMBER + r"\s*(?:vol(?:umes?|\.)?|v)(?![a-z])", re.IGNORECASE)
_DEVELOPER_FILLER = re.compile("[\\s/|()\\-\u2013,;+]*")
_RATIO = re.compile(r"1\s*[:+]\s*" + _NUMBER)
_GRAMS_AFTER = re.compile(
    "(?P<shade>.*?\\S)(?:\\s+|\\s*[(\\-\u2013:]\\s*)" + _NUMBER + r"\s*g\)?", re.IGNORECASE
)
_GRAMS_BEFORE = re.compile(_NUMBER + r"\s*g\s+(?P<shade>.*\S)", re.IGNORECASE)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse_developer(text: str, bowl: int | None = None) -> Developer | None:
    """'6%', '20 vol', '6% / 20 vol', '1,9 %' … as written; empty gives None."""
    text = text.strip()
    if not text:
        return None
    percents = _PERCENT.findall(text)
    volumes = _VOLUME.findall(text)
    rest = _VOLUME.sub("", _PERCENT.sub("", text))
    if (
        len(percents) > 1
        or len(volumes) > 1
        or not (percents or volumes)
        or not _DEVELOPER_FILLER.fullmatch(rest)
    ):
        raise FormulaError(
            "treatments.write_developer_6_20_vol",
            FormulaRule.DEVELOPER_TEXT.value,
            bowl,
        )
    volume: int | None = None
    if volumes:
        written = _decimal(volumes[0])
        if written != written.to_integral_value():
            raise FormulaError(
                "treatments.developer_s_volume_whole_number",
                FormulaRule.VOLUME.value,
                bowl,
            )
        volume = int(written)
    return Developer(_decimal(percents[0]) if percents else None, volume)


def parse_ratio(text: str, bowl: int | None = None) -> Decimal | None:
    """'1:1.5' (or '1 : 1,5', '1+1.5') gives 1.5; empty gives None."""
    text = text.strip()
    if not text:
        return None
    found = _RATIO.fullmatch(text)
    if found is None:
        raise FormulaError("treatments.write_mixing_ratio_1_1", FormulaRule.RATIO_TEXT.value, bowl)
    return _decimal(found.group(1))


def parse_component(text: str) -> Component:
    """'7/1 30 g', '7/1 (30g)' or '30 g 7/1' gives shade and grams; '7/1' alone has no grams."""
    text = " ".join(text.split())
    after = _GRAMS_AFTER.fullmatch(text)
    if after is not None:
        return Component(after.group("shade"), _decimal(after.group(2)))
    before = _GRAMS_BEFORE.fullmatch(text)
    if before is not None:
        return Component(before.group("shade"), _decimal(before.group(1)))
    return Component(text)


def one_bowl_formula(
    brand: str,
    shades: Sequence[str],
    developer: str,
    ratio: str,
    processing_minutes: int | None,
) -> Formula:
    """A formula of one bowl from a form's text fields (shades as '7/1 30 g' or '7/1')."""
    bowl = Bowl(
        brand=brand,
        components=tuple(parse_component(s) for s in shades if s.strip()),
        developer=parse_developer(developer, 0),
        ratio=parse_ratio(ratio, 0),
        processing_minutes=processing_minutes,
    )
    return Formula() if bowl.empty else Formula((bowl,))


# -- JSON ------------------------------------------------------------------------------------


def formula_to_dict(formula: Formula) -> dict[str, Any]:
    return {"version": FORMULA_VERSION, "bowls": [_bowl_dict(b) for b in formula.bowls]}


def formula_from_dict(data: Mapping[str, Any]) -> Formula:
    """A stored formula of any version this program has written."""
    if "version" not in data:
        return _flat_formula(data)
    bowls = data.get("bowls") or ()
    return Formula(tuple(_bowl(b) for b in bowls if isinstance(b, Mapping)))


def _bowl_dict(bowl: Bowl) -> dict[str, Any]:
    developer = bowl.developer
    return {
        "label": bowl.label,
        "brand": bowl.brand,
        "components": [{"shade": c.shade, "grams": _number(c.grams)} for c in bowl.components],
        "developer": None
        if developer is None
        else {"percent": _number(developer.percent), "volume": developer.volume},
        "developer_grams": _number(bowl.developer_grams),
        "ratio": _number(bowl.ratio),
        "processing_minutes": bowl.processing_minutes,
        "note": bowl.note,
    }


def _bowl(data: Mapping[str, Any]) -> Bowl:
    developer = data.get("developer")
    components = data.get("components") or ()
    return Bowl(
        label=str(data.get("label") or ""),
        brand=str(data.get("brand") or ""),
        components=tuple(
            Component(str(c.get("shade") or ""), _stored_decimal(c.get("grams")))
            for c in components
            if isinstance(c, Mapping)
        ),
        developer=None
        if not isinstance(developer, Mapping)
        else Developer(
            _stored_decimal(developer.get("percent")), _stored_int(developer.get("volume"))
        ),
        developer_grams=_stored_decimal(data.get("developer_grams")),
        ratio=_stored_decimal(data.get("ratio")),
        processing_minutes=_stored_int(data.get("processing_minutes")),
        note=str(data.get("note") or ""),
    )


def _flat_formula(data: Mapping[str, Any]) -> Formula:
    """Release 0.1's one flat formula as one bowl; nothing it held is dropped."""
    unread: list[str] = []
    developer_text = str(data.get("developer") or "").strip()
    developer: Developer | None = None
    if developer_text:
        try:
            developer = parse_developer(developer_text)
            if developer is not None:
                check_developer(developer)
        except FormulaError:
            developer = None
            unread.append(developer_text)
    ratio_text = str(data.get("ratio") or "").strip()
    ratio: Decimal | None = None
    if ratio_text:
        try:
            ratio = parse_ratio(ratio_text)
            if ratio is not None:
                check_ratio(ratio)
        except FormulaError:
            ratio = None
            unread.append(ratio_text)
    bowl = Bowl(
        brand=str(data.get("brand") or ""),
        components=tuple(Component(str(s)) for s in data.get("shades") or () if str(s)),
        developer=developer,
        ratio=ratio,
        processing_minutes=_stored_int(data.get("processing_minutes")),
        note=" · ".join(unread),
    )
    return Formula() if bowl.empty else Formula((bowl,))


def _number(value: Decimal | None) -> int | float | None:
    """A JSON number: whole amounts as integers, 7.5 g as 7.5 (floats keep one decimal exactly
    enough: the shortest repr reads back as the same Decimal)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _stored_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def _stored_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
