"""The same backup, verify and restore tests with `age` in a child process (age_process.py).

A vault of the test size stays in one process; here the threshold is lowered so every stream
goes through the child, and each test must pass exactly as it does in one process: the same
files, the same sentences, nothing half-written after a failure, a cancel or a damaged file.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pyrage
import pytest

from salonvault.backup import age_process, streams
from salonvault.backup.check import verify_backup_file
from salonvault.backup.sqlcipher_pages import PAGE_SIZE, RUN_PAGES, EncryptedPageWriter
from salonvault.backup.streams import GuardedReader, PlainPageSink
from salonvault.domain.errors import BackupInvalid
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Vault
from salonvault.storage.database import VAULT_HMAC, WORKING_COPY_HMAC, Database
from tests.support import Team

# Collected again here, under the fixture below (pytest runs imported tests in this module).
from tests.test_backup import (  # noqa: F401
    test_a_backup_opens_with_pyrage_and_plain_sqlite,
    test_a_flipped_byte_is_detected,
    test_a_truncated_backup_is_detected,
    test_a_wrong_recovery_key_is_refused_plainly,
    test_progress_and_cancel_leave_nothing_half_written,
    test_progress_covers_writing_then_verifying,
    test_round_trip_into_an_empty_folder_gives_identical_records,
    test_stock_age_and_sqlite3_restore_without_the_program,
    test_writes_during_a_backup_do_not_spoil_it,
)
from tests.test_backup_faults import (  # noqa: F401
    test_a_drive_pulled_mid_write,
    test_a_stick_that_reads_back_other_bytes_fails_the_backup,
    test_a_writer_failing_after_n_bytes,
    usb,
)
from tests.test_sqlcipher_pages import decrypt_file, sqlcipher_file

CHILD_RUNS: list[str] = []


@pytest.fixture
def salon(stocked_vault: Vault) -> Vault:
    return stocked_vault


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def age_in_a_child(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = age_process.age_in_child

    def counted(mode: age_process.Mode, *args: Any) -> str | None:
        CHILD_RUNS.append(mode)
        return real(mode, *args)

    monkeypatch.setattr(streams, "in_a_child", lambda plain_bytes: True)
    monkeypatch.setattr(streams, "age_in_child", counted)
    yield


def test_a_backup_and_its_verification_each_run_age_in_a_child(
    salon: Vault, team: Team, backup_dir: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    CHILD_RUNS.clear()
    result = salon.backups.backup(team.owner, backup_dir)
    # Written by age in a child, and read back by age in another (beside the snapshot check).
    assert CHILD_RUNS == ["encrypt", "decrypt"]
    key = read_recovery_key_file(recovery_key_file)
    report = verify_backup_file(result.path, key.secret, tmp_path / "work")
    assert CHILD_RUNS == ["encrypt", "decrypt", "decrypt"], "the working copy comes from a child"
    assert report.clients == salon.database.scalar("SELECT count(*) FROM clients")


def test_a_child_that_dies_is_a_failed_backup_not_a_hang(
    salon: Vault, team: Team, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child ends at once without a word, as if killed.
    monkeypatch.setattr(age_process, "_command", lambda: [sys.executable, "-c", "exit(9)"])
    with pytest.raises(BackupInvalid, match="encrypt"):
        salon.backups.backup(team.owner, backup_dir)
    assert list(backup_dir.iterdir()) == [], "no partial or unverified file is left"
    assert salon.backups.history(team.owner)[0].outcome == "failed"


def test_the_frozen_programs_start_the_worker_with_the_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert age_process._command() == [sys.executable, age_process.WORKER_FLAG]
    for entry in ("cli_main.py", "gui_main.py"):
        text = (Path(__file__).parents[1] / "packaging" / entry).read_text()
        assert f'sys.argv[1:2] == ["{age_process.WORKER_FLAG}"]' in text


def test_the_read_back_child_decrypts_everything_and_sends_nothing_back() -> None:
    """Reading back after a backup, the child decrypts the whole file (age checks every
    chunk) and nothing comes back; a damaged chunk is its failure."""
    identity = pyrage.x25519.Identity.generate()
    secret, public = str(identity), str(identity.to_public())
    plain = os.urandom(3 * 1024 * 1024 + 17)  # more than one read, and not a whole number of them
    encrypted = io.BytesIO()
    assert age_process.age_in_child("encrypt", public, stream(plain), stream(encrypted)) is None
    assert pyrage.decrypt(encrypted.getvalue(), [identity]) == plain
    assert age_process.age_in_child("decrypt", secret, stream(encrypted.getvalue()), None) is None
    damaged = bytearray(encrypted.getvalue())
    damaged[-100] ^= 1
    failed = age_process.age_in_child("decrypt", secret, stream(bytes(damaged)), None)
    assert failed is not None and "decrypt" in failed.lower()


def stream(data: bytes | io.BytesIO) -> io.RawIOBase:
    """In-memory bytes as the raw stream age_in_child reads from or writes to."""
    return cast(io.RawIOBase, data if isinstance(data, io.BytesIO) else io.BytesIO(data))


def test_age_stays_in_this_process_on_one_core_or_for_a_small_vault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A child only pays when it has a core of its own (an old one-core counter PC runs
    everything in one process) and the vault is large enough for its start-up."""
    large = age_process.PROCESS_FROM_BYTES
    monkeypatch.setattr(age_process, "usable_cores", lambda: 1)
    assert not age_process.in_a_child(large * 10)
    monkeypatch.setattr(age_process, "usable_cores", lambda: 2)
    assert age_process.in_a_child(large)
    assert not age_process.in_a_child(large - 1)


@pytest.mark.parametrize("hmac_algorithm", [VAULT_HMAC, WORKING_COPY_HMAC])
def test_the_child_encrypts_the_odd_runs_of_a_working_copy(
    tmp_path: Path, hmac_algorithm: str
) -> None:
    """Decrypting into a working copy, `age`'s child process also encrypts every odd run of
    64 pages under the copy's key and salt (the longest step of a verify, shared): the copy
    that comes out is one SQLCipher file, checked whole."""
    old_key, new_key = os.urandom(32), os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    assert len(plain) // PAGE_SIZE > 2 * RUN_PAGES
    identity = pyrage.x25519.Identity.generate()
    encrypted = pyrage.encrypt(plain, [identity.to_public()])
    out = io.BytesIO()
    sink = PlainPageSink(EncryptedPageWriter(out, new_key, hmac_algorithm), None)
    CHILD_RUNS.clear()
    reader = GuardedReader(io.BytesIO(encrypted), len(encrypted))
    streams.decrypt_stream(reader, sink, str(identity))
    assert CHILD_RUNS == ["decrypt"] and sink.odd_runs_encrypted
    assert sink.finish() == len(plain) // PAGE_SIZE
    (tmp_path / "copy.db").write_bytes(out.getvalue())
    copy = Database.open_untrusted(tmp_path / "copy.db", new_key, hmac_algorithm)
    assert copy.check_integrity() == []
    assert copy.scalar("SELECT count(*) FROM t") == 3000
    copy.close()
