"""Which device keys this vault created, and for which data folder, recorded inside the vault.

The slot file beside the vault is not authenticated, and a copy of the data folder names the
same device key as the original. So a key is deleted only when the vault itself recorded making
it for the folder it is in now; a key made for another folder is deleted only once that folder
no longer names it (the folder was moved away), never while it does (the original of a copy).
Every doubt keeps the key: a key left in the store costs nothing a deleted one would not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from salonvault.security.keyslots import SLOT_FILE_NAME, SlotKind, read_generations
from salonvault.storage.settings_repo import SettingsRepository

DEVICE_KEYS_SETTING = "device_keys"


@dataclass(frozen=True, slots=True)
class MadeKey:
    key_id: str
    folder: str  # the data folder it was made for, normalised (folder_name)


def folder_name(folder: Path) -> str:
    """A folder as recorded: absolute, links resolved, case folded where the OS ignores case."""
    return os.path.normcase(str(folder.resolve()))


class DeviceKeyRecord:
    def __init__(self, settings: SettingsRepository, data_dir: Path) -> None:
        self._settings = settings
        self._data_dir = data_dir

    @property
    def here(self) -> str:
        return folder_name(self._data_dir)

    def entries(self) -> list[MadeKey] | None:
        """None for a vault made before the record existed."""
        stored = self._settings.get(DEVICE_KEYS_SETTING)
        if not isinstance(stored, list):
            return None
        return [
            MadeKey(str(item["key_id"]), str(item["folder"]))
            for item in stored
            if isinstance(item, dict) and "key_id" in item and "folder" in item
        ]

    def add(self, key_id: str) -> None:
        """Record a key made for this folder; before the slot that uses it is written."""
        kept = [e for e in self.entries() or [] if e.key_id != key_id]
        self._store([*kept, MadeKey(key_id, self.here)])

    def forget(self, key_id: str) -> None:
        entries = self.entries()
        if entries is not None:
            self._store([e for e in entries if e.key_id != key_id])

    def adopt(self, key_id: str) -> None:
        """A vault made before the record: the key that has just opened it is taken as its
        own, for this folder (once; afterwards only keys it makes are added)."""
        if self.entries() is None:
            self._store([MadeKey(key_id, self.here)])

    def only(self, key_id: str) -> None:
        """After a restore: the backup carried the old vault's record; the restored vault
        made one key, for this folder."""
        self._store([MadeKey(key_id, self.here)])

    def made_here(self) -> list[str]:
        return [e.key_id for e in self.entries() or [] if e.folder == self.here]

    def may_delete(self, key_id: str) -> bool:
        for entry in self.entries() or []:
            if entry.key_id == key_id:
                return entry.folder == self.here or not _still_named(Path(entry.folder), key_id)
        return False  # not made by this vault: another vault's (or a planted name)

    def _store(self, entries: list[MadeKey]) -> None:
        self._settings.set(
            DEVICE_KEYS_SETTING, [{"key_id": e.key_id, "folder": e.folder} for e in entries]
        )


def _still_named(folder: Path, key_id: str) -> bool:
    """Whether the slot file in `folder` (another place this vault was) still names the key.
    True when unsure: a folder that is there but cannot be read keeps its key."""
    path = folder / SLOT_FILE_NAME
    try:
        present = path.exists() or path.with_name(path.name + ".prev").exists()
    except OSError:
        return True
    if not present:
        return False
    generations = read_generations(path)
    if not generations:
        return True
    for generation in generations:
        slot = generation.find(SlotKind.DEVICE)
        if slot is not None and slot.params.get("key_id") == key_id:
            return True
    return False
