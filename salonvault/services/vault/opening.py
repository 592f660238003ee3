"""Create and open a vault, and build the services over it.

`Vault` is what the GUI's app wiring and the CLI hold: one open database and one instance of each
service, handed out explicitly (no globals).
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.errors import (
    KeyUnavailable,
    RuleViolation,
    SalonVaultError,
    ValidationError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
from salonvault.files.outbound import check_target
from salonvault.files.private import keep_private, make_private_folder
from salonvault.security.audit_chain import CHAIN_KEY_SETTING, derive_chain_key
from salonvault.security.device_store import DeviceKeyStore, DeviceProtection
from salonvault.security.keyslots import (
    SLOT_FILE_NAME,
    SlotFile,
    SlotKind,
    new_data_key,
    read_slot_file,
    unseal,
    write_slot_file,
)
from salonvault.security.passphrase import passphrase_wrapping_key
from salonvault.security.pins import check_pin
from salonvault.security.recovery import (
    RecoveryKey,
    generate_recovery_key,
    recovery_wrapping_key,
    write_recovery_key_file,
)
from salonvault.security.slot_making import new_device_slot, new_recovery_slot
from salonvault.services.access.activity_log import ActivityLog
from salonvault.services.access.clock import Clock, SystemClock
from salonvault.services.access.guard import Guard
from salonvault.services.attachments.service import AttachmentService
from salonvault.services.audit import AuditService
from salonvault.services.auth import AuthService
from salonvault.services.backups import BackupService
from salonvault.services.briefing import StaffBriefingService
from salonvault.services.catalogue.service import CatalogueService, check_services
from salonvault.services.clients.erasure import ErasureService
from salonvault.services.clients.merge import MergeService
from salonvault.services.clients.pinned_notes import PinnedNoteService
from salonvault.services.clients.service import ClientService
from salonvault.services.consent.service import ConsentService
from salonvault.services.dashboard import DashboardService
from salonvault.services.exports.service import ExportService
from salonvault.services.forms import FormService
from salonvault.services.health_basis import HealthDataGate, check_basis
from salonvault.services.history import HistoryService
from salonvault.services.imports.service import ImportService
from salonvault.services.keys import KIT_CONFIRMED_KEY, KeyService
from salonvault.services.keys.device_keys import DeviceKeyRecord
from salonvault.services.keys.recovery_keys import RECOVERY_SLOT_SETTING
from salonvault.services.keys.rekey import settle_interrupted_rekey
from salonvault.services.photos.consent_gate import PhotoConsent
from salonvault.services.photos.service import PhotoService
from salonvault.services.printouts.service import PrintoutService
from salonvault.services.privacy.data_report import DataReportService
from salonvault.services.privacy.incidents import IncidentService
from salonvault.services.privacy.processing_record import ProcessingRecordService
from salonvault.services.privacy.retention import RetentionService
from salonvault.services.recalls import RecallService
from salonvault.services.records import RecordService, RecordTemplateService
from salonvault.services.settings import SettingsService
from salonvault.services.staff import StaffService, clean_staff_name
from salonvault.services.treatments import TreatmentService
from salonvault.services.vault.change_feed import ChangeFeed
from salonvault.services.vault.upgrade import upgrade_if_older
from salonvault.services.vault.what_changes import WHAT_CHANGES, report_changes
from salonvault.storage.database import DATABASE_NAME, Database
from salonvault.storage.kept_connection import KeptConnection
from salonvault.storage.search_rebuild import (
    bring_search_index_up_to_date,
    mark_search_index_current,
)
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.staff_repo import StaffRepository


@dataclass(frozen=True, slots=True)
class VaultPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def slot_file(self) -> Path:
        return self.data_dir / SLOT_FILE_NAME

    def exists(self) -> bool:
        return self.database.exists() or self.slot_file.exists()

    def vault_files(self) -> tuple[Path, ...]:
        database, slots = self.database, self.slot_file
        return (
            database,
            database.with_name(f"{database.name}-wal"),
            database.with_name(f"{database.name}-shm"),
            slots,
            slots.with_name(f"{slots.name}.prev"),
        )


@dataclass(frozen=True, slots=True)
class Unlock:
    """How to open the vault: the device slot (default), the recovery key, or the passphrase."""

    recovery_key: RecoveryKey | None = None
    passphrase: str | None = field(default=None, repr=False)


class Vault:
    """An open vault and its services."""

    def __init__(
        self,
        database: Database,
        paths: VaultPaths,
        data_key: bytes,
        device_store: DeviceKeyStore,
        clock: Clock,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self._db = database
        self._data_key = data_key  # for check_file's second connection
        self.log = ActivityLog(
            database, _chain_key(database, data_key), clock, socket.gethostname()
        )
        self.guard = Guard(self.log, clock, StaffRepository(database))
        self.settings = SettingsService(database, self.log, self.guard)
        self.keys = KeyService(
            paths.slot_file, data_key, device_store, self.log, self.guard, database, clock
        )
        self.keys.when_rekeyed(self._use_data_key)
        self.auth = AuthService(database, self.log, self.guard, clock, self.settings, self.keys)
        self.staff = StaffService(database, self.log, self.guard, clock, self.settings)
        self.briefing = StaffBriefingService(database, self.log, self.guard, clock)
        self.briefing.install_shipped_texts()  # a new version when the shipped text changed
        self.audit = AuditService(self.log, database, self.guard)
        self.health_basis = HealthDataGate(database, self.log, self.guard)
        self.history = HistoryService(database, self.guard)
        self.clients = ClientService(database, self.log, self.guard, clock, self.health_basis)
        self.erasure = ErasureService(database, self.log, self.guard)
        self.merge = MergeService(database, self.log, self.guard, clock, self.clients)
        self.pinned_notes = PinnedNoteService(database, self.log, self.guard, clock)
        self.retention = RetentionService(database, self.log, self.guard, clock)
        self.catalogue = CatalogueService(database, self.log, self.guard)
        self.consent = ConsentService(
            database,
            self.log,
            self.guard,
            clock,
            self.settings,
            self.clients.collected_fields,
            self.retention.rules,
            self.health_basis,
        )
        self.consent.install_shipped_templates()  # version 1 of each text, once per vault
        self.photo_consent = PhotoConsent(database, self.guard, self.consent)
        self.photos = PhotoService(database, self.log, self.guard, clock, self.photo_consent)
        self.attachments = AttachmentService(database, self.log, self.guard, clock)
        self.treatments = TreatmentService(
            database, self.log, self.guard, clock, self.photo_consent
        )
        self.record_templates = RecordTemplateService(database, self.log, self.guard, clock)
        self.record_templates.install_built_ins()  # version 1, or a changed built-in's next
        self.records = RecordService(
            database, self.log, self.guard, clock, self.record_templates, self.settings
        )
        self.forms = FormService(database, self.log, self.guard, clock, self.settings)
        self.forms.install_built_ins()  # version 1, or a changed built-in's next
        self.device_store = device_store
        self.backups = BackupService(database, data_key, self.log, self.guard, clock, device_store)
        self.data_report = DataReportService(
            database,
            self.log,
            self.guard,
            clock,
            self.settings,
            self.retention,
            self.clients.collected_fields,
        )
        self.printouts = PrintoutService(database, self.log, self.guard, clock, self.settings)
        self.recalls = RecallService(
            database, self.log, self.guard, clock, self.clients.collected_fields
        )
        self.dashboard = DashboardService(
            self.guard,
            clock,
            self.backups,
            self.retention,
            self.recalls,
            KeptConnection(lambda: Database.open_worker(paths.database, self._data_key)),
        )
        self.exports = ExportService(
            database,
            self.log,
            self.guard,
            clock,
            self.settings,
            self.consent,
            self.keys.backup_public_key,
        )
        self.incidents = IncidentService(database, self.log, self.guard, clock, self.settings)
        self.imports = ImportService(
            database, data_key, self.log, self.guard, clock, self.clients, self.settings
        )
        self.processing_record = ProcessingRecordService(
            database,
            self.log,
            self.guard,
            clock,
            self.settings,
            self.clients.collected_fields,
            self.retention.rules,
            self.health_basis.basis,
            self.briefing.evidence_unchecked,
        )
        # Set only on a vault just created, for the set-up wizard's Recovery Kit.
        self.setup_recovery_key: RecoveryKey | None = None
        # Each service call that changed records says so here, for screens to re-read.
        self.changes = ChangeFeed()
        for service in list(vars(self).values()):
            if type(service) in WHAT_CHANGES:
                report_changes(service, self.changes)

    def confirm_setup_kit(self) -> None:
        """The set-up wizard's "the kit is printed or saved"; only on a vault just created in
        this process (no one is signed in yet), after which the key leaves memory."""
        if self.setup_recovery_key is None:
            raise RuleViolation("vault.only_set_up_can_confirm")
        with self._db.transaction():
            SettingsRepository(self._db).set(KIT_CONFIRMED_KEY, True)
            self.log.record(AuditEvent("keys.recovery_kit_confirmed", detail="during=set_up"))
        self.setup_recovery_key = None

    @property
    def database(self) -> Database:
        """For services-layer builders (demo data, benchmarks); the GUI never touches it."""
        return self._db

    def check_file(
        self,
        started: Callable[[Callable[[], None]], None] | None = None,
        pause_point: Callable[[], None] | None = None,
    ) -> str | None:
        """The whole-file check `open_vault(full_check=False)` left for later: every page's HMAC
        and SQLite's quick check, on a second connection so the program keeps working. None
        when the file is sound, else what is wrong (also logged, in the vault's own words).
        `started` receives a function that interrupts it, for a program closing meanwhile (the
        check then raises VaultError instead of reporting); `pause_point` may block the check
        while a person waits (Database.file_problems)."""
        with self.keys.second_connection():  # a re-keying waits for the check to end
            reader = Database.open_reader(self.paths.database, self._data_key)
            if started is not None:
                started(reader.interrupt)
            try:
                problem = reader.file_problems(pause_point)
            finally:
                reader.close()
        if problem is not None:
            try:
                with self._db.transaction():
                    self.log.record(
                        AuditEvent("vault.file_check", Outcome.FAILED, detail=f"problem={problem}")
                    )
            except SalonVaultError:
                pass  # a damaged file may refuse the entry too; the caller still hears of it
        return problem

    def _use_data_key(self, key: bytes) -> None:
        """After a re-keying: the services that open connections of their own use the new key."""
        self._data_key = key
        self.backups.use_data_key(key)
        self.imports.use_data_key(key)
        # Opened again under the new key at the next read (the re-keying and the figures
        # both run on the window's one worker thread, never at once).
        self.dashboard.release()

    def close(self) -> None:
        self.changes.close()
        self.dashboard.release()
        self._db.close()


@dataclass(frozen=True, slots=True)
class SalonDetails:
    """What the set-up wizard (or `init`) asks. An empty phone region or currency follows the
    language; `services` is the catalogue to start with (a starter list, edited)."""

    name: str
    address: str = ""
    language: str = "en"
    phone_region: str = ""
    currency: str = ""
    kinds: tuple[BusinessKind, ...] = ()
    services: tuple[ServiceInput, ...] = ()
    health_basis: HealthBasis = DEFAULT_HEALTH_BASIS  # decision 0031


def create_vault(
    data_dir: Path,
    salon: SalonDetails | str,
    owner_name: str,
    owner_pin: str,
    recovery_key_file: Path | None,
    device_store: DeviceKeyStore | None = None,
    clock: Clock | None = None,
) -> Vault:
    """Set up a new vault: recovery key file first, then slots, then the database and owner.

    Refuses a folder that already holds a vault. If set-up fails after the recovery key file was
    written, the half-made vault files are removed so a retry starts clean. The new recovery key
    is on `vault.setup_recovery_key` for the set-up wizard's Recovery Kit.
    """
    paths = VaultPaths(data_dir)
    salon = salon if isinstance(salon, SalonDetails) else SalonDetails(salon)
    if paths.exists():
        raise VaultExists("vault.vault_already_exists_left", data_dir=data_dir)
    # Everything that can be refused is checked before anything touches the disk. The key file
    # leaves the vault: never inside its folder (a copy of the folder must not carry its key).
    if recovery_key_file is not None:
        check_target(recovery_key_file, data_dir, replace=False, field="recovery_key_file")
    clean_staff_name(owner_name)
    check_pin(owner_pin)
    _check_salon(salon)
    device_store = device_store or DeviceKeyStore()
    clock = clock or SystemClock()
    recovery = generate_recovery_key()
    if recovery_key_file is not None:  # first: a missing USB stick leaves nothing behind
        write_recovery_key_file(recovery_key_file, recovery, data_dir)
    make_private_folder(data_dir)  # readable by this user only, as every file inside
    vault_id = str(uuid.uuid4())
    data_key = new_data_key()
    made: list[Path] = []  # only what this call created is removed if it fails
    device_slot = None
    database: Database | None = None
    try:
        device_slot = new_device_slot(data_key, device_store, vault_id, data_dir)
        recovery_slot = new_recovery_slot(data_key, recovery, vault_id)
        if paths.slot_file.exists():
            raise VaultExists("vault.vault_already_exists_left", data_dir=data_dir)
        made.append(paths.slot_file)
        write_slot_file(paths.slot_file, SlotFile(vault_id, (device_slot, recovery_slot)))
        database = Database.create(paths.database, data_key)  # refuses an existing file
        made += [Path(f"{paths.database}{suffix}") for suffix in ("", "-wal", "-shm")]
        with database.transaction():
            settings = SettingsRepository(database)
            settings.set("vault_id", vault_id)
            # The vault keeps the backup identity too, so it can verify its own backups (§5).
            settings.set("backup_identity", recovery.secret)
            # A key file was written: kept. Otherwise the wizard must see the kit printed/saved.
            settings.set(KIT_CONFIRMED_KEY, recovery_key_file is not None)
            # Inside the vault, because the slot file beside it is not authenticated:
            DeviceKeyRecord(settings, data_dir).add(str(device_slot.params["key_id"]))
            settings.set(RECOVERY_SLOT_SETTING, "required")
        vault = Vault(database, paths, data_key, device_store, clock)
        _first_records(vault, salon, owner_name, owner_pin)
    except BaseException:
        if database is not None:
            database.close()  # Windows cannot delete an open file
        for path in made:
            path.unlink(missing_ok=True)
        if device_slot is not None:
            device_store.delete(str(device_slot.params["key_id"]))
        if recovery_key_file is not None:
            recovery_key_file.unlink(missing_ok=True)
        raise
    vault.setup_recovery_key = recovery
    return vault


def _check_salon(salon: SalonDetails) -> None:
    """The set-up's answers, every rule checked before anything touches the disk."""
    SettingsService.check_initial(
        salon.name, salon.address, salon.language, salon.phone_region, salon.currency, salon.kinds
    )
    check_services(salon.services)
    check_basis(salon.health_basis)


def _first_records(vault: Vault, salon: SalonDetails, owner_name: str, owner_pin: str) -> None:
    settings = (salon.phone_region, salon.currency, salon.kinds)
    vault.settings.initialise(salon.name, salon.address, salon.language, *settings)
    vault.log.record(AuditEvent("vault.create", detail="slots=device,recovery"))
    vault.health_basis.initialise(salon.health_basis)
    owner = vault.staff.create_first_owner(owner_name, owner_pin)
    vault.catalogue.seed(owner.id, salon.services)
    mark_search_index_current(vault.database)  # no clients yet: nothing to rebuild
    if salon.kinds:  # chosen at set-up: the record templates follow (business profile)
        vault.settings.seed_record_templates(owner.id)


def open_vault(
    data_dir: Path,
    unlock: Unlock | None = None,
    device_store: DeviceKeyStore | None = None,
    clock: Clock | None = None,
    full_check: bool = True,
) -> Vault:
    """Unseal and open the vault. With `full_check=False` only the key and the first page are
    checked here; the caller then runs `Vault.check_file` (the window does, past the lock
    screen, so a big vault does not delay it)."""
    paths = VaultPaths(data_dir)
    if not paths.database.exists():
        raise VaultNotFound("vault.there_vault", data_dir=data_dir)
    device_store = device_store or DeviceKeyStore()
    # A folder or vault file made wider by hand (or restored by a version before issue 20) is
    # narrowed first, so the -wal and -shm SQLite makes next copy a private mode too.
    make_private_folder(data_dir)
    keep_private(*paths.vault_files())
    slot_file = read_slot_file(paths.slot_file)
    unlock = unlock or Unlock()
    store = device_store

    def unseal_with(candidate: SlotFile) -> tuple[bytes, SlotKind]:
        return _unseal_data_key(candidate, unlock, store)

    settled = settle_interrupted_rekey(paths.slot_file, paths.database, slot_file, unseal_with)
    if settled is not None:
        data_key, used = settled.data_key, settled.used
    else:
        data_key, used = unseal_with(slot_file)
    clock = clock or SystemClock()
    database = Database.open(paths.database, data_key, migrate=False, full_check=full_check)
    try:
        chain_key = _chain_key(database, data_key)
        upgrade_if_older(database, data_dir, data_key, chain_key, device_store, clock)
        # A vault from a version with other search rules (or another pypinyin) finds names
        # the new way only once its name index is rebuilt.
        bring_search_index_up_to_date(database)
    except BaseException:
        database.close()
        raise
    vault = Vault(database, paths, data_key, device_store, clock)
    vault.log.record(AuditEvent("vault.unlock", detail=f"slot={used.value}"))
    if used is SlotKind.PASSPHRASE:
        vault.keys.remember_passphrase_mode()
    if settled is not None:
        vault.keys.finish_interrupted_rekey(settled)
    vault.keys.adopt_device_key_if_unrecorded()
    return vault


def _chain_key(database: Database, data_key: bytes) -> bytes:
    """The activity log's chain key, kept inside the vault so a restore (which gets a new data
    key) still verifies the old entries. First derived from the data key, as before (0008)."""
    settings = SettingsRepository(database)
    stored = settings.get(CHAIN_KEY_SETTING)
    if isinstance(stored, str):
        return bytes.fromhex(stored)
    key = derive_chain_key(data_key)
    with database.transaction():
        settings.set(CHAIN_KEY_SETTING, key.hex())
    return key


def _unseal_data_key(
    slot_file: SlotFile, unlock: Unlock, device_store: DeviceKeyStore
) -> tuple[bytes, SlotKind]:
    vault_id = slot_file.vault_id
    if unlock.recovery_key is not None:
        slot = slot_file.find(SlotKind.RECOVERY)
        if slot is None:
            raise KeyUnavailable("vault.vault_has_recovery_slot")
        wrapping = recovery_wrapping_key(unlock.recovery_key, vault_id)
        try:
            return unseal(slot, wrapping, vault_id), SlotKind.RECOVERY
        except KeyUnavailable:
            # The public hint only words the message; it never decides (it is not authenticated).
            if slot.params.get("recipient") != unlock.recovery_key.public_key:
                raise KeyUnavailable("vault.recovery_key_belongs_another_vault") from None
            raise
    if unlock.passphrase is not None:
        return _unseal_with_passphrase(slot_file, unlock.passphrase), SlotKind.PASSPHRASE
    slot = slot_file.find(SlotKind.DEVICE)
    if slot is None:
        if slot_file.find(SlotKind.PASSPHRASE) is not None:
            raise KeyUnavailable("vault.vault_opens_owner_s_passphrase")
        raise KeyUnavailable("vault.pc_has_key_vault_open")
    key_id = slot.params.get("key_id")
    device_key = device_store.load(key_id) if isinstance(key_id, str) else None
    if device_key is None:
        raise KeyUnavailable("vault.pc_s_key_vault_missing")
    try:
        return unseal(slot, device_key, vault_id), SlotKind.DEVICE
    except KeyUnavailable:
        raise KeyUnavailable("vault.pc_s_key_does_open") from None


def _unseal_with_passphrase(slot_file: SlotFile, passphrase: str) -> bytes:
    slot = slot_file.find(SlotKind.PASSPHRASE)
    if slot is None:
        raise KeyUnavailable("vault.vault_set_up_owner_passphrase")
    try:
        wrapping = passphrase_wrapping_key(passphrase, slot.params)  # PassphraseSlotUnusual
    except ValidationError:
        raise WrongPassphrase() from None  # not encodable: cannot be the one that was set
    try:
        return unseal(slot, wrapping, slot_file.vault_id)
    except KeyUnavailable:
        raise WrongPassphrase() from None


def device_protection(device_store: DeviceKeyStore | None = None) -> DeviceProtection:
    """How this PC would keep the device key (for the set-up wizard's honest sentence)."""
    return (device_store or DeviceKeyStore()).protection


def needs_passphrase(data_dir: Path) -> bool:
    """True when the vault has no device slot but a passphrase slot (ask before opening)."""
    paths = VaultPaths(data_dir)
    if not paths.database.exists():
        return False  # opening will say plainly that there is no vault
    slot_file = read_slot_file(paths.slot_file)
    return (
        slot_file.find(SlotKind.DEVICE) is None and slot_file.find(SlotKind.PASSPHRASE) is not None
    )
