"""The data folder is this user's alone (issue 20 item 8): every file the program writes in it is
0600 and every folder it makes there is 0700, whatever the umask: the vault made, backed up,
checked, restored into a folder someone made 0755, restored over itself (`replaced-…/`), and
upgraded (`backups/before-upgrade/`). Files leaving the vault have their own door and tests
(test_outbound_files.py)."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from salonvault.backup.check import decrypt_into, remove_copy
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, open_vault
from salonvault.services.vault.restore import finish_restore, restore_into_empty
from tests.support import FakeClock, Team

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0"


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """0022, as most desktops have it: anything not made private explicitly comes out 0644."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def modes_under(folder: Path) -> dict[str, str]:
    """Every entry below `folder` (and `folder` itself) whose mode is not private."""
    loose = {}
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        private = 0o700 if path.is_dir() else 0o600
        if mode != private:
            loose[str(path.relative_to(folder.parent))] = oct(mode)
    return loose


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_a_vault_backed_up_and_checked_keeps_its_folder_private(
    vault: Vault, team: Team, usb: Path
) -> None:
    made = vault.backups.backup(team.owner, usb)
    vault.backups.verify(team.owner, made.path)
    vault.backups.drill(team.owner, made.path)
    assert modes_under(vault.paths.data_dir) == {}


def test_a_working_copy_is_private_while_it_exists(
    vault: Vault, team: Team, usb: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    made = vault.backups.backup(team.owner, usb)
    key = read_recovery_key_file(recovery_key_file)
    copy = vault.paths.data_dir / ".verify-test.db"
    decrypt_into(made.path, key.secret, copy, os.urandom(32))
    try:
        assert oct(stat.S_IMODE(copy.stat().st_mode)) == oct(0o600)
    finally:
        remove_copy(copy)


def test_a_restore_into_an_existing_open_folder_makes_it_private(
    vault: Vault, team: Team, usb: Path, recovery_key_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    made = vault.backups.backup(team.owner, usb)
    target = tmp_path / "new-pc" / "SalonVault"
    target.mkdir(parents=True, mode=0o755)
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    key = read_recovery_key_file(recovery_key_file)
    restored = restore_into_empty(target, made.path, key, store, clock=clock)
    restored.close()
    assert modes_under(target) == {}


def test_a_restore_into_a_new_folder_makes_every_missing_folder_private(
    vault: Vault, team: Team, usb: Path, recovery_key_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    made = vault.backups.backup(team.owner, usb)
    target = tmp_path / "made-by-restore" / "deeper" / "SalonVault"
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    key = read_recovery_key_file(recovery_key_file)
    restore_into_empty(target, made.path, key, store, clock=clock).close()
    assert modes_under(tmp_path / "made-by-restore") == {}


def test_a_restore_over_the_vault_keeps_the_replaced_files_private(
    vault: Vault, team: Team, usb: Path, clock: FakeClock
) -> None:
    made = vault.backups.backup(team.owner, usb)
    staged = vault.backups.prepare_restore(team.owner, made.path)
    outcome = finish_restore(vault, staged, made.path, by="owner", clock=clock)
    try:
        assert outcome.kept_aside is not None and outcome.kept_aside.name.startswith("replaced-")
        assert modes_under(outcome.vault.paths.data_dir) == {}
    finally:
        outcome.vault.close()


def test_an_upgrade_and_its_backup_folder_are_private(tmp_path: Path, clock: FakeClock) -> None:
    """A vault file copied in by hand with 0644 (as an older version restored it) is made
    private when the vault opens."""
    data_dir = tmp_path / "salon"
    data_dir.mkdir(mode=0o755)
    for name in ("vault.db", "keyslots.json"):
        shutil.copy(RELEASE / name, data_dir / name)
        os.chmod(data_dir / name, 0o644)
    key = read_recovery_key_file(RELEASE / "recovery-key.txt")
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    vault = open_vault(data_dir, Unlock(recovery_key=key), store, clock)
    try:
        assert list(data_dir.glob("backups/before-upgrade/*.svbak"))
        assert modes_under(data_dir) == {}
    finally:
        vault.close()
