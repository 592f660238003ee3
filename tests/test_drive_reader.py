"""DriveReader (files/inbound.py): a backup read back once, start to end, gives exactly the
file's bytes in any read size, and its pages are dropped from the cache behind the reader."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from salonvault.files import inbound
from salonvault.files.inbound import DriveReader


def read_all(reader: DriveReader, size: int) -> bytes:
    out = bytearray()
    buffer = bytearray(size)
    while count := reader.readinto(buffer):
        out += buffer[:count]
    return bytes(out)


@pytest.mark.parametrize("length", [0, 1, 4095, 4096, 1024 * 1024, 3 * 1024 * 1024 + 12_345])
@pytest.mark.parametrize("size", [7, 64 * 1024, 256 * 1024 + 1])
def test_every_byte_comes_back_in_order(tmp_path: Path, length: int, size: int) -> None:
    data = os.urandom(length)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    with DriveReader(path) as reader:
        assert read_all(reader, size) == data


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="no posix_fadvise here")
def test_the_pages_read_are_dropped_behind_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every stretch of 8 MiB read is handed back, in order and without gaps, and nothing is
    dropped before it was read."""
    length = 20 * 1024 * 1024 + 5
    path = tmp_path / "file.bin"
    path.write_bytes(os.urandom(length))
    advised: list[tuple[int, int, int]] = []
    real = os.posix_fadvise

    def record(fd: int, start: int, size: int, advice: int) -> None:
        advised.append((start, size, advice))
        real(fd, start, size, advice)

    monkeypatch.setattr(inbound.os, "posix_fadvise", record)
    done = 0
    with DriveReader(path) as reader:
        buffer = bytearray(1024 * 1024)
        while count := reader.readinto(buffer):
            done += count
            dropped = [(s, n) for s, n, a in advised if a == os.POSIX_FADV_DONTNEED]
            assert all(s + n <= done for s, n in dropped), "never ahead of the reader"
    assert advised[0] == (0, 0, os.POSIX_FADV_SEQUENTIAL)
    dropped = [(s, n) for s, n, a in advised if a == os.POSIX_FADV_DONTNEED]
    assert [s for s, _ in dropped] == [0, 8 * 1024 * 1024], "in order, no gap"
    assert all(n == 8 * 1024 * 1024 for _, n in dropped)


def test_a_read_error_is_raised_as_it_came(tmp_path: Path) -> None:
    """A stick pulled mid-read: the caller gets the errno (it says "removed", not "damaged")."""
    path = tmp_path / "file.bin"
    path.write_bytes(os.urandom(10_000))

    class Pulled:
        def readinto(self, target: bytearray) -> int:
            raise OSError(errno.EIO, "Input/output error")

        def fileno(self) -> int:
            return -1

        def close(self) -> None:
            pass

    reader = DriveReader(path)
    reader._file.close()
    reader._file = Pulled()  # type: ignore[assignment]
    with pytest.raises(OSError) as caught:
        reader.readinto(bytearray(4096))
    assert caught.value.errno == errno.EIO
    reader.close()


def test_a_missing_file_raises_on_open(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        DriveReader(tmp_path / "gone.svbak")


def test_a_reader_whose_open_failed_closes_quietly() -> None:
    """What a failed open leaves behind is closed again when it is collected: it has no file
    to close, and must not raise then."""
    half_made = DriveReader.__new__(DriveReader)
    io.RawIOBase.__init__(half_made)
    half_made.close()
    assert half_made.closed
