"""Dates, times, phone numbers and prices as the person at the counter reads them (decision 0033).

One place for the window's formats, so every screen writes a day the same way: the screen
language's conventions (Qt's default locale, set by `Translations.switch`), the counter PC's
time zone, and the salon's country for phone numbers. Years always have four digits (a consent
date of "7/12/26" reads wrongly a decade on), and no time-zone name is spelled out: everyone at
the counter lives in the PC's zone. The command line keeps ISO dates and E.164 numbers.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from salonvault.domain.phone_display import readable_phone
from salonvault.services.money import format_price
from ui.i18n import screen_language
from ui.qt_dates import to_qdate, to_qdatetime


def date_text(day: date) -> str:
    """'7/12/2026' in Vietnamese, '7.12.2026' in Polish, '2026/12/7' in Chinese."""
    locale = QLocale()
    return locale.toString(to_qdate(day), _four_digit_years(locale))


def long_date_text(day: date) -> str:
    """'7 tháng 12, 2026' …: the day written out, without its weekday."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(to_qdate(day), _without_weekday(pattern))


def time_text(moment: datetime) -> str:
    """The local clock time of a stored moment: '09:05', or '9:05 AM' in American English."""
    locale = QLocale()
    local = _local(moment)
    return locale.toString(to_qdatetime(local).time(), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """A stored moment (UTC or any zone) as the counter PC's local date and time, to the
    minute: '7/12/2026 16:05'."""
    return f"{date_text(_local(moment).date())} {time_text(moment)}"


def long_moment_text(moment: datetime) -> str:
    """'7 tháng 12, 2026 16:05': for a sentence that stands alone (the dashboard)."""
    return f"{long_date_text(_local(moment).date())} {time_text(moment)}"


def phone_text(number: str, region: str) -> str:
    """A stored number in the salon country's national format, a foreign one international."""
    return readable_phone(number, region)


def price_text(minor: int, currency: str) -> str:
    """'150.000 ₫', '120,50 zł': the salon's currency in the screen language's conventions."""
    return format_price(minor, currency, screen_language())


def _local(moment: datetime) -> datetime:
    """The counter PC's wall clock; a naive moment is taken as already local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _four_digit_years(locale: QLocale) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _without_weekday(pattern: str) -> str:
    """'dddd, d MMMM yyyy' → 'd MMMM yyyy'; '2026年12月7日dddd' → '2026年12月7日'."""
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return pattern.strip(" ,")
