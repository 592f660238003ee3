"""Writing the slot file for the key services: each write a whole new generation, device keys
deleted only once no generation needs them and only if this vault made them for this folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from salonvault.domain.errors import KeyUnavailable
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import (
    KeySlot,
    SlotFile,
    SlotKind,
    read_generations,
    read_pending_slot_file,
    read_slot_file,
    unseal,
    write_slot_file,
)
from salonvault.security.slot_making import new_device_slot
from salonvault.services.keys.device_keys import DeviceKeyRecord


class SlotWriter:
    def __init__(self, slot_path: Path, device_store: DeviceKeyStore, made: DeviceKeyRecord):
        self.slot_path = slot_path
        self.device_store = device_store
        self.made = made

    def read(self) -> SlotFile:
        return read_slot_file(self.slot_path)

    def write(self, slot_file: SlotFile) -> None:
        """Write a new generation; then delete device keys that neither generation needs."""
        before = self.device_key_ids()
        write_slot_file(self.slot_path, slot_file)
        for key_id in before - self.device_key_ids():
            self.delete_device_key(key_id)

    def write_both(self, slot_file: SlotFile) -> None:
        """The same slot file as both generations: `.prev` keeps nothing older."""
        for _ in range(2):
            self.write(slot_file)

    def purge(self, kind: SlotKind) -> int:
        """Remove `kind` from both generations (written twice), so the previous copy cannot be
        used to open the vault the way the owner just closed. Returns how many device keys
        were kept because another folder still uses them (the original of a copied folder).

        Device keys are deleted first: from then on no generation can open the vault with them,
        even if this process dies between the two writes (the other slots still open it)."""
        kept = 0
        if kind is SlotKind.DEVICE:
            for key_id in sorted(self.device_key_ids() | set(self.made.made_here())):
                kept += not self.delete_device_key(key_id)
        for _ in range(2):
            self.write(self.read().without(kind))
        return kept

    def new_device_slot(self, data_key: bytes, vault_id: str) -> KeySlot:
        """A device slot under a new key, whose id is recorded in the vault before the key is
        stored, so a process dying at any point leaves no key the vault does not know of."""
        key_id = self.device_store.new_key_id(vault_id)
        self.made.add(key_id)
        try:
            return new_device_slot(
                data_key, self.device_store, vault_id, self.slot_path.parent, key_id
            )
        except BaseException:
            self.made.forget(key_id)
            raise

    def tidy(self) -> None:
        """Delete the device keys this vault made here that no slot file names (their maker
        died before its slot file was written). Run before changing keys, never meanwhile."""
        named = self.device_key_ids()
        pending = read_pending_slot_file(self.slot_path)
        if pending is not None:
            slot = pending.find(SlotKind.DEVICE)
            if slot is not None:
                named.add(str(slot.params.get("key_id")))
        for key_id in self.made.made_here():
            if key_id not in named:
                self.delete_device_key(key_id)

    def write_new_device_slot(self, current: SlotFile, slot: KeySlot) -> None:
        """Write a slot file with this new device slot. If that fails before the slot reached
        the disk, its key is deleted again: no key stays in the store that no slot uses."""
        try:
            self.write(current.with_slot(slot))
        except BaseException:
            self.drop_unused_key(slot)
            raise

    def drop_unused_key(self, slot: KeySlot) -> None:
        """A new device slot's key that never reached a slot file (a failed write)."""
        key_id = str(slot.params["key_id"])
        with contextlib.suppress(Exception):  # unreadable: better an orphan than a dead slot
            if key_id not in self.device_key_ids():
                self.device_store.delete(key_id)
                self.made.forget(key_id)

    def device_slot_opens(self, current: SlotFile, data_key: bytes) -> bool:
        slot = current.find(SlotKind.DEVICE)
        key_id = slot.params.get("key_id") if slot is not None else None
        device_key = self.device_store.load(key_id) if isinstance(key_id, str) else None
        if slot is None or device_key is None:
            return False
        try:
            return unseal(slot, device_key, current.vault_id) == data_key
        except KeyUnavailable:
            return False

    def delete_device_key(self, key_id: str) -> bool:
        """Delete a device key this vault made for this folder (or for a folder that no longer
        uses it); True when deleted. A name from the slot file alone deletes nothing."""
        if not self.made.may_delete(key_id):
            return False
        self.device_store.delete(key_id)
        self.made.forget(key_id)
        return True

    def device_key_ids(self) -> set[str]:
        ids = set()
        for generation in read_generations(self.slot_path):
            slot = generation.find(SlotKind.DEVICE)
            if slot is not None and isinstance(slot.params.get("key_id"), str):
                ids.add(str(slot.params["key_id"]))
        return ids
