"""How the vault is unlocked: the device, recovery and owner-passphrase slots (owner-only changes).

Every change writes the new slot before removing an old one, and each step is a complete,
atomically replaced slot file, so there is never a moment with no working way in.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import KeyUnavailable, RuleViolation
from salonvault.domain.roles import Permission
from salonvault.security.device_store import DeviceKeyStore, DeviceProtection
from salonvault.security.keyslots import (
    KeySlot,
    SlotFile,
    SlotKind,
    read_generations,
    read_slot_file,
    seal,
    unseal,
    write_slot_file,
)
from salonvault.security.passphrase import (
    check_passphrase,
    new_kdf_params,
    passphrase_wrapping_key,
)
from salonvault.security.recovery import RecoveryKey, parse_recovery_key
from salonvault.security.slot_making import new_device_slot
from salonvault.storage.settings_repo import SettingsRepository

KIT_CONFIRMED_KEY = "recovery_kit_confirmed"
# The open mode the owner chose, kept inside the vault: the slot file beside it is not
# authenticated, so deleting its passphrase slot must not turn a passphrase vault into one
# that opens by itself after the next recovery-key opening.
OPEN_MODE_KEY = "open_mode"


if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard


@dataclass(frozen=True, slots=True)
class UnlockStatus:
    slots: tuple[SlotKind, ...]
    device_protection: DeviceProtection | None  # None when there is no device slot
    backup_public_key: str
    slot_file_recipient_ok: bool  # False: the slot file's public hint was changed

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
        settings: SettingsRepository,
    ) -> None:
        self._settings = settings
        self._slot_path = slot_path
        self._data_key = data_key
        self._device_store = device_store
        self._log = log
        self._guard = guard

    @property
    def vault_id(self) -> str:
        return self._read().vault_id

    def slot(self, kind: SlotKind) -> KeySlot:
        found = self._read().find(kind)
        if found is None:
            raise KeyUnavailable(f"This vault has no {kind.value} slot.")
        return found

    def backup_public_key(self) -> str:
        """The backup recipient, from the identity kept inside the (authenticated) vault; the
        copy in the slot file is only a hint and could have been edited."""
        return parse_recovery_key(str(self._settings.get("backup_identity", ""))).public_key

    def status(self, session: Session) -> UnlockStatus:
        self._guard.require(session, Permission.KEYS_MANAGE)
        slots = self._read().slots
        kinds = tuple(s.kind for s in slots)
        protection = self._device_store.protection if SlotKind.DEVICE in kinds else None
        real = self.backup_public_key()
        hint = self.slot(SlotKind.RECOVERY).params.get("recipient")
        return UnlockStatus(kinds, protection, real, hint == real)

    def recovery_key(self, session: Session) -> RecoveryKey:
        """The recovery key, for printing the Recovery Kit again (owner only, logged)."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        key = parse_recovery_key(str(self._settings.get("backup_identity", "")))
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

    def use_passphrase(self, session: Session, passphrase: str) -> None:
        """Close the vault until the owner types the passphrase: add that slot, then remove the
        device slot from both slot-file generations and delete its stored key."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        check_passphrase(passphrase)
        current = self._read()
        params = new_kdf_params()
        slot = seal(
            self._data_key,
            passphrase_wrapping_key(passphrase, params),
            SlotKind.PASSPHRASE,
            current.vault_id,
            params,
        )
        self._write(current.with_slot(slot))
        self._settings.set(OPEN_MODE_KEY, SlotKind.PASSPHRASE.value)
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=passphrase"))
        if current.find(SlotKind.DEVICE) is not None:
            self._purge(SlotKind.DEVICE)
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=device"))

    def use_device(self, session: Session) -> None:
        """Open the vault on this PC without a secret: a new device slot, then no passphrase."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._read()
        slot = new_device_slot(self._data_key, self._device_store, current.vault_id)
        self._write_new_device_slot(current, slot)  # replaces any old device slot
        self._settings.set(OPEN_MODE_KEY, SlotKind.DEVICE.value)
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=device"))
        if current.find(SlotKind.PASSPHRASE) is not None:
            self._purge(SlotKind.PASSPHRASE)
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=passphrase"))

    def renew_device_key_after_recovery(self) -> bool:
        """After the vault was opened with the recovery key: when it is meant to open on this
        PC by itself (no passphrase slot) but this PC's device key is gone or no longer opens
        it (a reinstalled system, a reset key store, the folder moved to a new PC), give this PC
        a new device slot, so the next start needs no recovery key. True when it did.

        No staff session is asked for: the caller has just opened the vault with the recovery
        key, the one secret that can already do everything (the window calls this only then).
        The vault's log records it."""
        current = self._read()
        chosen = self._settings.get(OPEN_MODE_KEY)
        if current.find(SlotKind.PASSPHRASE) is not None or chosen == SlotKind.PASSPHRASE.value:
            return False  # the salon chose the owner's passphrase each morning
        if self._device_slot_opens(current):
            return False
        slot = new_device_slot(self._data_key, self._device_store, current.vault_id)
        self._write_new_device_slot(current, slot)  # replaces the dead device slot
        self._log.record(AuditEvent("keys.add_slot", detail="slot=device after=recovery_key"))
        return True

    def remember_passphrase_mode(self) -> None:
        """Opened with the passphrase: record that mode inside the vault if a vault made before
        the mode was recorded there does not say so yet."""
        if self._settings.get(OPEN_MODE_KEY) != SlotKind.PASSPHRASE.value:
            self._settings.set(OPEN_MODE_KEY, SlotKind.PASSPHRASE.value)

    def _write_new_device_slot(self, current: SlotFile, slot: KeySlot) -> None:
        """Write a slot file with this new device slot. If that fails before the slot reached
        the disk, its key is deleted again: no key stays in the store that no slot uses."""
        key_id = str(slot.params["key_id"])
        try:
            self._write(current.with_slot(slot))
        except BaseException:
            with contextlib.suppress(Exception):  # unreadable: better an orphan than a dead slot
                if key_id not in self._device_key_ids():
                    self._device_store.delete(key_id)
            raise

    def _device_slot_opens(self, current: SlotFile) -> bool:
        slot = current.find(SlotKind.DEVICE)
        key_id = slot.params.get("key_id") if slot is not None else None
        device_key = self._device_store.load(key_id) if isinstance(key_id, str) else None
        if slot is None or device_key is None:
            return False
        try:
            return unseal(slot, device_key, current.vault_id) == self._data_key
        except KeyUnavailable:
            return False

    def remove_device_slot(self, session: Session) -> None:
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._read()
        if current.find(SlotKind.DEVICE) is None:
            return
        if not current.without(SlotKind.DEVICE).slots:
            raise RuleViolation("The vault needs at least one other way to open it.")
        self._purge(SlotKind.DEVICE)
        self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=device"))

    def _purge(self, kind: SlotKind) -> None:
        """Remove `kind` from both generations (written twice), so the previous copy cannot be
        used to open the vault the way the owner just closed.

        A device key is deleted first: from then on no generation can open the vault with it,
        even if this process dies between the two writes (the other slots still open it)."""
        if kind is SlotKind.DEVICE:
            for key_id in self._device_key_ids():
                self._device_store.delete(key_id)
        for _ in range(2):
            self._write(self._read().without(kind))

    def _write(self, slot_file: SlotFile) -> None:
        """Write a new generation; then delete device keys that neither generation needs."""
        before = self._device_key_ids()
        write_slot_file(self._slot_path, slot_file)
        for key_id in before - self._device_key_ids():
            self._device_store.delete(key_id)

    def _device_key_ids(self) -> set[str]:
        ids = set()
        for generation in read_generations(self._slot_path):
            slot = generation.find(SlotKind.DEVICE)
            if slot is not None and isinstance(slot.params.get("key_id"), str):
                ids.add(str(slot.params["key_id"]))
        return ids

    def _read(self) -> SlotFile:
        return read_slot_file(self._slot_path)
