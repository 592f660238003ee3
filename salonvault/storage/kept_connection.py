"""A second connection to the vault, opened at its first use and kept until closed, for reads
that run long off the GUI thread (the dashboard's figures: up to a second a statement at 300,000
clients). Its statements hold its own lock, not the GUI connection's, so a click that reads the
vault does not wait behind them (WAL lets both read at once); kept open, its page cache stays
warm from one read to the next. Opened like an import's (`Database.open_worker`)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from salonvault.storage.database import Database


class KeptConnection:
    def __init__(self, open_connection: Callable[[], Database]) -> None:
        """`open_connection` opens a new one (with the vault's key as it is then)."""
        self._open_connection = open_connection
        self._lock = threading.Lock()
        self._current: Database | None = None
        self._users: dict[Database, int] = {}  # reads running on each connection
        self._closing: set[Database] = set()  # closed while read: the last read closes it
        self.opened = 0  # connections opened so far (one per close, at most)

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._current is not None

    @contextmanager
    def use(self) -> Iterator[Database]:
        """The kept connection, opened now if there is none."""
        with self._lock:
            if self._current is None:
                self._current = self._open_connection()
                self.opened += 1
            database = self._current
            self._users[database] = self._users.get(database, 0) + 1
        try:
            yield database
        finally:
            with self._lock:
                self._users[database] -= 1
                last = self._users[database] == 0
                if last:
                    del self._users[database]
                close = last and database in self._closing
                if close:
                    self._closing.discard(database)
            if close:
                database.close()

    def close(self) -> None:
        """Close it (the session that read through it ended, the vault closes, or its key
        changed); the next `use` opens another. A read running on it meanwhile has the statement
        it runs stopped (it fails with a VaultError) and closes the connection as it ends, so
        whoever closes never waits for a long statement."""
        with self._lock:
            database, self._current = self._current, None
            if database is None:
                return
            if database in self._users:
                self._closing.add(database)
                database.interrupt()
                return
        database.close()
