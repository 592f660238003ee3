"""Key slots: wrapping, binding, the recovery and passphrase slots, torn slot files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salonvault.domain.errors import KeyUnavailable, ValidationError, VaultDamaged
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import (
    SlotFile,
    SlotKind,
    new_data_key,
    read_generations,
    read_slot_file,
    seal,
    unseal,
    write_slot_file,
)
from salonvault.security.recovery import (
    generate_recovery_key,
    parse_recovery_key,
    read_recovery_key_file,
)
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault
from tests.support import NAMES, PINS, FakeClock, Team


def test_seal_binds_kind_and_vault_id() -> None:
    data_key, wrapping = new_data_key(), new_data_key()
    slot = seal(data_key, wrapping, SlotKind.DEVICE, "vault-a")
    assert unseal(slot, wrapping, "vault-a") == data_key
    with pytest.raises(KeyUnavailable):
        unseal(slot, wrapping, "vault-b")  # moved to another vault
    relabelled = type(slot)(SlotKind.RECOVERY, slot.nonce, slot.sealed_key, slot.params)
    with pytest.raises(KeyUnavailable):
        unseal(relabelled, wrapping, "vault-a")  # passed off as another kind
    with pytest.raises(KeyUnavailable):
        unseal(slot, new_data_key(), "vault-a")  # wrong wrapping key


def test_slot_file_holds_no_key_material_in_the_clear(vault: Vault, data_dir: Path) -> None:
    text = VaultPaths(data_dir).slot_file.read_text()
    document = json.loads(text)
    assert {s["kind"] for s in document["slots"]} == {"device", "recovery"}
    recovery = next(s for s in document["slots"] if s["kind"] == "recovery")
    assert recovery["params"]["recipient"].startswith("age1")
    assert "AGE-SECRET-KEY" not in text


def test_vault_opens_with_recovery_key_after_device_slot_is_deleted(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    vault.keys.remove_device_slot(team.owner)
    vault.close()
    assert read_slot_file(VaultPaths(data_dir).slot_file).find(SlotKind.DEVICE) is None
    with pytest.raises(KeyUnavailable, match="recovery key"):
        open_vault(data_dir, device_store=device_store)
    key = read_recovery_key_file(recovery_key_file)
    reopened = open_vault(data_dir, Unlock(recovery_key=key), device_store)
    session = reopened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    assert session.role is Role.OWNER
    reopened.keys.use_device(session)  # the owner gives this PC a device slot again
    reopened.close()
    open_vault(data_dir, device_store=device_store).close()


def test_wrong_recovery_key_is_refused(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.close()
    with pytest.raises(KeyUnavailable, match="another vault"):
        open_vault(data_dir, Unlock(recovery_key=generate_recovery_key()), device_store)


def test_edited_recipient_hint_neither_locks_out_nor_redirects_backups(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    real = read_recovery_key_file(recovery_key_file)
    path = VaultPaths(data_dir).slot_file
    document = json.loads(path.read_text())
    for slot in document["slots"]:
        if slot["kind"] == "recovery":
            slot["params"]["recipient"] = generate_recovery_key().public_key
    path.write_text(json.dumps(document))
    status = vault.keys.status(team.owner)
    assert status.backup_public_key == real.public_key  # backups still go to the real key
    assert not status.slot_file_recipient_ok  # and the edit is reported
    vault.close()
    open_vault(data_dir, Unlock(recovery_key=real), device_store).close()  # not locked out


def test_recovery_key_with_forged_public_key_line_is_refused(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    """Even if someone edits the slot's public recipient to match a key of theirs, GCM refuses."""
    vault.close()
    intruder = generate_recovery_key()
    path = VaultPaths(data_dir).slot_file
    document = json.loads(path.read_text())
    for slot in document["slots"]:
        if slot["kind"] == "recovery":
            slot["params"]["recipient"] = intruder.public_key
    path.write_text(json.dumps(document))
    with pytest.raises(KeyUnavailable, match="does not open"):
        open_vault(data_dir, Unlock(recovery_key=intruder), device_store)


@pytest.mark.parametrize(
    "text",
    ["", "hello", "AGE-SECRET-KEY-1QQQQ", "AGE-SECRET-KEY-1AAA\nAGE-SECRET-KEY-1BBB"],
)
def test_malformed_recovery_keys_get_a_clear_message(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_recovery_key(text)
    assert error.value.field == "recovery_key"


def test_recovery_key_typed_in_lower_case_is_accepted() -> None:
    key = generate_recovery_key()
    assert parse_recovery_key(key.secret.lower()).public_key == key.public_key


def test_recovery_key_file_is_an_age_identity_file_kept_private(
    recovery_key_file: Path, vault: Vault
) -> None:
    text = recovery_key_file.read_text()
    assert "# public key: age1" in text
    assert sum(line.startswith("AGE-SECRET-KEY-1") for line in text.splitlines()) == 1
    assert recovery_key_file.stat().st_mode & 0o077 == 0


def test_after_a_recovery_key_open_this_pc_gets_a_new_device_key(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    """The key store lost this PC's key (a reinstalled system): the owner opens with the
    recovery key once, the PC gets a new device slot, and the next start needs nothing."""
    old_slot = read_slot_file(VaultPaths(data_dir).slot_file).find(SlotKind.DEVICE)
    assert old_slot is not None
    assert vault.keys.renew_device_key_after_recovery() is False  # its key still opens it
    vault.close()
    device_store.delete(str(old_slot.params["key_id"]))
    with pytest.raises(KeyUnavailable, match="missing"):
        open_vault(data_dir, device_store=device_store)
    key = read_recovery_key_file(recovery_key_file)
    reopened = open_vault(data_dir, Unlock(recovery_key=key), device_store)
    assert reopened.keys.renew_device_key_after_recovery() is True
    assert reopened.keys.renew_device_key_after_recovery() is False  # once is enough
    added = reopened.database.query(
        "SELECT detail FROM audit_log WHERE action = 'keys.add_slot' ORDER BY seq"
    )
    assert [row[0] for row in added] == ["slot=device after=recovery_key"]
    reopened.close()
    kinds = sorted(s.kind for s in read_slot_file(VaultPaths(data_dir).slot_file).slots)
    assert kinds == [SlotKind.DEVICE, SlotKind.RECOVERY]
    open_vault(data_dir, device_store=device_store).close()  # by itself again


@pytest.mark.slow  # passphrase KDF at real cost
def test_a_passphrase_vault_opened_with_the_recovery_key_gets_no_device_key(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    """The salon chose the owner's passphrase each morning: a recovery-key open keeps that."""
    vault.keys.use_passphrase(team.owner, "correct horse battery staple")
    vault.close()
    key = read_recovery_key_file(recovery_key_file)
    reopened = open_vault(data_dir, Unlock(recovery_key=key), device_store)
    assert reopened.keys.renew_device_key_after_recovery() is False
    reopened.close()
    kinds = {s.kind for s in read_slot_file(VaultPaths(data_dir).slot_file).slots}
    assert kinds == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}


@pytest.mark.slow  # passphrase KDF at real cost
def test_a_passphrase_slot_deleted_from_the_slot_file_does_not_become_a_device_key(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    """The slot file is not authenticated: someone who deletes its passphrase slot forces a
    recovery-key opening, which must not turn the vault into one that opens by itself."""
    vault.keys.use_passphrase(team.owner, "correct horse battery staple")
    vault.close()
    slot_path = VaultPaths(data_dir).slot_file
    for generation in (slot_path, slot_path.with_name(slot_path.name + ".prev")):
        if generation.exists():
            document = json.loads(generation.read_text())
            document["slots"] = [s for s in document["slots"] if s["kind"] != "passphrase"]
            generation.write_text(json.dumps(document))
    key = read_recovery_key_file(recovery_key_file)
    reopened = open_vault(data_dir, Unlock(recovery_key=key), device_store)
    assert reopened.keys.renew_device_key_after_recovery() is False
    reopened.close()
    assert {s.kind for s in read_slot_file(slot_path).slots} == {SlotKind.RECOVERY}


@pytest.mark.slow  # passphrase KDF at real cost
def test_an_older_passphrase_vault_records_its_mode_when_opened_with_the_passphrase(
    vault: Vault, team: Team, data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore
) -> None:
    vault.keys.use_passphrase(team.owner, "correct horse battery staple")
    vault.database.execute("DELETE FROM settings WHERE key = 'open_mode'")  # as made before
    vault.close()
    opened = open_vault(data_dir, Unlock(passphrase="correct horse battery staple"), device_store)
    assert opened.database.scalar("SELECT value FROM settings WHERE key = 'open_mode'") == (
        '"passphrase"'
    )
    opened.close()


def test_a_failed_slot_write_leaves_no_new_key_in_the_store(
    vault: Vault,
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = read_slot_file(VaultPaths(data_dir).slot_file).find(SlotKind.DEVICE)
    assert old is not None
    vault.close()
    device_store.delete(str(old.params["key_id"]))
    key = read_recovery_key_file(recovery_key_file)
    reopened = open_vault(data_dir, Unlock(recovery_key=key), device_store)
    keys_before = sorted(p.name for p in device_store._fallback_dir.iterdir())

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("salonvault.services.keys.write_slot_file", disk_full)
    with pytest.raises(OSError, match="space"):
        reopened.keys.renew_device_key_after_recovery()
    assert sorted(p.name for p in device_store._fallback_dir.iterdir()) == keys_before
    reopened.close()


def test_a_key_store_that_refuses_a_key_is_a_sentence_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    class Locked(Exception):
        pass

    def refuse(*_args: object) -> None:
        raise Locked("the keyring is locked")

    monkeypatch.setattr(keyring, "set_password", refuse)
    store = DeviceKeyStore(tmp_path / "keys", use_os_store=True)
    with pytest.raises(KeyUnavailable, match="did not keep the new key"):
        store.create("vault-a")


@pytest.mark.slow  # passphrase KDF at real cost (Argon2id, 256 MiB)
def test_passphrase_slot_replaces_device_slot_and_back(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    with pytest.raises(ValidationError):
        vault.keys.use_passphrase(team.owner, "short")
    vault.keys.use_passphrase(team.owner, "correct horse battery staple")
    generations = read_generations(VaultPaths(data_dir).slot_file)
    assert len(generations) == 2
    assert all(g.find(SlotKind.DEVICE) is None for g in generations)  # .prev cannot open it
    assert list(device_store._fallback_dir.iterdir()) == []  # the device key is gone too
    vault.close()
    with pytest.raises(KeyUnavailable, match="passphrase"):
        open_vault(data_dir, device_store=device_store)
    with pytest.raises(KeyUnavailable, match="Wrong passphrase"):
        open_vault(data_dir, Unlock(passphrase="wrong horse battery staple"), device_store)
    reopened = open_vault(
        data_dir, Unlock(passphrase="correct horse battery staple"), device_store, clock
    )
    owner = reopened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    reopened.keys.use_device(owner)
    kinds = {s.kind for s in read_slot_file(VaultPaths(data_dir).slot_file).slots}
    assert kinds == {SlotKind.DEVICE, SlotKind.RECOVERY}
    reopened.close()
    open_vault(data_dir, device_store=device_store).close()


@pytest.mark.slow  # passphrase KDF at real cost
def test_passphrase_slot_uses_argon2id_with_at_least_256_mib(
    vault: Vault, team: Team, data_dir: Path
) -> None:
    vault.keys.use_passphrase(team.owner, "correct horse battery staple")
    slot = read_slot_file(VaultPaths(data_dir).slot_file).find(SlotKind.PASSPHRASE)
    assert slot is not None
    assert slot.params["algorithm"] == "argon2id"
    assert slot.params["memory_kib"] >= 256 * 1024


def test_torn_slot_file_falls_back_to_previous_generation(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.keys.use_device(team.owner)  # a second write, so a .prev generation exists
    vault.close()
    path = VaultPaths(data_dir).slot_file
    whole = path.read_bytes()
    for cut in (0, 1, len(whole) // 3, len(whole) // 2, len(whole) - 3):
        path.write_bytes(whole[:cut])
        open_vault(data_dir, device_store=device_store).close()
    path.write_bytes(whole)


def test_both_slot_files_destroyed_is_reported_as_damage(data_dir: Path, vault: Vault) -> None:
    vault.close()
    path = VaultPaths(data_dir).slot_file
    path.write_bytes(b"{")
    path.with_name(path.name + ".prev").unlink(missing_ok=True)
    with pytest.raises(VaultDamaged, match="key slot file"):
        read_slot_file(path)


def test_writing_a_slot_file_keeps_the_previous_good_one(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    key = new_data_key()
    first = SlotFile("v", (seal(key, new_data_key(), SlotKind.DEVICE, "v"),))
    second = first.with_slot(seal(key, new_data_key(), SlotKind.RECOVERY, "v"))
    write_slot_file(path, first)
    write_slot_file(path, second)
    assert read_slot_file(path) == second
    assert read_slot_file(path.with_name("keyslots.json.prev")) == first
