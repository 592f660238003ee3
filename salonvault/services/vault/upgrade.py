"""Opening a vault made by an older version: a checked backup first, then the migrations.

The backup goes to the data folder's own `backups/before-upgrade/` (private, local, the newest
few kept), so an upgrade that goes wrong, or a salon that wants the old version back, always has
the vault exactly as the old version left it (decision 0013).
"""

from __future__ import annotations

import socket
from pathlib import Path

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import VaultError, VaultTooNew
from salonvault.files.private import make_private_folder
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.access.activity_log import ActivityLog
from salonvault.services.access.clock import Clock
from salonvault.services.access.guard import Guard
from salonvault.services.backups import BackupService
from salonvault.storage.database import Database
from salonvault.storage.migrations import LATEST_VERSION, apply_migrations, current_version
from salonvault.storage.staff_repo import StaffRepository

BEFORE_UPGRADE_FOLDER = Path("backups") / "before-upgrade"
KEEP_BEFORE_UPGRADE = 3
# Backups (their manifest and history tables) arrived with schema 5; an older vault was only
# ever made by a test build and cannot be backed up the way a release backs up.
FIRST_SCHEMA_WITH_BACKUPS = 5


class VaultTooOld(VaultError):
    def __init__(self, found: int) -> None:
        super().__init__("vault.too_old", found=found)


def upgrade_if_older(
    database: Database,
    data_dir: Path,
    data_key: bytes,
    chain_key: bytes,
    device_store: DeviceKeyStore,
    clock: Clock,
) -> Path | None:
    """Bring an older vault to this program's schema after a verified backup of it; returns
    that backup's path, or None when the schema is already current. If the backup fails, the
    vault is left untouched and the error says why."""
    found = current_version(database)
    if found > LATEST_VERSION:
        raise VaultTooNew(found, LATEST_VERSION)
    if found == LATEST_VERSION:
        return None
    if found < FIRST_SCHEMA_WITH_BACKUPS:
        raise VaultTooOld(found)
    log = ActivityLog(database, chain_key, clock, socket.gethostname())
    backups = BackupService(
        database, data_key, log, Guard(log, clock, StaffRepository(database)), clock, device_store
    )
    folder = data_dir / BEFORE_UPGRADE_FOLDER
    make_private_folder(folder)  # backups are encrypted; the folder is private all the same
    result = backups.backup_before_upgrade(folder, KEEP_BEFORE_UPGRADE)
    with database.transaction():
        apply_migrations(database)
        log.record(
            AuditEvent(
                "vault.upgrade",
                object_type="backup",
                object_id=result.report.manifest.backup_id,
                detail=f"from_schema={found} to_schema={LATEST_VERSION} file={result.path.name}",
            )
        )
    return result.path
