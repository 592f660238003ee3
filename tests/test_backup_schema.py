"""A crafted backup cannot plant SQL (issue 20 item 2): verify and restore accept only the exact
schema the program's migrations give for the backup's schema version (tables, columns,
indexes, triggers, views), and the manifest's MAC covers a hash of it. Each crafted backup
here is what the review made: the salon's own backup, changed, re-encrypted to its key."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from salonvault.backup.check import verify_backup_file
from salonvault.backup.manifest import Manifest, seal_manifest
from salonvault.domain.errors import BackupInvalid
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import RecoveryKey, read_recovery_key_file
from salonvault.services.vault.opening import Vault
from salonvault.services.vault.restore import restore_into_empty
from salonvault.storage.database import Database
from tests.support import FakeClock, Team, assert_one_sentence
from tests.support import cli as run

# What the review planted, and the other ways a schema can differ from the program's.
CHANGES = {
    "trigger": (
        "CREATE TRIGGER keep_pins_open AFTER UPDATE OF failed_attempts ON staff"
        " BEGIN UPDATE staff SET failed_attempts = 0 WHERE id = NEW.id; END"
    ),
    "view": "CREATE VIEW everyone AS SELECT * FROM clients",
    "index": "CREATE INDEX clients_by_email ON clients (email)",
    "column": "ALTER TABLE clients ADD COLUMN extra TEXT",
    "table": "CREATE TABLE planted (x)",
    "trigger_emptied": (
        "DROP TRIGGER audit_log_no_update;"
        " CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"
    ),
    "index_dropped": "DROP INDEX audit_log_staff",
}


def crafted(backup: Path, key: RecoveryKey, sql: str, out: Path, reseal: bool = False) -> Path:
    """`backup` decrypted, changed by `sql`, encrypted again to the salon's public key. With
    `reseal` the forger also holds the recovery key and MACs the manifest again (without any
    schema hash, as a manifest from before the hash would be)."""
    identity = pyrage.x25519.Identity.from_str(key.secret)
    connection = sqlite3.connect(":memory:")
    connection.deserialize(pyrage.decrypt(backup.read_bytes(), [identity]))
    connection.executescript(sql)
    if reseal:
        [(text,)] = connection.execute("SELECT manifest FROM backup_manifest")
        fields: dict[str, Any] = json.loads(text)["manifest"]
        fields.pop("schema_hash", None)
        fields["format_version"] = 1
        sealed = seal_manifest(Manifest(**fields), key.secret)
        connection.execute("UPDATE backup_manifest SET manifest = ?", (sealed,))
    connection.commit()
    recipient = pyrage.x25519.Recipient.from_str(key.public_key)
    out.write_bytes(pyrage.encrypt(connection.serialize(), [recipient]))
    connection.close()
    return out


@pytest.fixture
def made(vault: Vault, team: Team, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return vault.backups.backup(team.owner, folder).path


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_backup_with_any_schema_change_is_refused(
    made: Path, recovery_key_file: Path, tmp_path: Path, clock: FakeClock, change: str
) -> None:
    key = read_recovery_key_file(recovery_key_file)
    bad = crafted(made, key, CHANGES[change], tmp_path / f"{change}.svbak")
    with pytest.raises(BackupInvalid, match="schema") as refused:
        verify_backup_file(bad, key.secret, tmp_path / "work")
    assert "\n" not in str(refused.value)
    assert not any((tmp_path / "work").iterdir())
    store = DeviceKeyStore(fallback_dir=tmp_path / "keys", use_os_store=False)
    with pytest.raises(BackupInvalid, match="schema"):
        restore_into_empty(tmp_path / "new-pc", bad, key, store, clock=clock)
    assert not (tmp_path / "new-pc").exists(), "nothing written, not even the folder"
    assert not (tmp_path / "keys").exists() or not any((tmp_path / "keys").iterdir())


def test_a_forger_holding_the_recovery_key_is_refused_by_the_schema_alone(
    made: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    """A manifest MAC'd again (no schema hash, as before the hash existed): the comparison
    with the migrations' schema decides on its own."""
    key = read_recovery_key_file(recovery_key_file)
    resealed = crafted(made, key, "", tmp_path / "same.svbak", reseal=True)
    assert verify_backup_file(resealed, key.secret, tmp_path / "work").audit_entries > 0
    bad = crafted(made, key, CHANGES["trigger"], tmp_path / "bad.svbak", reseal=True)
    with pytest.raises(BackupInvalid, match="schema"):
        verify_backup_file(bad, key.secret, tmp_path / "work")


def test_the_planners_statistics_are_not_a_schema_change(
    made: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    """ANALYZE (or PRAGMA optimize) adds sqlite_stat1/4 in SQLite's own form: data for the
    query planner, not code; a table of that name in any other form is still refused."""
    key = read_recovery_key_file(recovery_key_file)
    analyzed = crafted(made, key, "ANALYZE", tmp_path / "analyzed.svbak")
    assert verify_backup_file(analyzed, key.secret, tmp_path / "work").audit_entries > 0
    edited = (
        "ANALYZE; PRAGMA writable_schema = ON; UPDATE sqlite_master"
        " SET sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,extra)' WHERE name = 'sqlite_stat1';"
    )
    posing = crafted(made, key, edited, tmp_path / "posing.svbak")
    with pytest.raises(BackupInvalid, match="schema"):
        verify_backup_file(posing, key.secret, tmp_path / "work")


def test_the_vault_refuses_to_verify_or_restore_a_crafted_backup(
    vault: Vault, team: Team, made: Path, recovery_key_file: Path, tmp_path: Path
) -> None:
    key = read_recovery_key_file(recovery_key_file)
    bad = crafted(made, key, CHANGES["view"], tmp_path / "view.svbak")
    with pytest.raises(BackupInvalid, match="schema"):
        vault.backups.verify(team.owner, bad)
    with pytest.raises(BackupInvalid, match="schema"):
        vault.backups.prepare_restore(team.owner, bad)
    leftovers = [p.name for p in vault.paths.data_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert vault.backups.history(team.owner)[0].outcome == "failed"


@pytest.mark.parametrize("command", ["verify-backup", "restore"])
def test_the_command_line_refuses_a_crafted_backup_in_one_sentence(
    made: Path, recovery_key_file: Path, tmp_path: Path, command: str
) -> None:
    key = read_recovery_key_file(recovery_key_file)
    bad = crafted(made, key, CHANGES["trigger"], tmp_path / "trigger.svbak")
    target = tmp_path / "new-pc"
    result = run(
        target,
        command,
        str(bad),
        "--recovery-key",
        str(recovery_key_file),
        key_dir=tmp_path / "keys",
    )
    assert_one_sentence(result, 11, "schema")
    assert not target.exists(), "nothing written, not even the folder"


def test_backups_are_checked_on_connections_that_do_not_trust_their_schema(
    made: Path, recovery_key_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PRAGMA trusted_schema=OFF on every connection to a decrypted copy: functions with side
    effects cannot run from a view, trigger or default the file brings."""
    seen: list[int] = []
    real_close: Callable[[Database], None] = Database.close

    def close(self: Database) -> None:
        if self.path.parent == tmp_path / "work":
            seen.append(int(self.scalar("PRAGMA trusted_schema")))
        real_close(self)

    monkeypatch.setattr(Database, "close", close)
    key = read_recovery_key_file(recovery_key_file)
    verify_backup_file(made, key.secret, tmp_path / "work")
    assert seen and set(seen) == {0}
