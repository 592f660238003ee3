"""The recovery slot can be removed from the slot file unnoticed (issue 20, item 4): the vault
records that it must have one, tells the owner when it is missing or no longer opens with the
salon's recovery key, and lets the owner make it again with the key from the Recovery Kit."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from salonvault.domain.errors import KeyUnavailable, PermissionDenied
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import generate_recovery_key, read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import Team


def edit_recovery_slot(data_dir: Path, damage: bool = False) -> None:
    """Remove the recovery slot (or garble its sealed key) in both slot-file generations, as
    anyone who can write the data folder could."""
    path = VaultPaths(data_dir).slot_file
    for generation in (path, path.with_name(path.name + ".prev")):
        if not generation.exists():
            continue
        document = json.loads(generation.read_text())
        if damage:
            for slot in document["slots"]:
                if slot["kind"] == "recovery":
                    slot["sealed_key"] = base64.b64encode(os.urandom(48)).decode()
        else:
            document["slots"] = [s for s in document["slots"] if s["kind"] != "recovery"]
        generation.write_text(json.dumps(document))


def test_a_removed_recovery_slot_is_noticed_and_made_again(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    assert vault.keys.status(team.owner).recovery_slot == "ok"
    edit_recovery_slot(data_dir)
    status = vault.keys.status(team.owner)
    assert status.recovery_slot == "missing"
    key = read_recovery_key_file(recovery_key_file)
    vault.keys.add_recovery_slot(team.owner, key)
    assert vault.keys.status(team.owner).recovery_slot == "ok"
    logged = vault.database.scalar(
        "SELECT detail FROM audit_log WHERE action = 'keys.add_slot' ORDER BY seq DESC"
    )
    assert logged == "slot=recovery"
    vault.close()
    open_vault(data_dir, Unlock(recovery_key=key), device_store).close()


def test_a_recovery_slot_the_salons_key_does_not_open_is_noticed(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path
) -> None:
    edit_recovery_slot(data_dir, damage=True)
    assert vault.keys.status(team.owner).recovery_slot == "not_this_key"
    vault.keys.add_recovery_slot(team.owner, read_recovery_key_file(recovery_key_file))
    assert vault.keys.status(team.owner).recovery_slot == "ok"


def test_the_vault_records_that_it_must_have_a_recovery_slot(vault: Vault) -> None:
    stored = vault.database.scalar("SELECT value FROM settings WHERE key = 'recovery_slot'")
    assert json.loads(stored) == "required"


def test_only_the_salons_own_recovery_key_makes_the_slot(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path
) -> None:
    edit_recovery_slot(data_dir)
    with pytest.raises(KeyUnavailable, match="replace the recovery key"):
        vault.keys.add_recovery_slot(team.owner, generate_recovery_key())
    with pytest.raises(PermissionDenied):
        vault.keys.add_recovery_slot(team.receptionist, read_recovery_key_file(recovery_key_file))
    assert vault.keys.status(team.owner).recovery_slot == "missing"
