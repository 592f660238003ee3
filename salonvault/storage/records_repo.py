"""Rows of record templates (versions, on/off, services) and service records with revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salonvault.domain.record_codec import (
    definition_from_json,
    definition_json,
    values_from_json,
    values_json,
)
from salonvault.domain.records import (
    BuiltIn,
    FieldValue,
    RecordValues,
    TemplateDefinition,
    TemplateSummary,
    TemplateVersion,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_TEMPLATE_COLUMNS = "id, template_key, version, family, definition, sha256, created_by, created_at"
_RECORD_COLUMNS = (
    "r.id, r.client_id, r.template_id, r.visit_id, r.recorded_on, r.record_values,"
    " r.corrects_record_id, r.created_by, r.created_at, r.updated_at"
)
CUSTOM_PREFIX = "custom-"


def _template(row: Row) -> TemplateVersion:
    return TemplateVersion(
        id=int(row[0]),
        key=row[1],
        version=int(row[2]),
        family=BuiltIn(row[3]) if row[3] is not None else None,
        definition=definition_from_json(row[4]),
        sha256=row[5],
        created_by=row[6],
        created_at=from_db(row[7]),
    )


@dataclass(frozen=True, slots=True)
class RecordRow:
    """A stored record with its template version, values read against that version."""

    id: int
    client_id: int
    template: TemplateVersion
    visit_id: int | None
    recorded_on: date
    values: dict[str, FieldValue]
    corrects_record_id: int | None
    created_by: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RevisionRow:
    revision: int
    template: TemplateVersion
    recorded_on: date
    values: dict[str, FieldValue]
    replaced_by: int
    replaced_at: datetime


class RecordsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._versions: dict[int, TemplateVersion] = {}  # versions never change: cache by id

    # -- templates ---------------------------------------------------------------------------

    def add_template_version(
        self,
        key: str,
        family: BuiltIn | None,
        definition: TemplateDefinition,
        sha256: str,
        created_by: int | None,
        now: datetime,
    ) -> int:
        version = 1 + int(
            self._db.scalar(
                "SELECT coalesce(max(version), 0) FROM record_templates WHERE template_key = ?",
                (key,),
            )
        )
        cursor = self._db.execute(
            "INSERT INTO record_templates"
            " (template_key, version, family, definition, sha256, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                version,
                family.value if family else None,
                definition_json(definition),
                sha256,
                created_by,
                to_db(now),
            ),
        )
        return int(cursor.lastrowid)

    def has_template_table(self) -> bool:
        return bool(
            self._db.scalar(
                "SELECT count(*) FROM sqlite_master"
                " WHERE type = 'table' AND name = 'record_templates'"
            )
        )

    def template_by_id(self, template_id: int) -> TemplateVersion:
        cached = self._versions.get(template_id)
        if cached is None:
            row = self._db.query_one(
                f"SELECT {_TEMPLATE_COLUMNS} FROM record_templates WHERE id = ?", (template_id,)
            )
            if row is None:
                raise LookupError(f"record template {template_id} is missing")
            cached = self._versions[template_id] = _template(row)
        return cached

    def latest_template(self, key: str) -> TemplateVersion | None:
        row = self._db.query_one(
            f"SELECT {_TEMPLATE_COLUMNS} FROM record_templates WHERE template_key = ?"
            " ORDER BY version DESC LIMIT 1",
            (key,),
        )
        return _template(row) if row is not None else None

    def template_version(self, key: str, version: int) -> TemplateVersion | None:
        row = self._db.query_one(
            f"SELECT {_TEMPLATE_COLUMNS} FROM record_templates"
            " WHERE template_key = ? AND version = ?",
            (key, version),
        )
        return _template(row) if row is not None else None

    def template_versions(self, key: str) -> list[TemplateVersion]:
        rows = self._db.query(
            f"SELECT {_TEMPLATE_COLUMNS} FROM record_templates WHERE template_key = ?"
            " ORDER BY version DESC",
            (key,),
        )
        return [_template(r) for r in rows]

    def template_summaries(self, include_inactive: bool) -> list[TemplateSummary]:
        rows = self._db.query(
            f"SELECT {_TEMPLATE_COLUMNS} FROM record_templates t WHERE version ="
            " (SELECT max(version) FROM record_templates l WHERE l.template_key = t.template_key)"
        )
        inactive = {
            r[0] for r in self._db.query(
                "SELECT template_key FROM record_template_state WHERE active = 0"
            )
        }  # fmt: skip
        services: dict[str, list[int]] = {}
        for key, service_id in self._db.query(
            "SELECT template_key, service_id FROM record_template_services ORDER BY service_id"
        ):
            services.setdefault(key, []).append(int(service_id))
        summaries = [
            TemplateSummary(
                key=latest.key,
                latest=latest,
                active=latest.key not in inactive,
                service_ids=tuple(services.get(latest.key, ())),
            )
            for latest in map(_template, rows)
        ]
        summaries = [s for s in summaries if include_inactive or s.active]
        # Built-ins first, in the program's order; then the owner's by name.
        order = {b.value: i for i, b in enumerate(BuiltIn)}
        summaries.sort(
            key=lambda s: (
                order.get(s.key, len(order)),
                s.latest.definition.name.casefold(),
                s.key,
            )
        )
        return summaries

    def next_custom_key(self) -> str:
        count = int(
            self._db.scalar(
                "SELECT count(DISTINCT template_key) FROM record_templates"
                " WHERE template_key LIKE ?",
                (CUSTOM_PREFIX + "%",),
            )
        )
        return f"{CUSTOM_PREFIX}{count + 1}"

    def set_template_active(self, key: str, on: bool) -> None:
        self._db.execute(
            "INSERT INTO record_template_state (template_key, active) VALUES (?, ?)"
            " ON CONFLICT (template_key) DO UPDATE SET active = excluded.active",
            (key, int(on)),
        )

    def set_template_services(self, key: str, service_ids: list[int]) -> None:
        self._db.execute("DELETE FROM record_template_services WHERE template_key = ?", (key,))
        self._db.executemany(
            "INSERT INTO record_template_services (template_key, service_id) VALUES (?, ?)",
            [(key, service_id) for service_id in service_ids],
        )

    # -- records -----------------------------------------------------------------------------

    def insert_record(
        self,
        client_id: int,
        template_id: int,
        visit_id: int | None,
        recorded_on: date,
        values: RecordValues,
        created_by: int,
        now: datetime,
        corrects_record_id: int | None = None,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO service_records (client_id, template_id, visit_id, recorded_on,"
            " record_values, corrects_record_id, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                template_id,
                visit_id,
                recorded_on.isoformat(),
                values_json(values),
                corrects_record_id,
                created_by,
                to_db(now),
                to_db(now),
            ),
        )
        return int(cursor.lastrowid)

    def update_record(
        self,
        record: RecordRow,
        recorded_on: date,
        values: RecordValues,
        edited_by: int,
        now: datetime,
    ) -> int:
        """Keep the version being replaced as the next revision, then write the new one.
        Returns the revision number kept."""
        revision = 1 + int(
            self._db.scalar(
                "SELECT coalesce(max(revision), 0) FROM service_record_revisions"
                " WHERE record_id = ?",
                (record.id,),
            )
        )
        self._db.execute(
            "INSERT INTO service_record_revisions (record_id, revision, client_id, template_id,"
            " recorded_on, record_values, replaced_by, replaced_at)"
            " SELECT id, ?, client_id, template_id, recorded_on, record_values, ?, ?"
            " FROM service_records WHERE id = ?",
            (revision, edited_by, to_db(now), record.id),
        )
        self._db.execute(
            "UPDATE service_records SET recorded_on = ?, record_values = ?, updated_at = ?"
            " WHERE id = ?",
            (recorded_on.isoformat(), values_json(values), to_db(now), record.id),
        )
        return revision

    def record(self, record_id: int) -> RecordRow | None:
        row = self._db.query_one(
            f"SELECT {_RECORD_COLUMNS} FROM service_records r WHERE r.id = ?", (record_id,)
        )
        return self._record(row) if row is not None else None

    def records_of(self, client_id: int) -> list[RecordRow]:
        """A client's records, newest day first (then the later-recorded first)."""
        rows = self._db.query(
            f"SELECT {_RECORD_COLUMNS} FROM service_records r WHERE r.client_id = ?"
            " ORDER BY r.recorded_on DESC, r.id DESC",
            (client_id,),
        )
        return [self._record(r) for r in rows]

    def all_records(self) -> dict[int, list[RecordRow]]:
        """Every record by client, each client's newest first (the JSON export)."""
        by_client: dict[int, list[RecordRow]] = {}
        rows = self._db.query(
            f"SELECT {_RECORD_COLUMNS} FROM service_records r"
            " ORDER BY r.client_id, r.recorded_on DESC, r.id DESC"
        )
        for row in rows:
            record = self._record(row)
            by_client.setdefault(record.client_id, []).append(record)
        return by_client

    def all_revisions(self) -> dict[int, list[RevisionRow]]:
        """Every earlier version an edit kept, by record, newest first (the JSON export)."""
        by_record: dict[int, list[RevisionRow]] = {}
        rows = self._db.query(
            "SELECT record_id, revision, template_id, recorded_on, record_values, replaced_by,"
            " replaced_at FROM service_record_revisions ORDER BY record_id, revision DESC"
        )
        for row in rows:
            by_record.setdefault(int(row[0]), []).append(self._revision(row[1:]))
        return by_record

    def revision_counts(self, client_id: int) -> dict[int, int]:
        return {
            int(r[0]): int(r[1])
            for r in self._db.query(
                "SELECT record_id, count(*) FROM service_record_revisions WHERE client_id = ?"
                " GROUP BY record_id",
                (client_id,),
            )
        }

    def revisions(self, record_id: int) -> list[RevisionRow]:
        """Earlier versions of a record, newest first."""
        rows = self._db.query(
            "SELECT revision, template_id, recorded_on, record_values, replaced_by, replaced_at"
            " FROM service_record_revisions WHERE record_id = ? ORDER BY revision DESC",
            (record_id,),
        )
        return [self._revision(row) for row in rows]

    def _revision(self, row: Row) -> RevisionRow:
        template = self.template_by_id(int(row[1]))
        return RevisionRow(
            revision=int(row[0]),
            template=template,
            recorded_on=date.fromisoformat(row[2]),
            values=values_from_json(row[3], template.definition),
            replaced_by=int(row[4]),
            replaced_at=from_db(row[5]),
        )

    def visit_belongs_to(self, visit_id: int, client_id: int) -> date | None:
        """The visit's day when it is this client's, else None."""
        found = self._db.scalar(
            "SELECT visited_on FROM visits WHERE id = ? AND client_id = ?", (visit_id, client_id)
        )
        return date.fromisoformat(found) if found is not None else None

    def delete_records(self, record_ids: list[int]) -> int:
        """These records and their earlier versions (a withdrawn health-data consent); the
        caller passes a correction with the record it corrects. How many records went."""
        if not record_ids:
            return 0
        marks = ",".join("?" * len(record_ids))
        self._db.execute(
            f"DELETE FROM service_record_revisions WHERE record_id IN ({marks})", record_ids
        )
        cursor = self._db.execute(f"DELETE FROM service_records WHERE id IN ({marks})", record_ids)
        return int(cursor.rowcount)

    def count_for_client(self, client_id: int) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM service_records WHERE client_id = ?", (client_id,)
            )
        )

    def _record(self, row: Row) -> RecordRow:
        template = self.template_by_id(int(row[2]))
        return RecordRow(
            id=int(row[0]),
            client_id=int(row[1]),
            template=template,
            visit_id=row[3],
            recorded_on=date.fromisoformat(row[4]),
            values=values_from_json(row[5], template.definition),
            corrects_record_id=row[6],
            created_by=int(row[7]),
            created_at=from_db(row[8]),
            updated_at=from_db(row[9]),
        )
