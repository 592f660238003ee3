"""Backup files on the target: names that sort by time, writing safely, and generations.

A backup is written under a hidden partial name, flushed and fsynced, renamed, and the folder
fsynced; any failure removes the partial file where it can and leaves every earlier backup as
it was. One sentence says what happened (a full disk, a read-only drive, a drive that went away).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from salonvault.domain.durable import sync_folder
from salonvault.domain.errors import BackupCancelled, BackupError

SUFFIX = ".svbak"
_PREFIX = "salonvault-backup-"
_PARTIAL = ".partial"
_NAME = re.compile(r"^salonvault-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)(?:-(\d+))?\.svbak$")


def backup_file_name(at: datetime) -> str:
    """`salonvault-backup-2026-11-22T18-30-05Z.svbak`: UTC, so names sort by time everywhere."""
    return f"{_PREFIX}{at.astimezone(UTC).strftime('%Y-%m-%dT%H-%M-%SZ')}{SUFFIX}"


def backups_in(folder: Path) -> list[Path]:
    """This folder's backup files, oldest first (their names sort by time)."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return []
    found = [(match, name) for name in names if (match := _NAME.match(name))]
    # "…Z-2.svbak" (a second backup within the same second) comes after "…Z.svbak".
    found.sort(key=lambda pair: (pair[0].group(1), int(pair[0].group(2) or 1)))
    return [folder / name for _, name in found]


def rotate(folder: Path, keep: int, newest_verified: Path) -> list[Path]:
    """Delete the oldest backups beyond `keep`; the newest verified one is never deleted, so
    rotation can never leave the folder without a verified backup. Returns what was deleted."""
    removed = []
    files = [path for path in backups_in(folder) if path != newest_verified]
    excess = len(files) + 1 - max(keep, 1)
    for path in files[: max(excess, 0)]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # a file that cannot go stays; the next backup tries again
    return removed


def remove_stale_partials(folder: Path) -> None:
    """Partial files left by a killed or unplugged earlier run (never a finished backup)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(f".{_PREFIX}") and entry.name.endswith(_PARTIAL):
            try:
                os.unlink(entry.path)
            except OSError:
                continue


def _unique(folder: Path, name: str) -> Path:
    path = folder / name
    number = 2
    while path.exists():
        path = folder / name.replace(SUFFIX, f"-{number}{SUFFIX}")
        number += 1
    return path


@contextmanager
def written_safely(folder: Path, name: str) -> Iterator[tuple[BinaryIO, Callable[[], Path]]]:
    """Yields (file, finish). The caller writes, then calls finish(), which syncs and renames
    and returns the final path. Leaving the block without finish() removes the partial file."""
    if not folder.is_dir():
        raise BackupError(f"The folder {folder} is not there (is the drive plugged in?).")
    final = _unique(folder, name)
    partial = folder / f".{final.name}{_PARTIAL}"
    try:
        handle = open(partial, "xb")  # noqa: SIM115 - closed below on every path
    except OSError as error:
        raise explain(error, folder) from None
    done: list[Path] = []

    def finish() -> Path:
        handle.flush()
        os.fsync(handle.fileno())
        _drop_cached_pages(handle)
        handle.close()
        os.replace(partial, final)
        try:
            sync_folder(folder)
        except OSError:
            with suppress(OSError):  # renamed but not durable, and never verified: not a backup
                final.unlink()
            raise
        done.append(final)
        return final

    try:
        yield handle, finish
    except BackupCancelled:
        _discard(handle, partial)
        raise
    except OSError as error:
        _discard(handle, partial)
        raise explain(error, folder) from None
    except BaseException:
        _discard(handle, partial)
        raise
    if not done:
        _discard(handle, partial)


def _drop_cached_pages(handle: BinaryIO) -> None:
    """After the fsync the cached copy is clean; dropping it makes the read-back that follows
    read the drive itself, not memory (Linux/BSD; elsewhere the read-back may hit the cache)."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _discard(handle: BinaryIO, partial: Path) -> None:
    # The drive may be gone, so either step may fail; earlier backups are untouched anyway.
    with suppress(OSError):
        handle.close()
    with suppress(OSError):
        partial.unlink(missing_ok=True)


def explain(error: OSError, folder: Path) -> BackupError:
    """One sentence for the person at the counter; earlier backups are always untouched."""
    untouched = "Earlier backups were not touched."
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return BackupError(f"The backup drive is full; free some space or use another. {untouched}")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupError(
            f"SalonVault may not write to {folder} (read-only or no permission). {untouched}"
        )
    if code in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESTALE):
        return BackupError(
            f"The backup drive stopped answering or was removed during the backup. {untouched}"
        )
    reason = error.strerror or str(error)
    return BackupError(f"The backup could not be written to {folder} ({reason}). {untouched}")
