"""Dates, times and phone numbers on paper, as a reader of the document's language writes them
(decision 0033; the window's twin is ui/formats.py).

CLDR's conventions through Babel, with two choices of ours: years always have four digits (a
signed form is read years later), and a moment carries its UTC offset, since a consent or an
incident notice may be read in another time zone. The JSON report and the command line keep ISO
dates and E.164 numbers: they are for programs.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_time, get_date_format
from babel.numbers import format_currency, get_currency_precision

from salonvault.domain.phone_display import readable_phone

# The documents' languages as CLDR names them.
_LOCALES = {"en": "en_GB", "vi": "vi_VN", "pl": "pl_PL", "zh_CN": "zh_Hans_CN"}


def paper_date(day: date, language: str) -> str:
    """'7/12/2026' (vi), '7.12.2026' (pl), '2026/12/7' (zh_CN), '07/12/2026' (en)."""
    locale = _locale(language)
    pattern = get_date_format("short", locale=locale).pattern
    if "yyy" not in pattern:  # CLDR's two-digit year ("yy") as all of it
        pattern = pattern.replace("yy", "y")
    return str(format_date(day, pattern, locale=locale))


def paper_time(moment: datetime, language: str) -> str:
    """The local clock time, to the minute: '16:05'."""
    return str(format_time(_local(moment), "short", locale=_locale(language)))


def paper_moment(moment: datetime, language: str) -> str:
    """'7/12/2026 16:05': local date and time, for a line among others of the same paper."""
    local = _local(moment)
    return f"{paper_date(local.date(), language)} {paper_time(local, language)}"


def paper_moment_with_offset(moment: datetime, language: str) -> str:
    """'7/12/2026 16:05 UTC+07:00': a moment that may be read in another zone (a signature,
    an authority's deadline)."""
    offset = _local(moment).strftime("%z") if moment.tzinfo else ""
    zone = f" UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return paper_moment(moment, language) + zone


def paper_phone(number: str, region: str) -> str:
    """A stored number in the salon country's national format, a foreign one international."""
    return readable_phone(number, region) if region else number


def _local(moment: datetime) -> datetime:
    """The counter PC's local time; a naive moment is taken as local already."""
    return moment.astimezone() if moment.tzinfo else moment


def _locale(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def paper_price(minor: int, currency: str, language: str) -> str:
    """'150.000 ₫', '120,50 zł': the currency's own decimals (CLDR), the language's marks."""
    if not currency:
        return str(minor)
    amount = Decimal(minor).scaleb(-int(get_currency_precision(currency.upper())))
    return str(format_currency(amount, currency.upper(), locale=_locale(language)))
