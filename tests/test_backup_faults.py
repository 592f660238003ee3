"""Fault injection: whatever goes wrong while writing a backup, earlier backups still verify,
no partial file stays behind, and one sentence says what happened."""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from salonvault.backup.check import verify_backup_file
from salonvault.backup.target_files import backups_in
from salonvault.domain.errors import BackupError, VaultDamaged
from salonvault.domain.roles import Role
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services import backups
from salonvault.services.vault.opening import Vault, open_vault
from tests.faults import failing_open
from tests.support import NAMES, PINS, Team


@pytest.fixture
def salon(stocked_vault: Vault) -> Vault:
    return stocked_vault


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def assert_only_good_backups(folder: Path, good: list[Path], key_file: Path, work: Path) -> None:
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in good), "no partial or unverified file is left"
    key = read_recovery_key_file(key_file)
    for path in good:
        assert verify_backup_file(path, key.secret, work).clients == 60


def opener(limit: int, code: int) -> Callable[..., Any]:
    return failing_open(limit, code, modes="x")


@pytest.mark.parametrize(
    ("limit", "code", "says"),
    [
        (0, errno.ENOSPC, "full"),
        (200, errno.ENOSPC, "full"),
        (70_000, errno.ENOSPC, "full"),
        (1_500_000, errno.ENOSPC, "full"),
        (100, errno.EIO, "removed"),
        (900_000, errno.EIO, "removed"),
        (2_000_000, errno.EDQUOT, "full"),
    ],
)
def test_a_writer_failing_after_n_bytes(
    salon: Vault,
    team: Team,
    usb: Path,
    recovery_key_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
    code: int,
    says: str,
) -> None:
    earlier = salon.backups.backup(team.owner, usb).path
    assert earlier.stat().st_size > 2_000_000, "the limits above fall inside the file"
    monkeypatch.setattr("salonvault.files.outbound.open", opener(limit, code), raising=False)
    with pytest.raises(BackupError, match=says) as caught:
        salon.backups.backup(team.owner, usb)
    assert "earlier backups were not touched." in str(caught.value)
    assert str(caught.value).count(".") <= 3, "a sentence or two, not a traceback"
    assert_only_good_backups(usb, [earlier], recovery_key_file, tmp_path / "work")
    assert salon.backups.history(team.owner)[0].outcome == "failed"


@pytest.mark.parametrize(
    ("target", "code", "says"),
    [
        ("salonvault.files.outbound.os.fsync", errno.EIO, "removed"),
        ("salonvault.files.outbound.os.replace", errno.EROFS, "may not write"),
        ("salonvault.files.outbound.os.replace", errno.ENOENT, "removed"),
    ],
)
def test_sync_and_rename_failures(
    salon: Vault,
    team: Team,
    usb: Path,
    recovery_key_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    code: int,
    says: str,
) -> None:
    earlier = salon.backups.backup(team.owner, usb).path

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(target, fail)
    with pytest.raises(BackupError, match=says):
        salon.backups.backup(team.owner, usb)
    monkeypatch.undo()
    assert_only_good_backups(usb, [earlier], recovery_key_file, tmp_path / "work")


def test_a_read_only_target(
    salon: Vault, team: Team, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("salonvault.files.outbound.open", read_only, raising=False)
    with pytest.raises(BackupError, match="read-only"):
        salon.backups.backup(team.owner, usb)
    assert list(usb.iterdir()) == []


def test_a_drive_pulled_mid_write(salon: Vault, team: Team, tmp_path: Path) -> None:
    """The folder disappears while the file is being written (the stick was pulled)."""
    stick = tmp_path / "stick"
    stick.mkdir()

    def pull(phase: str, done: int, total: int) -> None:
        if phase == "writing" and stick.exists():
            for entry in stick.iterdir():
                entry.unlink()
            stick.rmdir()

    with pytest.raises(BackupError, match="removed"):
        salon.backups.backup(team.owner, stick, pull)
    assert not stick.exists()
    assert salon.backups.history(team.owner)[0].outcome == "failed"


def test_a_stick_that_reads_back_other_bytes_fails_the_backup(
    salon: Vault, team: Team, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between writing and reading back, the file on the stick turns into another valid
    backup of this salon (a stick that returns stale blocks): age decrypts it without
    complaint, and only its head (another file key, another nonce) tells."""
    older = salon.backups.backup(team.owner, usb).path.read_bytes()
    real = backups.read_back

    def stale(path: Path, *args: Any) -> bytes:
        path.write_bytes(older)
        return real(path, *args)

    monkeypatch.setattr(backups, "read_back", stale)
    before = set(usb.iterdir())
    with pytest.raises(BackupError) as caught:
        salon.backups.backup(team.owner, usb)
    assert caught.value.key == "backup.backup_read_back_differs_from"
    assert set(usb.iterdir()) == before, "the backup that read back wrong is gone"
    assert salon.backups.history(team.owner)[0].outcome == "failed"


def test_a_missing_folder_is_one_sentence(salon: Vault, team: Team, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="is not there"):
        salon.backups.backup(team.owner, tmp_path / "no-such-stick")


CHILD = """
import sys
from pathlib import Path
from salonvault.services.vault.opening import open_vault
vault = open_vault(Path(sys.argv[1]))
session = vault.auth.sign_in(sys.argv[3], sys.argv[4])
last = {"verifying": -1}
def progress(phase, done, total):
    if phase == "verifying":  # the read-back reports every few KiB; print every 10 %
        step = done * 10 // max(total, 1)
        if step == last["verifying"]:
            return
        last["verifying"] = step
    print(phase, done, total, flush=True)
vault.backups.backup(session, Path(sys.argv[2]), progress)
print("done", flush=True)
"""


def _run_child(
    data_dir: Path, usb: Path, kill_after_lines: int | None, jitter_s: float = 0.0
) -> int:
    """Start a backup in its own process; kill it hard a moment (`jitter_s`) after that many
    progress lines, so the kill lands anywhere in the work, not only between reports."""
    command = [
        sys.executable,
        "-c",
        CHILD,
        str(data_dir),
        str(usb),
        NAMES[Role.RECEPTIONIST],
        PINS[Role.RECEPTIONIST],
    ]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    lines = 0
    if kill_after_lines == 0:
        child.kill()
    else:
        for _ in child.stdout:
            lines += 1
            if lines == kill_after_lines:
                time.sleep(jitter_s)
                child.kill()
                break
    child.wait(timeout=60)
    child.stdout.close()
    return lines


@pytest.mark.slow  # kills the backup process at 24 points
def test_a_killed_backup_process_at_many_points(
    salon: Vault, team: Team, usb: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    earlier = salon.backups.backup(team.owner, usb).path
    data_dir = salon.paths.data_dir
    salon.close()  # the children use the vault; this test reopens it after each kill
    # A dry run counts the progress lines, so the kill points spread over the whole backup.
    total_lines = _run_child(data_dir, usb, None)
    finished = [p for p in backups_in(usb) if p != earlier]
    assert total_lines >= 15 and len(finished) == 1
    finished[0].unlink()
    points = sorted({round(i * total_lines / 23) for i in range(24)})
    assert len(points) >= 20
    key = read_recovery_key_file(recovery_key_file)
    jitter = random.Random(2026)  # fixed seed: a failure can be replayed
    for point in points:
        _run_child(data_dir, usb, point, jitter.uniform(0.0, 0.03))
        assert verify_backup_file(earlier, key.secret, tmp_path / "work").clients == 60
        for path in backups_in(usb):
            if path != earlier:  # killed after the rename: complete, so it must verify too
                assert verify_backup_file(path, key.secret, tmp_path / "work").clients == 60
                path.unlink()
    reopened = open_vault(data_dir, device_store=salon.device_store)
    try:
        assert reopened.log.verify().ok, "the vault itself came through every kill"
        receptionist = reopened.auth.sign_in(NAMES[Role.RECEPTIONIST], PINS[Role.RECEPTIONIST])
        last = reopened.backups.backup(receptionist, usb).path
        leftovers = [p.name for p in usb.iterdir() if p.name.endswith(".partial")]
        assert leftovers == [], "the next backup clears partial files of killed runs"
        assert sorted(backups_in(usb)) == sorted([earlier, last])
    finally:
        reopened.close()


@pytest.mark.parametrize("damage", ["flipped byte", "zeroed page"])
def test_a_page_damaged_under_the_open_vault_fails_the_backup(
    salon: Vault, team: Team, usb: Path, damage: str
) -> None:
    """A page in use changed on the disk after the vault was opened fails the backup, and no
    file is left. A page of zeros too, though SQLCipher's own check passes it unread (it is
    what SQLCipher reads past a file's end): the page codec checks every page's HMAC on the
    bytes it decrypts (decision 0008, session 12's review)."""
    earlier = salon.backups.backup(team.owner, usb).path
    salon.database.checkpoint()
    assert salon.database.scalar("PRAGMA freelist_count") == 0, "every page is in use"
    pages = int(salon.database.scalar("PRAGMA page_count"))
    damaged = pages // 2
    with open(salon.paths.database, "r+b") as vault_file:
        vault_file.seek((damaged - 1) * 4096)
        page = bytearray(vault_file.read(4096))
        if damage == "zeroed page":
            page[:] = bytes(4096)
        else:
            page[1000] ^= 0x01
        vault_file.seek((damaged - 1) * 4096)
        vault_file.write(page)
    with pytest.raises(VaultDamaged) as caught:
        salon.backups.backup(team.owner, usb)
    assert f"page {damaged} fails authentication" in str(caught.value)
    assert [p.name for p in usb.iterdir()] == [earlier.name], "nothing new is left"
    assert salon.backups.history(team.owner)[0].outcome == "failed"
