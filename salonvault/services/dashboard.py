"""The owner's dashboard in figures: visits per month, new clients, consents to collect or
renew, patch tests running out, backups, retention, failed sign-ins, recall lines due. Counts
only.

The counts run on a connection of their own (`KeptConnection`, opened like an import's): up to a
second a statement at 300,000 clients, and a click that reads the vault meanwhile does not wait
for them on the GUI's connection. The permission check and the backup status (one row) stay on
the vault's connection. The window closes it at each lock (`release`), the vault when it closes."""

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
    from salonvault.services.backups import BackupService, BackupStatus
    from salonvault.services.privacy.retention import RetentionService
    from salonvault.services.recalls import RecallService
    from salonvault.storage.database import Database
    from salonvault.storage.kept_connection import KeptConnection

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
        guard: Guard,
        clock: Clock,
        backups: BackupService,
        retention: RetentionService,
        recalls: RecallService,
        own_connection: KeptConnection,
    ) -> None:
        self._guard = guard
        self._clock = clock
        self._backups = backups
        self._retention = retention
        self._recalls = recalls
        self.own_connection = own_connection

    def figures(self, session: Session) -> DashboardFigures:
        self._guard.require(session, Permission.AUDIT_READ)
        now, today = self._clock.now(), local_today(self._clock)
        backup = self._backups.status()
        with self.own_connection.use() as database:
            return self._count(database, now, today, backup)

    def recalls_due(self, session: Session) -> int:
        """The lines on the recall list (`RecallService.list`, which checks the role), counted
        on the same connection as the figures."""
        with self.own_connection.use() as database:
            return len(self._recalls.list(session, database=database).keys)

    def release(self) -> None:
        """Close the connection the counts run on (the person who read them signed out, or
        the vault closes); the next read opens it again."""
        self.own_connection.close()

    def _count(
        self, database: Database, now: datetime, today: date, backup: BackupStatus
    ) -> DashboardFigures:
        repo, consent = DashboardRepository(database), ConsentRepository(database)
        months = month_keys(today)
        counts = repo.visits_per_month(date.fromisoformat(months[0] + "-01"))
        new_since, failed_since = now - timedelta(days=30), now - timedelta(days=7)
        patch_window = (today, today + timedelta(days=7))
        service_consent = consent.purposes()[Purpose.SERVICE_RECORDS]
        consenting = {c for c, _ in consent.active_clients([Purpose.SERVICE_RECORDS])}
        retention_due = self._retention.due_count(database)
        return DashboardFigures(
            visits_by_month=[(m, counts.get(m, 0)) for m in months],
            new_clients_30_days=repo.new_clients(new_since),
            missing_service_consent=(
                repo.active_clients() - len(consenting) if service_consent else 0
            ),
            needing_reconsent=len({row[0] for row in consent.outdated()}),
            patch_tests_expiring_7_days=repo.patch_tests_expiring(*patch_window),
            last_verified_backup=backup.last_verified_at,
            backup_overdue=backup.overdue,
            retention_due=retention_due,
            retention_review_overdue=self._retention.review_overdue(retention_due),
            failed_sign_ins_7_days=repo.failed_sign_ins(failed_since),
            new_clients_since=new_since,
            patch_tests_window=patch_window,
            failed_sign_ins_since=failed_since,
        )
