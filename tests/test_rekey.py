"""Re-keying the vault (issue 20, item 5): a new data key through SQLCipher's rekey, every slot
sealed anew, and an old copy of the slot file with the old device key (or the old passphrase)
no longer opens the vault. A crash at any point leaves a vault that opens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import (
    KeyUnavailable,
    PermissionDenied,
    ValidationError,
    VaultDamaged,
    WrongPassphrase,
)
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, pending_path, read_slot_file
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from salonvault.storage.database import VaultBusy
from tests.helpers import data_key_of, raw_connection
from tests.support import FakeClock, Team

PASSPHRASE = "correct horse battery staple"


def _keep_copies(data_dir: Path, key_dir: Path, into: Path) -> None:
    """What someone could have kept: the slot files and this PC's device key files."""
    into.mkdir()
    for path in VaultPaths(data_dir).slot_file.parent.glob("keyslots.json*"):
        shutil.copy2(path, into / path.name)
    shutil.copytree(key_dir, into / "keys")


def _put_back(kept: Path, data_dir: Path, key_dir: Path) -> None:
    for path in kept.glob("keyslots.json*"):
        shutil.copy2(path, data_dir / path.name)
    shutil.copytree(kept / "keys", key_dir, dirs_exist_ok=True)


def _old_key_opens(data_dir: Path, old_key: bytes) -> bool:
    connection = raw_connection(data_dir, old_key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # sqlcipher3.DatabaseError: file is not a database
        return False
    finally:
        connection.close()


def test_old_slot_files_and_the_old_device_key_no_longer_open_a_rekeyed_vault(
    vault: Vault,
    team: Team,
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    isolated_key_store: Path,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Rekey", "Trần"))
    old_data_key = data_key_of(data_dir, device_store)
    old_device_key = str(read_slot_file(VaultPaths(data_dir).slot_file).slots[0].params["key_id"])
    _keep_copies(data_dir, isolated_key_store, tmp_path / "kept")
    phases: list[str] = []

    outcome = vault.keys.rekey(team.owner, progress=lambda phase, _d, _t: phases.append(phase))

    assert set(outcome.slots) == {SlotKind.DEVICE, SlotKind.RECOVERY}
    assert outcome.pages > 0 and phases[0] == "preparing" and phases[-1] == "slots"
    assert "re-encrypting" in phases
    assert device_store.load(old_device_key) is None, "the old device key is deleted"
    assert not pending_path(VaultPaths(data_dir).slot_file).exists()
    # The open vault keeps working, its second connections included (backup, file check).
    assert vault.clients.open(team.owner, client.id).family_name == "Rekey"
    usb = tmp_path / "usb"
    usb.mkdir()
    vault.backups.backup(team.owner, usb)
    assert vault.check_file() is None
    logged = vault.database.scalar("SELECT detail FROM audit_log WHERE action = 'keys.rekey'")
    assert str(logged).startswith("slots=device,recovery pages=")
    assert vault.log.verify().ok
    vault.close()

    assert not _old_key_opens(data_dir, old_data_key)
    open_vault(data_dir, device_store=device_store, clock=clock).close()
    key = read_recovery_key_file(recovery_key_file)
    open_vault(data_dir, Unlock(recovery_key=key), device_store, clock).close()

    _put_back(tmp_path / "kept", data_dir, isolated_key_store)  # the old copies, both of them
    assert device_store.load(old_device_key) is not None
    with pytest.raises((KeyUnavailable, VaultDamaged)):
        open_vault(data_dir, device_store=device_store, clock=clock)
    with pytest.raises((KeyUnavailable, VaultDamaged)):
        open_vault(data_dir, Unlock(recovery_key=key), device_store, clock)


@pytest.mark.slow  # passphrase KDF at real cost, several times
def test_a_passphrase_vault_is_rekeyed_with_the_owners_passphrase(
    vault: Vault,
    team: Team,
    data_dir: Path,
    device_store: DeviceKeyStore,
    clock: FakeClock,
    tmp_path: Path,
    isolated_key_store: Path,
) -> None:
    vault.keys.use_passphrase(team.owner, PASSPHRASE)
    _keep_copies(data_dir, isolated_key_store, tmp_path / "kept")
    with pytest.raises(ValidationError):
        vault.keys.rekey(team.owner)
    with pytest.raises(WrongPassphrase):
        vault.keys.rekey(team.owner, "wrong horse battery staple")
    outcome = vault.keys.rekey(team.owner, PASSPHRASE)
    assert set(outcome.slots) == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    assert list(isolated_key_store.iterdir()) == [], "no device key for a passphrase vault"
    vault.close()
    open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store, clock).close()
    _put_back(tmp_path / "kept", data_dir, isolated_key_store)  # the old passphrase slot
    with pytest.raises((KeyUnavailable, VaultDamaged)):
        open_vault(data_dir, Unlock(passphrase=PASSPHRASE), device_store, clock)


def test_only_the_owner_rekeys(vault: Vault, team: Team) -> None:
    with pytest.raises(PermissionDenied):
        vault.keys.rekey(team.receptionist)


class Killed(BaseException):
    """Stands for the process dying at that point: nothing after it runs."""


def test_a_rekeying_that_died_after_the_database_changed_key_is_finished_when_opened(
    vault: Vault,
    team: Team,
    data_dir: Path,
    device_store: DeviceKeyStore,
    clock: FakeClock,
    recovery_key_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old_device_key = str(vault.keys.slot(SlotKind.DEVICE).params["key_id"])

    def die(*_args: object) -> int:
        raise Killed()

    monkeypatch.setattr("salonvault.services.keys.rekey._promote", die)
    monkeypatch.setattr("salonvault.services.keys.rekey.remove_pending_slot_file", die)
    with pytest.raises(Killed):
        vault.keys.rekey(team.owner)
    monkeypatch.undo()
    vault.close()
    slot_path = VaultPaths(data_dir).slot_file
    assert pending_path(slot_path).exists()  # the new slots wait beside the old slot file

    reopened = open_vault(data_dir, device_store=device_store, clock=clock)
    settled = reopened.database.scalar(
        "SELECT detail FROM audit_log WHERE action = 'keys.rekey_settled'"
    )
    assert settled == "outcome=finished"
    assert reopened.log.verify().ok
    reopened.close()
    assert not pending_path(slot_path).exists()
    assert device_store.load(old_device_key) is None
    key = read_recovery_key_file(recovery_key_file)
    open_vault(data_dir, Unlock(recovery_key=key), device_store, clock).close()


def test_a_rekeying_that_died_before_the_database_changed_key_is_undone_when_opened(
    vault: Vault,
    team: Team,
    data_dir: Path,
    device_store: DeviceKeyStore,
    isolated_key_store: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys_before = sorted(p.name for p in isolated_key_store.iterdir())

    def die(*_args: object, **_kwargs: object) -> None:
        raise Killed()

    monkeypatch.setattr("salonvault.storage.database.Database.rekey", die)
    monkeypatch.setattr("salonvault.services.keys.rekey.remove_pending_slot_file", die)
    monkeypatch.setattr(
        "salonvault.services.keys.slot_writer.SlotWriter.drop_unused_key", lambda *_: None
    )
    with pytest.raises(Killed):
        vault.keys.rekey(team.owner)
    monkeypatch.undo()
    vault.close()
    slot_path = VaultPaths(data_dir).slot_file
    assert pending_path(slot_path).exists()
    assert len(list(isolated_key_store.iterdir())) == len(keys_before) + 1  # the new key

    reopened = open_vault(data_dir, device_store=device_store, clock=clock)
    settled = reopened.database.scalar(
        "SELECT detail FROM audit_log WHERE action = 'keys.rekey_settled'"
    )
    reopened.close()
    assert settled == "outcome=undone"
    assert not pending_path(slot_path).exists()
    assert sorted(p.name for p in isolated_key_store.iterdir()) == keys_before


def test_the_window_keeps_reading_while_another_connection_rekeys(
    vault: Vault, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The re-keying runs on a connection of its own; the vault's own connection reads the
    vault as it was, even once the new key is committed and before it reopens under it (the
    window's idle timer reads every second), and a write is refused, not left waiting."""
    from salonvault.storage import database as database_module

    clients = vault.database.scalar("SELECT count(*) FROM clients")
    seen: dict[str, object] = {}
    real = database_module._wal_watched

    @contextmanager
    def committed_then_read(*args: Any) -> Iterator[None]:
        with real(*args):
            yield
        seen["clients"] = vault.database.scalar("SELECT count(*) FROM clients")
        seen["session"] = vault.guard.status(team.owner).staff_name
        try:
            vault.clients.create(team.owner, ClientInput("During", "Rekey"))
        except VaultBusy as refused:
            seen["write"] = str(refused)

    monkeypatch.setattr(database_module, "_wal_watched", committed_then_read)
    vault.keys.rekey(team.owner)
    assert seen["clients"] == clients and seen["session"] == team.owner.staff_name
    assert "re-keyed" in str(seen["write"])
    vault.clients.create(team.owner, ClientInput("After", "Rekey"))  # writes again
