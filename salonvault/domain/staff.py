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
