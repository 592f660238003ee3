"""Prices as the salon types and reads them: whole minor units inside the vault (no floats),
the currency's own number of decimals from CLDR (VND has none, PLN two, KWD three)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision

from salonvault.domain.errors import ValidationError

MAX_PRICE_MINOR = 10**12

# Digits in groups split by single points or commas: "1 200,50", "150.000", "88".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LOCALES = {"en": "en_GB", "vi": "vi_VN", "pl": "pl_PL", "zh_CN": "zh_Hans_CN"}


def currency_digits(currency: str) -> int:
    return int(get_currency_precision(currency.upper()))


def parse_price(text: str, currency: str, field: str = "price_minor") -> int | None:
    """'120.50' or '120,50' in PLN → 12050; '150000' or '150.000' in VND → 150000; empty → None.

    A comma or a point before the last one to three digits is the decimal mark only where the
    currency has decimals; in VND '150.000' is read as thousands, as Vietnamese write it.
    """
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if not cleaned:
        return None
    if not _NUMBER.fullmatch(cleaned):
        raise ValidationError("treatments.type_price_number_e_g", field=field)
    digits = currency_digits(currency)
    if digits == 0:
        number = cleaned.replace(".", "").replace(",", "")
    else:
        mark = max(cleaned.rfind("."), cleaned.rfind(","))
        whole, fraction = (cleaned[:mark], cleaned[mark + 1 :]) if mark >= 0 else (cleaned, "")
        if len(fraction) > digits:  # "1.000" in PLN: a thousands point, not decimals
            whole, fraction = cleaned, ""
        number = whole.replace(".", "").replace(",", "") + ("." + fraction if fraction else "")
    try:
        value = Decimal(number)
    except InvalidOperation:  # "1..2": separators with no digits between
        raise ValidationError("treatments.type_price_number_e_g", field=field) from None
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value() or not 0 <= minor < MAX_PRICE_MINOR:
        raise ValidationError("catalogue.price_out_range", field=field)
    return int(minor)


def format_price(minor: int, currency: str, language: str) -> str:
    """For people to read, in the UI language's conventions: '150.000 ₫', '120,50 zł'."""
    amount = Decimal(minor).scaleb(-currency_digits(currency))
    return str(format_currency(amount, currency.upper(), locale=_LOCALES.get(language, "en_GB")))


def plain_price(minor: int, currency: str) -> str:
    """For the command line and files: '120.50', '150000'."""
    digits = currency_digits(currency)
    return f"{Decimal(minor).scaleb(-digits):.{digits}f}"
