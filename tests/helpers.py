"""Test helpers that reach under the services, as an attacker holding the data key could."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlcipher3

from salonvault.domain.formulas import Bowl, Component, Developer, Formula
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


def two_bowl_formula() -> Formula:
    """Roots and a toner, as a colourist writes them: 30 g 7/1 + 10 g 8/0 at 6 % / 20 vol,
    1:1.5 (so 60 g of developer), 35 min; then 20 g 9/16 at 1.9 % / 6 vol, 1:2, 20 min."""
    roots = Bowl(
        label="roots",
        brand="Wella Koleston",
        components=(Component("7/1", Decimal(30)), Component("8/0", Decimal(10))),
        developer=Developer(Decimal(6), 20),
        developer_grams=Decimal(60),
        ratio=Decimal("1.5"),
        processing_minutes=35,
    )
    toner = Bowl(
        label="toner",
        brand="Wella Color Touch",
        components=(Component("9/16", Decimal(20)),),
        developer=Developer(Decimal("1.9"), 6),
        ratio=Decimal(2),
        processing_minutes=20,
    )
    return Formula((roots, toner))


def grant_health_consent(vault: Vault, session: Session, client_id: int) -> None:
    """Health-data consent recorded as signed on a paper form: with consent as the salon's
    basis for health data (the default), health items need it (decision 0031)."""
    vault.consent.record(
        session, client_id, "health_data", "granted", "en", "paper", paper_reference="PAPER-H"
    )
