"""Backup manifest and history rows, and the facts a manifest records (row counts, chain head)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from salonvault.domain.backups import HistoryRow
from salonvault.storage.database import Database
from salonvault.storage.timestamps import from_db, to_db

_CHAIN_HEAD_KEY = "audit_chain_head"


_HISTORY_COLUMNS = (
    "id, backup_id, kind, started_at, finished_at, staff_id, folder, file_name, size_bytes,"
    " outcome, message"
)


def table_counts(database: Database) -> dict[str, int]:
    """Rows per table, every table the schema has (names come from sqlite_master, not input)."""
    names = [
        str(row[0])
        for row in database.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {name: int(database.scalar(f'SELECT count(*) FROM "{name}"')) for name in names}


def tables_with_indexes(database: Database) -> list[str]:
    """The tables SQLite keeps an index of (their own or a UNIQUE one), in name order."""
    return [
        str(row[0])
        for row in database.query(
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name"
        )
    ]


def chain_head(database: Database) -> dict[str, Any]:
    raw = database.scalar("SELECT value FROM settings WHERE key = ?", (_CHAIN_HEAD_KEY,))
    return dict(json.loads(raw)) if raw else {}


def schema_version(database: Database) -> int:
    return int(database.scalar("SELECT coalesce(max(version), 0) FROM schema_version"))


def setting(database: Database, key: str) -> Any:
    raw = database.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return None if raw is None else json.loads(raw)


class BackupRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def write_manifest(self, sealed: str) -> None:
        self._db.execute(
            "INSERT INTO backup_manifest (id, manifest) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET manifest = excluded.manifest",
            (sealed,),
        )

    def read_manifest(self) -> str | None:
        has_table = self._db.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'backup_manifest'"
        )
        if not has_table:
            return None
        value = self._db.scalar("SELECT manifest FROM backup_manifest WHERE id = 1")
        return None if value is None else str(value)

    def add_history(
        self,
        backup_id: str,
        kind: str,
        started_at: datetime,
        finished_at: datetime,
        staff_id: int | None,
        folder: str,
        file_name: str,
        size_bytes: int,
        outcome: str,
        message: str = "",
    ) -> int:
        cursor = self._db.execute(
            f"INSERT INTO backup_history ({_HISTORY_COLUMNS.removeprefix('id, ')})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                backup_id,
                kind,
                to_db(started_at),
                to_db(finished_at),
                staff_id,
                folder,
                file_name,
                size_bytes,
                outcome,
                message,
            ),
        )
        return int(cursor.lastrowid)

    def history(self, limit: int = 200) -> list[HistoryRow]:
        rows = self._db.query(
            f"SELECT {_HISTORY_COLUMNS} FROM backup_history ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [_history(row) for row in rows]

    def last_verified_backup(self) -> HistoryRow | None:
        """The newest backup that verified after writing (or a later check of it)."""
        row = self._db.query_one(
            f"SELECT {_HISTORY_COLUMNS} FROM backup_history"
            " WHERE kind = 'backup' AND outcome = 'verified' ORDER BY finished_at DESC LIMIT 1"
        )
        return _history(row) if row else None

    def newest_warning(self, after_id: int) -> HistoryRow | None:
        """The newest check that verified a backup but left a note (HistoryRow.warns: the vault
        lacks the backup's last log entry), among those after history row `after_id`."""
        row = self._db.query_one(
            f"SELECT {_HISTORY_COLUMNS} FROM backup_history"
            " WHERE id > ? AND kind IN ('verify', 'drill') AND outcome = 'verified'"
            " AND message != '' ORDER BY id DESC LIMIT 1",
            (after_id,),
        )
        return _history(row) if row else None

    def verified_backups_between(self, since: datetime | None, until: datetime) -> list[HistoryRow]:
        """Backups that verified and started in (since, until], oldest first (the backups made
        with a recovery key while it was the salon's; one started at the very moment the key
        changed counts for the older key, which is the safe side)."""
        rows = self._db.query(
            f"SELECT {_HISTORY_COLUMNS} FROM backup_history"
            " WHERE kind = 'backup' AND outcome = 'verified' AND started_at > ?"
            " AND started_at <= ? ORDER BY started_at",
            ("" if since is None else to_db(since), to_db(until)),
        )
        return [_history(row) for row in rows]

    def verified_files(self, folder: str) -> set[str]:
        rows = self._db.query(
            "SELECT DISTINCT file_name FROM backup_history"
            " WHERE folder = ? AND outcome = 'verified' AND kind IN ('backup', 'verify', 'drill')",
            (folder,),
        )
        return {str(row[0]) for row in rows}


def _history(row: tuple[Any, ...]) -> HistoryRow:
    return HistoryRow(
        id=int(row[0]),
        backup_id=str(row[1]),
        kind=str(row[2]),
        started_at=from_db(row[3]),
        finished_at=from_db(row[4]),
        staff_id=None if row[5] is None else int(row[5]),
        folder=str(row[6]),
        file_name=str(row[7]),
        size_bytes=int(row[8]),
        outcome=str(row[9]),
        message=str(row[10]),
    )
