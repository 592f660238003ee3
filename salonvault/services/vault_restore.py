"""Putting a restored vault in place: on a new PC (an empty folder, the backup and the recovery
key alone) or over the current vault (owner, from the Backups page).

The current vault is moved aside, not deleted, until the restored one has opened and its
activity log verified; if it does not, the old files go back where they were.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from salonvault.backup.check import work_folder_error
from salonvault.backup.restore import (
    StagedRestore,
    move_aside,
    move_into_place,
    put_back,
    stage_restore,
)
from salonvault.backup.streams import Progress
from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import BackupError, SalonVaultError, VaultExists
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import RecoveryKey, parse_recovery_key, read_recovery_key_file
from salonvault.services.clock import Clock
from salonvault.services.vault import Vault, VaultPaths, open_vault


class RestoreUndone(BackupError):
    """The restored vault did not open or verify: the old one is back, reopened as `vault`."""

    def __init__(self, message: str, vault: Vault | None) -> None:
        super().__init__(message)
        self.vault = vault


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    vault: Vault
    kept_aside: Path | None  # the replaced vault's files, for the owner to delete later


def recovery_key_from_text(text: str) -> RecoveryKey:
    """The key as typed or pasted from the Recovery Kit (ValidationError when mistyped)."""
    return parse_recovery_key(text)


def recovery_key_from_file(path: Path) -> RecoveryKey:
    return read_recovery_key_file(path)


def restore_into_empty(
    data_dir: Path,
    backup: Path,
    recovery: RecoveryKey,
    device_store: DeviceKeyStore | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    clock: Clock | None = None,
) -> Vault:
    """A new PC: the folder must hold no vault (a restore never overwrites one silently)."""
    if VaultPaths(data_dir).exists():
        raise VaultExists(
            f"{data_dir} already holds a vault; restore into an empty folder (or restore from"
            " the Backups page as the owner)."
        )
    device_store = device_store or DeviceKeyStore()
    staged = stage_restore(backup, recovery, data_dir, device_store, progress, cancel)
    try:
        move_into_place(staged, data_dir)
    except OSError as error:
        staged.discard(device_store)
        raise work_folder_error(error, data_dir) from None
    vault = open_vault(data_dir, device_store=device_store, clock=clock)
    _record_restore(vault, staged, backup, by="recovery key")
    return vault


def finish_restore(
    current: Vault, staged: StagedRestore, backup: Path, by: str, clock: Clock | None = None
) -> RestoreOutcome:
    """Swap a staged restore in for `current` (which is closed). On failure the old vault is
    back in place, reopened, and RestoreUndone carries it."""
    data_dir = current.paths.data_dir
    device_store = current.device_store
    current.log.record(
        AuditEvent(
            "backup.restore_replaced",
            object_type="backup",
            object_id=staged.report.manifest.backup_id,
            detail=f"file={backup.name}",
        )
    )
    current.close()
    aside: Path | None = None
    try:
        aside = move_aside(data_dir)  # all or nothing
        move_into_place(staged, data_dir)
        vault = open_vault(data_dir, device_store=device_store, clock=clock)
        verdict = vault.log.verify()
        if not verdict.ok:
            vault.close()
            raise BackupError(f"The restored activity log does not verify ({verdict.problem}).")
    except (SalonVaultError, OSError) as failure:
        if aside is not None:
            put_back(aside, data_dir)
        staged.discard(device_store)
        reason = (
            failure
            if isinstance(failure, SalonVaultError)
            else work_folder_error(failure, data_dir)
        )
        message = f"The restore was undone; the vault is as it was. ({reason})"
        try:
            reopened: Vault | None = open_vault(data_dir, device_store=device_store, clock=clock)
        except SalonVaultError:
            reopened = None
        raise RestoreUndone(message, reopened) from None
    _record_restore(vault, staged, backup, by)
    return RestoreOutcome(vault, aside)


def _record_restore(vault: Vault, staged: StagedRestore, backup: Path, by: str) -> None:
    manifest = staged.report.manifest
    vault.log.record(
        AuditEvent(
            "backup.restore",
            object_type="backup",
            object_id=manifest.backup_id,
            detail=f"file={backup.name} created_at={manifest.created_at} by={by}",
        )
    )
