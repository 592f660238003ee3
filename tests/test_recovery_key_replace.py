"""Replacing the recovery key (issue 20, item 5): after a lost Recovery Kit or a departed owner,
a new key, a new slot in both slot-file generations, a kit to print, and the backups made with
the old key listed as still needing it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from salonvault.backup.check import verify_backup_file
from salonvault.domain.errors import BackupError, KeyUnavailable, PermissionDenied
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, read_generations, unseal
from salonvault.security.recovery import read_recovery_key_file, recovery_wrapping_key
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import FakeClock, Team


def _opens_with(backup: Path, secret: str, work: Path) -> bool:
    work.mkdir(exist_ok=True)
    try:
        verify_backup_file(backup, secret, work)
    except BackupError:
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


def test_a_new_recovery_key_replaces_the_old_everywhere(
    vault: Vault,
    team: Team,
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    old = read_recovery_key_file(recovery_key_file)
    before = vault.backups.backup(team.owner, usb)
    clock.advance(minutes=2)
    new = vault.keys.replace_recovery_key(team.owner)
    clock.advance(minutes=2)
    after = vault.backups.backup(team.owner, usb)

    assert new.public_key != old.public_key
    assert vault.keys.backup_public_key() == new.public_key
    assert vault.keys.status(team.owner).recovery_slot == "ok"
    assert not vault.keys.recovery_kit_confirmed(), "the new kit is still to be printed"
    assert vault.keys.recovery_key(team.owner).secret == new.secret  # the kit dialog's key
    retired = vault.keys.retired_recovery_keys(team.owner)
    assert [r.public_key for r in retired] == [old.public_key]
    assert [(b.file_name, b.on_disk) for b in retired[0].backups] == [(before.path.name, True)]
    assert _opens_with(before.path, old.secret, tmp_path / "w1")
    assert not _opens_with(after.path, old.secret, tmp_path / "w2")
    assert _opens_with(after.path, new.secret, tmp_path / "w3")
    detail = vault.database.scalar(
        "SELECT detail FROM audit_log WHERE action = 'keys.replace_recovery_key'"
    )
    assert old.public_key in detail and new.public_key in detail and "SECRET" not in detail
    vault.close()

    slot_path = VaultPaths(data_dir).slot_file
    for generation in read_generations(slot_path):  # .prev too: no old slot to fall back on
        slot = generation.find(SlotKind.RECOVERY)
        assert slot is not None
        with pytest.raises(KeyUnavailable):
            unseal(slot, recovery_wrapping_key(old, generation.vault_id), generation.vault_id)
    with pytest.raises(KeyUnavailable):
        open_vault(data_dir, Unlock(recovery_key=old), device_store)
    open_vault(data_dir, Unlock(recovery_key=new), device_store).close()


def test_replacing_twice_lists_each_old_keys_backups(
    vault: Vault, team: Team, clock: FakeClock, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    first = vault.backups.backup(team.owner, usb)
    clock.advance(minutes=2)
    vault.keys.replace_recovery_key(team.owner)
    clock.advance(minutes=2)
    second = vault.backups.backup(team.owner, usb)
    clock.advance(minutes=2)
    vault.keys.replace_recovery_key(team.owner)
    second.path.unlink()  # rotated away since, or deleted by the owner
    retired = vault.keys.retired_recovery_keys(team.owner)
    assert len(retired) == 2  # newest first
    assert [(b.file_name, b.on_disk) for b in retired[0].backups] == [(second.path.name, False)]
    assert [b.file_name for b in retired[1].backups] == [first.path.name]


def test_only_the_owner_replaces_the_recovery_key(vault: Vault, team: Team) -> None:
    before = vault.keys.backup_public_key()
    with pytest.raises(PermissionDenied):
        vault.keys.replace_recovery_key(team.receptionist)
    with pytest.raises(PermissionDenied):
        vault.keys.retired_recovery_keys(team.technician)
    assert vault.keys.backup_public_key() == before
