"""The breach register's rows, and the counts of clients an incident's scope covers."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from salonvault.domain.incidents import (
    AffectedCount,
    AffectedScope,
    DataCategory,
    Incident,
    IncidentInput,
    IncidentStatus,
    ScopeKind,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, from_db_optional, to_db

_HAS_HEALTH = (
    "(EXISTS (SELECT 1 FROM health_items h WHERE h.client_id = c.id)"
    " OR EXISTS (SELECT 1 FROM patch_tests p WHERE p.client_id = c.id))"
)
_HAS_PHOTOS = "EXISTS (SELECT 1 FROM photos f WHERE f.client_id = c.id)"

# Which clients a scope covers (a condition on `clients c`; the range takes two parameters).
_SCOPE_WHERE: dict[ScopeKind, str] = {
    ScopeKind.ALL_CLIENTS: "1",
    ScopeKind.WITH_HEALTH: _HAS_HEALTH,
    ScopeKind.WITH_PHOTOS: _HAS_PHOTOS,
    ScopeKind.REGISTERED_BETWEEN: "substr(c.created_at, 1, 10) BETWEEN ? AND ?",
}
# Whether a client holds any data of a category.
_HOLDS: dict[DataCategory, str] = {
    DataCategory.IDENTITY: "1",
    DataCategory.CONTACT: "(c.phone <> '' OR c.email <> '' OR c.address <> '')",
    DataCategory.HEALTH: _HAS_HEALTH,
    DataCategory.TREATMENTS: "EXISTS (SELECT 1 FROM visits v WHERE v.client_id = c.id)",
    DataCategory.PHOTOS: _HAS_PHOTOS,
    DataCategory.CONSENTS: "EXISTS (SELECT 1 FROM consent_records r WHERE r.client_id = c.id)",
}

_COLUMNS = (
    "id, summary, occurred_at, discovered_at, categories, scope, registered_from, registered_to,"
    " affected_clients, category_counts, counted, consequences, measures, status,"
    " authority_notified_at, recorded_by, recorded_at, updated_at"
)


class IncidentsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, scope: AffectedScope, categories: frozenset[DataCategory]) -> AffectedCount:
        """Clients in the scope now, and how many of them hold each category's data."""
        if scope.kind is ScopeKind.MANUAL:
            return AffectedCount(scope.manual_count or 0, {}, counted=False)
        params: tuple[str, ...] = ()
        if scope.kind is ScopeKind.REGISTERED_BETWEEN:
            assert scope.registered_from is not None and scope.registered_to is not None
            params = (scope.registered_from.isoformat(), scope.registered_to.isoformat())
        ordered = [c for c in DataCategory if c in categories]
        sums = "".join(f", coalesce(sum({_HOLDS[c]}), 0)" for c in ordered)
        row = self._db.query_one(
            f"SELECT count(*){sums} FROM clients c WHERE {_SCOPE_WHERE[scope.kind]}",
            params,
        )
        assert row is not None
        return AffectedCount(
            int(row[0]), {c: int(n) for c, n in zip(ordered, row[1:], strict=True)}
        )

    def add(self, data: IncidentInput, affected: AffectedCount, staff_id: int, at: datetime) -> int:
        cursor = self._db.execute(
            f"INSERT INTO incidents ({_COLUMNS.removeprefix('id, ')})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_columns(data, affected), staff_id, to_db(at), to_db(at)),
        )
        return int(cursor.lastrowid)

    def update(
        self, incident_id: int, data: IncidentInput, affected: AffectedCount, at: datetime
    ) -> None:
        self._db.execute(
            "UPDATE incidents SET summary = ?, occurred_at = ?, discovered_at = ?,"
            " categories = ?, scope = ?, registered_from = ?, registered_to = ?,"
            " affected_clients = ?, category_counts = ?, counted = ?, consequences = ?,"
            " measures = ?, status = ?, authority_notified_at = ?, updated_at = ? WHERE id = ?",
            (*_columns(data, affected), to_db(at), incident_id),
        )

    def get(self, incident_id: int) -> Incident | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
        return None if row is None else _incident(row)

    def all(self) -> list[Incident]:
        """Newest discovery first."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM incidents ORDER BY discovered_at DESC, id DESC"
        )
        return [_incident(row) for row in rows]


def _columns(data: IncidentInput, affected: AffectedCount) -> tuple[Any, ...]:
    scope = data.scope
    return (
        data.summary,
        None if data.occurred_at is None else to_db(data.occurred_at),
        to_db(data.discovered_at),
        " ".join(c.value for c in DataCategory if c in data.categories),
        scope.kind.value,
        _day(scope.registered_from),
        _day(scope.registered_to),
        affected.clients,
        json.dumps({c.value: n for c, n in affected.by_category.items()}),
        int(affected.counted),
        data.consequences,
        data.measures,
        data.status.value,
        None if data.authority_notified_at is None else to_db(data.authority_notified_at),
    )


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _incident(row: Row) -> Incident:
    kind = ScopeKind(row[5])
    counted = bool(row[10])
    scope = AffectedScope(
        kind,
        None if row[6] is None else date.fromisoformat(row[6]),
        None if row[7] is None else date.fromisoformat(row[7]),
        int(row[8]) if kind is ScopeKind.MANUAL else None,
    )
    by_category = {DataCategory(k): int(n) for k, n in json.loads(row[9]).items()}
    return Incident(
        id=int(row[0]),
        summary=row[1],
        occurred_at=from_db_optional(row[2]),
        discovered_at=from_db(row[3]),
        categories=frozenset(DataCategory(c) for c in row[4].split()),
        scope=scope,
        affected=AffectedCount(int(row[8]), by_category, counted),
        consequences=row[11],
        measures=row[12],
        status=IncidentStatus(row[13]),
        authority_notified_at=from_db_optional(row[14]),
        recorded_by=int(row[15]),
        recorded_at=from_db(row[16]),
        updated_at=from_db(row[17]),
    )
