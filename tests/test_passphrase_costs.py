"""Passphrase slot costs (issue 20, item 6): a slot may ask only for what this program writes,
with headroom; anything else is named as unusual, never tried and never "Wrong passphrase"."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.errors import KeyUnavailable, WrongPassphrase
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.passphrase import DEFAULT_KDF_PARAMS
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import Team

PASSPHRASE = "correct horse battery staple"
# Every test makes and opens passphrase slots: Argon2id at real cost (256 MiB and more).
pytestmark = pytest.mark.slow


def _edit_passphrase_slot(data_dir: Path, **changes: Any) -> None:
    """As someone who can write the data folder would: both slot-file generations."""
    path = VaultPaths(data_dir).slot_file
    for generation in (path, path.with_name(path.name + ".prev")):
        if not generation.exists():
            continue
        document = json.loads(generation.read_text())
        for slot in document["slots"]:
            if slot["kind"] == "passphrase":
                slot["params"].update(changes)
        generation.write_text(json.dumps(document))


def _opening_refusal(data_dir: Path, device_store: DeviceKeyStore) -> tuple[Exception, float]:
    started = time.perf_counter()
    with pytest.raises(KeyUnavailable) as caught:
        open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store).close()
    return caught.value, time.perf_counter() - started


@pytest.mark.parametrize(
    "changes",
    [
        {"time_cost": 13},  # the program writes 6 (it once wrote 4)
        {"parallelism": 16},
        {"memory_kib": 1024 * 1024},  # 1 GiB; the program writes 256 MiB
        {"time_cost": 24, "memory_kib": 2 * 1024 * 1024},  # 83 s and 2 GiB per try before
    ],
)
def test_a_slot_asking_for_unusual_costs_is_named_and_not_tried(
    vault: Vault,
    team: Team,
    data_dir: Path,
    device_store: DeviceKeyStore,
    changes: dict[str, int],
) -> None:
    vault.keys.use_passphrase(team.owner, PASSPHRASE)
    vault.close()
    _edit_passphrase_slot(data_dir, **changes)
    refusal, seconds = _opening_refusal(data_dir, device_store)
    assert not isinstance(refusal, WrongPassphrase), "the owner must not be told the wrong thing"
    assert "unusual" in str(refusal)
    assert "recovery key" in str(refusal)
    assert seconds < 0.5, "the costs were refused before any hashing"
    assert getattr(refusal, "key", None) == "keys.passphrase_slot_unusual"  # decision 0032
    for name, value in changes.items():
        assert getattr(refusal, "asked", {}).get(name) == value


def test_what_the_program_writes_and_wrote_still_opens(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.keys.use_passphrase(team.owner, PASSPHRASE)
    vault.close()
    assert DEFAULT_KDF_PARAMS["time_cost"] == 6
    open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store).close()
    _edit_passphrase_slot(data_dir, time_cost=4)  # release 0.1's first passphrase slots
    with pytest.raises(WrongPassphrase):  # the costs are accepted: only the key differs now
        open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store)
