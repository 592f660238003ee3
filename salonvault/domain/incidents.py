"""The breach register (GDPR Art. 33(5)): incidents, who they touch, and the 72-hour clock.

An incident is described in the owner's words; the program adds what it can count itself: how
many clients a scope covers ("all clients", "clients with health data", …) and how many of them
hold data in each chosen category. Those counts are kept with the incident as they were when it
was saved, so a later erasure does not rewrite history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

NOTIFY_WITHIN = timedelta(hours=72)  # GDPR Art. 33(1): the on-screen banner's clock (decision 0041)
MAX_SUMMARY = 2000
MAX_TEXT = 2000
MAX_MANUAL_COUNT = 10_000_000


class IncidentStatus(StrEnum):
    OPEN = "open"  # being handled
    CONTAINED = "contained"  # stopped, follow-up still running
    CLOSED = "closed"


class DataCategory(StrEnum):
    """What kind of client data an incident touched, as the notices name it."""

    IDENTITY = "identity"  # names, language, preferences, notes: every client has these
    CONTACT = "contact"  # phone, e-mail, postal address
    HEALTH = "health"  # allergies, conditions, medicines, patch tests: a special category
    TREATMENTS = "treatments"  # visits, products, colour formulas
    PHOTOS = "photos"
    CONSENTS = "consents"  # consent decisions and signatures


SENSITIVE_CATEGORIES = frozenset({DataCategory.HEALTH})


class ScopeKind(StrEnum):
    """Which clients the incident touched; every kind but MANUAL is counted from the vault."""

    ALL_CLIENTS = "all_clients"
    WITH_HEALTH = "with_health"
    WITH_PHOTOS = "with_photos"
    REGISTERED_BETWEEN = "registered_between"
    MANUAL = "manual"  # the owner gives the number (e.g. one printed list was lost)


@dataclass(frozen=True, slots=True)
class AffectedScope:
    kind: ScopeKind
    registered_from: date | None = None  # both set for REGISTERED_BETWEEN only, inclusive
    registered_to: date | None = None
    manual_count: int | None = None  # MANUAL only


@dataclass(frozen=True, slots=True)
class AffectedCount:
    """How many clients a scope covers, and how many of them hold each category of data."""

    clients: int
    by_category: dict[DataCategory, int] = field(default_factory=dict)
    counted: bool = True  # False: the owner's own number (MANUAL); no per-category counts


@dataclass(frozen=True, slots=True)
class IncidentInput:
    """What the owner writes down; datetimes are timezone-aware."""

    summary: str
    discovered_at: datetime
    categories: frozenset[DataCategory]
    scope: AffectedScope
    occurred_at: datetime | None = None  # None: not known
    consequences: str = ""
    measures: str = ""
    status: IncidentStatus = IncidentStatus.OPEN
    authority_notified_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    summary: str
    occurred_at: datetime | None
    discovered_at: datetime
    categories: frozenset[DataCategory]
    scope: AffectedScope
    affected: AffectedCount
    consequences: str
    measures: str
    status: IncidentStatus
    authority_notified_at: datetime | None
    recorded_by: int
    recorded_at: datetime
    updated_at: datetime

    def as_input(self) -> IncidentInput:
        return IncidentInput(
            summary=self.summary,
            discovered_at=self.discovered_at,
            categories=self.categories,
            scope=self.scope,
            occurred_at=self.occurred_at,
            consequences=self.consequences,
            measures=self.measures,
            status=self.status,
            authority_notified_at=self.authority_notified_at,
        )


class ClockState(StrEnum):
    RUNNING = "running"  # not notified yet, deadline ahead
    OVERDUE = "overdue"  # not notified, deadline passed
    NOTIFIED_IN_TIME = "notified_in_time"
    NOTIFIED_LATE = "notified_late"  # Art. 33(1): the notification must give the reasons
    CLOSED = "closed"  # closed without notifying the authority


@dataclass(frozen=True, slots=True)
class NotificationClock:
    """The 72 hours from discovery, as of `now`. `hours` is what is left (RUNNING, rounded
    down), how late it is (OVERDUE, NOTIFIED_LATE, rounded up: one minute late is late) or how
    long notifying took (NOTIFIED_IN_TIME, rounded down)."""

    deadline: datetime
    state: ClockState
    hours: int


def notification_clock(incident: Incident, now: datetime) -> NotificationClock:
    deadline = incident.discovered_at + NOTIFY_WITHIN
    notified = incident.authority_notified_at
    if notified is not None:
        if notified <= deadline:
            return NotificationClock(
                deadline, ClockState.NOTIFIED_IN_TIME, _hours(notified - incident.discovered_at)
            )
        return NotificationClock(
            deadline, ClockState.NOTIFIED_LATE, _hours(notified - deadline, up=True)
        )
    if incident.status is IncidentStatus.CLOSED:
        return NotificationClock(deadline, ClockState.CLOSED, 0)
    if now <= deadline:
        return NotificationClock(deadline, ClockState.RUNNING, _hours(deadline - now))
    return NotificationClock(deadline, ClockState.OVERDUE, _hours(now - deadline, up=True))


def _hours(span: timedelta, up: bool = False) -> int:
    whole, rest = divmod(max(0, int(span.total_seconds())), 3600)
    return whole + (1 if up and rest else 0)
