"""The recovery slot's upkeep and replacing the recovery key (issue 20, items 4 and 5).

What the vault relies on is recorded inside it, never only in the unauthenticated slot file: that
it must have a recovery slot, the recovery key itself (the backup identity), and the public keys
it used before, with the moment each was replaced, so the backups made with an old key can be
listed as still needing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.backups import HistoryRow
from salonvault.domain.errors import KeyUnavailable
from salonvault.security.keyslots import SlotKind, unseal
from salonvault.security.recovery import (
    RecoveryKey,
    generate_recovery_key,
    parse_recovery_key,
    recovery_wrapping_key,
)
from salonvault.security.slot_making import new_recovery_slot
from salonvault.storage.backup_repo import BackupRepository
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.timestamps import from_db, to_db

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.keys.slot_writer import SlotWriter
    from salonvault.storage.database import Database

IDENTITY_SETTING = "backup_identity"
KIT_CONFIRMED_KEY = "recovery_kit_confirmed"
# "required": this vault must have a recovery slot. Set at creation; a vault made before the
# setting existed was made with one too, so a missing setting means the same.
RECOVERY_SLOT_SETTING = "recovery_slot"
RETIRED_KEYS_SETTING = "retired_recovery_keys"  # [{"public_key", "retired_at"}], oldest first


class RecoverySlotState(StrEnum):
    OK = "ok"
    MISSING = "missing"  # the slot file has no recovery slot
    NOT_THIS_KEY = "not_this_key"  # it has one, but the salon's recovery key does not open it


@dataclass(frozen=True, slots=True)
class OldKeyBackup:
    """A backup made with a recovery key that has since been replaced."""

    folder: str
    file_name: str
    made_at: datetime
    on_disk: bool | None  # None: its folder is not there now (a USB stick not plugged in)


@dataclass(frozen=True, slots=True)
class RetiredKey:
    public_key: str
    retired_at: datetime
    backups: tuple[OldKeyBackup, ...]


class RecoveryKeys:
    def __init__(
        self,
        database: Database,
        writer: SlotWriter,
        log: ActivityLog,
        clock: Clock,
        data_key: Callable[[], bytes],
    ) -> None:
        self._db = database
        self._settings = SettingsRepository(database)
        self._writer = writer
        self._log = log
        self._clock = clock
        self._data_key = data_key

    def identity(self) -> RecoveryKey:
        return parse_recovery_key(str(self._settings.get(IDENTITY_SETTING, "")))

    def state(self) -> RecoverySlotState:
        current = self._writer.read()
        slot = current.find(SlotKind.RECOVERY)
        if slot is None:
            return RecoverySlotState.MISSING
        wrapping = recovery_wrapping_key(self.identity(), current.vault_id)
        try:
            opens = unseal(slot, wrapping, current.vault_id) == self._data_key()
        except KeyUnavailable:
            opens = False
        return RecoverySlotState.OK if opens else RecoverySlotState.NOT_THIS_KEY

    def add_slot(self, live: Session, key: RecoveryKey) -> None:
        """Make the recovery slot again, for the salon's own recovery key only (the owner shows
        they still hold the kit it opens with)."""
        identity = self.identity()
        if key.public_key != identity.public_key:
            raise KeyUnavailable("keys.salon_s_recovery_key_if")
        current = self._writer.read()
        self._writer.write(
            current.with_slot(new_recovery_slot(self._data_key(), identity, current.vault_id))
        )
        with self._db.transaction():
            self._settings.set(RECOVERY_SLOT_SETTING, "required")
            self._log.record_for(live, AuditEvent("keys.add_slot", detail="slot=recovery"))

    def new_key(self, live: Session) -> RecoveryKey:
        """A new recovery key: recorded in the vault first (with the old public key and when it
        was replaced), then its slot in both slot-file generations, so no slot file opens with
        the old key. The kit is unconfirmed until the new one is printed or saved."""
        old = self.identity()
        new = generate_recovery_key()
        with self._db.transaction():
            retired = self._settings.get(RETIRED_KEYS_SETTING) or []
            retired.append({"public_key": old.public_key, "retired_at": to_db(self._clock.now())})
            self._settings.set(RETIRED_KEYS_SETTING, retired)
            self._settings.set(IDENTITY_SETTING, new.secret)
            self._settings.set(KIT_CONFIRMED_KEY, False)
            self._settings.set(RECOVERY_SLOT_SETTING, "required")
            self._log.record_for(
                live,
                AuditEvent(
                    "keys.replace_recovery_key",
                    detail=f"old_public_key={old.public_key} new_public_key={new.public_key}",
                ),
            )
        # A crash from here leaves a recovery slot the vault's key does not open: the owner is
        # told at sign-in, prints the new kit and makes the slot again with it.
        current = self._writer.read()
        slot = new_recovery_slot(self._data_key(), new, current.vault_id)
        self._writer.write_both(current.with_slot(slot))
        return new

    def retired(self) -> list[RetiredKey]:
        """Earlier recovery keys, newest first, each with the verified backups made while it
        was the salon's (by the backup's start: a backup that started just before a replacement
        may be listed for the old key although it used the new one, never the other way)."""
        stored = self._settings.get(RETIRED_KEYS_SETTING) or []
        keys: list[RetiredKey] = []
        since: datetime | None = None
        history = BackupRepository(self._db)
        for item in stored:
            until = from_db(str(item["retired_at"]))
            backups = tuple(
                OldKeyBackup(row.folder, row.file_name, row.started_at, _on_disk(row))
                for row in history.verified_backups_between(since, until)
            )
            keys.append(RetiredKey(str(item["public_key"]), until, backups))
            since = until
        return keys[::-1]


def _on_disk(row: HistoryRow) -> bool | None:
    try:
        if not Path(row.folder).is_dir():
            return None
        return (Path(row.folder) / row.file_name).is_file()
    except OSError:
        return None
