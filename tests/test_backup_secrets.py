"""Nothing secret leaves in a backup (issue 20 item 1, DESIGN.md §7b): the plain database inside
holds records, not keys. The recovery identity and the activity log's chain key are withheld;
verify and restore get them back from the recovery key they are given. Backups made before
this (manifest format 1, secrets inside) still verify and restore."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pyrage
import pytest

from salonvault.backup.check import verify_backup_file
from salonvault.domain.clients import ClientInput
from salonvault.security.audit_chain import CHAIN_KEY_SETTING
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import RecoveryKey, generate_recovery_key, read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, open_vault
from salonvault.services.vault.restore import restore_into_empty
from salonvault.storage.backup_repo import setting
from tests.helpers import data_key_of
from tests.support import NAMES, PINS, FakeClock, Team

FIXTURES = Path(__file__).parent / "fixtures"
OLD_BACKUPS = FIXTURES / "backups-before-issue-20"
RELEASE = FIXTURES / "release-0.1.0"
WITHHELD = ("audit_chain_key", "backup_identity")


def plain_bytes(backup: Path, key: RecoveryKey) -> bytes:
    return bytes(pyrage.decrypt(backup.read_bytes(), [pyrage.x25519.Identity.from_str(key.secret)]))


def forms_of(secret: bytes) -> list[bytes]:
    """Every way a key could sit in a file: raw, hex (either case), base64."""
    return [
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
    ]


def assert_no_key_material(plain: bytes, secrets: list[bytes]) -> None:
    """The raw file bytes (free pages and unused space in pages too) and every value of every
    table: no recovery identity of any salon, none of the given keys in any form."""
    needles = [b"AGE-SECRET-KEY-"] + [form for secret in secrets for form in forms_of(secret)]
    for needle in needles:
        found = needle in plain  # (not asserted directly: pytest would print the whole file)
        assert not found, f"{needle[:12]!r}… is in the backup's file"
    connection = sqlite3.connect(":memory:")
    connection.deserialize(plain)
    tables = [
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    assert {"settings", "audit_log", "clients", "backup_manifest"} <= set(tables)
    checked = 0
    for table in tables:
        for row in connection.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                data = value.encode() if isinstance(value, str) else value
                if isinstance(data, bytes):
                    checked += 1
                    assert b"AGE-SECRET-KEY" not in data.upper(), table
                    for needle in needles[1:]:
                        assert needle not in data, f"a key is in table {table}"
    assert checked > 100, "the scan saw the rows"
    connection.close()


def vault_secrets(vault: Vault, device_store: DeviceKeyStore) -> list[bytes]:
    chain_key = bytes.fromhex(str(setting(vault.database, CHAIN_KEY_SETTING)))
    identity = str(setting(vault.database, "backup_identity")).encode()
    data_key = data_key_of(vault.paths.data_dir, device_store)
    return [chain_key, identity, data_key]


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_a_backups_plain_database_holds_no_key(
    stocked_vault: Vault,
    team: Team,
    backup_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
) -> None:
    salon = stocked_vault
    store = DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)
    secrets = vault_secrets(salon, store)
    made = salon.backups.backup(team.receptionist, backup_dir)
    key = read_recovery_key_file(recovery_key_file)
    plain = plain_bytes(made.path, key)
    assert_no_key_material(plain, secrets)
    connection = sqlite3.connect(":memory:")
    connection.deserialize(plain)
    [(sealed,)] = connection.execute("SELECT manifest FROM backup_manifest")
    manifest = json.loads(sealed)["manifest"]
    assert manifest["withheld_settings"] == list(WITHHELD)
    # The rows are there, saying what happened to their values (a SQLite tool shows them).
    for name in WITHHELD:
        [(value,)] = connection.execute("SELECT value FROM settings WHERE key = ?", (name,))
        assert "withheld" in json.loads(value)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.skipif(shutil.which("age") is None, reason="needs Debian's age (CI installs it)")
def test_the_stock_age_recipe_leaves_a_file_without_keys(
    vault: Vault,
    team: Team,
    backup_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
    tmp_path: Path,
) -> None:
    """The review's exact steps: age -d -i KEY backup.svbak > x.sqlite."""
    store = DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)
    secrets = vault_secrets(vault, store)
    made = vault.backups.backup(team.owner, backup_dir)
    out = tmp_path / "x.sqlite"
    with open(out, "wb") as target:
        subprocess.run(
            ["age", "-d", "-i", str(recovery_key_file), str(made.path)], stdout=target, check=True
        )
    assert_no_key_material(out.read_bytes(), secrets)


def test_verify_and_restore_get_the_withheld_keys_from_the_recovery_key(
    stocked_vault: Vault,
    team: Team,
    backup_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    salon = stocked_vault
    store = DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)
    chain_key, identity, _ = vault_secrets(salon, store)
    made = salon.backups.backup(team.owner, backup_dir)
    key = read_recovery_key_file(recovery_key_file)
    report = verify_backup_file(made.path, key.secret, tmp_path / "work")
    assert report.audit_entries == made.report.audit_entries > 10, "every MAC was checked"

    other_pc = DeviceKeyStore(fallback_dir=tmp_path / "other-pc-keys", use_os_store=False)
    restored = restore_into_empty(tmp_path / "new-pc", made.path, key, other_pc, clock=clock)
    try:
        assert setting(restored.database, "backup_identity").encode() == identity
        assert bytes.fromhex(setting(restored.database, CHAIN_KEY_SETTING)) == chain_key
        assert restored.log.verify().ok
        owner = restored.auth.sign_in(NAMES[team.owner.role], PINS[team.owner.role])
        # The restored vault backs up and checks its backups as before; the old backup's last
        # entry is in its log, MAC for MAC (the chain was not re-keyed).
        (tmp_path / "usb-2").mkdir()
        again = restored.backups.backup(owner, tmp_path / "usb-2")
        assert again.report.audit_entries > made.report.audit_entries
        assert restored.backups.verify(owner, made.path).in_this_vault is True
        assert_no_key_material(plain_bytes(again.path, key), [chain_key, identity])
    finally:
        restored.close()


@pytest.mark.parametrize("name", sorted(p.name for p in OLD_BACKUPS.glob("*.svbak")))
def test_backups_made_before_keys_were_withheld_still_verify_and_restore(
    name: str, tmp_path: Path, clock: FakeClock
) -> None:
    backup = OLD_BACKUPS / name
    key = read_recovery_key_file(RELEASE / "recovery-key.txt")
    report = verify_backup_file(backup, key.secret, tmp_path / "work")
    assert report.manifest.format_version == 1 and report.audit_entries > 0
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    restored = restore_into_empty(tmp_path / "salon", backup, key, store, clock=clock)
    try:
        assert restored.log.verify().ok
        about = json.loads((RELEASE / "about.json").read_text(encoding="utf-8"))
        owner = restored.auth.sign_in(about["staff"][0]["name"], about["staff"][0]["pin"])
        assert len(restored.clients.list_ids(owner)) == about["clients"]
        # Its next backup no longer carries the keys it was restored with.
        (tmp_path / "usb").mkdir()
        made = restored.backups.backup(owner, tmp_path / "usb")
        found = b"AGE-SECRET-KEY-" in plain_bytes(made.path, key)
        assert not found, "the restored vault's backup carries the recovery identity"
    finally:
        restored.close()


def test_the_release_vaults_backup_before_its_upgrade_holds_no_key(
    tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "salon"
    data_dir.mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy(RELEASE / name, data_dir / name)
    key = read_recovery_key_file(RELEASE / "recovery-key.txt")
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    vault = open_vault(data_dir, Unlock(recovery_key=key), store, clock)
    try:
        chain_key = bytes.fromhex(str(setting(vault.database, CHAIN_KEY_SETTING)))
        [backup] = list(data_dir.glob("backups/before-upgrade/*.svbak"))
        assert_no_key_material(plain_bytes(backup, key), [chain_key])
        assert verify_backup_file(backup, key.secret, tmp_path / "work").audit_entries > 0
    finally:
        vault.close()
    restored = restore_into_empty(tmp_path / "again", backup, key, store, clock=clock)
    try:
        assert restored.log.verify().ok
        assert bytes.fromhex(str(setting(restored.database, CHAIN_KEY_SETTING))) == chain_key
    finally:
        restored.close()


def test_an_identity_typed_into_a_record_is_blanked_and_the_backup_still_restores(
    vault: Vault, team: Team, backup_dir: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    """Any age identity, not only the salon's own, is blanked where it sits (same length, so
    the record stays valid): the backup verifies and restores, and the note says so."""
    pasted = generate_recovery_key().secret
    client = vault.clients.create(
        team.owner, ClientInput(family_name="Lê", given_name="Thu", notes=pasted)
    )
    made = vault.backups.backup(team.owner, backup_dir)
    key = read_recovery_key_file(recovery_key_file)
    found = pasted.encode() in plain_bytes(made.path, key)
    assert not found
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    restored = restore_into_empty(tmp_path / "new-pc", made.path, key, store)
    try:
        notes = restored.database.scalar("SELECT notes FROM clients WHERE id = ?", (client.id,))
        assert len(notes) == len(pasted) and notes.startswith("withheld-from-backups")
        assert restored.database.check_integrity() == []
    finally:
        restored.close()


def test_after_the_recovery_key_is_replaced_and_the_vault_rekeyed_backups_hold_no_key(
    vault: Vault,
    team: Team,
    backup_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    """Issue 20 items 1 and 5 together: the old identity's bytes (which may linger in the
    settings page's free space) and the new one are both blanked; the backup made before opens
    with the old key, the one after with the new key."""
    old_key = read_recovery_key_file(recovery_key_file)
    before = vault.backups.backup(team.owner, backup_dir).path
    new_key = vault.keys.replace_recovery_key(team.owner)
    vault.keys.rekey(team.owner)
    store = DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)
    secrets = [*vault_secrets(vault, store), old_key.secret.encode()]
    clock.advance(minutes=1)
    after = vault.backups.backup(team.owner, backup_dir).path
    assert_no_key_material(plain_bytes(after, new_key), secrets)
    for backup, key, name in ((before, old_key, "old"), (after, new_key, "new")):
        restored = restore_into_empty(
            tmp_path / f"with-the-{name}-key",
            backup,
            key,
            DeviceKeyStore(fallback_dir=tmp_path / f"{name}-keys", use_os_store=False),
            clock=clock,
        )
        try:
            assert restored.log.verify().ok
            assert setting(restored.database, "backup_identity") == key.secret
        finally:
            restored.close()
