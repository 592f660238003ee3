"""Kill a process at random moments while it re-keys the vault over and over: the vault always
opens, the everyday way and with the recovery key, its log verifies, and no half-done re-keying
is left behind once it has been opened (issue 20, item 5)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import pending_path
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import NAMES, PINS, scaled

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# The child opens the vault, signs the owner in, says "ready", then re-keys forever.
CHILD = """
import sys
from pathlib import Path
from salonvault.services.vault.opening import open_vault
data_dir, name, pin = sys.argv[1:4]
vault = open_vault(Path(data_dir))
owner = vault.auth.sign_in(name, pin)
print("ready", flush=True)
while True:
    vault.keys.rekey(owner)
"""


def _kill_at_random(data_dir: Path, rng: random.Random, window: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), NAMES[Role.OWNER], PINS[Role.OWNER]],
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


@pytest.mark.slow
def test_a_killed_rekeying_never_locks_the_salon_out(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, recovery_key_file: Path
) -> None:
    vault.close()
    key = read_recovery_key_file(recovery_key_file)
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    for number in range(scaled(10, soak_factor=10)):
        _kill_at_random(data_dir, rng, 1.5)
        note = f"kill {number} (seed {seed})"
        try:
            everyday = open_vault(data_dir, device_store=device_store)
            assert everyday.log.verify().ok, note
            assert everyday.database.check_integrity() == [], note
            everyday.close()
            open_vault(data_dir, Unlock(recovery_key=key), device_store).close()
        except Exception as error:
            pytest.fail(f"{note} left the vault unopenable: {error}")
        assert not pending_path(VaultPaths(data_dir).slot_file).exists(), note
    # A kill between recording a new key and writing the slot file that names it leaves that
    # key behind until the next change of keys, which tidies first.
    last = open_vault(data_dir, device_store=device_store)
    last.keys.rekey(last.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER]))
    last.close()
    keys_left = len(list(device_store._fallback_dir.iterdir()))
    assert keys_left == 1, f"device keys left behind after the kills (seed {seed})"
