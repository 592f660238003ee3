"""The integrity check of a backup on two connections (decision 0008, "The check on two
cores"): SQLite's quick check of the whole file beside the full check of every table that has
an index. A damage only the full check finds (an index that no longer matches its table) must
still fail verify and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyrage
import pytest

from salonvault.backup import check
from salonvault.backup.check import verify_backup_file
from salonvault.domain.errors import BackupInvalid
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import RecoveryKey, read_recovery_key_file
from salonvault.services.vault.opening import Vault
from salonvault.services.vault.restore import restore_into_empty
from salonvault.storage.backup_repo import tables_with_indexes
from tests.support import FakeClock, Team
from tests.test_backup_schema import crafted

INDEX = "clients_phone_e164"
# The index made partial (WHERE 0) for one update, so SQLite leaves it as it was, then its
# definition put back: the schema is the program's own again, byte for byte, and the index
# still holds the old phone number of the changed client.
STALE_INDEX = f"""
    PRAGMA writable_schema = ON;
    UPDATE sqlite_master SET sql = sql || ' WHERE 0' WHERE name = '{INDEX}';
    PRAGMA writable_schema = RESET;
    UPDATE clients SET phone_e164 = '+48111222333' WHERE id = (SELECT min(id) FROM clients);
    PRAGMA writable_schema = ON;
    UPDATE sqlite_master SET sql = substr(sql, 1, length(sql) - 8) WHERE name = '{INDEX}';
    PRAGMA writable_schema = RESET;
"""


def with_stale_index(backup: Path, key: RecoveryKey, out: Path) -> Path:
    bad = crafted(backup, key, STALE_INDEX, out)
    # What the test relies on: the schema is unchanged, and only the full check sees the damage,
    # in the one table it names.
    identity = pyrage.x25519.Identity.from_str(key.secret)
    before, after = (sqlite3.connect(":memory:") for _ in range(2))
    before.deserialize(pyrage.decrypt(backup.read_bytes(), [identity]))
    after.deserialize(pyrage.decrypt(bad.read_bytes(), [identity]))
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert after.execute(schema).fetchall() == before.execute(schema).fetchall()
    assert after.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert after.execute('PRAGMA integrity_check("visits")').fetchall() == [("ok",)]
    assert after.execute('PRAGMA integrity_check("clients")').fetchall() != [("ok",)]
    return bad


@pytest.fixture
def made(stocked_vault: Vault, team: Team, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return stocked_vault.backups.backup(team.owner, folder).path


@pytest.mark.parametrize("cores", [1, 2])
def test_an_index_that_disagrees_with_its_table_fails_verify_and_restore(
    made: Path,
    recovery_key_file: Path,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    cores: int,
) -> None:
    """On two cores the check is cut in parts; on one it runs whole (the parts only add work
    there). Either way this damage is found."""
    monkeypatch.setattr(check, "usable_cores", lambda: cores)
    key = read_recovery_key_file(recovery_key_file)
    bad = with_stale_index(made, key, tmp_path / "stale.svbak")
    with pytest.raises(BackupInvalid) as refused:
        verify_backup_file(bad, key.secret, tmp_path / "work")
    assert refused.value.key == "backup.integrity_check_fails"
    assert INDEX in str(refused.value)
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    with pytest.raises(BackupInvalid) as refused:
        restore_into_empty(tmp_path / "new-pc", bad, key, store, clock=clock)
    assert refused.value.key == "backup.integrity_check_fails"
    assert not (tmp_path / "new-pc").exists()


def test_the_parts_name_every_table_that_has_an_index(vault: Vault) -> None:
    indexed = {
        str(row[0])
        for row in vault.database.query("SELECT tbl_name FROM sqlite_master WHERE type = 'index'")
    }
    assert set(tables_with_indexes(vault.database)) == indexed
    assert {"clients", "visits", "audit_log"} <= indexed
