"""Backup files on the target: names that sort by time, writing safely, and generations.

A backup is written through the one door out (files/outbound.py, streaming): under a hidden
partial name, flushed and fsynced, renamed, and the folder fsynced; any failure removes the
partial file where it can and leaves every earlier backup as it was. One sentence says what
happened (a full disk, a read-only drive, a drive that went away).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from salonvault.backup.generations import plan_generations
from salonvault.domain.errors import BackupNotWritten, FileProblem
from salonvault.files.outbound import streamed_out

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


def rotate(
    folder: Path,
    keep: int,
    newest_verified: Path,
    zone: tzinfo | None = None,
    by_calendar: bool = True,
) -> list[Path]:
    """Delete the backups no generation keeps (generations.py: the newest `keep`, and the
    newest of each recent day, week and month); the newest verified one is never deleted, so
    rotation can never leave the folder without a verified backup. Returns what was deleted."""
    removed = []
    plan = plan_generations(backups_in(folder), keep, newest_verified, zone, by_calendar)
    for generation in plan:
        if generation.kept:
            continue
        try:
            generation.path.unlink()
            removed.append(generation.path)
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
def written_safely(
    folder: Path, name: str, data_dir: Path, own_folder: Path | None = None
) -> Iterator[tuple[BinaryIO, Callable[[], Path]]]:
    """Yields (file, finish). The caller writes, then calls finish(), which syncs and renames
    and returns the final path. Leaving the block without finish() removes the partial file.
    The writing itself is the one door out (files/outbound.py): never into the data folder
    (`own_folder` excepted: the backups made before an upgrade), private, synced."""
    if not folder.is_dir():
        raise BackupNotWritten(FileProblem.NO_FOLDER, folder / name)
    with streamed_out(
        _unique(folder, name), data_dir, BackupNotWritten, own_folder=own_folder
    ) as written:
        yield written
