"""How long a staff member waits after wrong PINs, and when the account is disabled.

Counted per account in the vault (services.auth writes the counter before answering), so neither a
restart nor a second process resets it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

DISABLE_AFTER_FAILURES = 10
DELAY_STARTS_AFTER = 3

# Wait after the Nth consecutive failure before the next try is checked.
_DELAY_SECONDS = {3: 30, 4: 60, 5: 120, 6: 300, 7: 600, 8: 900, 9: 1800}


def delay_after(failures: int) -> timedelta:
    if failures < DELAY_STARTS_AFTER:
        return timedelta(0)
    return timedelta(seconds=_DELAY_SECONDS.get(failures, max(_DELAY_SECONDS.values())))


def retry_allowed_at(failures: int, last_failure_at: datetime | None) -> datetime | None:
    """When the next try may be checked, or None if it may be checked now."""
    if last_failure_at is None:
        return None
    delay = delay_after(failures)
    return last_failure_at + delay if delay else None


def attempts_left(failures: int) -> int:
    return max(0, DISABLE_AFTER_FAILURES - failures)
