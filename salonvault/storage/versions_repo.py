"""Earlier versions of changed records (migration 15, decision 0031). Rows are only added;
erasure, merging and a health-consent withdrawal are the only other writers."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from salonvault.domain.roles import Role
from salonvault.domain.versions import ChangeKind, RecordVersion, VersionedKind
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_COLUMNS = "id, kind, record_id, number, content, change, changed_by, changed_by_role, changed_at"


def _version(row: Row) -> RecordVersion:
    return RecordVersion(
        id=row[0],
        kind=VersionedKind(row[1]),
        record_id=row[2],
        number=row[3],
        values=json.loads(row[4]),
        change=ChangeKind(row[5]),
        changed_by=row[6],
        changed_by_role=Role(row[7]),
        changed_at=from_db(row[8]),
    )


class VersionsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def keep(
        self,
        client_id: int,
        kind: VersionedKind,
        record_id: int,
        values: dict[str, Any],
        change: ChangeKind,
        staff_id: int,
        role: Role,
        now: datetime,
    ) -> int:
        """Keep `values` (the record before the change) as its next version; returns the
        version's number. Runs inside the caller's transaction, before the change is written."""
        number = 1 + int(
            self._db.scalar(
                "SELECT count(*) FROM record_versions WHERE kind = ? AND record_id = ?",
                (kind.value, record_id),
            )
        )
        self._db.execute(
            "INSERT INTO record_versions (client_id, kind, record_id, number, content, change,"
            " changed_by, changed_by_role, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                kind.value,
                record_id,
                number,
                json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                change.value,
                staff_id,
                role.value,
                to_db(now),
            ),
        )
        return number

    def for_client(
        self, client_id: int, kinds: tuple[VersionedKind, ...] = tuple(VersionedKind)
    ) -> list[RecordVersion]:
        """The client's earlier versions of these kinds, by kind and record, oldest first."""
        if not kinds:
            return []
        marks = ",".join("?" * len(kinds))
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM record_versions WHERE client_id = ? AND kind IN ({marks})"
            " ORDER BY kind, record_id, number",
            (client_id, *(k.value for k in kinds)),
        )
        return [_version(r) for r in rows]

    def count(self, client_id: int, kind: VersionedKind) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM record_versions WHERE client_id = ? AND kind = ?",
                (client_id, kind.value),
            )
        )

    def delete(self, client_id: int, kind: VersionedKind | None = None) -> int:
        """Remove the client's versions (of one kind, or all); returns how many went."""
        if kind is None:
            cursor = self._db.execute(
                "DELETE FROM record_versions WHERE client_id = ?", (client_id,)
            )
        else:
            cursor = self._db.execute(
                "DELETE FROM record_versions WHERE client_id = ? AND kind = ?",
                (client_id, kind.value),
            )
        return int(cursor.rowcount)
