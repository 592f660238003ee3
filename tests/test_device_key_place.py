"""The weak fallback device key never lives in or under the vault's folder (issue 20, after the
review). On Windows and macOS platformdirs gives the config folder and the data folder the same
place, so release 0.1.0's `<config>/keys` sat inside the data folder: a copy of the folder
carried the key that opens it. These tests lay out the folders the way those systems do."""

from __future__ import annotations

from pathlib import Path

import keyring
import platformdirs
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail as fail_backend

from salonvault.domain.errors import KeyUnavailable
from salonvault.security.device_store import FALLBACK_DIR_ENV, DeviceKeyStore
from salonvault.services.vault.opening import Unlock, create_vault, open_vault

LAYOUTS = {  # where platformdirs puts SalonVault's config and data folders (both the same)
    "windows": "Users/Lan/AppData/Local/SalonVault",
    "macos": "Users/lan/Library/Application Support/SalonVault",
}


@pytest.fixture(params=sorted(LAYOUTS))
def same_config_and_data(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The default data folder, with the config folder the same place and no key folder chosen
    by the environment: as the program runs for a salon on that system."""
    home = tmp_path / LAYOUTS[request.param]
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *_a, **_k: str(home))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_a, **_k: str(home))
    monkeypatch.delenv(FALLBACK_DIR_ENV, raising=False)
    return home


def key_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.key")) if folder.exists() else []


def test_a_new_vault_keeps_its_device_key_outside_the_data_folder(
    same_config_and_data: Path,
) -> None:
    data_dir = same_config_and_data
    create_vault(data_dir, "Tiệm Lan", "Lan", "482613", None, DeviceKeyStore(use_os_store=False))
    assert key_files(data_dir) == [], "no key file in or under the data folder"
    beside = data_dir.parent / "SalonVault device keys"
    assert len(key_files(beside)) == 1
    open_vault(data_dir, Unlock(), DeviceKeyStore(use_os_store=False)).close()


def test_a_key_release_0_1_0_left_in_the_data_folder_is_moved_out_when_read(
    same_config_and_data: Path, tmp_path: Path
) -> None:
    data_dir = same_config_and_data
    elsewhere = tmp_path / "made-elsewhere"
    create_vault(data_dir, "Salon Ola", "Ola", "482613", None, DeviceKeyStore(elsewhere, False))
    (key_file,) = key_files(elsewhere)
    old_place = data_dir / "keys"  # where 0.1.0 put it: <config>/keys, the data folder here
    old_place.mkdir()
    key_file.rename(old_place / key_file.name)

    vault = open_vault(data_dir, Unlock(), DeviceKeyStore(use_os_store=False))
    vault.close()
    assert key_files(data_dir) == [], "the key left the data folder"
    beside = data_dir.parent / "SalonVault device keys"
    assert [p.name for p in key_files(beside)] == [key_file.name]
    vault = open_vault(data_dir, Unlock(), DeviceKeyStore(use_os_store=False))  # from the new place
    vault.close()


def test_a_key_folder_chosen_inside_the_data_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "salon"
    monkeypatch.setenv(FALLBACK_DIR_ENV, str(data_dir / "keys"))
    with pytest.raises(KeyUnavailable, match="inside the vault's folder") as refused:
        create_vault(data_dir, "Salon", "Ola", "482613", None, DeviceKeyStore(use_os_store=False))
    assert "\n" not in str(refused.value)
    assert key_files(data_dir) == []


def test_where_config_and_data_differ_the_key_folder_stays_where_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux: ~/.config/SalonVault/keys beside ~/.local/share/SalonVault, as in release 0.1.0."""
    config, data = tmp_path / ".config/SalonVault", tmp_path / ".local/share/SalonVault"
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *_a, **_k: str(config))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_a, **_k: str(data))
    monkeypatch.delenv(FALLBACK_DIR_ENV, raising=False)
    store = DeviceKeyStore(use_os_store=False)
    assert f"a key file in {config / 'keys'} (weak" in store.protection.description


class CredentialManager(KeyringBackend):
    """Stands in for keyring's Windows backend: a `persist` property that defaults to
    "enterprise" (keyring's default there), and what each credential was written with."""

    priority = 5
    persist = "enterprise"

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], tuple[str, str]] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = (password, self.persist)

    def get_password(self, service: str, username: str) -> str | None:
        found = self.kept.get((service, username))
        return found[0] if found else None

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_on_windows_the_device_key_is_kept_on_this_pc_across_sign_outs() -> None:
    """Credential Manager's "local machine": survives signing out and restarts, and never
    roams to other PCs with a roaming profile ("enterprise" does)."""
    manager = CredentialManager()
    keyring.set_keyring(manager)
    try:
        store = DeviceKeyStore(use_os_store=True)
        key_id, key = store.create("vault")
        assert store.load(key_id) == key
    finally:
        keyring.set_keyring(fail_backend.Keyring())
    (persistence,) = [persist for _key, persist in manager.kept.values()]
    assert persistence == "local machine"
