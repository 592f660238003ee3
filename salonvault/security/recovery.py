"""The recovery key: an age X25519 identity that opens the recovery slot and the backups.

One secret serves both (DESIGN.md §2 and §5): the salon keeps the printed Recovery Kit in the
safe, and the same file decrypts a backup with stock `age -d -i recovery-key.txt`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from salonvault.domain.errors import KeyUnavailable, SalonVaultError, ValidationError
from salonvault.files.inbound import FileTooBig, NotARegularFile, read_bounded
from salonvault.files.outbound import write_out

_SECRET_PREFIX = "AGE-SECRET-KEY-1"  # noqa: S105 - the format prefix, not a key
_SECRET_LENGTH = 58  # bech32 data after the prefix: 32 bytes (52 characters) and a checksum (6)
# An identity file is about 200 bytes; room for comments and pasted notes, never a whole disk.
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class RecoveryKey:
    secret: str  # "AGE-SECRET-KEY-1…", never logged
    public_key: str  # "age1…", the backup recipient; safe to store in the clear

    def __repr__(self) -> str:  # keep the secret out of tracebacks and debug output
        return f"RecoveryKey(public_key={self.public_key!r})"


def generate_recovery_key() -> RecoveryKey:
    identity = pyrage.x25519.Identity.generate()
    return RecoveryKey(str(identity), str(identity.to_public()))


def parse_recovery_key(text: str) -> RecoveryKey:
    """The key however it arrives: an age identity file (comments allowed), the bare key, the
    key typed from the Recovery Kit's groups of four (spaces, line breaks, any case), or the
    text of the kit itself. An O typed for a zero is forgiven: bech32 has no O."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    blob = "".join("".join(lines).split()).upper()
    if not blob.isascii():  # "ß".upper() is "SS"; a key is ASCII or mistyped
        blob = "".join(ch for ch in blob if ch.isascii())
        if _SECRET_PREFIX not in blob:
            raise _mistyped()
    found: set[str] = set()
    start = blob.find(_SECRET_PREFIX)
    if start < 0:
        raise ValidationError(
            "keys.salonvault_recovery_key_starts_recovery",
            field="recovery_key",
            secret_prefix=_SECRET_PREFIX,
        )
    while start >= 0:
        body = blob[start + len(_SECRET_PREFIX) :][:_SECRET_LENGTH].replace("O", "0")
        with contextlib.suppress(pyrage.IdentityError):
            found.add(str(pyrage.x25519.Identity.from_str(_SECRET_PREFIX + body)))
        start = blob.find(_SECRET_PREFIX, start + 1)
    if not found:
        raise _mistyped()
    if len(found) > 1:
        raise ValidationError("keys.holds_more_than_one_recovery", field="recovery_key")
    identity = pyrage.x25519.Identity.from_str(found.pop())
    return RecoveryKey(str(identity), str(identity.to_public()))


def _mistyped() -> ValidationError:
    return ValidationError("keys.recovery_key_mistyped_incomplete", field="recovery_key")


def read_recovery_key_file(path: Path) -> RecoveryKey:
    """The key from an age identity file: only a regular file, read to a small limit (a device
    or a pipe never ends; a key file is a few hundred bytes)."""
    try:
        data = read_bounded(path, MAX_KEY_FILE_BYTES)
    except (OSError, NotARegularFile, FileTooBig) as error:
        raise key_file_refused(path, error) from None
    return recovery_key_from_bytes(data)


def recovery_key_from_bytes(data: bytes) -> RecoveryKey:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("keys.recovery_key_file_text_file", field="recovery_key") from None
    return parse_recovery_key(text)


def key_file_refused(path: Path, error: Exception) -> SalonVaultError:
    """One sentence for a key file (or kit) that cannot be read: not a file, far too large, or
    the system's reason."""
    if isinstance(error, NotARegularFile):
        return ValidationError(
            "keys.file_device_pipe_choose_recovery", field="recovery_key", path_name=path.name
        )
    if isinstance(error, FileTooBig):
        return ValidationError(
            "keys.far_larger_than_recovery_key", field="recovery_key", path_name=path.name
        )
    reason = error.strerror if isinstance(error, OSError) else None
    return KeyUnavailable(
        "keys.cannot_read_recovery_key_file", path=path, strerror=reason or str(error)
    )


def write_recovery_key_file(path: Path, key: RecoveryKey, data_dir: Path) -> None:
    """Write an age identity file (the format `age-keygen` writes), never over an existing file
    and never inside the vault's folder: it leaves the vault through the one door out."""
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    text = (
        f"# SalonVault recovery key, created {created}\n"
        "# Keep this file (or the printed Recovery Kit) in the safe. It opens the vault and its\n"
        "# backups: age -d -i this-file backup.svbak > restored.sqlite\n"
        f"# public key: {key.public_key}\n"
        f"{key.secret}\n"
    )
    write_out(path, text.encode("utf-8"), data_dir, replace=False, field="recovery_key_file")


def recovery_wrapping_key(key: RecoveryKey, vault_id: str) -> bytes:
    """The recovery slot's AES key: HKDF-SHA256 over the identity (256 bits of entropy)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode(),
        info=b"salonvault/recovery-slot/v1",
    ).derive(key.secret.encode())
