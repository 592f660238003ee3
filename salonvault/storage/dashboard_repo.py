"""Counts for the owner's dashboard: no names, only numbers (the queries read indexes or
summary tables, never every visit)."""

from __future__ import annotations

from datetime import date, datetime

from salonvault.storage.database import Database
from salonvault.storage.timestamps import to_db


class DashboardRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def visits_per_month(self, since: date) -> dict[str, int]:
        """YYYY-MM -> visits (corrections are not new visits), erased clients' counts added."""
        counts: dict[str, int] = {}
        rows = self._db.query(  # kept up to date by triggers on visits (migration 10)
            "SELECT month, visits FROM visit_month_counts WHERE month >= ?",
            (since.isoformat()[:7],),
        )
        rows += self._db.query(
            "SELECT month, sum(visits) FROM anonymous_visit_counts WHERE month >= ? GROUP BY 1",
            (since.isoformat()[:7],),
        )
        for month, number in rows:
            counts[month] = counts.get(month, 0) + int(number)
        return counts

    def new_clients(self, since: datetime) -> int:
        return int(
            self._db.scalar("SELECT count(*) FROM clients WHERE created_at >= ?", (to_db(since),))
        )

    def active_clients(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM clients WHERE archived = 0"))

    def patch_tests_expiring(self, first: date, last: date) -> int:
        """Clients whose newest passed patch test runs out between these days (inclusive)."""
        return int(
            self._db.scalar(
                "SELECT count(*) FROM (SELECT client_id, max(valid_until) AS until"
                " FROM patch_tests WHERE result = 'pass' GROUP BY client_id)"
                " WHERE until BETWEEN ? AND ?",
                (first.isoformat(), last.isoformat()),
            )
        )

    def failed_sign_ins(self, since: datetime) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM audit_log WHERE action = 'sign_in' AND outcome = 'failed'"
                " AND at >= ?",
                (to_db(since),),
            )
        )
