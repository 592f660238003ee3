"""The page codec against SQLCipher itself: what SQLCipher wrote we read, and the other way."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from salonvault.backup.sqlcipher_pages import (
    LOCK_BYTE_PAGE,
    PAGE_SIZE,
    RUN_PAGES,
    EncryptedPageWriter,
    OddRunEncrypter,
    PageCodec,
    as_standalone_first_page,
    read_salt,
)
from salonvault.backup.streams import PlainPageSink
from salonvault.domain.errors import BackupInvalid, VaultDamaged
from salonvault.storage.database import WORKING_COPY_HMAC, Database


def sqlcipher_file(path: Path, key: bytes, rows: int = 3000) -> None:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, blob BLOB)")
    connection.execute("BEGIN")
    for number in range(rows):
        connection.execute(
            "INSERT INTO t (name, blob) VALUES (?, ?)",
            (f"Nguyễn {number}", os.urandom(number % 900)),
        )
    connection.execute("COMMIT")
    connection.execute("CREATE INDEX t_name ON t (name)")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def decrypt_file(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    codec = PageCodec(key, read_salt(data))
    pages = [
        codec.decrypt(n + 1, data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE])
        for n in range(len(data) // PAGE_SIZE)
    ]
    pages[0] = as_standalone_first_page(pages[0])
    return b"".join(pages)


def test_pages_sqlcipher_wrote_decrypt_to_a_plain_database(tmp_path: Path) -> None:
    key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", key)
    plain = sqlite3.connect(":memory:")
    plain.deserialize(decrypt_file(tmp_path / "v.db", key))
    assert plain.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert plain.execute("SELECT count(*), min(name) FROM t").fetchone() == (3000, "Nguyễn 0")
    assert plain.execute("PRAGMA journal_mode").fetchone() != ("wal",)


def test_pages_written_here_open_in_sqlcipher_under_the_new_key(tmp_path: Path) -> None:
    old_key, new_key = os.urandom(32), os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    out = io.BytesIO()
    writer = EncryptedPageWriter(out, new_key)
    for start in range(0, len(plain), PAGE_SIZE):
        writer.write_page(plain[start : start + PAGE_SIZE])
    (tmp_path / "new.db").write_bytes(out.getvalue())
    assert plain[:16] == b"SQLite format 3\x00" and out.getvalue()[:16] != plain[:16]
    connection = sqlcipher3.connect(str(tmp_path / "new.db"))
    connection.execute(f"PRAGMA key = \"x'{new_key.hex()}'\"")
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("SELECT count(*) FROM t").fetchone() == (3000,)
    connection.close()


def test_a_changed_page_or_a_wrong_key_fails_authentication(tmp_path: Path) -> None:
    key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", key, rows=50)
    data = bytearray((tmp_path / "v.db").read_bytes())
    codec = PageCodec(key, read_salt(data))
    second = bytes(data[PAGE_SIZE : 2 * PAGE_SIZE])
    assert codec.decrypt(2, second)  # untouched: fine
    with pytest.raises(VaultDamaged, match="page 3"):
        codec.decrypt(3, second)  # a page moved to another place
    tampered = bytearray(second)
    tampered[100] ^= 1
    with pytest.raises(VaultDamaged, match="page 2"):
        codec.decrypt(2, bytes(tampered))
    with pytest.raises(VaultDamaged):
        PageCodec(os.urandom(32), read_salt(data)).decrypt(2, second)


def test_only_salonvault_page_layouts_go_back_into_a_vault(tmp_path: Path) -> None:
    foreign = sqlite3.connect(tmp_path / "other.sqlite")
    foreign.execute("CREATE TABLE x (a)")
    foreign.commit()
    foreign.close()
    first_page = (tmp_path / "other.sqlite").read_bytes()[:PAGE_SIZE]  # no reserved bytes
    writer = EncryptedPageWriter(io.BytesIO(), os.urandom(32))
    with pytest.raises(BackupInvalid, match="page layout"):
        writer.write_page(first_page)
    with pytest.raises(BackupInvalid, match="SQLite"):
        writer.write_page(b"PK\x03\x04" + bytes(PAGE_SIZE - 4))


@pytest.mark.parametrize("run_pages", [2, 7, 64])
def test_runs_of_pages_decrypt_like_single_pages(tmp_path: Path, run_pages: int) -> None:
    """A run chains each page's first block to the page before it; single pages chain to
    nothing. Both must give the same plain pages, and a database SQLite accepts."""
    key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", key)
    data = (tmp_path / "v.db").read_bytes()
    codec = PageCodec(key, read_salt(data))
    run_bytes = run_pages * PAGE_SIZE
    runs = [
        codec.decrypt_run(start // PAGE_SIZE + 1, data[start : start + run_bytes])
        for start in range(0, len(data), run_bytes)
    ]
    joined = b"".join(runs)
    assert joined == b"".join(
        codec.decrypt(n + 1, data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE])
        for n in range(len(data) // PAGE_SIZE)
    )
    assert joined.startswith(b"SQLite format 3\x00")
    plain = sqlite3.connect(":memory:")
    plain.deserialize(as_standalone_first_page(joined[:PAGE_SIZE]) + joined[PAGE_SIZE:])
    assert plain.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert plain.execute("SELECT count(*) FROM t").fetchone() == (3000,)


def test_a_changed_page_inside_a_run_is_named(tmp_path: Path) -> None:
    key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", key, rows=300)
    data = bytearray((tmp_path / "v.db").read_bytes()[: 6 * PAGE_SIZE])
    data[4 * PAGE_SIZE + 9] ^= 0x40  # page 5
    with pytest.raises(VaultDamaged, match="page 5"):
        PageCodec(key, read_salt(data)).decrypt_run(1, bytes(data))


def test_the_lock_byte_page_of_a_vault_over_1_gib_is_no_page(tmp_path: Path) -> None:
    """SQLite never writes the page holding byte 2**30 (it is for file locks), so it has no
    HMAC: a run across it decrypts the pages around it and gives zeros for it (a salon's
    backup of a vault over 1 GiB failed there with "page 262145 fails authentication")."""
    key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", key, rows=10)
    codec = PageCodec(key, read_salt((tmp_path / "v.db").read_bytes()))
    plain_before = os.urandom(PAGE_SIZE - 80) + bytes(80)
    plain_after = os.urandom(PAGE_SIZE - 80) + bytes(80)
    before = codec.encrypt(LOCK_BYTE_PAGE - 1, plain_before)
    after = codec.encrypt(LOCK_BYTE_PAGE + 1, plain_after)
    for lock_page in (bytes(PAGE_SIZE), os.urandom(PAGE_SIZE)):  # sparse zeros, or anything
        run = codec.decrypt_run(LOCK_BYTE_PAGE - 1, before + lock_page + after)
        assert run[:PAGE_SIZE] == plain_before
        assert run[PAGE_SIZE : 2 * PAGE_SIZE] == bytes(PAGE_SIZE)
        assert run[2 * PAGE_SIZE :] == plain_after
    assert LOCK_BYTE_PAGE == 262_145  # 4 KiB pages


def test_pages_shared_with_another_encrypter_make_one_sqlcipher_file(tmp_path: Path) -> None:
    """A verify's working copy is encrypted by two processes: `age`'s child takes the odd runs
    of 64 pages (OddRunEncrypter), the writer the rest, all under one key and salt. What comes
    out, fed in pieces of any size, is one file that SQLCipher reads and checks whole."""
    old_key, new_key = os.urandom(32), os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    assert len(plain) // PAGE_SIZE > 3 * RUN_PAGES, "odd runs, and an even one after them"
    out = io.BytesIO()
    sink = PlainPageSink(EncryptedPageWriter(out, new_key), None)
    sink.odd_runs_encrypted = True
    between = io.BytesIO()  # what the child would send back through its pipe
    child = OddRunEncrypter(between, *sink.working_copy_codec)
    for start in range(0, len(plain), 70_001):  # not a whole number of pages
        child.write(plain[start : start + 70_001])
    child.finish()
    sent = between.getvalue()
    second_run = slice(RUN_PAGES * PAGE_SIZE, 2 * RUN_PAGES * PAGE_SIZE)
    assert sent[:PAGE_SIZE] == plain[:PAGE_SIZE], "page 1 and its run stay plain for the writer"
    assert sent[second_run] != plain[second_run], "the child encrypted the second run"
    sink.write(sent)
    assert sink.finish() == len(plain) // PAGE_SIZE
    (tmp_path / "copy.db").write_bytes(out.getvalue())
    connection = sqlcipher3.connect(str(tmp_path / "copy.db"))
    connection.execute(f"PRAGMA key = \"x'{new_key.hex()}'\"")
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("SELECT count(*) FROM t").fetchone() == (3000,)
    connection.close()


def test_a_child_encrypting_under_another_key_fails_the_copy(tmp_path: Path) -> None:
    """If the child's pages were not under the writer's key, SQLCipher refuses them."""
    old_key, new_key = os.urandom(32), os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    out = io.BytesIO()
    sink = PlainPageSink(EncryptedPageWriter(out, new_key), None)
    sink.odd_runs_encrypted = True
    between = io.BytesIO()
    child = OddRunEncrypter(between, os.urandom(32), *sink.working_copy_codec[1:])
    child.write(plain)
    child.finish()
    sink.write(between.getvalue())
    sink.finish()
    (tmp_path / "copy.db").write_bytes(out.getvalue())
    connection = sqlcipher3.connect(str(tmp_path / "copy.db"))
    connection.execute(f"PRAGMA key = \"x'{new_key.hex()}'\"")
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() != []
    connection.close()


def test_a_cut_plaintext_still_ends_in_a_part_page(tmp_path: Path) -> None:
    """The child passes on bytes after the last whole page as they came, so the writer still
    sees a backup that ends mid-page."""
    out = io.BytesIO()
    sink = PlainPageSink(EncryptedPageWriter(out, os.urandom(32)), None)
    sink.odd_runs_encrypted = True
    old_key = os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    between = io.BytesIO()
    child = OddRunEncrypter(between, *sink.working_copy_codec)
    child.write(plain[: (RUN_PAGES + 3) * PAGE_SIZE + 100])  # inside an odd run
    child.finish()
    sink.write(between.getvalue())
    with pytest.raises(BackupInvalid):
        sink.finish()


@pytest.mark.parametrize("runs_shared", [False, True])
def test_a_verify_copy_under_hmac_sha256_opens_only_as_one(
    tmp_path: Path, runs_shared: bool
) -> None:
    """A verify's throwaway working copy uses SQLCipher's HMAC_SHA256 setting (decision 0008,
    session 12): the plain pages keep their 80 reserved bytes, SQLCipher puts its IV and
    32-byte HMAC in the last 48 and encrypts the rest. SQLCipher reads and checks it whole
    under that setting, and nothing opens it as a vault (which must be HMAC_SHA512)."""
    old_key, new_key = os.urandom(32), os.urandom(32)
    sqlcipher_file(tmp_path / "v.db", old_key)
    plain = decrypt_file(tmp_path / "v.db", old_key)
    out = io.BytesIO()
    sink = PlainPageSink(EncryptedPageWriter(out, new_key, WORKING_COPY_HMAC), None)
    if runs_shared:  # the odd runs from `age`'s child, as a verify with two cores does
        sink.odd_runs_encrypted = True
        between = io.BytesIO()
        child = OddRunEncrypter(between, *sink.working_copy_codec)
        child.write(plain)
        child.finish()
        sink.write(between.getvalue())
    else:
        sink.write(plain)
    sink.finish()
    path = tmp_path / "copy.db"
    path.write_bytes(out.getvalue())
    copy = Database.open_untrusted(path, new_key, WORKING_COPY_HMAC)
    assert copy.check_integrity() == []
    assert copy.scalar("PRAGMA cipher_hmac_algorithm") == "HMAC_SHA256"
    assert copy.scalar("SELECT count(*) FROM t") == 3000
    copy.close()
    as_vault = Database.open_untrusted(path, new_key)
    assert as_vault.check_integrity() != [], "read as HMAC_SHA512 it is refused"
    as_vault.close()


def test_the_codec_and_the_database_name_the_same_hmac_settings() -> None:
    """The codec spells the settings itself (the age child must not load the storage layer);
    they must stay the ones Database opens a vault and a verify's copy with."""
    from salonvault.backup import sqlcipher_pages
    from salonvault.storage import database

    assert sqlcipher_pages.VAULT_HMAC == database.VAULT_HMAC
    assert set(sqlcipher_pages._HMAC_HASHES) == {database.VAULT_HMAC, database.WORKING_COPY_HMAC}
