"""How the two everyday slots are made, in one place (set-up, a new device, a restore)."""

from __future__ import annotations

from pathlib import Path

from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import KeySlot, SlotKind, seal
from salonvault.security.recovery import RecoveryKey, recovery_wrapping_key


def new_device_slot(
    data_key: bytes,
    device_store: DeviceKeyStore,
    vault_id: str,
    data_dir: Path,
    key_id: str | None = None,
) -> KeySlot:
    """A device slot under a freshly stored key (never kept in the vault's own folder); the
    slot records which key it needs."""
    device_store.check_outside(data_dir)
    key_id, wrapping_key = device_store.create(vault_id, key_id)
    return seal(data_key, wrapping_key, SlotKind.DEVICE, vault_id, {"key_id": key_id})


def new_recovery_slot(data_key: bytes, recovery: RecoveryKey, vault_id: str) -> KeySlot:
    """The recovery slot; its public key is kept as a hint for messages (never trusted)."""
    return seal(
        data_key,
        recovery_wrapping_key(recovery, vault_id),
        SlotKind.RECOVERY,
        vault_id,
        {"recipient": recovery.public_key},
    )
