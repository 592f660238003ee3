"""What retention rules make due, and removing it (inside the caller's transaction)."""

from __future__ import annotations

from datetime import date

from salonvault.domain.clients import display_name
from salonvault.domain.retention import DueClient
from salonvault.storage.attachments_repo import HEALTH_KINDS_SQL, AttachmentsRepository
from salonvault.storage.database import Database, Row

# A client's last sign of life: the last visit, else the day they were registered.
_LAST_SEEN = "coalesce(c.last_visit_on, substr(c.created_at, 1, 10))"


def _due(row: Row) -> DueClient:
    return DueClient(
        id=int(row[0]),
        display_name=display_name(row[1], row[2]),
        last_seen=date.fromisoformat(row[3]),
        items=int(row[4]),
    )


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


class RetentionRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def inactive_clients(self, seen_before: date) -> list[DueClient]:
        rows = self._db.query(
            f"SELECT c.id, c.family_name, c.given_name, {_LAST_SEEN}, 0 FROM clients c"
            f" WHERE {_LAST_SEEN} < ? ORDER BY 4, c.id",
            (seen_before.isoformat(),),
        )
        return [_due(row) for row in rows]

    def health_due(self, seen_before: date) -> list[DueClient]:
        """Clients holding health items (removed ones too: their text is still there), patch
        tests or health-kind attachments whose last treatment is older than the cut-off."""
        rows = self._db.query(
            f"SELECT c.id, c.family_name, c.given_name, {_LAST_SEEN},"
            " (SELECT count(*) FROM health_items h WHERE h.client_id = c.id)"
            " + (SELECT count(*) FROM patch_tests p WHERE p.client_id = c.id)"
            " + (SELECT count(*) FROM attachments a WHERE a.client_id = c.id"
            f" AND a.kind IN {HEALTH_KINDS_SQL})"
            " + (SELECT count(*) FROM filled_forms f WHERE f.client_id = c.id)"
            f" FROM clients c WHERE {_LAST_SEEN} < ?"
            " AND (EXISTS (SELECT 1 FROM health_items h WHERE h.client_id = c.id)"
            " OR EXISTS (SELECT 1 FROM patch_tests p WHERE p.client_id = c.id)"
            " OR EXISTS (SELECT 1 FROM filled_forms f WHERE f.client_id = c.id)"
            " OR EXISTS (SELECT 1 FROM attachments a WHERE a.client_id = c.id"
            f" AND a.kind IN {HEALTH_KINDS_SQL}))"
            " ORDER BY 4, c.id",
            (seen_before.isoformat(),),
        )
        return [_due(row) for row in rows]

    def photos_due(self, taken_before: date) -> list[DueClient]:
        rows = self._db.query(
            f"SELECT c.id, c.family_name, c.given_name, {_LAST_SEEN}, count(*)"
            " FROM photos p JOIN clients c ON c.id = p.client_id WHERE p.taken_on < ?"
            " GROUP BY c.id ORDER BY 4, c.id",
            (taken_before.isoformat(),),
        )
        return [_due(row) for row in rows]

    def count_due(
        self, seen_before: date | None, health_before: date | None, photos_before: date | None
    ) -> int:
        """The number of entries the three lists above would hold (None: that rule is off),
        counted without reading names: the dashboard asks at every owner's sign-in."""
        total = 0
        if seen_before is not None:
            cut = seen_before.isoformat()
            # Split so that both halves read the last_visit_on index, not every client.
            total += int(
                self._db.scalar(
                    "SELECT (SELECT count(*) FROM clients WHERE last_visit_on < ?)"
                    " + (SELECT count(*) FROM clients"
                    " WHERE last_visit_on IS NULL AND substr(created_at, 1, 10) < ?)",
                    (cut, cut),
                )
            )
        if health_before is not None:
            total += int(
                self._db.scalar(
                    f"SELECT count(*) FROM clients c WHERE {_LAST_SEEN} < ? AND c.id IN"
                    " (SELECT client_id FROM health_items UNION SELECT client_id FROM patch_tests"
                    " UNION SELECT client_id FROM filled_forms"
                    " UNION SELECT client_id FROM attachments"
                    f" WHERE kind IN {HEALTH_KINDS_SQL})",
                    (health_before.isoformat(),),
                )
            )
        if photos_before is not None:
            total += int(
                self._db.scalar(
                    "SELECT count(DISTINCT p.client_id) FROM photos p"
                    " JOIN clients c ON c.id = p.client_id WHERE p.taken_on < ?",
                    (photos_before.isoformat(),),
                )
            )
        return total

    def remove_health(self, client_ids: list[int]) -> int:
        if not client_ids:
            return 0
        marks = _marks(client_ids)
        # Signed consultation forms are health data; their red flags name health items.
        self._db.execute(f"DELETE FROM form_red_flags WHERE client_id IN ({marks})", client_ids)
        forms = self._db.execute(
            f"DELETE FROM filled_forms WHERE client_id IN ({marks})", client_ids
        ).rowcount
        health = self._db.execute(
            f"DELETE FROM health_items WHERE client_id IN ({marks})", client_ids
        ).rowcount
        tests = self._db.execute(
            f"DELETE FROM patch_tests WHERE client_id IN ({marks})", client_ids
        ).rowcount
        letters = AttachmentsRepository(self._db).delete_for_clients(client_ids, health_only=True)
        return int(health) + int(tests) + letters + int(forms)

    def remove_photos(self, client_ids: list[int], taken_before: date) -> int:
        if not client_ids:
            return 0
        removed = self._db.execute(
            f"DELETE FROM photos WHERE client_id IN ({_marks(client_ids)}) AND taken_on < ?",
            [*client_ids, taken_before.isoformat()],
        ).rowcount
        return int(removed)
