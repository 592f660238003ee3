"""Reading a file someone chose (an import, a recovery key file, a saved kit): only a regular
file, and never more than a limit.

A device (/dev/zero) or a pipe never ends and reports no honest size, so `read_bounded` refuses
what is not a regular file and reads at most `limit + 1` bytes. The file is opened without
waiting (a pipe with no writer would block an ordinary open) and checked on the open handle, so
nothing can be swapped in between. Callers turn the two refusals into their own sentence.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class NotARegularFile(Exception):
    """The path names a device, a pipe, a socket or a folder, not a file."""


class FileTooBig(Exception):
    """The file holds more than the caller's limit (only the limit and one byte were read)."""


@contextmanager
def open_regular(path: Path) -> Iterator[BinaryIO]:
    """The open file, once it is known to be a regular file. Raises NotARegularFile or the
    OSError of opening it."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as source:
        if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):
            raise NotARegularFile(str(path))
        yield source


def read_at_most(source: BinaryIO, limit: int) -> bytes:
    """The rest of `source`, or FileTooBig when more than `limit` bytes are left."""
    data = source.read(limit + 1)
    if len(data) > limit:
        raise FileTooBig(limit)
    return data


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Raises NotARegularFile, FileTooBig,
    or the OSError of opening or reading it."""
    with open_regular(path) as source:
        return read_at_most(source, limit)


_DRIVE_CHUNK = 1024 * 1024
_DROP_BEHIND = 8 * 1024 * 1024


class DriveReader(io.RawIOBase):
    """A file read once from start to end, its pages dropped from the cache behind the reader
    (Linux and the BSDs; elsewhere an ordinary read). A backup is read back after its cached
    pages were dropped, so every byte comes from the drive. Dropping behind keeps the cache
    from filling with a file nobody reads again, and on a virtual machine that hands freed
    memory back to its host, it is also what keeps the read cheap: the cache pages come from
    memory freed a moment ago (measured: 2 GB read in 0.3 s of CPU this way, 4.1 s without)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        self._read = 0
        self._dropped = 0
        self._advise(0, 0, "POSIX_FADV_SEQUENTIAL")  # the widest read-ahead

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._file.fileno()

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        size = self._file.readinto(target) or 0
        self._read += size
        if self._read - self._dropped >= _DROP_BEHIND:
            self._advise(self._dropped, self._read - self._dropped, "POSIX_FADV_DONTNEED")
            self._dropped = self._read
        return size

    def _advise(self, start: int, length: int, advice: str) -> None:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(self._file.fileno(), start, length, getattr(os, advice))

    def close(self) -> None:
        # After a failed open there is no file to close (close() runs again on collection).
        if not self.closed and hasattr(self, "_file"):
            self._file.close()
        super().close()
