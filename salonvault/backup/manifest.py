"""What a backup says about itself, MAC'd so it cannot be forged.

Anyone can encrypt a file to the salon's backup public key, so an age file alone does not prove
it came from the vault. The manifest's MAC is keyed from the recovery key's secret, which only
the vault and the Recovery Kit hold: a file made elsewhere fails verification.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.hazmat.primitives import constant_time, hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from salonvault.domain.errors import BackupInvalid

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Manifest:
    backup_id: str
    vault_id: str
    app_version: str
    created_at: str  # ISO 8601, UTC
    created_by: str  # staff name, or "" for a scheduled run
    salon_name: str
    schema_version: int
    row_counts: dict[str, int] = field(default_factory=dict)
    chain_head: dict[str, Any] = field(default_factory=dict)  # {"seq": n, "mac": hex}
    format_version: int = FORMAT_VERSION

    def body(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False).encode()


def _manifest_key(identity_secret: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"salonvault/backup-manifest/v1"
    ).derive(identity_secret.encode())


def _mac(manifest: Manifest, identity_secret: str) -> bytes:
    mac = hmac.HMAC(_manifest_key(identity_secret), hashes.SHA256())
    mac.update(manifest.body())
    return mac.finalize()


def seal_manifest(manifest: Manifest, identity_secret: str) -> str:
    """The JSON stored in the vault (and so inside the backup)."""
    return json.dumps(
        {"manifest": asdict(manifest), "mac": _mac(manifest, identity_secret).hex()},
        ensure_ascii=False,
    )


def open_manifest(text: str | None, identity_secret: str) -> Manifest:
    if text is None:
        raise BackupInvalid("The backup has no manifest; it was not made by SalonVault.")
    try:
        sealed = json.loads(text)
        manifest = Manifest(**sealed["manifest"])
        found = bytes.fromhex(sealed["mac"])
    except (ValueError, KeyError, TypeError):
        raise BackupInvalid("The backup's manifest is unreadable.") from None
    if manifest.format_version > FORMAT_VERSION:
        raise BackupInvalid(
            "This backup was made by a newer SalonVault; install the newer version to read it."
        )
    if not constant_time.bytes_eq(_mac(manifest, identity_secret), found):
        raise BackupInvalid(
            "The backup's manifest does not match this salon's key: it was altered or made"
            " elsewhere."
        )
    return manifest
