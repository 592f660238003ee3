"""Putting a restored vault in place: on a new PC (an empty folder, the backup and the recovery
key alone), over the current vault (owner, from the Backups page), or over a vault that no
longer opens (from the launcher, with the recovery key: DESIGN.md §2 "offers restore").

The current vault is moved aside, not deleted, until the restored one has opened and its
activity log verified; if it does not, the old files go back where they were.
"""

from __future__ import annotations

import contextlib
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
from salonvault.documents.kit_reader import MAX_KIT_BYTES, kit_text
from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import (
    BackupError,
    KeyUnavailable,
    SalonVaultError,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
)
from salonvault.domain.messages import Message
from salonvault.files.inbound import FileTooBig, NotARegularFile, open_regular, read_at_most
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import (
    MAX_KEY_FILE_BYTES,
    RecoveryKey,
    key_file_refused,
    parse_recovery_key,
    recovery_key_from_bytes,
)
from salonvault.services.access.clock import Clock
from salonvault.services.vault.opening import Unlock, Vault, VaultPaths, open_vault

_PDF_MAGIC = b"%PDF-"


class RestoreUndone(BackupError):
    """The restored vault did not open or verify: the old one is back, reopened as `vault`."""

    def __init__(self, message: Message, vault: Vault | None) -> None:
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
    """The key from the age identity file, or from the saved Recovery Kit PDF itself. Only a
    regular file is read, and only to the limit of what it claims to be (key file or kit)."""
    try:
        with open_regular(path) as source:
            head = source.read(len(_PDF_MAGIC))
            if head != _PDF_MAGIC:
                return recovery_key_from_bytes(
                    head + read_at_most(source, MAX_KEY_FILE_BYTES - len(head))
                )
            data = head + read_at_most(source, MAX_KIT_BYTES - len(head))
    except (OSError, NotARegularFile, FileTooBig) as error:
        raise key_file_refused(path, error) from None
    return parse_recovery_key(kit_text(data))


# Opening a restored vault skips the whole-file check (`full_check=False`): the staged file was
# written here from the age-authenticated backup and has just passed SQLite's full integrity
# check, which reads every page in use through SQLCipher (each page's HMAC checked), before it
# was renamed into place. Reading every page a second time would prove nothing new.


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
        raise VaultExists("vault.already_holds_vault_restore_into", data_dir=data_dir)
    device_store = device_store or DeviceKeyStore()
    made_folder = not data_dir.exists()
    try:
        staged = stage_restore(backup, recovery, data_dir, device_store, progress, cancel)
    except BaseException:
        if made_folder:  # a refused backup leaves not even the empty folder it was to go in
            with contextlib.suppress(OSError):
                data_dir.rmdir()
        raise
    try:
        move_into_place(staged, data_dir)
    except OSError as error:
        staged.discard(device_store)
        raise work_folder_error(error, data_dir) from None
    vault = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    _record_restore(vault, staged, backup, by="recovery key")
    return vault


def restore_over_unopenable(
    data_dir: Path,
    backup: Path,
    recovery: RecoveryKey,
    device_store: DeviceKeyStore | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    clock: Clock | None = None,
) -> RestoreOutcome:
    """The vault here is damaged or its key slots are lost: put the backup in its place, with
    the recovery key alone (the same authority as a restore on a new PC). Refused while the
    vault still opens with this PC's key or with that recovery key: then nothing recorded since
    the backup should be thrown away, and the owner restores from the Backups page. The
    unopenable files are kept aside in `replaced-<time>/`."""
    device_store = device_store or DeviceKeyStore()
    _refuse_if_it_opens(data_dir, recovery, device_store)
    staged = stage_restore(backup, recovery, data_dir, device_store, progress, cancel)
    try:
        vault, aside = _swap_in(data_dir, staged, device_store, clock)
    except SalonVaultError as error:
        raise BackupError("vault.restore_undone_files_they_were", error=error.message) from None
    _record_restore(vault, staged, backup, by="recovery key, the vault did not open")
    return RestoreOutcome(vault, aside)


def _refuse_if_it_opens(
    data_dir: Path, recovery: RecoveryKey, device_store: DeviceKeyStore
) -> None:
    if not VaultPaths(data_dir).exists():
        raise VaultNotFound("vault.there_vault_replace", data_dir=data_dir)
    for unlock in (Unlock(), Unlock(recovery_key=recovery)):
        try:
            opened = open_vault(data_dir, unlock, device_store)
        except (VaultDamaged, KeyUnavailable, VaultNotFound):
            continue  # busy, too new, a full disk … are not reasons to replace a vault
        opened.close()
        raise VaultExists("vault.vault_opens_so_replaced_from")


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
    try:
        vault, aside = _swap_in(data_dir, staged, device_store, clock)
    except SalonVaultError as error:
        message = Message("vault.restore_undone", reason=error.message)
        try:
            reopened: Vault | None = open_vault(data_dir, device_store=device_store, clock=clock)
        except SalonVaultError:
            reopened = None
        raise RestoreUndone(message, reopened) from None
    _record_restore(vault, staged, backup, by)
    return RestoreOutcome(vault, aside)


def _swap_in(
    data_dir: Path, staged: StagedRestore, device_store: DeviceKeyStore, clock: Clock | None
) -> tuple[Vault, Path | None]:
    """Move the vault files aside and the staged ones in, then open and verify. On failure the
    old files are back, the staged ones gone, and the reason is raised (a SalonVaultError)."""
    aside: Path | None = None
    try:
        aside = move_aside(data_dir)  # all or nothing
        move_into_place(staged, data_dir)
        vault = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
        verdict = vault.log.verify()
        if not verdict.ok:
            vault.close()
            raise BackupError("vault.restored_activity_log_does_verify", problem=verdict.problem)
    except (SalonVaultError, OSError) as failure:
        if aside is not None:
            put_back(aside, data_dir)
        staged.discard(device_store)
        if isinstance(failure, OSError):
            raise work_folder_error(failure, data_dir) from None
        raise
    return vault, aside


def _record_restore(vault: Vault, staged: StagedRestore, backup: Path, by: str) -> None:
    manifest = staged.report.manifest
    vault.keys.restored_with_device_key(staged.device_key_id)
    vault.log.record(
        AuditEvent(
            "backup.restore",
            object_type="backup",
            object_id=manifest.backup_id,
            detail=f"file={backup.name} created_at={manifest.created_at} by={by}",
        )
    )
