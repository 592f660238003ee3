"""How the vault is unlocked and keyed: the device, recovery and owner-passphrase slots, the
recovery key, and the data key itself (owner-only changes).

Every change writes the new slot before removing an old one, and each step is a complete,
atomically replaced slot file, so there is never a moment with no working way in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import KeyUnavailable, RuleViolation
from salonvault.domain.roles import Permission
from salonvault.security.device_store import DeviceKeyStore, DeviceProtection
from salonvault.security.keyslots import KeySlot, SlotKind, seal
from salonvault.security.passphrase import (
    check_passphrase,
    new_kdf_params,
    passphrase_wrapping_key,
)
from salonvault.security.recovery import RecoveryKey
from salonvault.services.keys.device_keys import DeviceKeyRecord
from salonvault.services.keys.recovery_keys import (
    KIT_CONFIRMED_KEY,
    RecoveryKeys,
    RecoverySlotState,
    RetiredKey,
)
from salonvault.services.keys.rekey import RekeyOutcome, RekeyProgress, Settled, rekey_vault
from salonvault.services.keys.slot_writer import SlotWriter
from salonvault.storage.settings_repo import SettingsRepository

# The open mode the owner chose, kept inside the vault: the slot file beside it is not
# authenticated, so deleting its passphrase slot must not turn a passphrase vault into one
# that opens by itself after the next recovery-key opening.
OPEN_MODE_KEY = "open_mode"


if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


@dataclass(frozen=True, slots=True)
class UnlockStatus:
    slots: tuple[SlotKind, ...]
    device_protection: DeviceProtection | None  # None when there is no device slot
    backup_public_key: str
    slot_file_recipient_ok: bool  # False: the slot file's public hint was changed
    recovery_slot: RecoverySlotState = RecoverySlotState.OK

    @property
    def passphrase_mode(self) -> bool:
        """The vault stays closed until the owner's passphrase is typed (no device slot)."""
        return SlotKind.PASSPHRASE in self.slots


class KeyService:
    def __init__(
        self,
        slot_path: Path,
        data_key: bytes,
        device_store: DeviceKeyStore,
        log: ActivityLog,
        guard: Guard,
        database: Database,
        clock: Clock,
    ) -> None:
        self._db = database
        self._settings = SettingsRepository(database)
        self._data_key = data_key
        self._device_store = device_store
        self._log = log
        self._guard = guard
        self._made = DeviceKeyRecord(self._settings, slot_path.parent)
        self._slots = SlotWriter(slot_path, device_store, self._made)
        self._recovery = RecoveryKeys(database, self._slots, log, clock, lambda: self._data_key)
        # Held by anything reading the vault on a second connection of this process (the
        # whole-file check), and by a re-keying, which must have the file to itself.
        self._second_connections = threading.Lock()
        self._rekeyed: list[Callable[[bytes], None]] = []

    @property
    def vault_id(self) -> str:
        return self._slots.read().vault_id

    def slot(self, kind: SlotKind) -> KeySlot:
        found = self._slots.read().find(kind)
        if found is None:
            raise KeyUnavailable("keys.vault_has_slot", kind_value=kind.value)
        return found

    def backup_public_key(self) -> str:
        """The backup recipient, from the identity kept inside the (authenticated) vault; the
        copy in the slot file is only a hint and could have been edited."""
        return self._recovery.identity().public_key

    def status(self, session: Session) -> UnlockStatus:
        self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._slots.read()
        kinds = tuple(s.kind for s in current.slots)
        protection = self._device_store.protection if SlotKind.DEVICE in kinds else None
        real = self.backup_public_key()
        recovery = current.find(SlotKind.RECOVERY)
        hint = recovery.params.get("recipient") if recovery is not None else None
        return UnlockStatus(kinds, protection, real, hint == real, self._recovery.state())

    # -- the recovery key and its slot ---------------------------------------------------------

    def recovery_key(self, session: Session) -> RecoveryKey:
        """The recovery key, for printing the Recovery Kit again (owner only, logged)."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        key = self._recovery.identity()
        self._log.record_for(live, AuditEvent("keys.show_recovery_key"))
        return key

    def recovery_kit_confirmed(self) -> bool:
        """Whether the owner confirmed the Recovery Kit is printed or saved (the key exists
        nowhere else once the set-up wizard is gone)."""
        return bool(self._settings.get(KIT_CONFIRMED_KEY, True))

    def confirm_recovery_kit(self, session: Session) -> None:
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        self._settings.set(KIT_CONFIRMED_KEY, True)
        self._log.record_for(live, AuditEvent("keys.recovery_kit_confirmed"))

    def recovery_slot_state(self, session: Session) -> RecoverySlotState:
        """Whether the slot file still has a recovery slot the salon's recovery key opens (the
        window tells the owner at sign-in when it does not)."""
        self._guard.require(session, Permission.KEYS_MANAGE)
        return self._recovery.state()

    def add_recovery_slot(self, session: Session, key: RecoveryKey) -> None:
        """Make the recovery slot again (removed or damaged), with the salon's recovery key as
        given from the Recovery Kit or its key file; another key is refused."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        self._recovery.add_slot(live, key)

    def replace_recovery_key(self, session: Session) -> RecoveryKey:
        """A new recovery key for a lost kit or a departed owner: the new slot replaces the old
        one in both slot-file generations, backups from now on use it, and the old key's
        backups are listed by `retired_recovery_keys`. Returns the new key, for its kit."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        return self._recovery.new_key(live)

    def retired_recovery_keys(self, session: Session) -> list[RetiredKey]:
        """Earlier recovery keys, newest first, with the backups that still need them."""
        self._guard.require(session, Permission.KEYS_MANAGE)
        return self._recovery.retired()

    # -- how the vault opens -------------------------------------------------------------------

    def use_passphrase(self, session: Session, passphrase: str) -> None:
        """Close the vault until the owner types the passphrase: add that slot, then remove the
        device slot from both slot-file generations and delete its stored key."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        check_passphrase(passphrase)
        current = self._slots.read()
        params = new_kdf_params()
        slot = seal(
            self._data_key,
            passphrase_wrapping_key(passphrase, params),
            SlotKind.PASSPHRASE,
            current.vault_id,
            params,
        )
        self._slots.write(current.with_slot(slot))
        self._settings.set(OPEN_MODE_KEY, SlotKind.PASSPHRASE.value)
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=passphrase"))
        if current.find(SlotKind.DEVICE) is not None or self._made.made_here():
            kept = self._slots.purge(SlotKind.DEVICE)
            detail = "slot=device" + (f" kept={kept}" if kept else "")
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail=detail))

    def use_device(self, session: Session) -> None:
        """Open the vault on this PC without a secret: a new device slot, then no passphrase."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._slots.read()
        slot = self._slots.new_device_slot(self._data_key, current.vault_id)
        self._slots.write_new_device_slot(current, slot)  # replaces any old device slot
        self._settings.set(OPEN_MODE_KEY, SlotKind.DEVICE.value)
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=device"))
        if current.find(SlotKind.PASSPHRASE) is not None:
            self._slots.purge(SlotKind.PASSPHRASE)
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=passphrase"))

    def remove_device_slot(self, session: Session) -> None:
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._slots.read()
        if current.find(SlotKind.DEVICE) is None:
            return
        if not current.without(SlotKind.DEVICE).slots:
            raise RuleViolation("keys.vault_needs_least_one_other")
        kept = self._slots.purge(SlotKind.DEVICE)
        detail = "slot=device" + (f" kept={kept}" if kept else "")
        self._log.record_for(live, AuditEvent("keys.remove_slot", detail=detail))

    def renew_device_key_after_recovery(self) -> bool:
        """After the vault was opened with the recovery key: when it is meant to open on this
        PC by itself (no passphrase slot) but this PC's device key is gone or no longer opens
        it (a reinstalled system, a reset key store, the folder moved to a new PC), give this PC
        a new device slot, so the next start needs no recovery key. True when it did.

        No staff session is asked for: the caller has just opened the vault with the recovery
        key, the one secret that can already do everything (the window calls this only then).
        The vault's log records it."""
        current = self._slots.read()
        if not self._device_mode(current.find(SlotKind.PASSPHRASE) is not None):
            return False  # the salon chose the owner's passphrase each morning
        if self._slots.device_slot_opens(current, self._data_key):
            return False
        slot = self._slots.new_device_slot(self._data_key, current.vault_id)
        self._slots.write_new_device_slot(current, slot)  # replaces the dead device slot
        self._log.record(AuditEvent("keys.add_slot", detail="slot=device after=recovery_key"))
        return True

    def remember_passphrase_mode(self) -> None:
        """Opened with the passphrase: record that mode inside the vault if a vault made before
        the mode was recorded there does not say so yet."""
        if self._settings.get(OPEN_MODE_KEY) != SlotKind.PASSPHRASE.value:
            self._settings.set(OPEN_MODE_KEY, SlotKind.PASSPHRASE.value)

    def _device_mode(self, has_passphrase_slot: bool) -> bool:
        chosen = self._settings.get(OPEN_MODE_KEY)
        return not has_passphrase_slot and chosen != SlotKind.PASSPHRASE.value

    # -- device keys this vault made -----------------------------------------------------------

    def adopt_device_key_if_unrecorded(self) -> None:
        """A vault made before device keys were recorded inside it: the key that opens its
        device slot here is taken as its own (open_vault calls this once the vault is open)."""
        if self._made.entries() is not None:
            return
        current = self._slots.read()
        if self._slots.device_slot_opens(current, self._data_key):
            slot = current.find(SlotKind.DEVICE)
            assert slot is not None
            self._made.adopt(str(slot.params["key_id"]))

    def restored_with_device_key(self, key_id: str) -> None:
        """After a restore: the restored vault made this one key (the backup's record names the
        keys of the vault it was taken from)."""
        self._made.only(key_id)

    # -- re-keying -----------------------------------------------------------------------------

    def rekey(
        self,
        session: Session,
        passphrase: str | None = None,
        progress: RekeyProgress | None = None,
    ) -> RekeyOutcome:
        """A new data key for the vault (SQLCipher's rekey), every slot sealed anew under it,
        so no old slot file (with an old passphrase, device key or recovery key) opens it any
        more. A passphrase vault needs the owner's passphrase for its new slot. Slow on a big
        vault (progress in pages); nothing else of this process reads the vault meanwhile."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        with self._second_connections:
            self._slots.tidy()  # keys a re-keying killed before its slot file was written
            current = self._slots.read()
            device_mode = self._device_mode(current.find(SlotKind.PASSPHRASE) is not None)
            new_key, outcome = rekey_vault(
                self._db,
                self._slots,
                self._log,
                live,
                self._data_key,
                self._recovery.identity(),
                passphrase,
                device_mode,
                progress,
            )
            self._use_data_key(new_key)
        return outcome

    def when_rekeyed(self, listener: Callable[[bytes], None]) -> None:
        """`listener(new key)` after a re-keying: whatever opens its own connections."""
        self._rekeyed.append(listener)

    @contextmanager
    def second_connection(self) -> Iterator[None]:
        """Held while this process reads the vault on another connection, so a re-keying
        waits for it (its pages would stop decrypting half-way)."""
        with self._second_connections:
            yield

    def finish_interrupted_rekey(self, settled: Settled) -> None:
        """After opening settled a re-keying a crash interrupted: say so in the log and delete
        the device keys this vault made here that no slot file names any more (the old key
        when it finished, the new one when it was undone)."""
        self._slots.tidy()
        outcome = "finished" if settled.finished else "undone"
        self._log.record(AuditEvent("keys.rekey_settled", detail=f"outcome={outcome}"))

    def _use_data_key(self, key: bytes) -> None:
        self._data_key = key
        for listener in self._rekeyed:
            listener(key)
