"""Activity-log entries. `detail` names fields and counts, never a client's or staff's values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Outcome(StrEnum):
    OK = "ok"
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What a service asks to be logged; the log adds the sequence number, time and chain MAC."""

    action: str
    outcome: Outcome = Outcome.OK
    staff_id: int | None = None
    role: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    staff_id: int | None
    role: str | None
    workstation: str
    action: str
    object_type: str | None
    object_id: str | None
    outcome: Outcome
    detail: str


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    """Result of checking the activity log's HMAC chain."""

    entries_checked: int
    first_broken_seq: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries to read: every field set narrows the search; newest first, `limit` rows."""

    staff_id: int | None = None
    action: str | None = None
    outcome: Outcome | None = None
    object_type: str | None = None
    object_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 200
