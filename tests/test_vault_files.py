"""The vault's files: private modes, secrets out of reprs, set-up that cleans only its own mess,
and a busy vault that is never called damaged."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import salonvault.services.vault.opening as vault_module
import salonvault.storage.database as database_module
from salonvault.domain.errors import ValidationError, VaultError, VaultExists
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, create_vault, open_vault
from tests.helpers import data_key_of, raw_connection
from tests.support import NAMES, PINS, FakeClock


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_vault_folder_and_files_are_private(vault: Vault, data_dir: Path) -> None:
    vault.auth.sign_in(NAMES[next(iter(NAMES))], PINS[next(iter(PINS))])
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_secrets_stay_out_of_reprs(vault: Vault) -> None:
    assert "horse" not in repr(Unlock(passphrase="correct horse battery staple"))
    record = vault.staff._repo.list_all()[0]
    assert "argon2" not in repr(record)


def test_bad_set_up_values_write_nothing(
    tmp_path: Path, device_store: DeviceKeyStore, isolated_key_store: Path
) -> None:
    for name, pin in (("Hoa", "123456"), ("", "482913")):
        with pytest.raises(ValidationError):
            create_vault(tmp_path / "salon", "Salon", name, pin, tmp_path / "key.txt", device_store)
    assert not (tmp_path / "salon").exists()
    assert not (tmp_path / "key.txt").exists()
    assert list(isolated_key_store.iterdir()) == []


def test_a_vault_appearing_mid_set_up_is_left_alone(
    tmp_path: Path, device_store: DeviceKeyStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process creates vault.db while we write the slot file: we remove only ours."""
    data_dir = tmp_path / "salon"
    real_write = vault_module.write_slot_file

    def racing_write(path: Path, slot_file: object) -> None:
        real_write(path, slot_file)  # type: ignore[arg-type]
        VaultPaths(data_dir).database.write_bytes(b"someone else's vault")

    monkeypatch.setattr(vault_module, "write_slot_file", racing_write)
    with pytest.raises(VaultExists):
        create_vault(data_dir, "Salon", "Hoa", "482913", None, device_store)
    assert VaultPaths(data_dir).database.read_bytes() == b"someone else's vault"
    assert not VaultPaths(data_dir).slot_file.exists()


def test_a_busy_vault_is_busy_not_damaged(
    vault: Vault,
    data_dir: Path,
    device_store: DeviceKeyStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_module, "_BUSY_TIMEOUT_MS", 200)
    writer = raw_connection(data_dir, data_key_of(data_dir, device_store))
    writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(VaultError) as opening:
            open_vault(data_dir, device_store=device_store, clock=clock)
        assert "busy" in str(opening.value) and "damaged" not in str(opening.value)
        vault.database.execute("PRAGMA busy_timeout = 200")  # this test's patience, not 10 s
        with pytest.raises(VaultError, match="busy"):
            vault.auth.sign_in(NAMES[next(iter(NAMES))], PINS[next(iter(PINS))])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    open_vault(data_dir, device_store=device_store, clock=clock).close()
