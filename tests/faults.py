"""Fault injection at the boundary: file objects and os calls that fail like a full disk or a
pulled USB stick, after a chosen number of bytes or on a chosen call. The code under test runs
for real; only the operating system's answer is changed."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from salonvault.files.inbound import DriveReader


def os_error(code: int, filename: object = None) -> OSError:
    return OSError(code, os.strerror(code), *([str(filename)] if filename is not None else []))


class FailingFile:
    """A file being written that fails after `limit` bytes with `code` (a full or pulled
    drive); the bytes before the limit really are written."""

    def __init__(self, real: BinaryIO, limit: int, code: int) -> None:
        self._real = real
        self._left = limit
        self._code = code

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            self._real.write(data[: self._left])
            self._left = 0
            raise os_error(self._code)
        self._left -= len(data)
        return self._real.write(data)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class FailingReader:
    """A file being read that fails after `limit` bytes (the stick was pulled mid-read)."""

    def __init__(self, real: BinaryIO, limit: int, code: int = errno.EIO) -> None:
        self._real = real
        self._left = limit
        self._code = code

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            raise os_error(self._code)
        data = self._real.read(size if size >= 0 else self._left)
        data = data[: self._left] if len(data) > self._left else data
        self._left -= len(data)
        return data

    def readinto(self, target: bytearray | memoryview) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def __enter__(self) -> FailingReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def failing_open(
    limit: int, code: int, modes: str = "x", reading: bool = False
) -> Callable[..., Any]:
    """An `open` for a module under test: files opened with any of `modes` fail after
    `limit` bytes (written, or read when `reading`); other files open normally."""

    def fake_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        real = open(path, mode, *args, **kwargs)  # noqa: SIM115 - handed to the code under test
        if not any(flag in mode for flag in modes):
            return real
        return FailingReader(real, limit, code) if reading else FailingFile(real, limit, code)

    return fake_open


def failing_drive_reader(limit: int, code: int) -> Callable[[Path], FailingReader]:
    """A DriveReader (files/inbound.py) for a module under test that fails after `limit`
    bytes read: a backup read back or restored from a stick pulled mid-read."""
    return lambda path: FailingReader(DriveReader(path), limit, code)  # type: ignore[arg-type]


class FailOnCall:
    """Wraps an os function: the `nth` call (1-based) raises OSError(`code`); `calls` counts.
    With nth=0 it only counts, to learn how many calls a run makes."""

    def __init__(self, real: Callable[..., Any], nth: int, code: int) -> None:
        self._real = real
        self._nth = nth
        self._code = code
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls == self._nth:
            raise os_error(self._code, args[0] if args else None)
        return self._real(*args, **kwargs)
