"""Kill a process at random moments while it rewrites the key slots: the vault always opens."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salonvault.domain.errors import KeyUnavailable
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, read_generations, read_slot_file
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import NAMES, PINS

PASSPHRASE = "blue orchid counter morning"

# The child opens the vault, signs the owner in, says "ready", then rewrites slots forever.
CHILD = """
import sys
from pathlib import Path
from salonvault.services.vault.opening import Unlock, open_vault
data_dir, mode, name, pin, passphrase = sys.argv[1:6]
try:
    vault = open_vault(Path(data_dir))
except Exception:
    vault = open_vault(Path(data_dir), Unlock(passphrase=passphrase))
owner = vault.auth.sign_in(name, pin)
print("ready", flush=True)
while True:
    if mode == "switch":
        vault.keys.use_passphrase(owner, passphrase)
    vault.keys.use_device(owner)
"""


def kill_at_random(data_dir: Path, mode: str, rng: random.Random, window: float) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(data_dir),
            mode,
            NAMES[Role.OWNER],
            PINS[Role.OWNER],
            PASSPHRASE,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else line
    time.sleep(rng.uniform(0, window))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def assert_closed_ways_stay_closed(data_dir: Path, store: DeviceKeyStore) -> None:
    """Once the current slot file has no device slot (passphrase mode), no generation's device
    slot may still have its key: the .prev copy must not reopen what the owner closed."""
    generations = read_generations(VaultPaths(data_dir).slot_file)
    current = read_slot_file(VaultPaths(data_dir).slot_file)
    if current.find(SlotKind.DEVICE) is not None:
        return
    for generation in generations:
        slot = generation.find(SlotKind.DEVICE)
        if slot is not None:
            assert store.load(slot.params["key_id"]) is None, "a closed way still opens"


def assert_opens(data_dir: Path, store: DeviceKeyStore, recovery_key_file: Path) -> str:
    """The vault opens the everyday way (device or passphrase) and with the recovery key."""
    try:
        everyday = open_vault(data_dir, device_store=store)
        way = "device"
    except KeyUnavailable:
        everyday = open_vault(data_dir, Unlock(passphrase=PASSPHRASE), store)
        way = "passphrase"
    assert everyday.log.verify().ok
    everyday.close()
    key = read_recovery_key_file(recovery_key_file)
    open_vault(data_dir, Unlock(recovery_key=key), store).close()
    return way


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "kills", "window"), [("rotate", 24, 0.25), ("switch", 6, 2.0)])
def test_killed_slot_writer_never_locks_the_salon_out(
    vault: Vault,
    data_dir: Path,
    device_store: DeviceKeyStore,
    recovery_key_file: Path,
    mode: str,
    kills: int,
    window: float,
) -> None:
    vault.close()
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    for number in range(kills):
        kill_at_random(data_dir, mode, rng, window)
        try:
            assert_opens(data_dir, device_store, recovery_key_file)
        except Exception as error:
            pytest.fail(f"kill {number} (seed {seed}) left the vault unopenable: {error}")
        assert_closed_ways_stay_closed(data_dir, device_store)
        slots = read_slot_file(VaultPaths(data_dir).slot_file)
        assert slots.find(SlotKind.RECOVERY) is not None
