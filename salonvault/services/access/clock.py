"""Time comes from a Clock so tests can move it; the program uses the system's UTC time.

Two readings: `now()` is the wall clock, for what is written down (the activity log, a visit's
date). `monotonic()` is for how long something lasted (the idle lock, the 12-hour session): it
only moves forward, so setting the computer's clock (a person, the time service, a virtual
machine catching up) neither locks a person out mid-visit nor keeps an abandoned screen open.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never set back or forward."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return steady_seconds()


def steady_seconds() -> float:
    """A clock nobody can set that keeps counting while the computer sleeps: a laptop shut for
    an hour has been idle for an hour. Linux's CLOCK_MONOTONIC stops in sleep (CLOCK_BOOTTIME
    does not); macOS's clock_gettime CLOCK_MONOTONIC and Windows' tick count keep counting."""
    boot_time = getattr(time, "CLOCK_BOOTTIME", None)
    if boot_time is not None:
        return time.clock_gettime(boot_time)
    if sys.platform == "darwin":
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()


def local_today(clock: Clock) -> date:
    """The salon's calendar date: times are kept in UTC, but "today" is the wall calendar at the
    counter (in Hanoi a visit at 06:00 is already tomorrow in UTC terms of yesterday)."""
    return clock.now().astimezone().date()
