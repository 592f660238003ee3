"""How the vault is unlocked: the device, recovery and owner-passphrase slots (owner-only changes).

Every change writes the new slot before removing an old one, and each step is a complete,
atomically replaced slot file, so there is never a moment with no working way in.
"""

from __future__ import annotations

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
    read_slot_file,
    seal,
    write_slot_file,
)
from salonvault.security.passphrase import (
    check_passphrase,
    new_kdf_params,
    passphrase_wrapping_key,
)

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.audit import ActivityLog
    from salonvault.services.guard import Guard


@dataclass(frozen=True, slots=True)
class UnlockStatus:
    slots: tuple[SlotKind, ...]
    device_protection: DeviceProtection | None  # None when there is no device slot
    backup_public_key: str


class KeyService:
    def __init__(
        self,
        slot_path: Path,
        data_key: bytes,
        device_store: DeviceKeyStore,
        log: ActivityLog,
        guard: Guard,
    ) -> None:
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
        return str(self.slot(SlotKind.RECOVERY).params["recipient"])

    def status(self, session: Session) -> UnlockStatus:
        self._guard.require(session, Permission.KEYS_MANAGE)
        slots = self._read().slots
        kinds = tuple(s.kind for s in slots)
        protection = self._device_store.protection if SlotKind.DEVICE in kinds else None
        return UnlockStatus(kinds, protection, self.backup_public_key())

    def use_passphrase(self, session: Session, passphrase: str) -> None:
        """Close the vault until the owner types the passphrase: add that slot, then remove the
        device slot and its stored key."""
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
        write_slot_file(self._slot_path, current.with_slot(slot))
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=passphrase"))
        if current.find(SlotKind.DEVICE) is not None:
            write_slot_file(self._slot_path, self._read().without(SlotKind.DEVICE))
            self._device_store.delete(current.vault_id)
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=device"))

    def use_device(self, session: Session) -> None:
        """Open the vault on this PC without a secret: a new device slot, then no passphrase."""
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._read()
        wrapping_key = self._device_store.create(current.vault_id)
        slot = seal(self._data_key, wrapping_key, SlotKind.DEVICE, current.vault_id)
        write_slot_file(self._slot_path, current.with_slot(slot))
        self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=device"))
        if current.find(SlotKind.PASSPHRASE) is not None:
            write_slot_file(self._slot_path, self._read().without(SlotKind.PASSPHRASE))
            self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=passphrase"))

    def remove_device_slot(self, session: Session) -> None:
        live = self._guard.require(session, Permission.KEYS_MANAGE)
        current = self._read()
        if current.find(SlotKind.DEVICE) is None:
            return
        remaining = current.without(SlotKind.DEVICE)
        if not remaining.slots:
            raise RuleViolation("The vault needs at least one other way to open it.")
        write_slot_file(self._slot_path, remaining)
        self._device_store.delete(current.vault_id)
        self._log.record_for(live, AuditEvent("keys.remove_slot", detail="slot=device"))

    def _read(self) -> SlotFile:
        return read_slot_file(self._slot_path)
