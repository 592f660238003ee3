"""Fault injection into restore and into the parts of a backup test_backup_faults.py leaves out
(issue 9, item 3b).

test_backup_faults.py covers the backup writer failing after N bytes, fsync and rename failures,
a read-only target, a pulled drive and a killed backup process. Here: the folder's fsync after
the rename, the read-back failing, and every step of a restore (the working copy filling the
disk, the backup's drive failing mid-read, the new key and slot files, each rename that moves
the vaults). Whatever fails, the restore is refused in a sentence or two, the vault that was
there is untouched (its files, its slots, its key in the key store) and opens as before, and no
staging folder, moved-aside copy or device key is left behind.
"""

from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salonvault.backup.target_files import backups_in
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import BackupError, SalonVaultError
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Vault, VaultPaths, open_vault
from salonvault.services.vault.restore import RestoreUndone, finish_restore, restore_into_empty
from tests.faults import FailOnCall, failing_drive_reader, failing_open
from tests.support import Team

NAMES_OF_CLIENTS = ("Nguyễn Thị Lan", "Wiśniewska Zofia", "王 小明")


@pytest.fixture
def salon(vault: Vault, team: Team) -> Vault:
    for name in NAMES_OF_CLIENTS:
        family, given = name.split(" ", 1)
        vault.clients.create(team.owner, ClientInput(family, given))
    return vault


@pytest.fixture
def made(salon: Vault, team: Team, tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    return salon.backups.backup(team.owner, usb).path


@dataclass(frozen=True)
class Before:
    """What must be exactly as it was after a failed restore."""

    names: list[str]
    slot_files: dict[str, bytes]
    device_keys: list[str]
    clients: list[tuple[object, ...]]


def _names(folder: Path) -> list[str]:
    """The folder's entries; SQLite's -wal and -shm come and go as the vault opens and closes."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _take(vault: Vault, key_dir: Path) -> Before:
    data_dir = vault.paths.data_dir
    slot_files = {
        p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("keyslots")
    }
    clients = vault.database.query("SELECT id, family_name, given_name FROM clients ORDER BY id")
    return Before(_names(data_dir), slot_files, _names(key_dir), clients)


def _assert_untouched(
    before: Before, data_dir: Path, key_dir: Path, store: DeviceKeyStore, note: str
) -> None:
    assert _names(data_dir) == before.names, f"{note}: files left or missing in the data folder"
    for name, content in before.slot_files.items():
        assert (data_dir / name).read_bytes() == content, f"{note}: {name} changed"
    assert _names(key_dir) == before.device_keys, f"{note}: a device key was left or removed"
    reopened = open_vault(data_dir, device_store=store)
    try:
        assert reopened.database.check_integrity() == [], note
        assert reopened.log.verify().ok, note
        rows = reopened.database.query(
            "SELECT id, family_name, given_name FROM clients ORDER BY id"
        )
        assert rows == before.clients, f"{note}: the vault's records changed"
    finally:
        reopened.close()


def _assert_one_plain_sentence(error: BaseException) -> None:
    text = str(error)
    assert isinstance(error, SalonVaultError), f"{type(error).__name__}: {text}"
    assert "Traceback" not in text and "\n" not in text
    assert text.count(". ") <= 2, text


# -- a backup: the gaps in test_backup_faults.py ---------------------------------------------


@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC])
def test_the_folder_sync_after_the_rename_failing_leaves_no_unverified_file(
    salon: Vault, team: Team, made: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """The file is complete and renamed, but the drive failed before the rename was durable:
    the backup is not verified, so it must not stay behind looking like one."""
    monkeypatch.setattr("salonvault.files.outbound.sync_folder", FailOnCall(os.fsync, 1, code))
    with pytest.raises(BackupError) as caught:
        salon.backups.backup(team.owner, made.parent)
    _assert_one_plain_sentence(caught.value)
    assert backups_in(made.parent) == [made]
    assert _names(made.parent) == [made.name]


@pytest.mark.parametrize("limit", [0, 5_000, 100_000])
def test_the_read_back_failing_removes_the_new_backup(
    salon: Vault, team: Team, made: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(
        "salonvault.backup.check.DriveReader", failing_drive_reader(limit, errno.EIO)
    )
    with pytest.raises(BackupError) as caught:
        salon.backups.backup(team.owner, made.parent)
    _assert_one_plain_sentence(caught.value)
    assert _names(made.parent) == [made.name]
    assert salon.backups.history(team.owner)[0].outcome == "failed"


# -- restore over the current vault (owner, Backups page) ------------------------------------

STAGING_FAULTS = [
    # (what fails, how) : the working copy, the backup being read, the new key and slot files
    ("salonvault.backup.check.open", ("copy", 0, errno.ENOSPC)),
    ("salonvault.backup.check.open", ("copy", 150_000, errno.ENOSPC)),
    ("salonvault.backup.check.open", ("copy", 40_000, errno.EIO)),
    ("salonvault.backup.check.DriveReader", ("source", 0, errno.EIO)),
    ("salonvault.backup.check.DriveReader", ("source", 90_000, errno.EIO)),
    ("os.fsync", ("call", 1, errno.EIO)),  # the working copy
    ("os.fsync", ("call", 2, errno.ENOSPC)),  # the new device key's file
    ("os.fsync", ("call", 3, errno.EIO)),  # the new slot file
    ("os.fsync", ("call", 4, errno.EIO)),  # its folder
    ("os.replace", ("call", 1, errno.ENOSPC)),  # the new slot file's rename
]


def _inject(monkeypatch: pytest.MonkeyPatch, target: str, how: tuple[str, int, int]) -> None:
    kind, number, code = how
    if kind == "copy":
        monkeypatch.setattr(target, failing_open(number, code, modes="x"), raising=False)
    elif kind == "source":
        monkeypatch.setattr(target, failing_drive_reader(number, code))
    else:
        name = target.removeprefix("os.")
        real = getattr(os, name)
        monkeypatch.setattr(os, name, FailOnCall(real, number, code))


@pytest.mark.parametrize(("target", "how"), STAGING_FAULTS)
def test_restore_failing_while_staged_leaves_the_vault_untouched(
    salon: Vault,
    team: Team,
    made: Path,
    isolated_key_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    how: tuple[str, int, int],
) -> None:
    before = _take(salon, isolated_key_store)
    _inject(monkeypatch, target, how)
    with pytest.raises(SalonVaultError) as caught:
        staged = salon.backups.prepare_restore(team.owner, made)
        finish_restore(salon, staged, made, by="owner").vault.close()
    monkeypatch.undo()
    _assert_one_plain_sentence(caught.value)
    if how[2] == errno.ENOSPC:
        assert "full" in str(caught.value) or "space" in str(caught.value)
    if how[0] != "source":  # the vault's own disk failed: the backup is not to blame
        assert "backup could not be read" not in str(caught.value), caught.value
    assert salon.backups.history(team.owner)[0].outcome == "failed"
    salon.close()
    _assert_untouched(before, salon.paths.data_dir, isolated_key_store, salon.device_store, how)


@pytest.mark.parametrize("code", [errno.EIO])
def test_every_rename_of_the_swap_failing_puts_the_old_vault_back(
    salon: Vault,
    team: Team,
    made: Path,
    isolated_key_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
) -> None:
    data_dir, store = salon.paths.data_dir, salon.device_store
    salon.keys.use_device(team.owner)  # a new device slot: keyslots.json.prev now exists
    # One restore that works, counting its renames; the vault it gives is the one to keep.
    staged = salon.backups.prepare_restore(team.owner, made)
    counter = FailOnCall(os.replace, 0, 0)
    monkeypatch.setattr(os, "replace", counter)
    outcome = finish_restore(salon, staged, made, by="owner")
    monkeypatch.undo()
    assert outcome.kept_aside is not None and counter.calls >= 4, "files moved aside and in"
    assert (outcome.kept_aside / "keyslots.json.prev").exists(), "slot generations go together"
    assert not (data_dir / "keyslots.json.prev").exists()
    shutil.rmtree(outcome.kept_aside)  # the owner deletes the replaced vault later
    current = outcome.vault
    current.keys.use_device(Team(current).owner)  # a .prev generation again, as before
    before = _take(current, isolated_key_store)
    for nth in range(1, counter.calls + 1):
        staged = current.backups.prepare_restore(Team(current).owner, made)
        monkeypatch.setattr(os, "replace", FailOnCall(os.replace, nth, code))
        with pytest.raises(RestoreUndone) as caught:
            finish_restore(current, staged, made, by="owner")
        monkeypatch.undo()
        _assert_one_plain_sentence(caught.value)
        assert caught.value.vault is not None, f"rename {nth}: the old vault did not reopen"
        caught.value.vault.close()
        # The failure is in the old vault's history, so vault.db differs; all else may not.
        _assert_untouched(before, data_dir, isolated_key_store, store, f"rename {nth}")
        current = open_vault(data_dir, device_store=store)
    current.close()


# -- restore on a new PC (an empty folder) ---------------------------------------------------


@pytest.mark.parametrize(
    ("target", "how"),
    [
        *STAGING_FAULTS,
        ("os.replace", ("call", 2, errno.EIO)),  # vault.db into place
        ("os.replace", ("call", 3, errno.EIO)),  # keyslots.json into place
    ],
)
def test_restore_on_a_new_pc_failing_leaves_the_folder_empty(
    made: Path,
    recovery_key_file: Path,
    tmp_path: Path,
    isolated_key_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    how: tuple[str, int, int],
) -> None:
    key = read_recovery_key_file(recovery_key_file)
    new_pc = tmp_path / "new-pc"
    keys_before = _names(isolated_key_store)
    store = DeviceKeyStore(isolated_key_store, use_os_store=False)
    _inject(monkeypatch, target, how)
    with pytest.raises(SalonVaultError) as caught:
        restore_into_empty(new_pc, made, key, store).close()
    monkeypatch.undo()
    _assert_one_plain_sentence(caught.value)
    assert not VaultPaths(new_pc).exists(), "no half-restored vault is left to be opened"
    assert not new_pc.exists() or _names(new_pc) == [], _names(new_pc)
    assert _names(isolated_key_store) == keys_before, "the new device key was removed again"
    restore_into_empty(new_pc, made, key, store).close()  # and a second try works


def test_two_restores_in_the_same_second_keep_both_replaced_vaults(
    salon: Vault, team: Team, made: Path
) -> None:
    """The replaced vault's folder is named by the second; a second restore within it (or a
    folder of that name already there) gets its own, never a crash or a merge."""
    data_dir = salon.paths.data_dir
    stamp = datetime.now(UTC)
    for seconds in range(3):  # whatever second the restore lands in is taken already
        moment = (stamp + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H-%M-%SZ")
        (data_dir / f"replaced-{moment}").mkdir()
    staged = salon.backups.prepare_restore(team.owner, made)
    outcome = finish_restore(salon, staged, made, by="owner")
    outcome.vault.close()
    assert outcome.kept_aside is not None and (outcome.kept_aside / "vault.db").exists()
    assert len([p for p in data_dir.iterdir() if p.name.startswith("replaced-")]) == 4
