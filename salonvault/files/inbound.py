"""Reading a file someone chose (an import, a recovery key file, a saved kit): only a regular
file, and never more than a limit.

A device (/dev/zero) or a pipe never ends and reports no honest size, so `read_bounded` refuses
what is not a regular file and reads at most `limit + 1` bytes. The file is opened without
waiting (a pipe with no writer would block an ordinary open) and checked on the open handle, so
nothing can be swapped in between. Callers turn the two refusals into their own sentence.
"""

from __future__ import annotations

import errno
import io
import mmap
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


_DRIVE_CHUNK = 1024 * 1024  # a whole number of every drive's blocks
_DIRECT_REFUSED = {errno.EINVAL, errno.EOPNOTSUPP}


class DriveReader(io.RawIOBase):
    """A file read from the drive itself, past the page cache (O_DIRECT), where the system and
    the file system allow it; elsewhere an ordinary read of a file whose cached pages were
    dropped. Reading back a backup must read the medium, and on a virtual machine that hands
    freed memory back to its host, filling the page cache anew with a file read once costs
    several times the reading itself (measured: 2.5-3.7 s of CPU for 2 GB, 0.1 s direct)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        direct = getattr(os, "O_DIRECT", 0)
        try:
            self._fd = os.open(path, os.O_RDONLY | direct)
        except OSError as error:
            if not direct or error.errno not in _DIRECT_REFUSED:
                raise
            direct, self._fd = 0, os.open(path, os.O_RDONLY)  # tmpfs and the like
        self._path = path
        self.direct = bool(direct)  # reading past the page cache
        self._buffer = mmap.mmap(-1, _DRIVE_CHUNK)  # page-aligned, as O_DIRECT wants
        self._view = memoryview(self._buffer)
        self._pending = self._view[:0]

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._pending:
            self._pending = self._view[: self._fill()]
        size = min(len(target), len(self._pending))
        target[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _fill(self) -> int:
        try:
            return os.readv(self._fd, [self._buffer])
        except OSError as error:
            if not self.direct or error.errno not in _DIRECT_REFUSED:
                raise
        # The file system took the flag but refuses the read: go on without it, same place.
        position = os.lseek(self._fd, 0, os.SEEK_CUR)
        os.close(self._fd)
        self.direct, self._fd = False, os.open(self._path, os.O_RDONLY)
        os.lseek(self._fd, position, os.SEEK_SET)
        return os.readv(self._fd, [self._buffer])

    def close(self) -> None:
        if not self.closed:
            self._pending.release()
            self._view.release()
            self._buffer.close()
            os.close(self._fd)
        super().close()
