"""`age` alone over a bench salon's vault, as the bench's floor runs it and with the pages
dropped behind the writing and the reading, as the backup does since session 12 (decision
0008). On a virtual machine that hands freed memory back to its host the two differ by half
(docs/performance.md, "The floor with pages dropped behind").

    .venv/bin/python -m bench.floor_dropped --clients 100000 [--cache DIR] [--target DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import time
from pathlib import Path
from typing import BinaryIO

import pyrage

from salonvault.files.inbound import DriveReader
from salonvault.files.outbound import EarlyWriteback
from salonvault.security.recovery import read_recovery_key_file


class _Paced(io.RawIOBase):
    """The age file as the backup writes it: handed to the drive and dropped behind."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self._out = out
        self._written = 0
        self._writeback = EarlyWriteback(out, drop_behind=True)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._out.write(data)
        self._written += len(data)
        self._writeback.wrote(self._written)
        return len(data)


class _Nowhere(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return len(data)


def floor(salon: Path, target: Path, dropped: bool) -> tuple[float, float]:
    """Seconds to encrypt to `target` (with its fsync) and to decrypt it back into nothing."""
    key = read_recovery_key_file(salon / "recovery-key.txt")
    recipient = pyrage.x25519.Recipient.from_str(key.public_key)
    identity = pyrage.x25519.Identity.from_str(key.secret)
    path = target / "floor.age"
    start = time.perf_counter()
    with open(salon / "salon" / "vault.db", "rb") as source, open(path, "wb") as out:
        pyrage.encrypt_io(source, _Paced(out) if dropped else out, [recipient])
        out.flush()
        os.fsync(out.fileno())
        os.posix_fadvise(out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    written = time.perf_counter()
    with DriveReader(path) if dropped else open(path, "rb") as back:
        pyrage.decrypt_io(back, _Nowhere(), [identity])
    end = time.perf_counter()
    path.unlink()
    return written - start, end - written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache/salonvault-bench")
    parser.add_argument("--target", type=Path, default=None)
    args = parser.parse_args()
    found = sorted(args.cache.glob(f"{args.clients}-schema*"))
    if not found:
        raise SystemExit(f"no bench salon of {args.clients} clients in {args.cache}")
    target = args.target or found[-1].parent / ".floor-target"
    target.mkdir(parents=True, exist_ok=True)
    try:
        for dropped in (False, True):
            encrypt, decrypt = floor(found[-1], target, dropped)
            name = "pages dropped behind" if dropped else "as the bench runs it"
            total = encrypt + decrypt
            print(f"{name}: encrypt {encrypt:.2f} s, decrypt {decrypt:.2f} s, all {total:.2f} s")
    finally:
        shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
