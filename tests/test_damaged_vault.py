"""A damaged slot file or vault file (issue 9, items 3c and 3d): a clear typed error, never a
traceback, never a vault silently used, and always a way back (the recovery key, or a restore
from a backup over the files that no longer open).

Already covered elsewhere: test_keyslots.py tears the current slot file at five offsets (with a
good .prev) and destroys both generations; test_database.py flips one byte in page 3 and in the
first page. Here: tearing and garbage at random offsets with and without a previous generation,
the byte flipped anywhere in the vault file (the header, data pages, the last page, the file cut
short), what the person is told, and the launcher's restore over a vault that does not open.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import (
    BackupInvalid,
    KeyUnavailable,
    SalonVaultError,
    VaultDamaged,
    VaultError,
    VaultExists,
)
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import RecoveryKey, read_recovery_key_file
from salonvault.services.vault.opening import Unlock, VaultPaths, open_vault
from salonvault.services.vault.restore import restore_over_unopenable
from tests.support import FakeClock, Team, VaultTemplate, examples, open_copy

PAGE = 4096


def _one_sentence(error: BaseException) -> str:
    text = str(error)
    assert isinstance(error, SalonVaultError), f"{type(error).__name__}: {text}"
    assert "\n" not in text and "Traceback" not in text and text.endswith("."), text
    return text


@pytest.fixture
def pristine(
    vault_template: VaultTemplate, tmp_path: Path, isolated_key_store: Path, clock: FakeClock
) -> tuple[Path, DeviceKeyStore, RecoveryKey]:
    """A closed vault with clients and two slot-file generations, to copy and damage."""
    data_dir = tmp_path / "pristine"
    key_file = tmp_path / "pristine-key.txt"
    vault = open_copy(vault_template, data_dir, key_file, isolated_key_store, clock)
    owner = Team(vault).owner
    for number in range(40):  # a few pages of records
        vault.clients.create(owner, ClientInput("Nguyễn", f"Lan {number}", notes="x" * 300))
    vault.keys.use_device(owner)  # a second write: keyslots.json.prev exists
    vault.close()
    return data_dir, vault.device_store, read_recovery_key_file(key_file)


def _copy(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def _opens(data_dir: Path, unlock: Unlock, store: DeviceKeyStore) -> bool | str:
    """True if it opens (and checks out), else the one-sentence refusal."""
    try:
        vault = open_vault(data_dir, unlock, store)
    except VaultError as error:
        return _one_sentence(error)
    try:
        assert vault.database.check_integrity() == []
        assert vault.log.verify().ok
    finally:
        vault.close()
    return True


# -- 3c: the slot file torn or overwritten with garbage --------------------------------------


@examples(25, fixture_reused=True)  # each example damages its own copy
@given(data=st.data(), keep_previous=st.booleans(), garbage=st.booleans())
def test_a_torn_slot_file_always_leaves_a_way_back(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey],
    tmp_path: Path,
    data: st.DataObject,
    keep_previous: bool,
    garbage: bool,
) -> None:
    source, store, key = pristine
    data_dir = _copy(source, tmp_path / "torn")
    slot_file = VaultPaths(data_dir).slot_file
    whole = slot_file.read_bytes()
    if not keep_previous:
        slot_file.with_name("keyslots.json.prev").unlink()
    offset = data.draw(st.integers(0, len(whole) - 1), label="offset")
    if garbage:
        junk = data.draw(st.binary(min_size=1, max_size=16), label="garbage")
        torn = whole[:offset] + junk + whole[offset + len(junk) :]
    else:
        torn = whole[:offset]
    assume(torn != whole)
    slot_file.write_bytes(torn)

    everyday = _opens(data_dir, Unlock(), store)
    with_key = _opens(data_dir, Unlock(recovery_key=key), store)
    if keep_previous and not garbage:
        assert everyday is True, "a cut-off slot file falls back to the previous generation"
    event(f"device: {everyday is True}, recovery key: {with_key is True}")
    if everyday is True or with_key is True:
        return
    # Neither way opens: the message says what to do, and the launcher's restore is allowed.
    assert "backup" in everyday or "recovery key" in everyday, everyday
    usb = tmp_path / "usb"
    restored = restore_over_unopenable(data_dir, _a_backup(source, store, usb), key, store)
    restored.vault.close()


_BACKUPS: dict[Path, Path] = {}


def _a_backup(source: Path, store: DeviceKeyStore, usb: Path) -> Path:
    """A backup of the pristine vault, made once per test (a copy of it, to leave it pristine)."""
    if source not in _BACKUPS or not _BACKUPS[source].exists():
        copy = _copy(source, source.with_name("for-backup"))
        vault = open_vault(copy, device_store=store)
        usb.mkdir(exist_ok=True)
        _BACKUPS[source] = vault.backups.backup(Team(vault).owner, usb).path
        vault.close()
    return _BACKUPS[source]


def test_a_garbled_device_slot_points_to_the_recovery_key(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path
) -> None:
    """The slot file still parses but the device slot's sealed key is garbage (bit rot)."""
    source, store, key = pristine
    data_dir = _copy(source, tmp_path / "garbled")
    slot_file = VaultPaths(data_dir).slot_file
    text = slot_file.read_text()
    start = text.index('"sealed_key": "', text.index('"kind": "device"')) + 15
    flipped = "B" if text[start] != "B" else "C"
    slot_file.write_text(text[:start] + flipped + text[start + 1 :])
    with pytest.raises(KeyUnavailable) as refused:
        open_vault(data_dir, device_store=store)
    assert "recovery key" in _one_sentence(refused.value)
    assert _opens(data_dir, Unlock(recovery_key=key), store) is True


# -- 3d: a byte flipped in the vault file --------------------------------------------------


def _damage(data_dir: Path, offset: int) -> bytes:
    path = VaultPaths(data_dir).database
    content = bytearray(path.read_bytes())
    content[offset] ^= 0x20
    path.write_bytes(bytes(content))
    return bytes(content)


def _assert_damaged_and_untouched(data_dir: Path, store: DeviceKeyStore, content: bytes) -> str:
    with pytest.raises(VaultDamaged) as refused:
        open_vault(data_dir, device_store=store)
    text = _one_sentence(refused.value)
    assert "damaged" in text and "newest backup" in text
    assert VaultPaths(data_dir).database.read_bytes() == content, "nothing rewritten in place"
    return text


def _places(size: int) -> dict[str, int]:
    last = size - PAGE
    return {
        "salt in the header": 5,
        "first page, after the salt": 40,
        "first page's HMAC": PAGE - 10,
        "a data page": 3 * PAGE + 1000,
        "a data page's IV": 4 * PAGE - 70,
        "the last page": last + 2000,
        "the last byte": size - 1,
    }


@pytest.mark.parametrize(
    "place",
    [
        "salt in the header",
        "first page, after the salt",
        "first page's HMAC",
        "a data page",
        "a data page's IV",
        "the last page",
        "the last byte",
    ],
)
def test_a_flipped_byte_is_damage_wherever_it_is(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path, place: str
) -> None:
    source, store, key = pristine
    data_dir = _copy(source, tmp_path / "flipped")
    size = VaultPaths(data_dir).database.stat().st_size
    assert size >= 8 * PAGE
    content = _damage(data_dir, _places(size)[place])
    _assert_damaged_and_untouched(data_dir, store, content)
    # The recovery key unwraps the same data key: it cannot make a damaged file whole.
    with pytest.raises(VaultDamaged):
        open_vault(data_dir, Unlock(recovery_key=key), store)


@examples(25, fixture_reused=True)  # each example damages its own copy
@given(fraction=st.floats(0.0, 1.0, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_bit_is_caught(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey],
    tmp_path: Path,
    fraction: float,
    bit: int,
) -> None:
    source, store, _ = pristine
    data_dir = _copy(source, tmp_path / "bit")
    path = VaultPaths(data_dir).database
    content = bytearray(path.read_bytes())
    content[int(fraction * len(content))] ^= 1 << bit
    path.write_bytes(bytes(content))
    _assert_damaged_and_untouched(data_dir, store, bytes(content))


@pytest.mark.parametrize("cut", ["a page short", "mid-page", "only the header"])
def test_a_vault_file_cut_short_is_damage(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path, cut: str
) -> None:
    source, store, _ = pristine
    data_dir = _copy(source, tmp_path / "cut")
    path = VaultPaths(data_dir).database
    content = path.read_bytes()
    keep = {
        "a page short": len(content) - PAGE,
        "mid-page": len(content) - 1500,
        "only the header": 100,
    }
    path.write_bytes(content[: keep[cut]])
    _assert_damaged_and_untouched(data_dir, store, content[: keep[cut]])


# -- the way back: restore over a vault that does not open ---------------------------------


def test_restore_over_a_damaged_vault_keeps_the_damaged_files_aside(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path
) -> None:
    source, store, key = pristine
    backup = _a_backup(source, store, tmp_path / "usb")
    data_dir = _copy(source, tmp_path / "damaged")
    damaged = _damage(data_dir, 3 * PAGE + 7)
    outcome = restore_over_unopenable(data_dir, backup, key, store)
    try:
        assert outcome.vault.database.scalar("SELECT count(*) FROM clients") == 40
        assert outcome.vault.log.verify().ok
    finally:
        outcome.vault.close()
    assert outcome.kept_aside is not None
    assert (outcome.kept_aside / "vault.db").read_bytes() == damaged
    assert _opens(data_dir, Unlock(), store) is True


def test_restore_over_a_vault_that_opens_is_refused(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path
) -> None:
    """From the launcher, only a vault that opens neither way is replaced: otherwise the owner
    restores from the Backups page, and nothing recorded since the backup is lost by surprise."""
    source, store, key = pristine
    backup = _a_backup(source, store, tmp_path / "usb")
    data_dir = _copy(source, tmp_path / "fine")
    before = sorted(os.listdir(data_dir))
    with pytest.raises(VaultExists, match="Backups page"):
        restore_over_unopenable(data_dir, backup, key, store)
    # The device key lost: the recovery key still opens it, so it is not replaced either.
    for key_file in store._fallback_dir.iterdir():  # the PC lost its key store
        key_file.unlink()
    with pytest.raises(VaultExists):
        restore_over_unopenable(data_dir, backup, key, store)
    assert sorted(os.listdir(data_dir)) == before


def test_restore_over_a_damaged_vault_with_a_bad_backup_changes_nothing(
    pristine: tuple[Path, DeviceKeyStore, RecoveryKey], tmp_path: Path
) -> None:
    source, store, key = pristine
    backup = _a_backup(source, store, tmp_path / "usb")
    spoiled = tmp_path / "spoiled.svbak"
    content = bytearray(backup.read_bytes())
    content[len(content) // 2] ^= 1
    spoiled.write_bytes(bytes(content))
    data_dir = _copy(source, tmp_path / "damaged")
    damaged = _damage(data_dir, 5 * PAGE + 9)
    before = sorted(os.listdir(data_dir))
    with pytest.raises(BackupInvalid):
        restore_over_unopenable(data_dir, spoiled, key, store)
    assert sorted(os.listdir(data_dir)) == before
    assert VaultPaths(data_dir).database.read_bytes() == damaged
