"""The SQLCipher 4 connection: raw 256-bit key, durable pragmas, and the checks run on every open.

A wrong key, a damaged page, a foreign file or a vault from a newer program version each raise a
typed error with a plain message; nothing here ever creates a new vault in place of one it could
not open.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from salonvault.domain.errors import (
    ValidationError,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
)
from salonvault.domain.messages import Message
from salonvault.files.private import make_private_folder
from salonvault.storage.migrations import LATEST_VERSION, apply_migrations

Row = tuple[Any, ...]
DATABASE_NAME = "vault.db"  # the vault's file in its data folder

VAULT_HMAC = "HMAC_SHA512"
# A verify's throwaway working copy (decision 0008, session 12): SQLCipher's own setting, with
# the SHA-256 instructions of today's processors, where SHA-512 has none; never a vault.
WORKING_COPY_HMAC = "HMAC_SHA256"
# SQLCipher 4 defaults; a vault keyed with anything weaker is refused rather than used.
_EXPECTED_CIPHER_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_hmac_algorithm": VAULT_HMAC,
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
}
_BUSY_TIMEOUT_MS = 10_000
_PAGE_CACHE_KIB = 64 * 1024
_LARGE_VAULT_BYTES = 1024**3  # about 50,000 clients with their photos and forms
_LARGE_VAULT_CACHE_KIB = 96 * 1024
QUICK_CHECK = ""  # check_integrity's part for the quick check of the whole file (no table)


class Database:
    """One open, keyed and checked vault connection."""

    def __init__(self, connection: Any, path: Path, hmac_algorithm: str = VAULT_HMAC) -> None:
        self._connection = connection
        self.path = path
        self._hmac_algorithm = hmac_algorithm  # a vault's is always VAULT_HMAC
        self._depth = 0
        # The GUI runs slow calls on a worker thread; one lock, held for a whole transaction,
        # keeps the single connection's statements from interleaving between threads.
        self._lock = threading.RLock()
        self._snapshot_held = False  # while another connection re-keys the file

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, data_key: bytes) -> Database:
        try:  # made here, private (0600), so it can never be somebody else's file
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise VaultExists("vault.vault_already_exists_left_2", path=path) from None
        database = cls(_connect(path, data_key), path)
        database._configure()
        with database.transaction():
            apply_migrations(database)
        return database

    @classmethod
    def open(
        cls, path: Path, data_key: bytes, migrate: bool = True, full_check: bool = True
    ) -> Database:
        """Open and check the vault. `migrate=False` leaves an older schema as it is (the caller
        backs it up first, then calls `apply_migrations`); a newer one is refused either way.
        `full_check=False` checks the key and the first page only, for a caller that runs
        `file_problems` on a reader next (the window: reading every page of a big vault before
        the lock screen would take seconds; SQLCipher still checks each page as it is read)."""
        if not path.is_file():
            raise VaultNotFound("vault.there_vault_2", path=path)
        database = cls(_connect(path, data_key), path)
        try:
            if full_check:
                database._check_key_and_integrity()
            else:
                database._check_key_and_settings()
            database._configure()
            with database.transaction():
                apply_migrations(database, LATEST_VERSION if migrate else 0)
        except sqlcipher3.OperationalError as error:
            database.close()
            raise translate_operational(error) from None
        except sqlcipher3.DatabaseError as error:
            database.close()
            raise VaultDamaged(Message("vault.sqlite_says", reason=str(error))) from None
        except VaultError:
            database.close()
            raise
        return database

    @classmethod
    def open_reader(cls, path: Path, data_key: bytes) -> Database:
        """A second, plain connection: no migrations, no pragmas changed. For a backup's pinned
        snapshot and for checking a copy before it is trusted (`check_cipher` first)."""
        if not path.is_file():
            raise VaultNotFound("vault.there_vault_2", path=path)
        return cls(_connect(path, data_key), path)

    @classmethod
    def open_untrusted(
        cls, path: Path, data_key: bytes, hmac_algorithm: str = VAULT_HMAC
    ) -> Database:
        """A reader for a database that came from outside (a decrypted backup): the views,
        triggers and defaults it brings may not call functions with side effects
        (`trusted_schema` off), before or after its schema was compared with the program's.
        `hmac_algorithm` WORKING_COPY_HMAC only for a verify's working copy."""
        if not path.is_file():
            raise VaultNotFound("vault.there_vault_2", path=path)
        database = cls(_connect(path, data_key, hmac_algorithm), path, hmac_algorithm)
        try:
            database.execute("PRAGMA trusted_schema = OFF")
        except BaseException:
            database.close()
            raise
        return database

    @classmethod
    def open_worker(cls, path: Path, data_key: bytes) -> Database:
        """A second connection with the vault's own settings, for long work off the GUI thread
        (an import): its transaction holds only its own lock, so the GUI's connection keeps
        reading meanwhile (WAL) instead of waiting for the whole import."""
        database = cls.open_reader(path, data_key)
        try:
            database._configure()
        except BaseException:
            database.close()
            raise
        return database

    def check_integrity(self, part: str | None = None) -> list[str]:
        """For a copy about to be trusted: the key and SQLCipher 4's settings, then SQLite's
        full integrity check, which reads every page in use (SQLCipher checks each page's HMAC
        as it is read) and every index against its table. [] when all is well.

        A part of it instead, so two connections can share the work (decision 0008, "The
        check on two cores"): QUICK_CHECK is SQLite's quick check of the whole file (every
        b-tree, overflow chain and the freelist, no index against its table), a table name
        the full check of that table and its indexes only."""
        if part is None:
            pragma = "PRAGMA integrity_check"
        elif part == QUICK_CHECK:
            pragma = "PRAGMA quick_check"
        else:
            pragma = f"PRAGMA integrity_check({quoted_name(part)})"
        try:
            self._check_key_and_settings()
            self.execute(f"PRAGMA cache_size = -{_PAGE_CACHE_KIB}")
            found = [str(row[0]) for row in self.query(pragma)]
        except VaultDamaged as damage:
            return [damage.detail]
        except sqlcipher3.DatabaseError as error:
            return [str(error)]
        return [] if found == ["ok"] else found

    def checkpoint(self) -> bool:
        """Copy the WAL into the main file and empty it; False when a reader held it back."""
        with self._lock, _plain_errors():
            busy = self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return int(busy) == 0

    def rekey(
        self, old_key: bytes, new_key: bytes, progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Re-encrypt every page under `new_key` (SQLCipher's `PRAGMA rekey`) in one write
        transaction, so a crash leaves the whole file under the old key or, once committed,
        under the new one. It runs on a connection of its own: meanwhile this one keeps reading
        the vault as it was (a snapshot held open; writing waits, VaultBusy), so the window
        never waits for it. Then this connection reopens under the new key. Connections other
        processes hold under the old key fail from then on (the caller makes sure there are
        none in this one). `progress(done, total)`, in pages, comes from another thread."""
        if len(new_key) != 32:
            raise VaultError("vault.data_key_must_256_bits")
        if not self.checkpoint():
            raise VaultBusy("vault.another_program_reading_vault_second")
        worker = Database.open_reader(self.path, old_key)
        try:
            worker.execute(f"PRAGMA cache_size = -{_PAGE_CACHE_KIB}")
            total = int(worker.scalar("PRAGMA page_count"))
            frame = int(worker.scalar("PRAGMA page_size")) + _WAL_FRAME_HEADER
            self._hold_snapshot()
            try:
                with _wal_watched(Path(f"{self.path}-wal"), frame, total, progress):
                    worker.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"").fetchall()
            finally:
                self._reopen(new_key if _opens(self.path, new_key) else old_key)
        finally:
            worker.close()
        self.checkpoint()  # the main file holds new pages only (a reader may hold it back)
        if progress is not None:
            progress(total, total)

    def _hold_snapshot(self) -> None:
        """Keep reading the vault as it is now, whatever another connection commits, until
        `_reopen`; a write meanwhile is refused (VaultBusy) instead of waiting for it."""
        with self._lock:
            if self._depth:
                raise VaultError("vault.vault_cannot_re_keyed_inside")
            with _plain_errors():
                self._connection.execute("BEGIN")
                self._connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self._snapshot_held = True

    def _reopen(self, data_key: bytes) -> None:
        with self._lock:
            old = self._connection
            self._connection = _connect(self.path, data_key)
            self._snapshot_held = False
            with contextlib.suppress(sqlcipher3.Error):
                old.execute("ROLLBACK")
            old.close()
            self._configure()

    def file_problems(self, pause_point: Callable[[], None] | None = None) -> str | None:
        """Every page's HMAC (SQLCipher) and SQLite's quick check over the whole file; None when
        all is well, else what is wrong, in a few words. `pause_point` is called between the two
        passes and may block there (holding only a read snapshot) while a person waits for the
        window. Each pass is one call into the C library that no handler can pause: SQLCipher
        walks the pages inside one pragma, SQLite's quick check inside one opcode."""
        try:
            self._check_key_and_settings()
            return self._integrity_problem(pause_point)
        except VaultDamaged as damage:
            return damage.detail
        except sqlcipher3.DatabaseError as error:
            return str(error)

    def _check_key_and_integrity(self) -> None:
        self._check_key_and_settings()
        problem = self._integrity_problem()
        if problem is not None:
            raise VaultDamaged(problem)

    def _integrity_problem(self, pause_point: Callable[[], None] | None = None) -> str | None:
        problems = self.query("PRAGMA cipher_integrity_check")  # one C call: no pause inside
        if problems:
            return f"{len(problems)} page(s) fail authentication: {problems[0][0]}"
        if pause_point is not None:
            pause_point()
        verdict = self.scalar("PRAGMA quick_check")
        return None if verdict == "ok" else f"quick check: {verdict}"

    def _check_key_and_settings(self) -> None:
        try:
            self.query("SELECT count(*) FROM sqlite_master")
        except (sqlcipher3.DatabaseError, VaultDamaged):
            # The slot already authenticated the key, so an unreadable first page means damage
            # (or a file that is not this vault).
            raise VaultDamaged(Message("keys.first_page_cannot_decrypted")) from None
        version = self.scalar("PRAGMA cipher_version")
        if not str(version).startswith("4."):
            raise VaultError("vault.sqlcipher_4_required_found", version=version)
        expected_settings = _EXPECTED_CIPHER_SETTINGS | {
            "cipher_hmac_algorithm": self._hmac_algorithm
        }
        for pragma, expected in expected_settings.items():
            found = str(self.scalar(f"PRAGMA {pragma}"))
            if found != expected:
                raise VaultDamaged(
                    Message("vault.pragma_differs", pragma=pragma, found=found, expected=expected)
                )

    def _configure(self) -> None:
        mode = self.scalar("PRAGMA journal_mode = WAL")
        if mode != "wal":
            raise VaultError("vault.could_switch_vault_wal_mode", mode=mode)
        for pragma in ("synchronous = FULL", "temp_store = MEMORY", "secure_delete = ON"):
            self.execute(f"PRAGMA {pragma}")
        # Every page read from disk is decrypted and checked; keeping up to 64 MiB of them
        # (grown only as used) lets search as you type read the same pages again for free.
        # A large vault's search reads more than that per keystroke (decision 0043).
        self.execute(f"PRAGMA cache_size = -{window_cache_kib(self.path)}")
        self.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def interrupt(self) -> None:
        """Stop the statement another thread is running on this connection (it then fails with
        "interrupted"); safe to call from any thread, without the lock the statement holds."""
        with contextlib.suppress(sqlcipher3.ProgrammingError):  # already closed: nothing runs
            self._connection.interrupt()

    # -- queries -----------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._lock, _plain_errors():
            return self._connection.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock, _plain_errors():
            self._connection.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock, _plain_errors():
            rows: list[Row] = self._connection.execute(sql, params).fetchall()
        return rows

    def scan(self, sql: str, params: Sequence[Any], take: Callable[[Row], bool]) -> bool:
        """Hand rows to `take` until it returns False; True when every row was taken (a walk
        that can stop early without reading the rest)."""
        with self._lock, _plain_errors():
            cursor = self._connection.execute(sql, params)
            try:
                return all(take(row) for row in cursor)
            finally:
                cursor.close()

    def change_marker(self) -> tuple[int, int]:
        """Changes whenever anything in the vault changed: by this connection or another."""
        with self._lock, _plain_errors():
            version = int(self._connection.execute("PRAGMA data_version").fetchone()[0])
            return version, int(self._connection.total_changes)

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._lock, _plain_errors():
            row: Row | None = self._connection.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction through savepoints.

        IMMEDIATE takes the write lock up front, so two processes never both read a counter and
        then both write it.
        """
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
        if self._snapshot_held:
            raise VaultBusy("vault.vault_being_re_keyed_nothing")
        if self._depth == 0:
            with _plain_errors():
                self._connection.execute("BEGIN IMMEDIATE")
        else:
            self._connection.execute(f"SAVEPOINT sv{self._depth}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._connection.execute("ROLLBACK")
            else:
                self._connection.execute(f"ROLLBACK TO sv{self._depth}")
                self._connection.execute(f"RELEASE sv{self._depth}")
            raise
        self._depth -= 1
        if self._depth == 0:
            self._connection.execute("COMMIT")
        else:
            self._connection.execute(f"RELEASE sv{self._depth}")


class VaultBusy(VaultError):
    """Another program is writing; nothing is wrong with the vault."""


_WAL_FRAME_HEADER = 24


@contextmanager
def _wal_watched(
    wal: Path, frame: int, total: int, progress: Callable[[int, int], None] | None
) -> Iterator[None]:
    """Report a re-keying's pages as they reach the write-ahead log, on a thread of its own."""
    if progress is None:
        yield
        return
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.2):
            try:
                size = wal.stat().st_size
            except OSError:
                continue
            progress(min(max(size - 32, 0) // frame, total), total)

    watcher = threading.Thread(target=watch, name="rekey-progress", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()


def window_cache_kib(path: Path) -> int:
    """The page cache of a connection the window reads through. Search as you type at 300,000
    clients reads the walk and rank indexes (about 32 MB each) and the name tokens (about
    60 MB): with 64 MiB, two of three bench runs stayed half cold (receptionist p95 14.8 ms);
    96 MiB gave 10.5 ms and 128 MiB 8.7 ms, but 128 MiB took the filters' process to 310 MB,
    over the 300 MB memory target (decision 0043). A vault under 1 GiB keeps 64 MiB."""
    try:
        large = path.stat().st_size >= _LARGE_VAULT_BYTES
    except OSError:
        large = False
    return _LARGE_VAULT_CACHE_KIB if large else _PAGE_CACHE_KIB


def quoted_name(name: str) -> str:
    """An SQL identifier in double quotes (a quote inside doubled), as SQLite reads it."""
    return '"' + name.replace('"', '""') + '"'


def _opens(path: Path, data_key: bytes) -> bool:
    """Whether `data_key` decrypts the vault's first page (after a re-keying: did it commit)."""
    connection = _connect(path, data_key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def translate_operational(error: Exception) -> VaultError:
    """SQLite's busy, full-disk and I/O errors in one plain sentence (never "damaged")."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return VaultBusy("vault.vault_busy_another_salonvault_backup")
    if "full" in text:
        return VaultError("vault.disk_full_free_some_space")
    if "readonly" in text or "read-only" in text:
        return VaultError("vault.vault_folder_read_only_here")
    return VaultError("vault.vault_could_read_written", error=str(error))


@contextmanager
def _plain_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.OperationalError as error:
        raise translate_operational(error) from None
    except UnicodeEncodeError:  # a lone surrogate (bytes that were not UTF-8) in a value
        raise ValidationError("vault.text_holds_characters_text_broken") from None
    except sqlcipher3.DatabaseError as error:
        if type(error) is not sqlcipher3.DatabaseError:
            raise  # constraint and programming errors are the caller's to handle
        # SQLITE_CORRUPT / NOTADB: a page failed its HMAC or its structure as it was read
        raise VaultDamaged(Message("vault.sqlite_says", reason=str(error))) from None


def _connect(path: Path, data_key: bytes, hmac_algorithm: str = VAULT_HMAC) -> Any:
    if len(data_key) != 32:
        raise VaultError("vault.data_key_must_256_bits")
    if not path.parent.exists():
        make_private_folder(path.parent)
    connection = sqlcipher3.connect(
        os.fspath(path),
        isolation_level=None,
        timeout=_BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,  # access is serialised by Database._lock
    )
    # SQLCipher logs decryption failures to stderr; our errors say it in one sentence instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    if hmac_algorithm != VAULT_HMAC:
        if hmac_algorithm != WORKING_COPY_HMAC:
            raise ValueError(hmac_algorithm)
        connection.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm}")
    return connection
