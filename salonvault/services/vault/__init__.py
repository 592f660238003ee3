"""One open vault and the ways to one: create, open (`opening`), upgrade an older schema
(`upgrade`), restore a backup (`restore`), and the Recovery Kit (`kit`). `Vault.changes` (a
`ChangeFeed`) tells screens what each service call changed (`what_changes`)."""

from salonvault.security.recovery import RecoveryKey
from salonvault.services.vault.change_feed import ChangeFeed
from salonvault.services.vault.kit import (
    recovery_kit_pdf,
    save_recovery_key_file,
    save_recovery_kit,
)
from salonvault.services.vault.opening import (
    SalonDetails,
    Unlock,
    Vault,
    VaultPaths,
    create_vault,
    device_protection,
    needs_passphrase,
    open_vault,
)
from salonvault.services.vault.restore import (
    RestoreOutcome,
    RestoreUndone,
    finish_restore,
    recovery_key_from_file,
    recovery_key_from_text,
    restore_into_empty,
    restore_over_unopenable,
)

__all__ = [
    "ChangeFeed",
    "RecoveryKey",
    "RestoreOutcome",
    "RestoreUndone",
    "SalonDetails",
    "Unlock",
    "Vault",
    "VaultPaths",
    "create_vault",
    "device_protection",
    "finish_restore",
    "needs_passphrase",
    "open_vault",
    "recovery_key_from_file",
    "recovery_key_from_text",
    "recovery_kit_pdf",
    "restore_into_empty",
    "restore_over_unopenable",
    "save_recovery_key_file",
    "save_recovery_kit",
]
