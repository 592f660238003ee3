"""What retention rules make due, and removing it (inside the caller's transaction)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from salonvault.domain.clients import display_name
from salonvault.domain.record_codec import definition_from_json, without_health
from salonvault.domain.records import TemplateDefinition
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


# Service records whose template version marks a field as health data: its canonical JSON
# (record_codec.definition_json) then holds this, so the rest are never read.
_HEALTH_TEMPLATE = '%"health":true%'
_IN_LIST = "c.id IN (SELECT value FROM json_each(?))"  # any number of ids, one parameter


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
        tests, health-kind attachments or health-marked values in service records (or the
        earlier versions kept with them) whose last treatment is older than the cut-off.
        `items` counts each item, test, attachment and record (or earlier version) holding
        such a value."""
        in_records = self.record_health_due(seen_before)
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
            f" AND a.kind IN {HEALTH_KINDS_SQL})"
            f" OR {_IN_LIST})"
            " ORDER BY 4, c.id",
            (seen_before.isoformat(), json.dumps(sorted(in_records))),
        )
        due = [_due(row) for row in rows]
        return [replace(d, items=d.items + in_records.get(d.id, 0)) for d in due]

    def record_health_due(self, seen_before: date) -> dict[int, int]:
        """Clients last seen before the cut-off whose service records (or earlier versions)
        still hold a health-marked value: client id -> how many records and versions."""
        counts: dict[int, int] = {}
        where = f"{_LAST_SEEN} < ?"
        for client_id, _kind, _key, definition, stored in self._health_records(
            where, (seen_before.isoformat(),)
        ):
            if without_health(definition, stored) is not None:
                counts[client_id] = counts.get(client_id, 0) + 1
        return counts

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
            in_records = json.dumps(sorted(self.record_health_due(health_before)))
            total += int(
                self._db.scalar(
                    f"SELECT count(*) FROM clients c WHERE {_LAST_SEEN} < ? AND (c.id IN"
                    " (SELECT client_id FROM health_items UNION SELECT client_id FROM patch_tests"
                    " UNION SELECT client_id FROM filled_forms"
                    " UNION SELECT client_id FROM attachments"
                    f" WHERE kind IN {HEALTH_KINDS_SQL})"
                    f" OR {_IN_LIST})",
                    (health_before.isoformat(), in_records),
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
        # their earlier versions go with them (decision 0031)
        self._db.execute(
            f"DELETE FROM record_versions WHERE kind IN ('health_item', 'patch_test')"
            f" AND client_id IN ({marks})",
            client_ids,
        )
        letters = AttachmentsRepository(self._db).delete_for_clients(client_ids, health_only=True)
        return (
            int(health) + int(tests) + letters + int(forms) + self._remove_record_health(client_ids)
        )

    def _remove_record_health(self, client_ids: list[int]) -> int:
        """Health-marked values taken out of these clients' service records and the earlier
        versions kept with them; the rest of each record stays. Returns records changed."""
        changed = 0
        for _client, kind, key, definition, stored in self._health_records(
            _IN_LIST, (json.dumps(client_ids),)
        ):
            kept = without_health(definition, stored)
            if kept is None:
                continue
            if kind == "record":
                self._db.execute(
                    "UPDATE service_records SET record_values = ? WHERE id = ?", (kept, key[0])
                )
            else:
                self._db.execute(
                    "UPDATE service_record_revisions SET record_values = ?"
                    " WHERE record_id = ? AND revision = ?",
                    (kept, key[0], key[1]),
                )
            changed += 1
        return changed

    def _health_records(
        self, where: str, params: Sequence[object]
    ) -> Iterator[tuple[int, str, tuple[int, int], TemplateDefinition, str]]:
        """(client, "record" or "revision", its key, its template version, stored values) for
        the records and earlier versions of the clients `where` picks (on `clients c`), whose
        template version marks something as health data."""
        rows = self._db.query(
            "SELECT r.client_id, 'record', r.id, 0, t.id, t.definition, r.record_values"
            " FROM service_records r JOIN record_templates t ON t.id = r.template_id"
            f" JOIN clients c ON c.id = r.client_id WHERE {where} AND t.definition LIKE ?"
            " UNION ALL"
            " SELECT v.client_id, 'revision', v.record_id, v.revision, t.id, t.definition,"
            " v.record_values FROM service_record_revisions v"
            " JOIN record_templates t ON t.id = v.template_id"
            f" JOIN clients c ON c.id = v.client_id WHERE {where} AND t.definition LIKE ?",
            (*params, _HEALTH_TEMPLATE, *params, _HEALTH_TEMPLATE),
        )
        definitions: dict[int, TemplateDefinition] = {}
        for row in rows:
            template_id = int(row[4])
            if template_id not in definitions:
                definitions[template_id] = definition_from_json(row[5])
            key = (int(row[2]), int(row[3]))
            yield int(row[0]), str(row[1]), key, definitions[template_id], str(row[6])

    def remove_photos(self, client_ids: list[int], taken_before: date) -> int:
        if not client_ids:
            return 0
        removed = self._db.execute(
            f"DELETE FROM photos WHERE client_id IN ({_marks(client_ids)}) AND taken_on < ?",
            [*client_ids, taken_before.isoformat()],
        ).rowcount
        return int(removed)
