"""Staff accounts as the services hand them out: never a PIN hash, never a counter's raw row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salonvault.domain.roles import Role


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    name: str
    role: Role
    active: bool
    disabled_by_lockout: bool
    failed_attempts: int
    created_at: datetime
    last_login_at: datetime | None
    reset_pending: bool = False  # signs in only with a one-time code, then chooses a PIN
    reset_code_expires_at: datetime | None = None
    sign_in_delayed_until: datetime | None = None  # waiting after wrong PINs, at listing time

    @property
    def locked_out(self) -> bool:
        """Disabled after too many wrong PINs, or waiting out an escalating delay."""
        return self.disabled_by_lockout or self.sign_in_delayed_until is not None


@dataclass(frozen=True, slots=True)
class PinResetCode:
    """What the owner sees once after resetting a PIN. The code is never stored in clear."""

    staff_id: int
    name: str
    code: str
    expires_at: datetime
