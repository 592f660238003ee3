"""A recovery key file is read like an import (issue 20, finding 9's class): only a regular
file, and only to a small limit. /dev/zero, a pipe nobody writes to, or a huge file chosen by
mistake is refused with one sentence instead of hanging or filling the memory."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.security.recovery import (
    MAX_KEY_FILE_BYTES,
    RecoveryKey,
    generate_recovery_key,
    read_recovery_key_file,
    write_recovery_key_file,
)
from salonvault.services.vault.restore import recovery_key_from_file
from tests.support import assert_one_sentence, cli

READERS = [read_recovery_key_file, recovery_key_from_file]
ReadKey = Callable[[Path], RecoveryKey]


def refused_within(read: ReadKey, path: Path, seconds: float = 10.0) -> SalonVaultError:
    """The error `read(path)` raised; fails (instead of hanging the run) when it never returns."""
    outcome: list[BaseException | RecoveryKey] = []

    def attempt() -> None:
        try:
            outcome.append(read(path))
        except BaseException as error:  # handed back to the test
            outcome.append(error)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(seconds)
    assert outcome, f"reading {path} did not return within {seconds} s (it waits or reads on)"
    error = outcome[0]
    assert isinstance(error, SalonVaultError), error
    assert "\n" not in str(error)
    return error


@pytest.mark.parametrize("read", READERS)
def test_a_device_is_refused_in_one_sentence(read: ReadKey) -> None:
    error = refused_within(read, Path("/dev/zero"))
    assert isinstance(error, ValidationError)
    assert "zero is not a file" in str(error)


@pytest.mark.parametrize("read", READERS)
def test_a_pipe_is_refused_without_waiting_for_a_writer(read: ReadKey, tmp_path: Path) -> None:
    fifo = tmp_path / "recovery-key.txt"
    os.mkfifo(fifo)
    error = refused_within(read, fifo)
    assert "recovery-key.txt is not a file" in str(error)


@pytest.mark.parametrize("read", READERS)
def test_a_huge_file_is_refused_after_reading_at_most_the_limit(
    read: ReadKey, tmp_path: Path
) -> None:
    key = generate_recovery_key()
    huge = tmp_path / "key.txt"
    with huge.open("wb") as out:  # the key first, then far more than any key file holds
        out.write(f"{key.secret}\n".encode())
        out.truncate(8 * 1024 * 1024)
    before = bytes_read_so_far()
    error = refused_within(read, huge)
    assert "far larger than a recovery key file" in str(error)
    assert bytes_read_so_far() - before < 2 * MAX_KEY_FILE_BYTES, "read no more than the limit"


def bytes_read_so_far() -> int:
    """What this process has read through system calls (Linux counts it in /proc)."""
    io_counters = Path("/proc/self/io")
    if not io_counters.exists():
        pytest.skip("needs Linux's /proc/self/io to count the bytes read")
    fields = dict(line.split(": ") for line in io_counters.read_text().splitlines())
    return int(fields["rchar"])


@pytest.mark.parametrize("read", READERS)
def test_a_key_file_at_the_limit_still_opens(read: ReadKey, tmp_path: Path) -> None:
    key = generate_recovery_key()
    key_file = tmp_path / "key.txt"
    write_recovery_key_file(key_file, key, data_dir=tmp_path / "salon")
    assert read(key_file) == key
    padded = tmp_path / "padded.txt"
    text = f"{key.secret}\n"
    padded.write_text(text + "#" * (MAX_KEY_FILE_BYTES - len(text)), encoding="utf-8")
    assert read(padded) == key


def test_the_cli_refuses_a_device_as_the_recovery_key_in_one_sentence(tmp_path: Path) -> None:
    result = cli(
        tmp_path / "nowhere",
        "verify-backup",
        str(tmp_path / "backup.svbak"),
        "--recovery-key",
        "/dev/zero",
    )
    assert_one_sentence(result, 2, "zero is not a file")
