"""Upgrades: a vault from an older version is backed up (verified) before its schema changes;
an older program refuses a newer vault; a failed backup leaves the old vault untouched."""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import salonvault.storage.database as database_module
from salonvault.domain.errors import BackupError, VaultTooNew
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, create_vault, open_vault
from salonvault.services.vault.upgrade import BEFORE_UPGRADE_FOLDER, KEEP_BEFORE_UPGRADE
from salonvault.storage.database import Database
from salonvault.storage.migrations import LATEST_VERSION, MIGRATIONS
from salonvault.storage.search_index import add_tokens
from tests.helpers import data_key_of, raw_connection
from tests.support import NAMES, PINS, FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
PREVIOUS = max(number for number in MIGRATIONS if number < LATEST_VERSION)
SALONVAULT = str(Path(sys.executable).with_name("salonvault"))


def _schema(data_dir: Path, device_store: DeviceKeyStore) -> int:
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    try:
        return int(raw.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        raw.close()


def _older_vault(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    schema: int = PREVIOUS,
) -> None:
    """A vault as the previous schema left it: made with the last migration(s) held back."""
    with monkeypatch.context() as patch:
        held_back = functools.partial(database_module.apply_migrations, target=schema)
        patch.setattr(database_module, "apply_migrations", held_back)
        made = create_vault(
            data_dir,
            "Salon Hoa Mai",
            NAMES[Role.OWNER],
            PINS[Role.OWNER],
            recovery_key_file,
            device_store,
            FakeClock(),
        )
        with made.database.transaction():
            _client_as_before(made.database)
        made.close()
    assert _schema(data_dir, device_store) == schema


OLD_PHONE = "+44 20 7946 0958"


def _client_as_before(database: Database) -> None:
    """Lê Thu with a phone, in the columns and search rows every schema since 3 has: today's
    services would also write tables the older schema does not have yet (migration 12's)."""
    forms = "00442079460958 02079460958 2079460958 442079460958"
    cursor = database.execute(
        "INSERT INTO clients (family_name, given_name, phone, phone_e164, phone_search,"
        " search_text, created_at, updated_at) VALUES ('Lê', 'Thu', ?, '+442079460958', ?,"
        " ' le thu ', '2026-11-01T09:00:00+00:00', '2026-11-01T09:00:00+00:00')",
        (OLD_PHONE, forms),
    )
    add_tokens(database, [(int(cursor.lastrowid), ["le", "thu"], [forms], "")])


def _upgrade_entries(vault: Vault) -> list[str]:
    rows = vault.database.query(
        "SELECT detail FROM audit_log WHERE action = 'vault.upgrade' ORDER BY seq"
    )
    return [str(row[0]) for row in rows]


def test_an_older_vault_is_backed_up_then_migrated(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch)
    vault = open_vault(data_dir, device_store=device_store, clock=clock)
    try:
        assert _schema(data_dir, device_store) == LATEST_VERSION
        folder = data_dir / BEFORE_UPGRADE_FOLDER
        [backup] = list(folder.glob("*.svbak"))
        report = vault.backups.verify_unattended(backup)
        assert report.manifest.schema_version == PREVIOUS  # the vault as the old version left it
        assert report.clients == 1
        assert report.in_this_vault is True  # the live log still holds the backup's last entry
        assert _upgrade_entries(vault) == [
            f"from_schema={PREVIOUS} to_schema={LATEST_VERSION} file={backup.name}"
        ]
        assert vault.log.verify().ok
        owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        assert [c.display_name for c in vault.clients.search(owner, "Lê Thu")] == ["Lê Thu"]
        [client] = vault.clients.list_ids(owner)
        assert vault.clients.open(owner, client).phone == OLD_PHONE
    finally:
        vault.close()
    # A second opening finds nothing to do: no new backup, no second upgrade entry.
    again = open_vault(data_dir, device_store=device_store, clock=clock)
    try:
        assert len(list((data_dir / BEFORE_UPGRADE_FOLDER).glob("*.svbak"))) == 1
        assert len(_upgrade_entries(again)) == 1
    finally:
        again.close()


def test_the_backup_before_an_upgrade_restores_the_old_vault(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    """The file is an ordinary backup: the old schema comes back out of it with age alone."""
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch)
    open_vault(data_dir, device_store=device_store, clock=clock).close()
    [backup] = list((data_dir / BEFORE_UPGRADE_FOLDER).glob("*.svbak"))
    plain = data_dir.parent / "plain.sqlite"
    subprocess.run(  # the owner's documented way out: age and any SQLite tool
        ["age", "-d", "-i", str(recovery_key_file), "-o", str(plain), str(backup)], check=True
    )
    with sqlite3.connect(plain) as plain_db:
        assert plain_db.execute("SELECT max(version) FROM schema_version").fetchone() == (PREVIOUS,)
        assert plain_db.execute("SELECT family_name FROM clients").fetchall() == [("Lê",)]
    plain.unlink()


def test_a_failed_backup_leaves_the_older_vault_as_it_was(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch)
    blocker = data_dir / BEFORE_UPGRADE_FOLDER
    blocker.parent.mkdir()
    blocker.write_text("a file where the backup folder should be")
    with pytest.raises((BackupError, OSError)):
        open_vault(data_dir, device_store=device_store, clock=clock)
    assert _schema(data_dir, device_store) == PREVIOUS  # no migration without its backup
    blocker.unlink()
    open_vault(data_dir, device_store=device_store, clock=clock).close()  # and it recovers
    assert _schema(data_dir, device_store) == LATEST_VERSION


def test_only_the_newest_backups_before_upgrades_are_kept(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch)
    folder = data_dir / BEFORE_UPGRADE_FOLDER
    old_files = {name: (data_dir / name).read_bytes() for name in ("vault.db", "keyslots.json")}
    for round_number in range(KEEP_BEFORE_UPGRADE + 1):
        for name, content in old_files.items():  # the old version's vault, as if never opened
            (data_dir / name).write_bytes(content)
        open_vault(data_dir, device_store=device_store, clock=clock).close()
        clock.advance(days=1)
        assert len(list(folder.glob("*.svbak"))) == min(round_number + 1, KEEP_BEFORE_UPGRADE)


def test_the_last_release_vault_opens_upgrades_and_verifies(
    tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """A vault frozen from a real release (tools/make_release_fixture.py), opened by this one."""
    [fixture] = sorted(FIXTURES.glob("release-*"))[-1:]
    about = json.loads((fixture / "about.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "salon"
    data_dir.mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy(fixture / name, data_dir / name)
    key = read_recovery_key_file(fixture / "recovery-key.txt")
    vault = open_vault(data_dir, Unlock(recovery_key=key), device_store, clock)
    try:
        backups = list((data_dir / BEFORE_UPGRADE_FOLDER).glob("*.svbak"))
        if about["schema"] < LATEST_VERSION:
            [backup] = backups
            report = vault.backups.verify_unattended(backup)
            assert report.manifest.schema_version == about["schema"]
            assert report.manifest.app_version  # written by this program, before migrating
        else:  # this release's own fixture: nothing to upgrade, so nothing is backed up
            assert backups == []
        assert vault.log.verify().ok
        assert vault.database.check_integrity() == []
        owner_name, owner_pin = about["staff"][0]["name"], about["staff"][0]["pin"]
        owner = vault.auth.sign_in(owner_name, owner_pin)
        assert len(vault.clients.list_ids(owner)) == about["clients"]
        # Migration 10 filled the monthly visit counts from the visits already there.
        counted = vault.database.query(
            "SELECT substr(visited_on, 1, 7), count(*) FROM visits"
            " WHERE corrects_visit_id IS NULL GROUP BY 1 ORDER BY 1"
        )
        kept = vault.database.query("SELECT month, visits FROM visit_month_counts ORDER BY 1")
        assert counted and [tuple(r) for r in kept] == [tuple(r) for r in counted]
        # Migration 12 put every phone on record first in the client's list of numbers.
        phones = vault.database.query(
            "SELECT id, phone, phone_e164 FROM clients WHERE phone <> '' ORDER BY id"
        )
        listed = vault.database.query(
            "SELECT client_id, number, e164 FROM client_phones WHERE position = 0"
            " ORDER BY client_id"
        )
        assert phones and [tuple(r) for r in listed] == [tuple(r) for r in phones]
    finally:
        vault.close()


def test_an_older_program_refuses_a_newer_vault_in_words(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch, schema=LATEST_VERSION)
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST_VERSION + 1,))
    raw.commit()
    raw.close()
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(VaultTooNew, match="install the newer version"):
        open_vault(data_dir, device_store=device_store)
    assert not (data_dir / BEFORE_UPGRADE_FOLDER).exists()
    # The command line says the same in one sentence, with no traceback.
    result = subprocess.run(
        [SALONVAULT, "--data-dir", str(data_dir), "audit", "verify", "--staff", NAMES[Role.OWNER]],
        input=f"{PINS[Role.OWNER]}\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "newer SalonVault" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "vault.db").read_bytes() == before
