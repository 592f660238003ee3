"""Rows of the append-only activity log. The chain MACs are computed by services.audit."""

from __future__ import annotations

from collections.abc import Iterator

from salonvault.domain.audit import AuditEntry, AuditFilter, Outcome
from salonvault.storage.database import Database, Row
from salonvault.storage.merge_repo import merged_into
from salonvault.storage.timestamps import from_db, to_db

_COLUMNS = "seq, at, staff_id, role, workstation, action, object_type, object_id, outcome, detail"


def _entry(row: Row) -> AuditEntry:
    return AuditEntry(
        seq=row[0],
        at=from_db(row[1]),
        staff_id=row[2],
        role=row[3],
        workstation=row[4],
        action=row[5],
        object_type=row[6],
        object_id=row[7],
        outcome=Outcome(row[8]),
        detail=row[9],
    )


def _values(entry: AuditEntry, mac: bytes) -> tuple[object, ...]:
    return (
        entry.seq,
        to_db(entry.at),
        entry.staff_id,
        entry.role,
        entry.workstation,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.outcome.value,
        entry.detail,
        mac,
    )


class AuditRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def last(self) -> tuple[int, bytes] | None:
        row = self._db.query_one("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
        return (int(row[0]), bytes(row[1])) if row else None

    def append(self, entry: AuditEntry, mac: bytes) -> None:
        self._db.execute(
            f"INSERT INTO audit_log ({_COLUMNS}, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _values(entry, mac),
        )

    def append_many(self, entries: list[tuple[AuditEntry, bytes]]) -> None:
        self._db.executemany(
            f"INSERT INTO audit_log ({_COLUMNS}, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_values(entry, mac) for entry, mac in entries],
        )

    def walk(self, batch: int = 2000) -> Iterator[tuple[AuditEntry, bytes]]:
        """Every entry with its stored MAC, in the order rows are stored (rowid order)."""
        after = -1
        while True:
            rows = self._db.query(
                f"SELECT rowid, {_COLUMNS}, mac FROM audit_log WHERE rowid > ?"
                " ORDER BY rowid LIMIT ?",
                (after, batch),
            )
            if not rows:
                return
            for row in rows:
                yield _entry(row[1:11]), bytes(row[11])
            after = rows[-1][0]

    def _object_clause(self, object_type: str | None, object_id: str) -> tuple[str, list[object]]:
        merged = (
            merged_into(self._db, int(object_id))
            if object_type == "client" and object_id.isdigit()
            else []
        )
        if not merged:
            return "object_id = ?", [object_id]
        ids = [object_id, *(str(absorbed) for absorbed, _ in merged)]
        bounded = " OR ".join("(object_id = ? AND seq <= ?)" for _ in merged)
        values: list[object] = [*ids, object_id]
        for absorbed, upto in merged:
            values += [str(absorbed), upto]
        marks = ", ".join("?" * len(ids))
        return f"object_id IN ({marks}) AND (object_id = ? OR {bounded})", values

    def actions(self) -> list[str]:
        return [row[0] for row in self._db.query("SELECT DISTINCT action FROM audit_log")]

    def search(self, where: AuditFilter) -> list[AuditEntry]:
        """Entries matching every field set, newest first. A client's entries include those
        about the records merged into it, up to each merge (the log itself never changes)."""
        clauses: list[str] = []
        params: list[object] = []
        for column, value in (
            ("staff_id", where.staff_id),
            ("action", where.action),
            ("outcome", where.outcome.value if where.outcome else None),
            ("object_type", where.object_type),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if where.object_id is not None:
            clause, values = self._object_clause(where.object_type, where.object_id)
            clauses.append(clause)
            params += values
        if where.since is not None:
            clauses.append("at >= ?")
            params.append(to_db(where.since))
        if where.until is not None:
            clauses.append("at < ?")
            params.append(to_db(where.until))
        sql = f"SELECT {_COLUMNS} FROM audit_log"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY seq DESC LIMIT ?"
        params.append(where.limit)
        return [_entry(row) for row in self._db.query(sql, params)]
