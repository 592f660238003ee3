""" "Today" is the salon's wall calendar, not the UTC date the times are stored in."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from salonvault.services.access.clock import local_today
from tests.support import FakeClock


@pytest.fixture
def hanoi_time() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_an_early_morning_in_hanoi_is_already_the_next_day(hanoi_time: None) -> None:
    clock = FakeClock()
    clock.moment = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 06:30 on 1 December in Hanoi
    assert local_today(clock) == date(2026, 12, 1)
    clock.moment = datetime(2026, 11, 30, 16, 59, tzinfo=UTC)  # 23:59 on 30 November
    assert local_today(clock) == date(2026, 11, 30)
