"""Backups (DESIGN.md §5): take one, verify one, drill a restore, keep generations, remind.

Owner and receptionist may back up and verify; only the owner drills, restores and changes the
backup settings. Every run lands in the backup history and the activity log, failures too.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault import __version__
from salonvault.backup.check import (
    BackupReport,
    check_database,
    read_back,
    remove_stale_work,
    verify_backup_file,
)
from salonvault.backup.drives import BackupTarget, list_targets, target_for
from salonvault.backup.generations import Generation, plan_generations
from salonvault.backup.make import withheld_values, write_backup
from salonvault.backup.manifest import (
    WITHHELD_SETTINGS,
    Manifest,
    seal_chain_key,
    seal_manifest,
)
from salonvault.backup.restore import StagedRestore, stage_restore
from salonvault.backup.target_files import backup_file_name, backups_in, rotate
from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.backups import HistoryRow
from salonvault.domain.errors import (
    BackupCancelled,
    BackupError,
    BackupInvalid,
    SalonVaultError,
    ValidationError,
)
from salonvault.domain.messages import Message
from salonvault.domain.roles import Permission
from salonvault.security.audit_chain import CHAIN_KEY_SETTING
from salonvault.security.recovery import RecoveryKey, parse_recovery_key
from salonvault.storage.backup_repo import (
    BackupRepository,
    chain_head,
    schema_version,
    table_counts,
)
from salonvault.storage.schema import schema_digest, schema_objects
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.snapshot import pinned_snapshot

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.security.device_store import DeviceKeyStore
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

PhaseProgress = Callable[[str, int, int], None]  # phase ("writing", "verifying"), done, total
MAX_KEEP = 100
MAX_REMIND_DAYS = 30
_SETTINGS_KEY = "backup_settings"
_OLDER_VAULT_SEEN_KEY = "backup_older_vault_seen"  # the history row the owner last dismissed
_BY_THE_PROGRAM = "SalonVault, before an upgrade"  # a manifest's created_by with no one signed in
_SNAPSHOT_ATTEMPTS = 3
NOT_IN_THIS_VAULT = Message("backup.vault_older_than_backup")


@dataclass(frozen=True, slots=True)
class BackupSettings:
    keep: int = 10  # generations kept in a folder
    remind_after_days: int = 1
    at_close: bool = False  # offer a backup when the program closes, if the folder is there
    folder: str = ""  # the last folder backed up to (the closing-time backup uses it)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    report: BackupReport
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_verified_at: datetime | None
    overdue: bool
    settings: BackupSettings
    # The check that found this vault older than a backup of it (NOT_IN_THIS_VAULT), until
    # the owner says they know why: a scheduled check's finding must not scroll away unseen.
    older_vault: HistoryRow | None = None


class BackupService:
    def __init__(
        self,
        database: Database,
        data_key: bytes,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        device_store: DeviceKeyStore,
    ) -> None:
        self._db = database
        self._data_key = data_key
        self._log = log
        self._guard = guard
        self._clock = clock
        self._device_store = device_store
        self._repo = BackupRepository(database)
        self._settings = SettingsRepository(database)

    def use_data_key(self, key: bytes) -> None:
        """After a re-keying: snapshots read the vault with the new key."""
        self._data_key = key

    @property
    def work_folder(self) -> Path:
        """Where encrypted working copies go: the vault's own (private, local) folder."""
        return self._db.path.parent

    # -- where backups go --------------------------------------------------------------------

    def targets(self) -> list[BackupTarget]:
        """Drives to offer, removable ones first (no session: it lists the PC, not the vault)."""
        return list_targets()

    def target_for(self, folder: Path) -> BackupTarget | None:
        """The drive holding `folder`, for its label and free space."""
        return target_for(folder)

    # -- settings and status -----------------------------------------------------------------

    def settings(self) -> BackupSettings:
        stored = self._settings.get(_SETTINGS_KEY) or {}
        return BackupSettings(**{k: v for k, v in stored.items() if k in BackupSettings.__slots__})

    def change_settings(self, session: Session, settings: BackupSettings) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        if not 1 <= settings.keep <= MAX_KEEP:
            raise ValidationError("backup.keep_between_1_backups", field="keep", max_keep=MAX_KEEP)
        if not 1 <= settings.remind_after_days <= MAX_REMIND_DAYS:
            raise ValidationError(
                "backup.remind_after_1_days",
                field="remind_after_days",
                max_remind_days=MAX_REMIND_DAYS,
            )
        with self._db.transaction():
            self._store(settings)
            detail = (
                f"keep={settings.keep} remind_after_days={settings.remind_after_days}"
                f" at_close={int(settings.at_close)}"
            )
            self._log.record_for(live, AuditEvent("backup.settings", detail=detail))

    def status(self) -> BackupStatus:
        """For the reminder in the status bar and on the dashboard (no client data in it)."""
        settings = self.settings()
        last = self._repo.last_verified_backup()
        at = last.finished_at if last else None
        limit = timedelta(days=settings.remind_after_days)
        overdue = at is None or self._clock.now() - at > limit
        seen = self._settings.get(_OLDER_VAULT_SEEN_KEY)
        older = self._repo.newest_warning(seen if isinstance(seen, int) else 0)
        return BackupStatus(at, overdue, settings, older)

    def dismiss_older_vault(self, session: Session, history_id: int) -> None:
        """The owner knows why the vault is older than a backup (they restored one on purpose,
        say): the warning goes, the finding stays in the history, and this is logged."""
        live = self._guard.require(session, Permission.RESTORE)
        with self._db.transaction():
            self._settings.set(_OLDER_VAULT_SEEN_KEY, history_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "backup.older_vault_dismissed",
                    object_type="backup_history",
                    object_id=str(history_id),
                ),
            )

    def newest_backup_file(self, session: Session) -> Path | None:
        """The newest backup that verified when it was written, if its drive is plugged in:
        checking it also checks this vault's activity log against the backup's chain head."""
        self._guard.require(session, Permission.BACKUP_RUN)
        last = self._repo.last_verified_backup()
        if last is None:
            return None
        path = Path(last.folder) / last.file_name
        return path if path.is_file() else None

    def generations(self, session: Session, folder: Path) -> list[Generation]:
        """The backups in `folder`, oldest first, each with why the next rotation keeps it."""
        self._guard.require(session, Permission.BACKUP_RUN)
        return plan_generations(backups_in(folder), self.settings().keep)

    def history(self, session: Session, limit: int = 200) -> list[HistoryRow]:
        self._guard.require(session, Permission.BACKUP_RUN)
        return self._repo.history(limit)

    # -- backing up --------------------------------------------------------------------------

    def backup(
        self,
        session: Session,
        folder: Path,
        progress: PhaseProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> BackupResult:
        """Snapshot → age file in `folder` → the snapshot checked (integrity, manifest, counts,
        chain) → the file read back and decrypted to exactly those bytes → older generations
        rotated. Raises BackupError (one sentence); earlier backups are untouched on failure."""
        live = self._guard.require(session, Permission.BACKUP_RUN)
        result = self._backup(live, folder, self.settings().keep, progress, cancel)
        with self._db.transaction():
            self._store(_replace_folder(self.settings(), str(folder)))
        return result

    def backup_before_upgrade(self, folder: Path, keep: int) -> BackupResult:
        """The same checked backup, made by the program itself while the vault is opened by a
        newer version and before its schema changes (no one can sign in yet). `folder` is the
        data folder's own (the one place inside it a backup may go: the door out is told so);
        the owner's backup settings are left as they are."""
        return self._backup(None, folder, keep, None, None, own_folder=folder)

    def _backup(
        self,
        live: Session | None,
        folder: Path,
        keep: int,
        progress: PhaseProgress | None,
        cancel: threading.Event | None,
        own_folder: Path | None = None,
    ) -> BackupResult:
        remove_stale_work(self.work_folder)
        started = self._clock.now()
        backup_id = str(uuid.uuid4())
        name = backup_file_name(started)
        path: Path | None = None
        try:
            path, report = self._write(live, backup_id, name, folder, progress, cancel, own_folder)
            if report.manifest.backup_id != backup_id:
                raise BackupError("backup.snapshot_one_backup_started")
        except BaseException as error:
            if path is not None:
                path.unlink(missing_ok=True)  # an unverified backup must not pass for one
            self._finish(live, backup_id, "backup", started, folder, name, 0, error)
            raise
        # The backups before upgrades (in the data folder) keep only the newest few.
        removed = rotate(folder, keep, path, by_calendar=own_folder is None)
        self._finish(live, backup_id, "backup", started, folder, path.name, report.file_size)
        return BackupResult(path, report, removed)

    def _write(
        self,
        live: Session | None,
        backup_id: str,
        name: str,
        folder: Path,
        progress: PhaseProgress | None,
        cancel: threading.Event | None,
        own_folder: Path | None,
    ) -> tuple[Path, BackupReport]:
        """Write the file from a pinned snapshot and, meanwhile, check that snapshot as a
        restore would check the file (integrity, manifest, counts, chain); then read the file
        back while that check finishes: it must begin with the bytes written (age's header and
        nonce) and every chunk after them must authenticate, so it is the file written."""
        identity = self._identity()
        for _ in range(_SNAPSHOT_ATTEMPTS):
            sealed = self._write_manifest(live, backup_id, name)
            with pinned_snapshot(self._db, self._data_key) as snapshot:
                if BackupRepository(snapshot.reader).read_manifest() != sealed:
                    continue  # another program wrote in between: take the manifest again
                withheld = withheld_values(snapshot.reader)  # before the check holds the reader
                # SQLite's checks release the GIL, so they run beside the Python page codec.
                with ThreadPoolExecutor(max_workers=1) as pool:
                    checked = pool.submit(_check_snapshot, snapshot.reader, identity.secret)
                    path, head = write_backup(
                        snapshot,
                        self._data_key,
                        identity.public_key,
                        folder,
                        name,
                        _phase(progress, "writing"),
                        cancel,
                        own_folder,
                        withheld,
                    )
                    try:
                        # Read back while the check runs: age decrypts in its child, the
                        # check has this process (SQLite releases the GIL).
                        found = read_back(
                            path, identity.secret, _phase(progress, "verifying"), cancel
                        )
                        if found != head:  # another file; the rest age has authenticated
                            raise BackupInvalid("backup.backup_read_back_differs_from")
                        manifest, entries = checked.result()
                    except BaseException:
                        path.unlink(missing_ok=True)
                        snapshot.reader.interrupt()  # the check's verdict no longer matters
                        raise
                report = BackupReport(manifest, path.stat().st_size, snapshot.page_count, entries)
                return path, report
        raise BackupError("backup.vault_kept_changing_while_backup")

    def _write_manifest(self, live: Session | None, backup_id: str, name: str) -> str:
        """Log the start, then seal counts and chain head (after that entry) into the vault."""
        with self._db.transaction():
            start = AuditEvent(
                "backup.start", object_type="backup", object_id=backup_id, detail=f"file={name}"
            )
            if live is None:
                self._log.record(start)
            else:
                self._log.record_for(live, start)
            self._repo.write_manifest("{}")  # the manifest row counts itself
            vault_id = str(self._settings.get("vault_id", ""))
            identity = self._identity().secret
            chain_key = bytes.fromhex(str(self._settings.get(CHAIN_KEY_SETTING)))
            manifest = Manifest(
                backup_id=backup_id,
                vault_id=vault_id,
                app_version=__version__,
                created_at=self._clock.now().isoformat(),
                created_by=live.staff_name if live else _BY_THE_PROGRAM,
                salon_name=str(self._settings.get("salon_name", "")),
                schema_version=schema_version(self._db),
                row_counts=table_counts(self._db),
                chain_head=chain_head(self._db),
                schema_hash=schema_digest(schema_objects(self._db)),
                withheld_settings=sorted(WITHHELD_SETTINGS),
                sealed_chain_key=seal_chain_key(chain_key, identity, vault_id, backup_id),
            )
            sealed = seal_manifest(manifest, identity)
            self._repo.write_manifest(sealed)
        return sealed

    # -- reading backups back ----------------------------------------------------------------

    def verify(
        self,
        session: Session,
        file: Path,
        progress: PhaseProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> BackupReport:
        """Decrypt and check a backup file end to end; nothing is kept or replaced."""
        live = self._guard.require(session, Permission.BACKUP_RUN)
        return self._check(live, "verify", file, progress, cancel)

    def verify_unattended(self, file: Path) -> BackupReport:
        """The scheduled check (`verify-backup --data-dir`): no one signs in, because it reads
        only the backup and reveals no client data; the result is in the history and log."""
        return self._check(None, "verify", file, None, None)

    def drill(
        self,
        session: Session,
        file: Path,
        progress: PhaseProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> BackupReport:
        """The restore drill: everything a restore does (a new key, a checked copy, a new slot
        file) in a staging folder that is then thrown away; the vault is not touched."""
        live = self._guard.require(session, Permission.RESTORE)
        started = self._clock.now()
        try:
            staged = self.prepare_restore(session, file, progress, cancel, log=False)
            staged.discard(self._device_store)
        except BaseException as error:
            self._finish(live, "", "drill", started, file.parent, file.name, 0, error)
            raise
        report = staged.report
        self._finish(
            live,
            report.manifest.backup_id,
            "drill",
            started,
            file.parent,
            file.name,
            report.file_size,
        )
        return report

    def prepare_restore(
        self,
        session: Session,
        file: Path,
        progress: PhaseProgress | None = None,
        cancel: threading.Event | None = None,
        log: bool = True,
    ) -> StagedRestore:
        """Stage a restore of `file` beside the vault (owner only); `finish_restore` in
        services.vault_restore swaps it in."""
        live = self._guard.require(session, Permission.RESTORE)
        started = self._clock.now()
        try:
            staged = stage_restore(
                file,
                self._identity(),
                self.work_folder,
                self._device_store,
                _phase(progress, "verifying"),
                cancel,
            )
        except BaseException as error:
            if log:  # a drill records its own outcome
                self._finish(live, "", "restore", started, file.parent, file.name, 0, error)
            raise
        if log:
            self._log.record_for(
                live,
                AuditEvent(
                    "backup.restore_staged",
                    object_type="backup",
                    object_id=staged.report.manifest.backup_id,
                    detail=f"file={file.name}",
                ),
            )
        return staged

    def _check(
        self,
        live: Session | None,
        kind: str,
        file: Path,
        progress: PhaseProgress | None,
        cancel: threading.Event | None,
    ) -> BackupReport:
        started = self._clock.now()
        try:
            report = verify_backup_file(
                file,
                self._identity().secret,
                self.work_folder,
                _phase(progress, "verifying"),
                cancel,
            )
        except BaseException as error:
            self._finish(live, "", kind, started, file.parent, file.name, 0, error)
            raise
        report = replace(report, in_this_vault=self._holds_last_entry(report.manifest))
        self._finish(
            live,
            report.manifest.backup_id,
            kind,
            started,
            file.parent,
            file.name,
            report.file_size,
            note="" if report.in_this_vault is not False else NOT_IN_THIS_VAULT,
        )
        return report

    def _holds_last_entry(self, manifest: Manifest) -> bool | None:
        """Whether this vault's activity log holds the backup's last entry, MAC for MAC: the
        anchor that shows a vault file swapped for an older copy (or cut). None: the backup is
        of another vault."""
        if manifest.vault_id != self._settings.get("vault_id"):
            return None
        seq = manifest.chain_head.get("seq")
        if not isinstance(seq, int):
            return None
        mac = self._db.scalar("SELECT mac FROM audit_log WHERE seq = ?", (seq,))
        return mac is not None and bytes(mac).hex() == manifest.chain_head.get("mac")

    # -- helpers -----------------------------------------------------------------------------

    def _identity(self) -> RecoveryKey:
        return parse_recovery_key(str(self._settings.get("backup_identity", "")))

    def _store(self, settings: BackupSettings) -> None:
        self._settings.set(
            _SETTINGS_KEY,
            {name: getattr(settings, name) for name in BackupSettings.__slots__},
        )

    def _finish(
        self,
        live: Session | None,
        backup_id: str,
        kind: str,
        started: datetime,
        folder: Path,
        file_name: str,
        size: int,
        error: BaseException | None = None,
        note: str = "",
    ) -> None:
        """History row and activity-log entry for a run, whatever its outcome."""
        if error is None:
            outcome, message, audit = "verified", note, Outcome.OK
        elif isinstance(error, BackupCancelled):
            outcome, message, audit = "cancelled", str(error), Outcome.FAILED
        else:
            outcome, audit = "failed", Outcome.FAILED
            message = str(error) if isinstance(error, SalonVaultError) else type(error).__name__
        try:
            with self._db.transaction():
                self._repo.add_history(
                    backup_id,
                    kind,
                    started,
                    self._clock.now(),
                    live.staff_id if live else None,
                    str(folder),
                    file_name,
                    size,
                    outcome,
                    message,
                )
                event = AuditEvent(
                    f"backup.{kind}",
                    audit,
                    object_type="backup",
                    object_id=backup_id or None,
                    detail=f"file={file_name} outcome={outcome} bytes={size}",
                )
                if live is None:
                    self._log.record(event)
                else:
                    self._log.record_for(live, event)
        except SalonVaultError:
            if error is None:
                raise
            # Recording a failure must not hide the failure itself (e.g. the vault is busy).


def _check_snapshot(reader: Database, identity_secret: str) -> tuple[Manifest, int]:
    """In a thread of its own at the same priority as the writing: since the read-back
    drops the pages behind it, SQLite's full check is the backup's longest single step
    (decision 0008, session 12), so it must not wait."""
    return check_database(reader, identity_secret)


def _phase(progress: PhaseProgress | None, phase: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(phase, done, total)


def _replace_folder(settings: BackupSettings, folder: str) -> BackupSettings:
    return BackupSettings(settings.keep, settings.remind_after_days, settings.at_close, folder)
