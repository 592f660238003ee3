"""A signed-in staff member's session and the rules that end it.

The services keep the authoritative copy (see services.sessions); a caller only holds the token.
How long it has been idle or open is counted in seconds of a monotonic clock (`Clock.monotonic`),
not by the wall clock: setting the computer's clock must not end a session, nor keep one open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from salonvault.domain.roles import Role

DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 15
MAX_SESSION_LENGTH = timedelta(hours=12)


@dataclass(slots=True)
class Session:
    token: str
    staff_id: int
    staff_name: str
    role: Role
    started_at: datetime  # the wall clock's time, for the record
    started_steady: float  # Clock.monotonic() at sign-in
    last_activity_steady: float  # Clock.monotonic() at the last input or service call
    idle_limit: timedelta
    max_length: timedelta = MAX_SESSION_LENGTH
    ended: bool = False

    def expiry_reason(self, steady_now: float) -> str | None:
        """Why the session is over at `steady_now` (Clock.monotonic()), as a message key, or
        None while it is still good."""
        if self.ended:
            return "auth.session_was_ended"
        if steady_now - self.last_activity_steady >= self.idle_limit.total_seconds():
            return "auth.session_idle"
        if steady_now - self.started_steady >= self.max_length.total_seconds():
            return "auth.session_too_long"
        return None

    def seconds_until_idle_lock(self, steady_now: float) -> float:
        left = self.last_activity_steady + self.idle_limit.total_seconds() - steady_now
        return max(0.0, left)
