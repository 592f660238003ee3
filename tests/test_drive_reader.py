"""DriveReader (files/inbound.py): a backup read back from the drive itself, past the page
cache where the file system allows it, gives exactly the file's bytes, in any read size."""

from __future__ import annotations

import errno
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


def test_a_file_system_refusing_direct_reads_is_read_the_ordinary_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some file systems take O_DIRECT at open and refuse the read (EINVAL): the reader goes
    on from the same place without it, and nothing is lost or read twice."""
    data = os.urandom(2 * 1024 * 1024 + 100)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    real_readv = os.readv
    calls = []

    def refuse_the_second(fd: int, buffers: list[object]) -> int:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_readv(fd, buffers)  # type: ignore[arg-type]

    monkeypatch.setattr(inbound.os, "readv", refuse_the_second)
    with DriveReader(path) as reader:
        assert read_all(reader, 256 * 1024) == data
        assert not reader.direct, "it read on without O_DIRECT"


def test_another_read_error_is_raised_as_it_came(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(os.urandom(10_000))

    def pulled(fd: int, buffers: list[object]) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(inbound.os, "readv", pulled)
    with DriveReader(path) as reader, pytest.raises(OSError) as caught:
        reader.readinto(bytearray(4096))
    assert caught.value.errno == errno.EIO


def test_a_missing_file_raises_on_open(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        DriveReader(tmp_path / "gone.svbak")
