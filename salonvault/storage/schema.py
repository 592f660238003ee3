"""The exact schema a vault has at each schema version, and how a given database differs from it.

A backup is a database someone else may have edited. Its tables, columns, indexes, triggers and
views must be exactly what the program's own migrations make for its schema version, or a
planted trigger would run inside the restored vault (issue 20). The expected schema is built
by running the migrations on an empty database in memory, never kept as a copy that could
drift from them.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from typing import Any, Protocol

import sqlcipher3

from salonvault.storage.migrations import LATEST_VERSION, apply_migrations

# type, name, table, CREATE statement (None for SQLite's own indexes behind UNIQUE and PRIMARY KEY)
SchemaObject = tuple[str, str, str, str | None]


class SchemaReader(Protocol):
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


_OBJECTS_SQL = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name, tbl_name"
# The query planner's statistics, which ANALYZE or PRAGMA optimize may add to any database: data
# for the planner, not code, and only in exactly SQLite's own form.
_PLANNER_STATISTICS = {
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    (
        "table",
        "sqlite_stat4",
        "sqlite_stat4",
        "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
}


def schema_objects(database: SchemaReader) -> tuple[SchemaObject, ...]:
    """Every entry of the database's schema table, in a fixed order (the planner's statistics
    tables left out)."""
    objects = _as_objects(database.query(_OBJECTS_SQL))
    return tuple(item for item in objects if item not in _PLANNER_STATISTICS)


def _as_objects(rows: Sequence[tuple[Any, ...]]) -> tuple[SchemaObject, ...]:
    return tuple(
        (str(kind), str(name), str(table), None if sql is None else str(sql))
        for kind, name, table, sql in rows
    )


class _MemoryDatabase:
    """What `apply_migrations` needs, over a bare in-memory connection."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._connection.execute(sql, params)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._connection.execute(sql, params).fetchone()
        return None if row is None else row[0]


@functools.cache
def expected_schema(version: int) -> tuple[SchemaObject, ...]:
    """The schema the migrations make, up to and including `version`."""
    if not 1 <= version <= LATEST_VERSION:
        raise ValueError(f"no schema version {version} in this program")
    connection = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(_MemoryDatabase(connection), version)
        return _as_objects(connection.execute(_OBJECTS_SQL).fetchall())
    finally:
        connection.close()


def schema_digest(objects: Sequence[SchemaObject]) -> str:
    """SHA-256 of the schema, for a backup's manifest (its MAC then covers the schema too)."""
    return hashlib.sha256(json.dumps(list(objects), ensure_ascii=False).encode()).hexdigest()


def schema_difference(
    found: Sequence[SchemaObject], expected: Sequence[SchemaObject]
) -> str | None:
    """None when equal, else the first difference in a few words ("an added trigger x")."""
    if tuple(found) == tuple(expected):
        return None
    have = {(item[0], item[1]): item for item in found}
    want = {(item[0], item[1]): item for item in expected}
    for kind, name in sorted(set(have) | set(want)):
        if (kind, name) not in want:
            return f"an added {kind} {name}"
        if (kind, name) not in have:
            return f"a missing {kind} {name}"
        if have[kind, name] != want[kind, name]:
            return f"a changed {kind} {name}"
    return "an entry listed twice"  # only a hand-edited schema table can hold one
