"""Re-keying the vault (issue 20, item 5): a new data key, every slot sealed anew, old slot files
and old device keys useless.

The order keeps a working way in at every instant:

1. the new slots (device under a new key, recovery with the salon's recovery key, passphrase
   with the owner's passphrase) are written to `keyslots.json.next` and synced;
2. SQLCipher's `PRAGMA rekey` re-encrypts every page in one transaction;
3. the new slots become both generations of `keyslots.json`; `.next` goes; the old device key
   is deleted (if this vault made it for this folder).

A process that dies after 2 leaves a file under the new key and a slot file under the old one:
the next opening tries the same way in with both slot files, keeps the one whose key opens the
database, and finishes the job (`settle_interrupted_rekey`). Before 2 the old key still opens
it, and `.next` is dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import (
    KeyUnavailable,
    PassphraseSlotUnusual,
    SalonVaultError,
    ValidationError,
    VaultDamaged,
    WrongPassphrase,
)
from salonvault.domain.messages import Message
from salonvault.security.keyslots import (
    KeySlot,
    SlotFile,
    SlotKind,
    new_data_key,
    read_pending_slot_file,
    remove_pending_slot_file,
    seal,
    unseal,
    write_pending_slot_file,
    write_slot_file,
)
from salonvault.security.passphrase import new_kdf_params, passphrase_wrapping_key
from salonvault.security.recovery import RecoveryKey
from salonvault.security.slot_making import new_recovery_slot
from salonvault.storage.database import Database

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.keys.slot_writer import SlotWriter

# phase ("preparing", "re-encrypting", "slots"), done, total
RekeyProgress = Callable[[str, int, int], None]
Unsealer = Callable[[SlotFile], tuple[bytes, SlotKind]]


@dataclass(frozen=True, slots=True)
class RekeyOutcome:
    slots: tuple[SlotKind, ...]
    pages: int
    seconds: float
    old_device_keys_kept: int  # kept because another folder (the original of a copy) uses them


def check_passphrase_for_rekey(current: SlotFile, passphrase: str | None, data_key: bytes) -> None:
    """A passphrase vault stays one: its new slot needs the owner's passphrase, checked here
    against the current slot (a typo must not seal the new key under an unknown passphrase)."""
    slot = current.find(SlotKind.PASSPHRASE)
    if slot is None:
        return
    if not passphrase:
        raise ValidationError(
            "keys.type_owner_s_passphrase_re",
            field="passphrase",
        )
    try:
        wrapping = passphrase_wrapping_key(passphrase, slot.params)
        if unseal(slot, wrapping, current.vault_id) == data_key:
            return
    except PassphraseSlotUnusual:
        raise
    except (ValidationError, KeyUnavailable):
        pass
    raise WrongPassphrase()


def rekey_vault(
    database: Database,
    writer: SlotWriter,
    log: ActivityLog,
    live: Session,
    old_key: bytes,
    recovery: RecoveryKey,
    passphrase: str | None,
    device_mode: bool,
    progress: RekeyProgress | None = None,
) -> tuple[bytes, RekeyOutcome]:
    """Re-key the open vault; returns the new data key (the caller hands it to everything that
    opens connections) and what was done."""
    started = time.perf_counter()
    report = progress or (lambda _phase, _done, _total: None)
    report("preparing", 0, 1)
    current = writer.read()
    check_passphrase_for_rekey(current, passphrase, old_key)
    new_key = new_data_key()
    vault_id = current.vault_id
    slots: list[KeySlot] = []
    device_slot = writer.new_device_slot(new_key, vault_id) if device_mode else None
    try:
        if device_slot is not None:
            slots.append(device_slot)
        slots.append(new_recovery_slot(new_key, recovery, vault_id))
        if current.find(SlotKind.PASSPHRASE) is not None:
            assert passphrase is not None
            params = new_kdf_params()
            wrapping = passphrase_wrapping_key(passphrase, params)
            slots.append(seal(new_key, wrapping, SlotKind.PASSPHRASE, vault_id, params))
        new_file = SlotFile(vault_id, tuple(slots))
        write_pending_slot_file(writer.slot_path, new_file)
        pages = int(database.scalar("PRAGMA page_count"))
        database.rekey(old_key, new_key, lambda done, total: report("re-encrypting", done, total))
    except BaseException:
        remove_pending_slot_file(writer.slot_path)  # the file is still under the old key
        if device_slot is not None:
            writer.drop_unused_key(device_slot)
        raise
    report("slots", 0, 1)
    kept = _promote(writer, new_file)
    seconds = time.perf_counter() - started
    kinds = tuple(s.kind for s in new_file.slots)
    log.record_for(
        live,
        AuditEvent(
            "keys.rekey",
            detail=f"slots={','.join(k.value for k in kinds)} pages={pages}"
            + (f" kept={kept}" if kept else ""),
        ),
    )
    report("slots", 1, 1)
    return new_key, RekeyOutcome(kinds, pages, seconds, kept)


def _promote(writer: SlotWriter, new_file: SlotFile) -> int:
    """The new slots become both generations; then `.next` goes and the old device keys with
    it. Returns how many old device keys were kept (another folder still uses them)."""
    old_ids = writer.device_key_ids()
    writer.write_both(new_file)  # deletes the old device keys this vault made for this folder
    remove_pending_slot_file(writer.slot_path)
    new_ids = writer.device_key_ids()
    return sum(1 for key_id in old_ids - new_ids if not writer.delete_device_key(key_id))


@dataclass(frozen=True, slots=True)
class Settled:
    """How an interrupted re-keying was settled at opening: which key opens the database,
    through which slot, and whether the new slots were the ones (then `finish` runs once the
    vault is open: the old device keys go, the vault's log records it)."""

    data_key: bytes
    used: SlotKind
    finished: bool


def settle_interrupted_rekey(
    slot_path: Path, database_path: Path, current: SlotFile, unseal_with: Unsealer
) -> Settled | None:
    """None when no re-keying was interrupted. Else the slot file whose key opens the database
    wins: the new one is written as both generations, or the leftover `.next` is dropped."""
    pending = read_pending_slot_file(slot_path)
    if pending is None:
        return None
    if pending.vault_id != current.vault_id:
        remove_pending_slot_file(slot_path)  # not this vault's: nothing of ours to finish
        return None
    problems: list[SalonVaultError] = []
    for candidate, is_new in ((current, False), (pending, True)):
        try:
            key, used = unseal_with(candidate)
        except KeyUnavailable as problem:
            problems.append(problem)
            continue
        if not _opens(database_path, key):
            continue
        if is_new:
            write_slot_file(slot_path, pending)
            write_slot_file(slot_path, pending)
        remove_pending_slot_file(slot_path)
        return Settled(key, used, is_new)
    if problems:
        raise problems[0]
    raise VaultDamaged(Message("keys.first_page_cannot_decrypted"))


def _opens(database_path: Path, key: bytes) -> bool:
    try:
        reader = Database.open_reader(database_path, key)
    except SalonVaultError:
        return False
    try:
        reader.query("SELECT count(*) FROM sqlite_master")
        return True
    except SalonVaultError:  # the first page does not decrypt: VaultDamaged
        return False
    finally:
        reader.close()
