"""Test helpers that reach under the services, as an attacker holding the data key could."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind, read_slot_file, unseal
from salonvault.services.vault.opening import Vault, VaultPaths
from salonvault.storage.backup_repo import chain_head, table_counts


def data_key_of(data_dir: Path, device_store: DeviceKeyStore) -> bytes:
    slot_file = read_slot_file(VaultPaths(data_dir).slot_file)
    slot = slot_file.find(SlotKind.DEVICE)
    assert slot is not None
    device_key = device_store.load(slot.params["key_id"])
    assert device_key is not None
    return unseal(slot, device_key, slot_file.vault_id)


def raw_connection(data_dir: Path, data_key: bytes) -> Any:
    """A bare SQLCipher connection, outside the program's rules (no triggers respected later)."""
    connection = sqlcipher3.connect(str(VaultPaths(data_dir).database), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return connection


def grant_photo_consent(vault: Vault, session: Session, client_id: int) -> None:
    """Photo consent recorded through the consent service, as signed on a paper form."""
    vault.consent.record(
        session, client_id, "photos", "granted", "en", "paper", paper_reference="PAPER-1"
    )


def state_of(vault: Vault) -> tuple[dict[str, int], dict[str, Any]]:
    """Every table's row count and the activity log's chain head: equal before and after an
    input that was refused means nothing was written, not even half of it."""
    return table_counts(vault.database), chain_head(vault.database)
