"""A signed-in staff member's session and the rules that end it.

The services keep the authoritative copy (see services.sessions); a caller only holds the token.
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
    started_at: datetime
    last_activity: datetime
    idle_limit: timedelta
    max_length: timedelta = MAX_SESSION_LENGTH
    ended: bool = False

    def expiry_reason(self, now: datetime) -> str | None:
        """Why the session is over at `now` (a message key), or None while it is still good."""
        if self.ended:
            return "auth.session_was_ended"
        if now - self.last_activity >= self.idle_limit:
            return "auth.session_idle"
        if now - self.started_at >= self.max_length:
            return "auth.session_too_long"
        return None

    def seconds_until_idle_lock(self, now: datetime) -> float:
        return max(0.0, (self.last_activity + self.idle_limit - now).total_seconds())
