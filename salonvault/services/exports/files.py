"""Exports' encryption: the bytes are built in memory, encrypted with `age` (pyrage) in memory,
and only the ciphertext is written, so an encrypted export never exists on disk as plaintext.

The writing is the one door out (files/outbound.py): all files or none, each under a hidden
temporary name in the chosen folder (readable by this user only), fsynced, renamed into place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import pyrage

from salonvault.domain.errors import ExportError, ValidationError

AGE_SUFFIX = ".age"
MIN_PASSPHRASE = 12


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
            "exports.use_passphrase_least_characters_export",
            field="passphrase",
            min_passphrase=MIN_PASSPHRASE,
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
        raise ExportError("exports.export_could_encrypted_nothing_written") from None


def with_age_suffix(path: Path, encrypted: bool) -> Path:
    if not encrypted or path.name.endswith(AGE_SUFFIX):
        return path
    return path.with_name(path.name + AGE_SUFFIX)
