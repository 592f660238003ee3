"""How the vault is unlocked and keyed (owner only): the device, recovery and passphrase slots,
the recovery slot's upkeep, replacing the recovery key, and re-keying the vault."""

from salonvault.services.keys.recovery_keys import (
    KIT_CONFIRMED_KEY,
    OldKeyBackup,
    RecoverySlotState,
    RetiredKey,
)
from salonvault.services.keys.rekey import RekeyOutcome
from salonvault.services.keys.service import OPEN_MODE_KEY, KeyService, UnlockStatus

__all__ = [
    "KIT_CONFIRMED_KEY",
    "OPEN_MODE_KEY",
    "KeyService",
    "OldKeyBackup",
    "RecoverySlotState",
    "RekeyOutcome",
    "RetiredKey",
    "UnlockStatus",
]
