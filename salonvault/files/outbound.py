"""The one door for files that leave the vault (decision 0019).

Every file the program writes where someone chose (PDFs, reports, exports, the Recovery Kit, the
recovery key file, backups) comes through here, so the rules are decided once:

- never inside the data folder or any folder under it (paths compared after following
  symlinks), and never under one of the vault's own file names, wherever that is;
- written under a hidden temporary name beside the target, readable by this user only (0600),
  fsynced, renamed over the target, and the folder fsynced;
- on any failure the temporary file is removed and an older file of the same name is as it was;
  the error says what happened in one sentence (`FileNotWritten`, with a key and parameters).

`write_out` takes bytes; `streamed_out` hands out a file to stream into (backups).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from salonvault.domain.errors import FileNotWritten, FileProblem, FileRefused
from salonvault.files.durable import sync_folder

# What the vault keeps in its data folder (storage/database.py, security/keyslots.py; a test
# keeps this list in step). Refused by name anywhere: another salon's vault folder counts too.
VAULT_FILE_NAMES = frozenset(
    {
        "vault.db",
        "vault.db-wal",
        "vault.db-shm",
        "vault.db-journal",
        "keyslots.json",
        "keyslots.json.prev",
        "keyslots.json.tmp",
        "keyslots.json.next",  # a re-keying's new slots until it is done
        "keyslots.json.next.tmp",
    }
)
PRIVATE_MODE = 0o600
_TEMPORARY_SUFFIX = ".partial"
# fsync of a folder that the file system cannot sync (some network and FUSE drives): the rename
# is as durable as that drive allows, which is not a failure of the write.
_CANNOT_SYNC_FOLDER = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF}

Failure = type[FileNotWritten]  # the error to raise: FileNotWritten or a caller's subclass


def check_target(
    path: Path,
    data_dir: Path,
    failure: Failure = FileNotWritten,
    *,
    replace: bool = True,
    field: str | None = "out",
    own_folder: Path | None = None,
) -> Path:
    """Refuse, before any work, a target the door would refuse; returns `path`.

    `own_folder` is a folder inside the data folder where the vault keeps its own encrypted
    files (the backup made before an upgrade): the one place inside it that is allowed."""
    if _is_inside(path, data_dir) and not (own_folder and _is_inside(path, own_folder)):
        raise FileRefused(FileProblem.INSIDE_VAULT, path, field)
    if path.name.casefold() in VAULT_FILE_NAMES:
        raise FileRefused(FileProblem.VAULT_FILE, path, field)
    if path.is_dir():
        raise FileRefused(FileProblem.IS_FOLDER, path, field)
    if not replace and os.path.lexists(path):
        raise FileRefused(FileProblem.EXISTS, path, field)
    if not path.parent.is_dir():
        raise failure(FileProblem.NO_FOLDER, path)
    return path


def write_out(
    path: Path,
    data: bytes,
    data_dir: Path,
    failure: Failure = FileNotWritten,
    *,
    replace: bool = True,
    field: str | None = "out",
) -> Path:
    """Write one file through the door; returns its path. `replace=False` refuses an existing
    file (checked just before writing: the recovery key file is made once, at set-up)."""
    check_target(path, data_dir, failure, replace=replace, field=field)
    return write_all_out({path: data}, data_dir, failure)[0]


def write_all_out(
    files: Mapping[Path, bytes], data_dir: Path, failure: Failure = FileNotWritten
) -> list[Path]:
    """Every file or none: all temporary files written and synced, then the renames, then the
    folders synced. An existing file of the same name is replaced only by its rename."""
    if not files:
        return []
    for path in files:
        check_target(path, data_dir, failure)
    pending = [(_temporary_for(path), path) for path in files]
    renamed: list[Path] = []
    current = next(iter(files))
    try:
        for (temporary, path), data in zip(pending, files.values(), strict=True):
            current = path
            with _create_private(temporary) as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for temporary, path in pending:
            current = path
            os.replace(temporary, path)
            renamed.append(path)
        synced: set[Path] = set()
        for path in files:
            current = path
            if path.parent not in synced:
                _sync_folder(path.parent)
                synced.add(path.parent)
    except OSError as error:
        for temporary, _ in pending:
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
        if len(renamed) == len(pending):  # the folder sync failed: their rename may not last
            for path in renamed:
                with suppress(OSError):
                    path.unlink(missing_ok=True)
        raise explain(error, current, failure) from None
    return list(files)


@contextmanager
def streamed_out(
    path: Path,
    data_dir: Path,
    failure: Failure = FileNotWritten,
    *,
    own_folder: Path | None = None,
) -> Iterator[tuple[BinaryIO, Callable[[], Path]]]:
    """Yields (file, finish) for a file too big for memory. The caller writes, then calls
    finish(), which syncs, renames and syncs the folder, and returns the path. Leaving the block
    without finish(), or with an error, removes the temporary file; an OSError is explained."""
    check_target(path, data_dir, failure, own_folder=own_folder)
    temporary = _temporary_for(path)
    try:
        handle = _create_private(temporary)
    except OSError as error:
        raise explain(error, path, failure) from None
    done: list[Path] = []

    def finish() -> Path:
        handle.flush()
        os.fsync(handle.fileno())
        _drop_cached_pages(handle)
        handle.close()
        os.replace(temporary, path)
        try:
            _sync_folder(path.parent)
        except OSError:
            with suppress(OSError):  # renamed but perhaps not lasting: not left to pass as good
                path.unlink()
            raise
        done.append(path)
        return path

    try:
        yield handle, finish
    except OSError as error:
        _discard(handle, temporary)
        raise explain(error, path, failure) from None
    except BaseException:
        _discard(handle, temporary)
        raise
    if not done:
        _discard(handle, temporary)


def explain(error: OSError, path: Path, failure: Failure = FileNotWritten) -> FileNotWritten:
    """One sentence for the person at the counter, keyed by what the system answered."""
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return failure(FileProblem.FULL, path)
    if code == errno.EROFS:
        return failure(FileProblem.READ_ONLY, path)
    if code in (errno.EACCES, errno.EPERM):
        return failure(FileProblem.NO_PERMISSION, path)
    # ENOENT: the folder, or the file just made in it, is gone: the drive went away.
    if code in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO, errno.ESTALE):
        return failure(FileProblem.REMOVED, path)
    reason = error.strerror or type(error).__name__
    return failure(FileProblem.OTHER, path, folder, reason)


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        target = Path(os.path.normcase(path.resolve()))
        container = Path(os.path.normcase(folder.resolve()))
    except (OSError, RuntimeError):  # a symlink loop: refuse rather than guess
        return True
    return target == container or container in target.parents


def _temporary_for(path: Path) -> Path:
    # Hidden and beside the target, so the rename stays on one drive; a fixed name, so one left
    # by a killed run is cleared by the next.
    return path.with_name(f".{path.name}{_TEMPORARY_SUFFIX}")


def _create_private(temporary: Path) -> BinaryIO:
    temporary.unlink(missing_ok=True)  # left by a killed earlier run
    handle = open(temporary, "xb", opener=_private_opener)  # noqa: SIM115 - the caller closes it
    if os.name == "posix":
        # A umask can only narrow the mode given above; set it exactly. A drive that keeps no
        # Unix modes (a FAT USB stick) may refuse: its files are as private as it allows.
        with suppress(OSError):
            os.fchmod(handle.fileno(), PRIVATE_MODE)
    return handle


def _private_opener(path: str, flags: int) -> int:
    # "xb" asks for O_CREAT | O_EXCL: never an existing file, never through a symlink.
    return os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_MODE)


def _sync_folder(folder: Path) -> None:
    try:
        sync_folder(folder)
    except OSError as error:
        if error.errno not in _CANNOT_SYNC_FOLDER:
            raise


WRITE_BACK_EVERY = 32 * 1024 * 1024  # a large file goes to the drive while it is written


def _drop_cached_pages(handle: BinaryIO) -> None:
    """After the fsync the cached copy is clean; dropping it makes a read-back that follows
    read the drive itself, not memory (Linux/BSD; elsewhere the read-back may hit the cache)."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


class EarlyWriteback:
    """Paces start_writing_back for one file written from its start: call `wrote(total)`
    after each write with the bytes written so far; every WRITE_BACK_EVERY bytes the new
    stretch is handed to the drive. With `drop_behind` (a file nobody reads from the cache:
    a backup, read back from the drive) the stretch handed the time before, written by now,
    leaves the cache too, so the next writes reuse memory freed a moment ago (on a virtual
    machine that hands freed memory back to its host, memory freed long ago costs several
    times the writing to fill again); a working copy that is read next stays cached."""

    def __init__(self, handle: BinaryIO, drop_behind: bool = False) -> None:
        self._handle = handle
        self._handed = 0  # bytes whose writeback was started
        self._handed_before = 0  # where the stretch handed the time before began
        self._drop_behind = drop_behind

    def wrote(self, total: int) -> None:
        if total - self._handed >= WRITE_BACK_EVERY:
            start_writing_back(self._handle, self._handed, total - self._handed)
            if self._drop_behind and self._handed > self._handed_before:  # (0 = to the end)
                # Written back by now, so clean: DONTNEED drops clean pages.
                start_writing_back(
                    self._handle, self._handed_before, self._handed - self._handed_before
                )
            self._handed_before, self._handed = self._handed, total


def start_writing_back(handle: BinaryIO, start: int, length: int) -> None:
    """Hand the bytes written so far in [start, start + length) to the drive now, without
    waiting: on Linux, POSIX_FADV_DONTNEED starts the writeback of dirty pages (and drops the
    clean ones). A large file then reaches the drive while it is being made, and the fsync at
    the end waits for its last stretch only. Elsewhere, or on a file without a descriptor,
    nothing happens: the fsync does it all, as before."""
    if hasattr(os, "posix_fadvise"):
        with suppress(AttributeError, OSError, ValueError):
            handle.flush()
            os.posix_fadvise(handle.fileno(), start, length, os.POSIX_FADV_DONTNEED)


def _discard(handle: BinaryIO, temporary: Path) -> None:
    # The drive may be gone, so either step may fail; the target is untouched anyway.
    with suppress(OSError):
        handle.close()
    with suppress(OSError):
        temporary.unlink(missing_ok=True)
