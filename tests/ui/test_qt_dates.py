"""ui/qt_dates gives the same values as PySide6's own (untyped) conversions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime

from ui.qt_dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime

DAYS = [date(2026, 1, 1), date(2024, 2, 29), date(1999, 12, 31)]
MOMENTS = [
    datetime(2026, 3, 29, 2, 30, 15, 123456),  # inside a spring-forward gap in much of Europe
    datetime(2026, 10, 25, 2, 30),  # a repeated hour in much of Europe
    datetime(2024, 2, 29, 23, 59, 59, 999999),
    datetime(2026, 11, 22, 9, 0),
]


@pytest.mark.parametrize("day", DAYS)
def test_days_match_pyside(day: date) -> None:
    assert to_qdate(day) == QDate(day)
    assert from_qdate(to_qdate(day)) == day == QDate(day).toPython()


@pytest.mark.parametrize("moment", MOMENTS)
def test_moments_match_pyside(moment: datetime) -> None:
    theirs = QDateTime(moment)
    ours = to_qdatetime(moment)
    assert ours == theirs and ours.timeSpec() == theirs.timeSpec()
    assert from_qdatetime(ours) == theirs.toPython()
