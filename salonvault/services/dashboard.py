"""The owner's dashboard in figures: visits per month, new clients, consents to collect or
renew, patch tests running out, backups, retention, failed sign-ins. Counts only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from salonvault.domain.consent import Purpose
from salonvault.domain.roles import Permission
from salonvault.services.access.clock import local_today
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.dashboard_repo import DashboardRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.backups import BackupService
    from salonvault.services.privacy.retention import RetentionService
    from salonvault.storage.database import Database

MONTHS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    visits_by_month: list[tuple[str, int]]  # oldest first, every month present (zeros too)
    new_clients_30_days: int
    missing_service_consent: int  # clients (not archived) without service-records consent
    needing_reconsent: int  # clients with a consent given under an older text
    patch_tests_expiring_7_days: int
    last_verified_backup: datetime | None
    backup_overdue: bool
    retention_due: int
    retention_review_overdue: bool
    failed_sign_ins_7_days: int
    # What the counts above were taken over, so the list behind a figure is that figure's list
    # (`ClientFilter.registered_from`, `ClientFilter.patch_test_runs_out`, the log's window).
    new_clients_since: datetime
    patch_tests_window: tuple[date, date]
    failed_sign_ins_since: datetime


def month_keys(today: date, count: int = MONTHS_SHOWN) -> list[str]:
    """The last `count` months as YYYY-MM, oldest first, ending with this month."""
    year, month = today.year, today.month
    keys: list[str] = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return keys[::-1]


class DashboardService:
    def __init__(
        self,
        database: Database,
        guard: Guard,
        clock: Clock,
        backups: BackupService,
        retention: RetentionService,
    ) -> None:
        self._repo = DashboardRepository(database)
        self._consent = ConsentRepository(database)
        self._guard = guard
        self._clock = clock
        self._backups = backups
        self._retention = retention

    def figures(self, session: Session) -> DashboardFigures:
        self._guard.require(session, Permission.AUDIT_READ)
        now, today = self._clock.now(), local_today(self._clock)
        months = month_keys(today)
        counts = self._repo.visits_per_month(date.fromisoformat(months[0] + "-01"))
        new_since, failed_since = now - timedelta(days=30), now - timedelta(days=7)
        patch_window = (today, today + timedelta(days=7))
        backup = self._backups.status()
        service_consent = self._consent.purposes()[Purpose.SERVICE_RECORDS]
        consenting = {c for c, _ in self._consent.active_clients([Purpose.SERVICE_RECORDS])}
        return DashboardFigures(
            visits_by_month=[(m, counts.get(m, 0)) for m in months],
            new_clients_30_days=self._repo.new_clients(new_since),
            missing_service_consent=(
                self._repo.active_clients() - len(consenting) if service_consent else 0
            ),
            needing_reconsent=len({row[0] for row in self._consent.outdated()}),
            patch_tests_expiring_7_days=self._repo.patch_tests_expiring(*patch_window),
            last_verified_backup=backup.last_verified_at,
            backup_overdue=backup.overdue,
            retention_due=self._retention.due_count(),
            retention_review_overdue=self._retention.review_overdue(),
            failed_sign_ins_7_days=self._repo.failed_sign_ins(failed_since),
            new_clients_since=new_since,
            patch_tests_window=patch_window,
            failed_sign_ins_since=failed_since,
        )
