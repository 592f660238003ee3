"""Time comes from a Clock so tests can move it; the program uses the system's UTC time."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    """The salon's calendar date: times are kept in UTC, but "today" is the wall calendar at the
    counter (in Hanoi a visit at 06:00 is already tomorrow in UTC terms of yesterday)."""
    return clock.now().astimezone().date()
