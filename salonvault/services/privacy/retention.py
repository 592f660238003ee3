"""Retention: the owner's rules per data category, the review list of what they make due, and
the purge, confirmed once and logged (counts only). Whole clients go through the same erasure
as a single erasure, visits kept as anonymous counts."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import ValidationError
from salonvault.domain.retention import (
    MAX_YEARS,
    DueClient,
    PurgeResult,
    RetentionDue,
    RetentionRules,
    years_before,
)
from salonvault.domain.roles import Permission
from salonvault.services.access.clock import local_today
from salonvault.storage.erasure_repo import ErasureRepository
from salonvault.storage.retention_repo import RetentionRepository
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.timestamps import from_db, to_db

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

_RULES_KEY = "retention_rules"
_REVIEWED_KEY = "retention_reviewed_at"
REVIEW_EVERY = timedelta(days=30)


class RetentionService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = SettingsRepository(database)
        self._repo = RetentionRepository(database)
        self._erasure = ErasureRepository(database)

    def rules(self) -> RetentionRules:
        return _rules(self._settings)

    def set_rules(self, session: Session, rules: RetentionRules) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        for name, years in asdict(rules).items():
            if years is not None and not 1 <= years <= MAX_YEARS:
                raise ValidationError(
                    "privacy.retention_period_between_1_years", field=name, max_years=MAX_YEARS
                )
        with self._db.transaction():
            self._settings.set(_RULES_KEY, asdict(rules))
            detail = " ".join(
                f"{k}={v if v is not None else 'off'}" for k, v in asdict(rules).items()
            )
            self._log.record_for(live, AuditEvent("retention.rules", detail=detail))

    def due(self, session: Session) -> RetentionDue:
        """The review list: who and what the rules make due today (names for the owner only)."""
        self._guard.require(session, Permission.RETENTION_PURGE)
        return self._due(self.rules(), local_today(self._clock))

    def due_count(self, database: Database | None = None) -> int:
        """For the dashboard: how many entries the review list has (no names), counted on
        `database` when given (the dashboard's connection of its own), else on the vault's."""
        on = database or self._db
        rules, today = _rules(SettingsRepository(on)), local_today(self._clock)

        def cut(years: int | None) -> date | None:
            return years_before(today, years) if years else None

        return RetentionRepository(on).count_due(
            cut(rules.inactive_client_years), cut(rules.health_years), cut(rules.photo_years)
        )

    def review_overdue(self, due: int | None = None) -> bool:
        """Something is due and the last review is over a month old (or there was none).
        `due`: what `due_count` said just now, when the caller asked it already."""
        last = self.last_review()
        stale = last is None or self._clock.now() - last > REVIEW_EVERY
        return stale and (self.due_count() if due is None else due) > 0

    def last_review(self) -> datetime | None:
        reviewed = self._settings.get(_REVIEWED_KEY)
        return from_db(reviewed) if isinstance(reviewed, str) else None

    def purge(self, session: Session, confirmed: RetentionDue) -> PurgeResult:
        """Remove what the owner saw and confirmed and is still due now (a client who visited
        in between is spared). Logged as counts; the WAL is checkpointed afterwards."""
        live = self._guard.require(session, Permission.RETENTION_PURGE)
        rules, today = self.rules(), local_today(self._clock)
        with self._db.transaction():
            now_due = self._due(rules, today)
            erase = _both(confirmed.clients, now_due.clients)
            health = [i for i in _both(confirmed.health, now_due.health) if i not in erase]
            photos = [i for i in _both(confirmed.photos, now_due.photos) if i not in erase]
            for client_id in erase:
                self._erasure.erase_client(client_id, keep_visit_counts=True)
            health_rows = self._repo.remove_health(health)
            photo_cutoff = years_before(today, rules.photo_years or 0)
            removed_photos = self._repo.remove_photos(photos, photo_cutoff)
            result = PurgeResult(len(erase), health_rows, removed_photos)
            self._settings.set(_REVIEWED_KEY, to_db(self._clock.now()))
            self._log.record_for(
                live,
                AuditEvent(
                    "retention.purge",
                    detail=f"clients={result.clients_erased} health_rows={result.health_rows}"
                    f" photos={result.photos}",
                ),
            )
        self._db.checkpoint()
        return result

    def _due(self, rules: RetentionRules, today: date) -> RetentionDue:
        return RetentionDue(
            clients=self._repo.inactive_clients(years_before(today, rules.inactive_client_years))
            if rules.inactive_client_years
            else [],
            health=self._repo.health_due(years_before(today, rules.health_years))
            if rules.health_years
            else [],
            photos=self._repo.photos_due(years_before(today, rules.photo_years))
            if rules.photo_years
            else [],
        )


def _both(seen: list[DueClient], still_due: list[DueClient]) -> list[int]:
    wanted = {item.id for item in seen}
    return [item.id for item in still_due if item.id in wanted]


def _rules(settings: SettingsRepository) -> RetentionRules:
    stored = settings.get(_RULES_KEY) or {}
    return RetentionRules(**{k: v for k, v in stored.items() if k in RetentionRules.__slots__})
