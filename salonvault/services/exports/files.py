"""Writing exports: encrypted in memory when asked, then written safely, all files or none.

An encrypted export never exists on disk as plaintext: the bytes are built in memory, encrypted
with `age` (pyrage) in memory, and only the ciphertext is written. Every file goes to a hidden
partial name in the chosen folder (readable by this user only), is flushed and fsynced, and only
when all of them are written are they renamed into place; a failure removes the partials.
"""

from __future__ import annotations

import errno
import os
from contextlib import suppress
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import pyrage

from salonvault.domain.durable import sync_folder
from salonvault.domain.errors import ExportError, ValidationError

AGE_SUFFIX = ".age"
MIN_PASSPHRASE = 12
_PARTIAL = ".partial"


class EncryptTo(StrEnum):
    PASSPHRASE = "passphrase"  # noqa: S105 - a choice, not a password
    BACKUP_KEY = "backup-key"  # the salon's backup public key: the recovery key decrypts it


@dataclass(frozen=True, slots=True)
class Encryption:
    """How an export is encrypted; `passphrase` only for EncryptTo.PASSPHRASE."""

    to: EncryptTo
    passphrase: str = field(default="", repr=False)

    @classmethod
    def with_passphrase(cls, passphrase: str) -> Encryption:
        return cls(EncryptTo.PASSPHRASE, passphrase)

    @classmethod
    def to_backup_key(cls) -> Encryption:
        return cls(EncryptTo.BACKUP_KEY)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Use a passphrase of at least {MIN_PASSPHRASE} characters for the export.",
            field="passphrase",
        )


def encrypt(data: bytes, encryption: Encryption, backup_recipient: str) -> bytes:
    """The age file's bytes, made in memory."""
    try:
        if encryption.to is EncryptTo.PASSPHRASE:
            check_passphrase(encryption.passphrase)
            return bytes(pyrage.passphrase.encrypt(data, encryption.passphrase))
        recipient = pyrage.x25519.Recipient.from_str(backup_recipient)
        return bytes(pyrage.encrypt(data, [recipient]))
    except (pyrage.EncryptError, pyrage.RecipientError):
        raise ExportError("The export could not be encrypted; nothing was written.") from None


def with_age_suffix(path: Path, encrypted: bool) -> Path:
    if not encrypted or path.name.endswith(AGE_SUFFIX):
        return path
    return path.with_name(path.name + AGE_SUFFIX)


def check_target(path: Path, vault_folder: Path) -> None:
    """Refuse, before any work, a target that is a folder, in a missing folder, or inside the
    vault's own folder (a copy of that folder must not carry a plaintext export with it)."""
    if path.is_dir():
        raise ValidationError(f"{path} is a folder; give a file name for the export.", "out")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            f"The folder {folder} is not there (is the drive plugged in?); nothing was exported."
        )
    if path.resolve().is_relative_to(vault_folder.resolve()):
        raise ValidationError(
            "Choose a place outside the vault's folder: an export is a copy that leaves the vault.",
            field="out",
        )


def write_all(files: dict[Path, bytes]) -> list[Path]:
    """Write every file or none: partials first (synced), then the renames, then the folders
    synced. Existing files of the same names are replaced only at the rename."""
    partials: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            partial = path.with_name(f".{path.name}{_PARTIAL}")
            partials.append((partial, path))
            _write_partial(partial, data)
        for partial, path in partials:
            os.replace(partial, path)
    except OSError as error:
        for partial, _ in partials:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
        raise explain(error, next(iter(files)).parent) from None
    for folder in {path.parent for path in files}:
        with suppress(OSError):  # the files are in place; some drives cannot sync a folder
            sync_folder(folder)
    return list(files)


def _write_partial(partial: Path, data: bytes) -> None:
    partial.unlink(missing_ok=True)  # left by a killed earlier run
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, 0o600)  # the owner's file, not everyone's
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def explain(error: OSError, folder: Path) -> ExportError:
    """One sentence for the owner; nothing half-written is left behind."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(f"The drive of {folder} is full; nothing was exported.")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ExportError(
            f"SalonVault may not write to {folder} (read-only or no permission); nothing was"
            " exported."
        )
    if code in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO, errno.ESTALE):
        return ExportError(
            f"The folder {folder} stopped answering or was removed; nothing was exported."
        )
    reason = error.strerror or type(error).__name__
    return ExportError(f"The export could not be written to {folder} ({reason}).")
