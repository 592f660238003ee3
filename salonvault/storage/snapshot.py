"""A consistent snapshot of the vault that can be read page by page from the main file.

A backup must never copy the live file as it changes. In WAL mode a reader sees one fixed moment
of the database, and SQLite's checkpoints never copy a page into the main file past the moment
any reader started at. So: empty the WAL (checkpoint), start a read transaction on a second
connection, and confirm the WAL is still empty. While that transaction stays open, the main
file holds exactly that moment, page for page, whatever the program writes meanwhile (it goes
to the WAL).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from salonvault.storage.database import Database, VaultBusy

_ATTEMPTS = 40
_PAUSE_S = 0.05


class Snapshot:
    """The pinned read transaction: query it, and read its pages from `path`."""

    def __init__(self, reader: Database, page_count: int) -> None:
        self.reader = reader
        self.path = reader.path
        self.page_count = page_count


def _wal_is_empty(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return not wal.exists() or wal.stat().st_size == 0


@contextmanager
def pinned_snapshot(database: Database, data_key: bytes) -> Iterator[Snapshot]:
    """Yields a Snapshot; raises VaultBusy when other writers never leave a quiet moment."""
    for _ in range(_ATTEMPTS):
        if database.checkpoint():
            reader = Database.open_reader(database.path, data_key)
            try:
                reader.execute("BEGIN")
                reader.scalar("SELECT count(*) FROM sqlite_master")  # the read starts here
                page_count = int(reader.scalar("PRAGMA page_count"))
                if _wal_is_empty(database.path):
                    yield Snapshot(reader, page_count)
                    return
            finally:
                reader.close()  # ends the read transaction too
        time.sleep(_PAUSE_S)
    raise VaultBusy("vault.vault_too_busy_take_backup")
