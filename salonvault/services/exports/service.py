"""Exports (DESIGN.md §2, §4; issue 7 item 3): records that leave the vault, for the owner only.

Three exports: every client and visit as CSV (two files, `<name>-clients.csv` and
`<name>-visits.csv`, each opening directly in Excel or LibreOffice), the same and more as one
JSON document, and the marketing list of one channel (name and that channel's contact, only for
clients whose consent to it is active). Each may be encrypted with `age` to a passphrase or to
the salon's backup key; then no plaintext touches the disk. A plaintext export is the owner's
explicit choice after WARNING is shown. Every export, and every refused or failed one, is in the
activity log with what, format, encryption and counts, never a client's details or a file name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, AuditFilter, Outcome
from salonvault.domain.clients import display_name
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import (
    ExportNotWritten,
    RuleViolation,
    SalonVaultError,
    ValidationError,
)
from salonvault.domain.roles import Permission
from salonvault.files.outbound import check_target, write_all_out
from salonvault.services.exports.files import (
    Encryption,
    EncryptTo,
    check_passphrase,
    encrypt,
    with_age_suffix,
)
from salonvault.services.exports.format import (
    SEPARATORS,
    ActivityWording,
    Records,
    activity_csv,
    clients_csv,
    default_separator,
    json_bytes,
    json_document,
    marketing_csv,
    visits_csv,
)
from salonvault.storage.attachments_repo import AttachmentsRepository
from salonvault.storage.audit_repo import AuditRepository
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository
from salonvault.storage.records_repo import RecordsRepository
from salonvault.storage.staff_repo import StaffRepository
from salonvault.storage.treatments_repo import TreatmentsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.consent.service import ConsentService
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

MAX_LOG_EXPORT = 10_000_000  # the whole log, however long
WARNING = (
    "The file leaves the vault: whoever gets it can read the client records in it, so keep it"
    " safe and delete it when it is no longer needed."
)
ENCRYPTED_NOTE = (
    "The file leaves the vault encrypted: it opens only with the passphrase or the recovery key"
    " chosen for it."
)
# Which contact a marketing channel uses (messaging apps such as Zalo or WeChat go by phone).
CHANNEL_CONTACT = {
    Purpose.MARKETING_SMS: "phone",
    Purpose.MARKETING_EMAIL: "email",
    Purpose.MARKETING_PHONE: "phone",
    Purpose.MARKETING_MESSAGING: "phone",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    files: tuple[Path, ...]
    clients: int
    visits: int = 0
    without_contact: int = 0  # marketing: consenting clients with no contact for the channel
    encrypted: bool = False


class ExportService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
        consent: ConsentService,
        backup_recipient: Callable[[], str],
    ) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._consent = consent
        self._backup_recipient = backup_recipient
        self._clients = ClientsRepository(database)
        self._treatments = TreatmentsRepository(database)
        self._consents = ConsentRepository(database)
        self._staff = StaffRepository(database)

    # -- what the GUI and CLI show first -----------------------------------------------------

    @staticmethod
    def warning(encryption: Encryption | None) -> str:
        """The sentence to show before the owner confirms an export."""
        return WARNING if encryption is None else ENCRYPTED_NOTE

    def default_separator(self) -> str:
        """The CSV separator Excel expects in the salon's language (decision 0010)."""
        return default_separator(self._settings.language())

    @staticmethod
    def csv_paths(out: Path, encryption: Encryption | None = None) -> tuple[Path, Path]:
        """The two files a CSV export to `out` writes: `<stem>-clients.csv`, `<stem>-visits.csv`
        (with `.age` added when encrypted)."""
        stem = out.name.removesuffix(".age").removesuffix(".csv") or "salonvault-export"
        encrypted = encryption is not None
        return (
            with_age_suffix(out.with_name(f"{stem}-clients.csv"), encrypted),
            with_age_suffix(out.with_name(f"{stem}-visits.csv"), encrypted),
        )

    # -- exports -----------------------------------------------------------------------------

    def export_csv(
        self,
        session: Session,
        out: Path,
        encryption: Encryption | None = None,
        plaintext_confirmed: bool = False,
        separator: str | None = None,
    ) -> ExportResult:
        """Every client (archived too) and every visit as two CSV files beside `out`."""
        live = self._guard.require(session, Permission.EXPORT)
        with self._logged(live, "export.csv", encryption) as detail:
            sep = self._check(out, encryption, plaintext_confirmed, separator)
            clients_path, visits_path = self.csv_paths(out, encryption)
            records = self._read_all()
            files = {
                clients_path: clients_csv(records, sep),
                visits_path: visits_csv(records, sep),
            }
            result = ExportResult(
                self._write(files, encryption),
                len(records.clients),
                len(records.visits),
                encrypted=encryption is not None,
            )
            detail.append(
                f"clients={result.clients} visits={result.visits} separator={_named(sep)}"
            )
        return result

    def export_json(
        self,
        session: Session,
        out: Path,
        encryption: Encryption | None = None,
        plaintext_confirmed: bool = False,
    ) -> ExportResult:
        """One JSON document: every client with visits, service records, patch tests, health
        and consents."""
        live = self._guard.require(session, Permission.EXPORT)
        with self._logged(live, "export.json", encryption) as detail:
            self._check(out, encryption, plaintext_confirmed, ",")
            records = self._read_all()
            document = json_document(records, self._settings.salon_name(), self._clock.now())
            path = with_age_suffix(out, encryption is not None)
            result = ExportResult(
                self._write({path: json_bytes(document)}, encryption),
                len(records.clients),
                len(records.visits),
                encrypted=encryption is not None,
            )
            detail.append(f"clients={result.clients} visits={result.visits}")
        return result

    def export_marketing(
        self,
        session: Session,
        channel: Purpose | str,
        out: Path,
        encryption: Encryption | None = None,
        plaintext_confirmed: bool = False,
        separator: str | None = None,
    ) -> ExportResult:
        """The clients whose consent to `channel` is active now (granted, not withdrawn, the
        purpose switched on, client not archived): name and the channel's contact only."""
        live = self._guard.require(session, Permission.EXPORT)
        with self._logged(live, "export.marketing", encryption) as detail:
            purpose = _channel(channel)
            detail.append(f"channel={purpose}")
            sep = self._check(out, encryption, plaintext_confirmed, separator)
            contact = CHANNEL_CONTACT[purpose]
            with self._db.transaction():  # one consistent moment
                consenting = self._consent.marketing_list(session, (purpose,))
                records = self._clients.records(sorted(consenting))
            rows = [
                (display_name(c.family_name, c.given_name), getattr(c, contact))
                for c in records
                if getattr(c, contact)
            ]
            path = with_age_suffix(out, encryption is not None)
            result = ExportResult(
                self._write({path: marketing_csv(contact, rows, sep)}, encryption),
                len(rows),
                without_contact=len(records) - len(rows),
                encrypted=encryption is not None,
            )
            detail.append(f"clients={result.clients} without_contact={result.without_contact}")
        return result

    def export_activity(
        self,
        session: Session,
        where: AuditFilter,
        out: Path,
        encryption: Encryption | None = None,
        plaintext_confirmed: bool = False,
        separator: str | None = None,
        wording: ActivityWording | None = None,
    ) -> ExportResult:
        """The activity-log entries matching `where` (its limit ignored: all of them), newest
        first, as one CSV; with `wording`, each entry in words too (the window's). Entries hold
        field names and counts, never client data; staff names are there, so the file is still
        treated as leaving the vault."""
        live = self._guard.require(session, Permission.EXPORT)
        self._guard.require(session, Permission.AUDIT_READ)
        with self._logged(live, "export.activity", encryption) as detail:
            sep = self._check(out, encryption, plaintext_confirmed, separator)
            entries = AuditRepository(self._db).search(replace(where, limit=MAX_LOG_EXPORT))
            names = {member.id: member.name for member in self._staff.list_all()}
            path = with_age_suffix(out, encryption is not None)
            result = ExportResult(
                self._write({path: activity_csv(entries, names, sep, wording)}, encryption),
                clients=0,
                encrypted=encryption is not None,
            )
            detail.append(f"entries={len(entries)}")
        return result

    # -- helpers -----------------------------------------------------------------------------

    def _check(
        self,
        out: Path,
        encryption: Encryption | None,
        plaintext_confirmed: bool,
        separator: str | None,
    ) -> str:
        """Everything that can be refused, before anything is read or written."""
        if encryption is None and not plaintext_confirmed:
            raise RuleViolation("exports.unencrypted_export_needs_owner_s")
        if encryption is not None and encryption.to is EncryptTo.PASSPHRASE:
            check_passphrase(encryption.passphrase)
        sep = self.default_separator() if separator is None else separator
        if sep not in SEPARATORS.values():
            raise ValidationError("exports.separate_csv_columns_comma_semicolon", "separator")
        check_target(out, self._db.path.parent, ExportNotWritten)  # the one door out
        return sep

    def _read_all(self) -> Records:
        records = RecordsRepository(self._db)
        with self._db.transaction():  # one consistent moment across the tables
            return Records(
                clients=self._clients.all_records(),
                visits=self._treatments.all_visits(),
                health=self._clients.all_health_items(),
                patch_tests=self._treatments.all_patch_tests(),
                consents=self._consents.all_records(),
                staff_names={s.id: s.name for s in self._staff.list_all()},
                pinned_notes=PinnedNotesRepository(self._db).all_notes(),
                service_records=records.all_records(),
                record_revisions=records.all_revisions(),
                attachments=AttachmentsRepository(self._db).all_listed(),
            )

    def _write(self, files: dict[Path, bytes], encryption: Encryption | None) -> tuple[Path, ...]:
        if encryption is not None:
            to_key = encryption.to is EncryptTo.BACKUP_KEY
            recipient = self._backup_recipient() if to_key else ""
            files = {path: encrypt(data, encryption, recipient) for path, data in files.items()}
        return tuple(write_all_out(files, self._db.path.parent, ExportNotWritten))

    def _logged(self, live: Session, action: str, encryption: Encryption | None) -> _ExportLog:
        return _ExportLog(self._log, live, action, encryption)


class _ExportLog:
    """Logs the export when the block ends: ok with its counts, or failed with the error's
    kind. The block appends `key=value` details; none of them is a client's data."""

    def __init__(
        self, log: ActivityLog, live: Session, action: str, encryption: Encryption | None
    ) -> None:
        self._log = log
        self._live = live
        self._action = action
        self._detail = [f"encryption={encryption.to if encryption else 'none'}"]

    def __enter__(self) -> list[str]:
        return self._detail

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _: object
    ) -> None:
        outcome = Outcome.OK if error is None else Outcome.FAILED
        detail = [f"format={self._action.split('.')[1]}", *self._detail]
        if error is not None:
            detail.append(f"error={type(error).__name__}")
        event = AuditEvent(self._action, outcome, detail=" ".join(detail))
        try:
            self._log.record_for(self._live, event)
        except SalonVaultError:
            if error is None:
                raise
            # Logging a failure must not hide the failure itself (e.g. the vault is busy).


def _channel(value: Purpose | str) -> Purpose:
    short = {p.value.removeprefix("marketing_"): p for p in CHANNEL_CONTACT}
    found = short.get(str(value)) or next((p for p in CHANNEL_CONTACT if p == value), None)
    if found is None:
        names = ", ".join(short)
        raise ValidationError("exports.marketing_channel_one", field="channel", names=names)
    return found


def _named(separator: str) -> str:
    return next(name for name, sep in SEPARATORS.items() if sep == separator)
