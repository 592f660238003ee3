"""The SQLCipher file: encrypted at rest, checked on every open, never silently replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.domain.errors import VaultDamaged, VaultExists, VaultNotFound, VaultTooNew
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import new_data_key
from salonvault.services.vault.opening import Vault, VaultPaths, open_vault
from salonvault.storage.database import Database, window_cache_kib
from salonvault.storage.migrations import LATEST_VERSION, MIGRATIONS, apply_migrations
from tests.helpers import data_key_of, raw_connection
from tests.support import NAMES


def test_vault_file_is_not_plain_sqlite_and_names_do_not_leak(vault: Vault, data_dir: Path) -> None:
    vault.close()
    database = VaultPaths(data_dir).database
    assert not database.read_bytes().startswith(b"SQLite format 3")
    for path in data_dir.rglob("*"):
        content = path.read_bytes()
        for name in NAMES.values():
            assert name.encode() not in content, path
            assert name.encode("utf-16-le") not in content, path


def test_open_applies_durable_pragmas(vault: Vault) -> None:
    db = vault._db
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")


def test_a_large_vault_keeps_more_pages_in_memory(vault: Vault, tmp_path: Path) -> None:
    """64 MiB for a small vault, 96 MiB from 1 GiB on (search at 300,000 clients, decision
    0043); the size is the file's, so a sparse stand-in of that size tells the rule."""
    assert vault.database.scalar("PRAGMA cache_size") == -64 * 1024
    assert window_cache_kib(vault.database.path) == 64 * 1024
    large = tmp_path / "large.db"
    with open(large, "wb") as handle:
        handle.truncate(1024**3)
    assert window_cache_kib(large) == 96 * 1024
    assert window_cache_kib(tmp_path / "gone.db") == 64 * 1024


def test_flipped_byte_is_reported_as_damage_and_never_used(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.close()
    path = VaultPaths(data_dir).database
    content = bytearray(path.read_bytes())
    assert len(content) > 3 * 4096
    content[2 * 4096 + 500] ^= 0x01
    path.write_bytes(bytes(content))
    with pytest.raises(VaultDamaged, match="Restore it from the newest backup"):
        open_vault(data_dir, device_store=device_store)
    assert path.read_bytes() == bytes(content)  # nothing was rewritten in its place


def test_damaged_first_page_is_reported_without_traceback_text(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.close()
    path = VaultPaths(data_dir).database
    content = bytearray(path.read_bytes())
    content[100] ^= 0xFF
    path.write_bytes(bytes(content))
    with pytest.raises(VaultDamaged) as error:
        open_vault(data_dir, device_store=device_store)
    assert "first page" in str(error.value)


def test_wrong_data_key_is_damage_not_a_new_vault(vault: Vault, data_dir: Path) -> None:
    vault.close()
    path = VaultPaths(data_dir).database
    before = path.read_bytes()
    with pytest.raises(VaultDamaged):
        Database.open(path, new_data_key())
    assert path.read_bytes() == before


def test_missing_vault_is_not_created_on_open(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()
    with pytest.raises(VaultNotFound):
        Database.open(tmp_path / "vault.db", new_data_key())
    assert not (tmp_path / "vault.db").exists()


def test_create_refuses_existing_vault(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Database.create(VaultPaths(data_dir).database, new_data_key())


def test_vault_from_newer_program_is_refused(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    vault.close()
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST_VERSION + 1,))
    raw.close()
    with pytest.raises(VaultTooNew, match="newer SalonVault"):
        open_vault(data_dir, device_store=device_store)


def test_migrations_run_once_in_order_and_roll_back_together(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "v.db", new_data_key())
    versions = [row[0] for row in db.query("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == sorted(MIGRATIONS)
    with db.transaction():
        assert apply_migrations(db) == LATEST_VERSION  # nothing left to do
    tables_before = db.query("SELECT name FROM sqlite_master ORDER BY name")
    broken = {**MIGRATIONS, LATEST_VERSION + 1: "CREATE TABLE half (a);\nNOT SQL;"}
    import salonvault.storage.migrations as migrations

    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = broken
    try:
        with pytest.raises(Exception, match="syntax error"), db.transaction():
            apply_migrations(db, LATEST_VERSION + 1)
    finally:
        migrations.MIGRATIONS = original
    assert db.query("SELECT name FROM sqlite_master ORDER BY name") == tables_before
    db.close()


def test_nested_transactions_roll_back_only_the_inner_part(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "v.db", new_data_key())
    with db.transaction():
        db.execute("INSERT INTO settings VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO settings VALUES ('inner', '1')")
            raise RuntimeError
    assert [r[0] for r in db.query("SELECT key FROM settings")] == ["outer"]
    db.close()


def test_two_threads_share_the_connection_without_interleaving(tmp_path: Path) -> None:
    """The GUI's worker thread and the GUI thread use one connection; transactions stay whole."""
    import threading

    db = Database.create(tmp_path / "v.db", new_data_key())
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for number in range(200):
                with db.transaction():
                    db.execute("INSERT INTO settings VALUES (?, '1')", (f"{prefix}{number}",))
                    db.execute(
                        "UPDATE settings SET value = '2' WHERE key = ?", (f"{prefix}{number}",)
                    )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(p,)) for p in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert db.query("SELECT count(*), min(value) FROM settings") == [(400, "2")]
    db.close()


def test_migration_numbers_run_from_one_without_a_gap() -> None:
    """A gap would leave a vault made between two releases without the missing migration."""
    assert sorted(MIGRATIONS) == list(range(1, LATEST_VERSION + 1))
