"""Restore: a backup becomes a new vault (new data key, new device slot) in a staging folder,
is checked there, and only then takes the place of the vault files.

The staging folder sits inside the data folder (same disk, so the final step is a rename). When
a vault is already there, its files are moved aside into `replaced-<time>/`, kept until the
restored vault has opened and verified, and put back if it does not.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from salonvault.backup.check import (
    BackupReport,
    check_copy,
    decrypt_into,
    remove_copy,
    work_folder_error,
)
from salonvault.backup.manifest import RECOVERY_IDENTITY_SETTING, Manifest, unseal_chain_key
from salonvault.backup.streams import Progress
from salonvault.domain.errors import BackupInvalid
from salonvault.files.private import make_private_folder
from salonvault.security.audit_chain import CHAIN_KEY_SETTING
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SLOT_FILE_NAME, SlotFile, new_data_key, write_slot_file
from salonvault.security.recovery import RecoveryKey
from salonvault.security.slot_making import new_device_slot, new_recovery_slot
from salonvault.storage.client_list_repo import recount_clients
from salonvault.storage.database import DATABASE_NAME, Database
from salonvault.storage.settings_repo import SettingsRepository

# A slot file's previous generation goes with its vault: beside a restored vault it would hold
# the replaced vault's data key, and reading it when the new slot file is torn would fail.
_VAULT_FILES = (
    DATABASE_NAME,
    f"{DATABASE_NAME}-wal",
    f"{DATABASE_NAME}-shm",
    SLOT_FILE_NAME,
    f"{SLOT_FILE_NAME}.prev",
)
_PLACED = (DATABASE_NAME, SLOT_FILE_NAME)  # what a staged restore holds


@dataclass(frozen=True, slots=True)
class StagedRestore:
    """A restored vault, checked, waiting in `folder` to be moved into place."""

    folder: Path
    report: BackupReport
    vault_id: str
    device_key_id: str

    def discard(self, device_store: DeviceKeyStore) -> None:
        remove_copy(self.folder / DATABASE_NAME)
        shutil.rmtree(self.folder, ignore_errors=True)
        device_store.delete(self.device_key_id)


def stage_restore(
    backup: Path,
    recovery: RecoveryKey,
    data_dir: Path,
    device_store: DeviceKeyStore,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> StagedRestore:
    """Decrypt, re-key and check the backup into `data_dir/.restoring-…/` with its slot file."""
    make_private_folder(data_dir)
    folder = data_dir / f".restoring-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    database = folder / DATABASE_NAME
    data_key = new_data_key()
    device_key_id = ""
    try:
        decrypt_into(backup, recovery.secret, database, data_key, progress, cancel)
        report = check_copy(database, data_key, recovery.secret, backup.stat().st_size)
        vault_id = _take_in_keys(database, data_key, report.manifest, recovery)
        device_slot = new_device_slot(data_key, device_store, vault_id, data_dir)
        device_key_id = str(device_slot.params["key_id"])
        recovery_slot = new_recovery_slot(data_key, recovery, vault_id)
        write_slot_file(folder / SLOT_FILE_NAME, SlotFile(vault_id, (device_slot, recovery_slot)))
    except BaseException as error:
        remove_copy(database)
        shutil.rmtree(folder, ignore_errors=True)
        if device_key_id:
            device_store.delete(device_key_id)
        if isinstance(error, OSError):  # the new key or slot file could not be written
            raise work_folder_error(error, data_dir) from None
        raise
    return StagedRestore(folder, report, vault_id, device_key_id)


def _take_in_keys(
    database_path: Path, data_key: bytes, manifest: Manifest, recovery: RecoveryKey
) -> str:
    """Give the restored vault the settings its backup withheld (the recovery identity it was
    opened with, the chain key sealed in its manifest); a backup from before they were
    withheld must name the same identity inside. The client list's running counts are set
    from the clients again. Returns the vault id."""
    database = Database.open_untrusted(database_path, data_key)
    try:
        settings = SettingsRepository(database)
        if manifest.withheld_settings:
            chain_key = unseal_chain_key(manifest, recovery.secret)
            known = {RECOVERY_IDENTITY_SETTING: recovery.secret}
            if chain_key is not None:
                known[CHAIN_KEY_SETTING] = chain_key.hex()
            with database.transaction():
                for name in manifest.withheld_settings:
                    if name not in known:
                        raise BackupInvalid(
                            "backup.backup_withholds_setting_salonvault_cannot", name=name
                        )
                    settings.set(name, known[name])
        elif settings.get(RECOVERY_IDENTITY_SETTING) != recovery.secret:
            raise BackupInvalid("backup.backup_opened_recovery_key_but")
        with database.transaction():
            recount_clients(database)  # derived from the clients, never taken on trust
        return str(settings.get("vault_id"))
    finally:
        database.close()


def move_aside(data_dir: Path) -> Path | None:
    """Move the current vault's files into `replaced-<time>/`; None when there were none. All
    or nothing: if a move fails, the files already moved go back and the error is raised."""
    present = [name for name in _VAULT_FILES if (data_dir / name).exists()]
    if not present:
        return None
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    aside = data_dir / f"replaced-{stamp}"
    number = 2
    while aside.exists():  # a second restore within the same second
        aside = data_dir / f"replaced-{stamp}-{number}"
        number += 1
    aside.mkdir(mode=0o700)
    moved: list[str] = []
    try:
        for name in present:
            os.replace(data_dir / name, aside / name)
            moved.append(name)
    except OSError:
        for name in reversed(moved):
            os.replace(aside / name, data_dir / name)
        aside.rmdir()
        raise
    return aside


def put_back(aside: Path, data_dir: Path) -> None:
    """Undo move_aside (the restored files in the way are removed first)."""
    for name in _VAULT_FILES:
        (data_dir / name).unlink(missing_ok=True)
    for name in _VAULT_FILES:
        if (aside / name).exists():
            os.replace(aside / name, data_dir / name)
    aside.rmdir()


def move_into_place(staged: StagedRestore, data_dir: Path) -> None:
    """Move the staged files into `data_dir`; if a move fails, those already moved are taken
    out again (the caller puts back what was there) and the error is raised."""
    moved: list[str] = []
    try:
        for name in _PLACED:
            os.replace(staged.folder / name, data_dir / name)
            moved.append(name)
    except OSError:
        for name in moved:
            (data_dir / name).unlink(missing_ok=True)
        raise
    shutil.rmtree(staged.folder, ignore_errors=True)
