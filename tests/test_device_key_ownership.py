"""Device keys are deleted only when this vault made them for this folder (issue 20, item 10).

The slot file beside the vault is not authenticated: a copy of the folder, or an edited slot
file, names keys that other vaults (or the original folder) still need. The vault records inside
itself which device keys it created and for which data folder, and deletes only those."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, read_slot_file
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import NAMES, PINS, FakeClock, Team

PASSPHRASE = "correct horse battery staple"
# Every test switches to passphrase mode: Argon2id at real cost (256 MiB), often twice.
pytestmark = pytest.mark.slow


def _device_key_id(data_dir: Path) -> str:
    slot = read_slot_file(VaultPaths(data_dir).slot_file).find(SlotKind.DEVICE)
    assert slot is not None
    return str(slot.params["key_id"])


def test_a_copy_switched_to_passphrase_mode_leaves_the_original_its_device_key(
    vault: Vault, data_dir: Path, tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    vault.close()
    copy = tmp_path / "copy-of-the-salon"
    shutil.copytree(data_dir, copy)
    copied = open_vault(copy, device_store=device_store, clock=clock)  # the same device key
    owner = copied.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    copied.keys.use_passphrase(owner, PASSPHRASE)
    detail = copied.database.scalar(
        "SELECT detail FROM audit_log WHERE action = 'keys.remove_slot' ORDER BY seq DESC"
    )
    copied.close()
    assert device_store.load(_device_key_id(data_dir)) is not None
    open_vault(data_dir, device_store=device_store).close()  # the original opens by itself
    assert "kept=1" in str(detail)  # the copy says it left a key another folder uses


def test_a_slot_file_naming_another_vaults_key_does_not_get_it_deleted(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    own_key = _device_key_id(data_dir)
    other_key, _ = device_store.create("another-salons-vault")
    path = VaultPaths(data_dir).slot_file
    for generation in (path, path.with_name(path.name + ".prev")):
        if generation.exists():
            document = json.loads(generation.read_text())
            for slot in document["slots"]:
                if slot["kind"] == "device":
                    slot["params"]["key_id"] = other_key
            generation.write_text(json.dumps(document))
    vault.keys.use_passphrase(team.owner, PASSPHRASE)
    assert device_store.load(other_key) is not None, "another vault's key was deleted"
    assert device_store.load(own_key) is None, "this vault's own key stays usable"


def test_a_vault_made_before_the_record_adopts_the_key_that_opens_it(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    own_key = _device_key_id(data_dir)
    vault.database.execute("DELETE FROM settings WHERE key = 'device_keys'")  # as made before
    vault.close()
    reopened = open_vault(data_dir, device_store=device_store, clock=clock)
    owner = reopened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    reopened.keys.use_passphrase(owner, PASSPHRASE)
    reopened.close()
    assert device_store.load(own_key) is None
    reopened = open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store, clock)
    owner = reopened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    reopened.keys.use_device(owner)  # a new key, recorded, and deleted again on the next switch
    new_key = _device_key_id(data_dir)
    reopened.keys.use_passphrase(owner, PASSPHRASE)
    assert device_store.load(new_key) is None
    reopened.close()


def test_a_moved_folder_deletes_the_key_its_old_place_no_longer_uses(
    vault: Vault, data_dir: Path, tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    own_key = _device_key_id(data_dir)
    vault.close()
    moved = tmp_path / "moved-salon"
    shutil.move(data_dir, moved)
    reopened = open_vault(moved, device_store=device_store, clock=clock)
    owner = reopened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    reopened.keys.use_passphrase(owner, PASSPHRASE)
    reopened.close()
    assert device_store.load(own_key) is None
