"""Reading a file someone chose (an import, a recovery key file, a saved kit): only a regular
file, and never more than a limit.

A device (/dev/zero) or a pipe never ends and reports no honest size, so `read_bounded` refuses
what is not a regular file and reads at most `limit + 1` bytes. The file is opened without
waiting (a pipe with no writer would block an ordinary open) and checked on the open handle, so
nothing can be swapped in between. Callers turn the two refusals into their own sentence.
"""

from __future__ import annotations

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
