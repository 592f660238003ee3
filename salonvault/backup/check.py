"""Reading a backup back: decrypt it into an encrypted working copy and check everything.

The plain database inside a backup never touches the disk: each page is re-encrypted as it comes
out of `age`, into a SQLCipher file under a key that lives only in memory (a restore keeps that
file, under the new vault's data key). Then the manifest's MAC, the schema (exactly the
migrations' for its version, decision 0026), SQLCipher's check of every page, SQLite's full
integrity check, the row counts and the activity-log chain must all agree.
"""

from __future__ import annotations

import errno
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from salonvault.backup.age_process import usable_cores
from salonvault.backup.manifest import Manifest, open_manifest, unseal_chain_key
from salonvault.backup.sqlcipher_pages import EncryptedPageWriter
from salonvault.backup.streams import (
    GuardedReader,
    PlainPageSink,
    Progress,
    decrypt_stream,
)
from salonvault.domain.audit import ChainVerdict
from salonvault.domain.errors import BackupError, BackupInvalid, VaultError
from salonvault.files.inbound import DriveReader
from salonvault.files.private import PRIVATE_FILE, make_private_folder
from salonvault.security.audit_chain import CHAIN_KEY_SETTING, verify_chain
from salonvault.storage.audit_repo import AuditRepository
from salonvault.storage.backup_repo import (
    BackupRepository,
    chain_head,
    schema_version,
    setting,
    table_counts,
    tables_with_indexes,
)
from salonvault.storage.database import QUICK_CHECK, VAULT_HMAC, WORKING_COPY_HMAC, Database
from salonvault.storage.migrations import LATEST_VERSION
from salonvault.storage.schema import (
    expected_schema,
    schema_difference,
    schema_digest,
    schema_objects,
)


@dataclass(frozen=True, slots=True)
class BackupReport:
    """What a verified backup holds (shown after a verify, a drill or before a restore)."""

    manifest: Manifest
    file_size: int
    pages: int
    audit_entries: int
    # Filled in by a vault checking a backup of itself: does its log hold the backup's last
    # entry? False warns that the vault is older than the backup or was changed (decision 0008).
    in_this_vault: bool | None = None

    @property
    def clients(self) -> int:
        return self.manifest.row_counts.get("clients", 0)


def decrypt_into(
    backup: Path,
    identity_secret: str,
    copy_path: Path,
    data_key: bytes,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    hmac_algorithm: str = VAULT_HMAC,
) -> int:
    """Decrypt `backup` into a new SQLCipher file at `copy_path`; returns its page count.
    The copy is removed if anything fails. `hmac_algorithm` WORKING_COPY_HMAC only for a copy
    that is thrown away after its checks (verify_backup_file); a restored vault keeps
    VAULT_HMAC."""
    try:
        size = backup.stat().st_size
        source_file = DriveReader(backup)  # closed in the `with` below
    except OSError as error:
        raise BackupInvalid("backup.cannot_read", backup=backup, strerror=error.strerror) from None
    reader = GuardedReader(source_file, size, progress, cancel)
    try:
        private = lambda path, flags: os.open(path, flags, PRIVATE_FILE)  # noqa: E731 - 0600
        with source_file, open(copy_path, "xb", opener=private) as out:
            sink = PlainPageSink(EncryptedPageWriter(out, data_key, hmac_algorithm), cancel)
            decrypt_stream(reader, sink, identity_secret)
            pages = sink.finish()
            out.flush()
            os.fsync(out.fileno())
        return pages
    except OSError as error:
        copy_path.unlink(missing_ok=True)
        if reader.failure is not error:  # writing the copy failed, not reading the backup
            raise work_folder_error(error, copy_path.parent) from None
        raise BackupInvalid(
            "backup.read_to_end_failed", reason=error.strerror or str(error)
        ) from None
    except BaseException:
        copy_path.unlink(missing_ok=True)
        raise


def work_folder_error(error: OSError, folder: Path) -> BackupError:
    """Writing in the vault's own folder failed (the working copy, a restore's new files): one
    sentence about that folder, never blamed on the backup."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError("backup.disk_holding_full_checking_restoring", folder=folder)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupError("backup.salonvault_may_write_read_only", folder=folder)
    reason = error.strerror or type(error).__name__
    return BackupError(
        "backup.salonvault_could_write_nothing_changed", folder=folder, reason=reason
    )


def check_copy(
    copy_path: Path,
    data_key: bytes,
    identity_secret: str,
    file_size: int,
    hmac_algorithm: str = VAULT_HMAC,
) -> BackupReport:
    """Every check a backup must pass before it is called verified or restored. SQLite's
    integrity check and the counts and chain run at once, on two connections (two cores)."""
    reader = Database.open_untrusted(copy_path, data_key, hmac_algorithm)
    try:
        beside = Database.open_untrusted(copy_path, data_key, hmac_algorithm)
        try:
            manifest, entries = check_database(reader, identity_secret, beside)
        finally:
            beside.close()
        pages = int(reader.scalar("PRAGMA page_count"))
        return BackupReport(manifest, file_size, pages, entries)
    finally:
        reader.close()


def check_database(
    reader: Database, identity_secret: str, beside: Database | None = None
) -> tuple[Manifest, int]:
    """The manifest's MAC, the schema, integrity, every table's row count and the activity-log
    chain; returns the manifest and the number of log entries checked. Used on a decrypted
    copy, and on the pinned snapshot a new backup is made from. Only the manifest's table and
    the schema table are read before the schema is known to be the program's own. With
    `beside` (a second connection to the same file), the work is shared between the two
    connections on two threads (two cores); a failed integrity check is still the one
    reported, as when the checks run one after the other."""
    try:
        manifest = open_manifest(BackupRepository(reader).read_manifest(), identity_secret)
        _check_schema(reader, manifest)
    except VaultError as error:  # a damaged page, or a schema SQLite cannot even parse
        raise BackupInvalid(
            "backup.database_inside_backup_cannot_read", error=error.message
        ) from None
    if beside is None or usable_cores() < 2:  # one core: the parts would only add work
        _raise_integrity(reader.check_integrity())
        return manifest, _check_rows(reader, manifest, identity_secret)
    return manifest, _check_on_two(reader, beside, manifest, identity_secret)


# The tables that hold most of a salon's pages (bench salons at every size, decision 0044): their
# checks go first after the quick check of the whole file.
_HEAVIEST_TABLES = ("visits", "photos")


def _check_on_two(
    reader: Database, beside: Database, manifest: Manifest, identity_secret: str
) -> int:
    """SQLite's full integrity check cut in parts (decision 0008, "The check on two cores"):
    the quick check of the whole file, which walks every b-tree, overflow chain and the
    freelist, plus the full check of each table that has an index, which adds what the quick
    check leaves out (every index against its table, UNIQUE). Together they check all that
    the full check does. Two workers, each with its own connection, take the parts and the
    rows check (counts and chain) from one queue, the quick check (the longest) first."""
    problems: list[str] = []
    entries: list[int] = []
    rows_failure: list[BaseException] = []

    def integrity(part: str) -> Callable[[Database], None]:
        return lambda connection: problems.extend(connection.check_integrity(part))

    def rows(connection: Database) -> None:
        try:
            entries.append(_check_rows(connection, manifest, identity_secret))
        except BaseException as error:  # reported after any integrity problem
            rows_failure.append(error)

    tables = tables_with_indexes(reader)
    heavy = [name for name in _HEAVIEST_TABLES if name in tables]
    rest = sorted(
        (name for name in tables if name not in heavy),
        key=lambda name: -manifest.row_counts.get(name, 0),
    )
    tasks: queue.SimpleQueue[Callable[[Database], None]] = queue.SimpleQueue()
    for task in (integrity(QUICK_CHECK), *map(integrity, heavy), rows, *map(integrity, rest)):
        tasks.put(task)  # the longest first, so neither worker is left with a long one at the end

    def work(connection: Database) -> None:
        while not problems:
            try:
                task = tasks.get_nowait()
            except queue.Empty:
                return
            task(connection)

    with ThreadPoolExecutor(max_workers=1) as pool:
        other = pool.submit(work, beside)  # SQLite releases the GIL
        work(reader)
        other.result()
    _raise_integrity(problems)
    if rows_failure:
        raise rows_failure[0]
    return entries[0]


def _raise_integrity(problems: list[str]) -> None:
    if problems:
        raise BackupInvalid("backup.integrity_check_fails", problem=problems[0])


def _check_rows(reader: Database, manifest: Manifest, identity_secret: str) -> int:
    """Every table's row count and the chain head against the manifest, then the whole
    activity-log chain; returns the number of log entries checked."""
    counts = table_counts(reader)
    if counts != manifest.row_counts:
        changed = sorted(
            name
            for name in set(counts) | set(manifest.row_counts)
            if counts.get(name) != manifest.row_counts.get(name)
        )
        raise BackupInvalid("backup.row_counts_differ", tables=", ".join(changed))
    if chain_head(reader) != manifest.chain_head:
        raise BackupInvalid("backup.backup_s_activity_log_does")
    verdict = _verify_log(reader, manifest, identity_secret)
    if not verdict.ok:
        raise BackupInvalid("backup.backup_s_activity_log_does_2", problem=verdict.problem)
    return verdict.entries_checked


def _check_schema(reader: Database, manifest: Manifest) -> None:
    """Exactly the tables, columns, indexes, triggers and views the migrations make for the
    manifest's schema version; and, from format 2 on, the schema hash its MAC covers."""
    version = manifest.schema_version
    if version > LATEST_VERSION:
        raise BackupInvalid("backup.backup_made_newer_salonvault_schema", version=version)
    if version < 1:
        raise BackupInvalid("backup.backup_s_manifest_names_schema")
    found = schema_objects(reader)
    difference = schema_difference(found, expected_schema(version))
    if difference is not None:
        raise BackupInvalid("backup.backup_s_database_schema_salonvault", difference=difference)
    if schema_version(reader) != version:
        raise BackupInvalid("backup.backup_s_schema_version_differs")
    if manifest.schema_hash is not None and manifest.schema_hash != schema_digest(found):
        raise BackupInvalid("backup.backup_s_database_schema_differs")


def read_back(
    backup: Path,
    identity_secret: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> bytes:
    """Read `backup` from the drive and decrypt all of it, keeping nothing; returns its first
    bytes as read (streams.HEAD_BYTES). A backup is the file that was written when those are
    the bytes written and age authenticates every chunk after them (decision 0008): the head
    holds the file key, wrapped to the recovery key, the header's MAC and the payload's nonce,
    so every chunk's MAC is under the key of this file, and a flipped bit, a stale or missing
    block, chunks out of order, a cut end or another backup in its place all fail."""
    try:
        size = backup.stat().st_size
        with DriveReader(backup) as source:  # the drive itself, not the page cache
            reader = GuardedReader(source, size, progress, cancel)
            decrypt_stream(reader, None, identity_secret)
            return bytes(reader.head)
    except OSError as error:
        raise BackupInvalid(
            "backup.read_back_failed", reason=error.strerror or str(error)
        ) from None


def _verify_log(reader: Database, manifest: Manifest, identity_secret: str) -> ChainVerdict:
    """From format 2 the chain key comes sealed in the manifest (the file holds none); a
    format 1 backup still carries it in its settings."""
    key = unseal_chain_key(manifest, identity_secret)
    if key is None:
        stored = setting(reader, CHAIN_KEY_SETTING)
        try:
            key = bytes.fromhex(stored) if isinstance(stored, str) else None
        except ValueError:
            key = None
    if key is None:
        raise BackupInvalid("backup.backup_does_carry_activity_log")
    return verify_chain(AuditRepository(reader).walk(), chain_head(reader) or None, key)


_STALE_AFTER_S = 6 * 3600


def remove_stale_work(folder: Path) -> None:
    """Working copies left by a killed check or restore: unreadable (their key died with the
    process) but large. Only old ones go, so a check running in another process is spared."""
    now = time.time()
    for entry in folder.glob(".verify-*.db*"):
        if now - entry.stat().st_mtime > _STALE_AFTER_S:
            entry.unlink(missing_ok=True)
    for staging in folder.glob(".restoring-*"):
        if staging.is_dir() and now - staging.stat().st_mtime > _STALE_AFTER_S:
            shutil.rmtree(staging, ignore_errors=True)


def remove_copy(copy_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{copy_path}{suffix}").unlink(missing_ok=True)


def verify_backup_file(
    backup: Path,
    identity_secret: str,
    work_folder: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupReport:
    """Decrypt and check `backup` without keeping anything (the restore drill and verify)."""
    make_private_folder(work_folder)
    remove_stale_work(work_folder)
    copy_path = work_folder / f".verify-{os.urandom(6).hex()}.db"
    working_key = os.urandom(32)  # only in memory; the copy is unreadable once we are done
    # The copy lives for the checks only: SQLCipher's HMAC-SHA256 setting, which today's
    # processors compute in hardware, instead of a vault's SHA-512 (decision 0008, session 12).
    hmac_algorithm = WORKING_COPY_HMAC
    try:
        decrypt_into(
            backup, identity_secret, copy_path, working_key, progress, cancel, hmac_algorithm
        )
        size = backup.stat().st_size
        return check_copy(copy_path, working_key, identity_secret, size, hmac_algorithm)
    finally:
        remove_copy(copy_path)
