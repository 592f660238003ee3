"""Retention rules and what they make due (GDPR Art. 5(1)(e): kept no longer than needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MAX_YEARS = 30


@dataclass(frozen=True, slots=True)
class RetentionRules:
    """Years after which data goes; None switches a rule off. The defaults are a starting
    point the owner confirms in Settings (see docs/privacy.md)."""

    inactive_client_years: int | None = 3  # the whole client, after this long without a visit
    health_years: int | None = 2  # health items, patch tests, health papers: after last treatment
    photo_years: int | None = 2  # before/after photos, after they were taken


@dataclass(frozen=True, slots=True)
class DueClient:
    id: int
    display_name: str
    last_seen: date  # last visit, or registration when there was none
    items: int = 0  # health items + patch tests, or photos, depending on the list


@dataclass(frozen=True, slots=True)
class RetentionDue:
    clients: list[DueClient] = field(default_factory=list)
    health: list[DueClient] = field(default_factory=list)
    photos: list[DueClient] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.clients or self.health or self.photos)

    @property
    def total(self) -> int:
        return len(self.clients) + len(self.health) + len(self.photos)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    clients_erased: int
    health_rows: int
    photos: int


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
