"""What a backup says about itself, MAC'd so it cannot be forged.

Anyone can encrypt a file to the salon's backup public key, so an age file alone does not prove
it came from the vault. The manifest's MAC is keyed from the recovery key's secret, which only
the vault and the Recovery Kit hold: a file made elsewhere fails verification.

Format 2 (issue 20, decision 0026) adds what format 1 lacked: the schema's hash, the names of
the settings whose values were withheld from the plain database (the recovery identity and the
activity log's chain key), and that chain key sealed to the recovery key, so a verify or a
restore given the recovery key checks every MAC of the log as before. The new fields are left
out of the MAC'd body when absent, so a format 1 manifest keeps its MAC.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import constant_time, hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from salonvault.domain.errors import BackupInvalid
from salonvault.security.audit_chain import CHAIN_KEY_SETTING

FORMAT_VERSION = 2
# Settings whose values never leave in a backup's plain database (DESIGN.md §7b): the recovery
# identity opens every backup and the recovery slot; the chain key signs the activity log.
RECOVERY_IDENTITY_SETTING = "backup_identity"
WITHHELD_SETTINGS = (CHAIN_KEY_SETTING, RECOVERY_IDENTITY_SETTING)
_SINCE_FORMAT_2 = ("schema_hash", "withheld_settings", "sealed_chain_key")
_NONCE_SIZE = 12


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
    schema_hash: str | None = None  # storage.schema.schema_digest of the database's schema
    withheld_settings: list[str] | None = None  # their values are blanked in the file
    sealed_chain_key: str | None = None  # hex: nonce and AES-GCM of the chain key

    def as_dict(self) -> dict[str, Any]:
        """The fields as stored; those added since format 1 only when present."""
        fields = asdict(self)
        for name in _SINCE_FORMAT_2:
            if fields[name] is None:
                del fields[name]
        return fields

    def body(self) -> bytes:
        return json.dumps(self.as_dict(), sort_keys=True, ensure_ascii=False).encode()


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
        {"manifest": manifest.as_dict(), "mac": _mac(manifest, identity_secret).hex()},
        ensure_ascii=False,
    )


def open_manifest(text: str | None, identity_secret: str) -> Manifest:
    if text is None:
        raise BackupInvalid("backup.backup_has_manifest_made_salonvault")
    try:
        sealed = json.loads(text)
        manifest = Manifest(**sealed["manifest"])
        found = bytes.fromhex(sealed["mac"])
    except (ValueError, KeyError, TypeError):
        raise BackupInvalid("backup.backup_s_manifest_unreadable") from None
    if manifest.format_version > FORMAT_VERSION:
        raise BackupInvalid("backup.backup_made_newer_salonvault_install")
    if not constant_time.bytes_eq(_mac(manifest, identity_secret), found):
        raise BackupInvalid("backup.backup_s_manifest_does_match")
    return manifest


def _chain_key_sealing(identity_secret: str, backup_id: str) -> AESGCM:
    return AESGCM(
        HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=backup_id.encode(),
            info=b"salonvault/backup-chain-key/v1",
        ).derive(identity_secret.encode())
    )


def seal_chain_key(chain_key: bytes, identity_secret: str, vault_id: str, backup_id: str) -> str:
    """The activity log's chain key, readable only with the recovery key (decision 0026)."""
    nonce = os.urandom(_NONCE_SIZE)
    sealed = _chain_key_sealing(identity_secret, backup_id).encrypt(
        nonce, chain_key, f"{vault_id}/{backup_id}".encode()
    )
    return (nonce + sealed).hex()


def unseal_chain_key(manifest: Manifest, identity_secret: str) -> bytes | None:
    """The chain key a format 2 manifest carries; None for format 1 (the key is in the file)."""
    if manifest.sealed_chain_key is None:
        return None
    try:
        data = bytes.fromhex(manifest.sealed_chain_key)
        return _chain_key_sealing(identity_secret, manifest.backup_id).decrypt(
            data[:_NONCE_SIZE],
            data[_NONCE_SIZE:],
            f"{manifest.vault_id}/{manifest.backup_id}".encode(),
        )
    except (ValueError, InvalidTag):
        raise BackupInvalid("backup.backup_s_activity_log_key") from None
