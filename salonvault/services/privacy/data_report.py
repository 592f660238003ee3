"""The client data report (issue 7, item 4): what a client gets when they ask "what do you hold
on me?" (GDPR Art. 15, portability Art. 20, Vietnam's Law 91/2025/QH15, China's PIPL Art. 45).

Owner only (Permission.EXPORT: the file leaves the vault). One report is gathered in one read
transaction (a consistent snapshot) and written as a readable PDF in the client's language or
as versioned JSON. Each is logged as one `client.data_report` entry naming the format only.

It reads through the repositories rather than the other services' public calls on purpose:
those log an entry of their own (opening the card, viewing photos) and gate photos on active
consent, while the report must show everything still held, in one entry (health-kind
attachments too: the owner holds every permission they need). Removed health items
are listed too (they are still held). Staff appear by role only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, AuditFilter
from salonvault.domain.consent import CONSENT_LANGUAGES
from salonvault.domain.data_report import (
    REPORT_LANGUAGES,
    AccessEntry,
    AttachmentEntry,
    ClientDetails,
    ClientReport,
    ConsentEntry,
    FormEntry,
    HealthEntry,
    PatchTestEntry,
    PhotoEntry,
    PinnedNoteEntry,
    RecordEntry,
    RecordVersionEntry,
    VisitEntry,
)
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.roles import Permission
from salonvault.services.outbound import save_document
from salonvault.services.treatments import visit_view
from salonvault.storage.attachments_repo import AttachmentsRepository
from salonvault.storage.audit_repo import AuditRepository
from salonvault.storage.clients_repo import ClientRecord, ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.forms_repo import FormsRepository, as_filled
from salonvault.storage.photos_repo import PhotosRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository
from salonvault.storage.records_repo import RecordsRepository
from salonvault.storage.staff_repo import StaffRepository
from salonvault.storage.treatments_repo import TreatmentsRepository
from salonvault.storage.versions_repo import VersionsRepository

if TYPE_CHECKING:
    from collections.abc import Callable

    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.privacy.retention import RetentionService
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

ALL_ROWS = 1_000_000  # the repositories page by default; a report holds everything


class DataReportService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
        retention: RetentionService,
        collected_fields: Callable[[], frozenset[str]],
    ) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._retention = retention
        self._collected_fields = collected_fields
        self._clients = ClientsRepository(database)
        self._treatments = TreatmentsRepository(database)
        self._consent = ConsentRepository(database)
        self._photos = PhotosRepository(database)
        self._attachments = AttachmentsRepository(database)
        self._pinned = PinnedNotesRepository(database)
        self._audit = AuditRepository(database)
        self._staff = StaffRepository(database)
        self._records = RecordsRepository(database)
        self._versions = VersionsRepository(database)

    def json_bytes(self, session: Session, client_id: int) -> bytes:
        """Everything held on the client as JSON (docs/data-report-format.md), photos and
        attachments' pages included."""
        live = self._guard.require(session, Permission.EXPORT, "client", str(client_id))
        report = self._gather(client_id, None)
        from salonvault.documents.data_report_json import report_json  # noqa: PLC0415

        data = report_json(report)
        self._log_report(live, client_id, "json")
        return data

    def pdf_bytes(self, session: Session, client_id: int, language: str | None = None) -> bytes:
        """Everything held on the client as an A4 PDF, in `language` or else the client's own
        language (the salon's when the client's is not one the report is written in)."""
        live = self._guard.require(session, Permission.EXPORT, "client", str(client_id))
        if language is not None and language not in REPORT_LANGUAGES:
            raise ValidationError(
                "privacy.report_language_one_of", "language", languages=", ".join(REPORT_LANGUAGES)
            )
        report = self._gather(client_id, language)
        # reportlab loads when a report is made, not when the program starts
        from salonvault.documents.data_report import data_report_pdf  # noqa: PLC0415

        pdf = data_report_pdf(report)
        self._log_report(live, client_id, "pdf")
        return pdf

    def save_pdf(
        self, session: Session, client_id: int, path: Path, language: str | None = None
    ) -> Path:
        """The PDF saved where the owner chose: it leaves the vault through the one door out."""
        self._guard.require(session, Permission.EXPORT, "client", str(client_id))
        return save_document(
            path, self._db.path.parent, lambda: self.pdf_bytes(session, client_id, language)
        )

    def save_json(self, session: Session, client_id: int, path: Path) -> Path:
        self._guard.require(session, Permission.EXPORT, "client", str(client_id))
        return save_document(
            path, self._db.path.parent, lambda: self.json_bytes(session, client_id)
        )

    def report_language(self, session: Session, client_id: int) -> str:
        """The language pdf_bytes would use by default (for the GUI's choice)."""
        self._guard.require(session, Permission.EXPORT, "client", str(client_id))
        return self._language_for(self._client(client_id).language)

    # -- gathering ---------------------------------------------------------------------------

    def _gather(self, client_id: int, language: str | None) -> ClientReport:
        with self._db.transaction():  # one snapshot: nothing changes half-way through
            record = self._client(client_id)
            roles = {s.id: s.role.value for s in self._staff.list_all()}
            health = [
                HealthEntry(i, roles.get(i.recorded_by))
                for i in self._clients.health_items(client_id)
            ]
            health += [
                HealthEntry(i, roles.get(i.recorded_by), removed)
                for i, removed in self._clients.removed_health_items(client_id)
            ]
            visits = tuple(
                VisitEntry(visit_view(v), roles.get(v.technician_id))
                for v in self._treatments.visits(client_id, limit=ALL_ROWS)
            )
            patch_tests = tuple(
                PatchTestEntry(t, roles.get(t.done_by))
                for t in self._treatments.patch_tests(client_id)
            )
            card_photo = self._photos.card_photo_id(client_id)
            photos = tuple(
                PhotoEntry(
                    info, self._photos.jpeg(info.id) or b"", thumbnail, info.id == card_photo
                )
                for info, thumbnail in self._photos.thumbnails(client_id)
            )
            attachments = tuple(
                AttachmentEntry(info, self._attachments.pages(info.id), roles.get(info.added_by))
                for info in self._attachments.list_for_client(client_id)
            )
            forms = self._forms(client_id, roles)
            pinned = tuple(
                PinnedNoteEntry(note, roles.get(note.author_id))
                for note in self._pinned.of_client(client_id)
            )
            consents = tuple(
                ConsentEntry(
                    record,
                    roles.get(record.witness_id) if record.witness_id is not None else None,
                    roles.get(record.withdrawal.staff_id) if record.withdrawal else None,
                    self._consent.signature(record.form_id),
                )
                for record in self._consent.history(client_id)
            )
            records = self._service_records(client_id, roles)
            where = AuditFilter(object_type="client", object_id=str(client_id), limit=ALL_ROWS)
            access = tuple(
                AccessEntry(e.at, e.role, e.action, e.outcome, e.detail)
                for e in self._audit.search(where)
            )
            asked = tuple(p for p, on in self._consent.purposes().items() if on)
            earlier = tuple(self._versions.for_client(client_id))
        return ClientReport(
            generated_at=self._clock.now(),
            language=language or self._language_for(record.language),
            salon_name=self._settings.salon_name(),
            salon_address=self._settings.salon_address(),
            phone_region=self._settings.salon_country(),
            recipients=self._settings.recipients(),
            client=ClientDetails(
                id=record.id,
                family_name=record.family_name,
                given_name=record.given_name,
                phone=record.phone,
                email=record.email,
                birth_date=record.birth_date,
                address=record.address,
                language=record.language,
                is_minor=record.is_minor,
                guardian=record.guardian,
                preferences=record.preferences,
                tags=record.tags,
                notes=record.notes,
                archived=record.archived,
                phones=tuple(p.shown() for p in record.phones),
            ),
            health=tuple(health),
            visits=visits,
            patch_tests=patch_tests,
            photos=photos,
            consents=consents,
            access_log=access,
            retention=self._retention.rules(),
            consent_purposes_asked=asked,
            collected_fields=tuple(sorted(self._collected_fields())),
            pinned_notes=pinned,
            records=records,
            attachments=attachments,
            earlier_versions=earlier,
            forms=forms,
        )

    def _forms(self, client_id: int, roles: dict[int, str]) -> tuple[FormEntry, ...]:
        repo = FormsRepository(self._db)
        flags = repo.red_flags_of(client_id)
        return tuple(
            FormEntry(
                as_filled(row, flags, True),
                row.version.definition,
                repo.signature(row.id),
                roles.get(row.witness_id),
                {f.id: roles.get(f.reviewed_by) for f in flags if f.reviewed_by is not None},
            )
            for row in repo.filled_of(client_id)
        )

    def _service_records(self, client_id: int, roles: dict[int, str]) -> tuple[RecordEntry, ...]:
        """Every service record with every value (health-marked ones too: they are the
        client's), and the earlier versions an edit kept."""
        return tuple(
            RecordEntry(
                id=row.id,
                template=row.template,
                visit_id=row.visit_id,
                recorded_on=row.recorded_on,
                values=row.values,
                recorded_by_role=roles.get(row.created_by),
                recorded_at=row.created_at,
                updated_at=row.updated_at,
                corrects_record_id=row.corrects_record_id,
                earlier_versions=tuple(
                    RecordVersionEntry(
                        revision=kept.revision,
                        template=kept.template,
                        recorded_on=kept.recorded_on,
                        values=kept.values,
                        replaced_at=kept.replaced_at,
                        replaced_by_role=roles.get(kept.replaced_by),
                    )
                    for kept in self._records.revisions(row.id)
                ),
            )
            for row in self._records.records_of(client_id)
        )

    def _language_for(self, client_language: str) -> str:
        if client_language in REPORT_LANGUAGES:
            return client_language
        salon = self._settings.language()
        return salon if salon in CONSENT_LANGUAGES else "en"

    def _client(self, client_id: int) -> ClientRecord:
        record = self._clients.get(client_id)
        if record is None:
            raise NotFound("clients.there_such_client")
        return record

    def _log_report(self, live: Session, client_id: int, file_format: str) -> None:
        self._log.record_for(
            live,
            AuditEvent(
                "client.data_report",
                object_type="client",
                object_id=str(client_id),
                detail=f"format={file_format}",
            ),
        )
