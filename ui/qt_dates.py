"""Python dates to Qt's and back, field by field.

PySide6 converts `date`/`datetime` implicitly (`QDate(day)`, `toPython()`), but its stubs know
neither: `toPython()` is typed `object`. These give the same values with real types.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A naive `moment` (wall-clock time of the counter PC) as a local-time QDateTime."""
    clock = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(to_qdate(moment.date()), clock)


def from_qdatetime(value: QDateTime) -> datetime:
    """The QDateTime's wall-clock fields as a naive datetime (milliseconds kept)."""
    day, clock = value.date(), value.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        clock.hour(),
        clock.minute(),
        clock.second(),
        clock.msec() * 1000,
    )
