"""Attachments: scanned or photographed paper kept inside the vault (issue 23 item 2).

Who may do what is DESIGN.md §4's row "attachments: health kinds / other kinds": the owner reads
and writes both; the receptionist reads and writes the other kinds and learns only how many
health ones there are; the technician reads both. Health kinds (GP and referral letters,
outside prescriptions) also pass the legal-basis check for health data (`_health_basis`, the one
place it plugs in). A paper consent names the consent record (signed on paper) that it proves.

Logged without personal data: `attachment.add`, `attachment.list` when the thumbnails are
fetched (a card's tab opening), `attachment.open` per opening of the viewer, `attachment.remove`.
Listing the metadata alone (the CLI's `attachments`) is not logged, like searching.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from salonvault.domain.attachments import (
    AttachmentInfo,
    AttachmentKind,
    AttachmentListing,
    OpenedAttachment,
)
from salonvault.domain.audit import AuditEvent
from salonvault.domain.consent import Method
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.services.access.clock import local_today
from salonvault.services.attachments.pages import prepare_attachment
from salonvault.services.clients import fields
from salonvault.services.health_basis import require_legal_basis
from salonvault.storage.attachments_repo import AttachmentsRepository, attachment_info
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

MAX_NOTE = 200
EARLIEST_DATE = date(1900, 1, 1)


def read_permission(kind: AttachmentKind) -> Permission:
    return Permission.ATTACHMENTS_HEALTH_READ if kind.is_health else Permission.ATTACHMENTS_READ


def write_permission(kind: AttachmentKind) -> Permission:
    return Permission.ATTACHMENTS_HEALTH_WRITE if kind.is_health else Permission.ATTACHMENTS_WRITE


def may_read(role: Role, kind: AttachmentKind) -> bool:
    return role_allows(role, read_permission(kind))


def may_write(role: Role, kind: AttachmentKind) -> bool:
    return role_allows(role, write_permission(kind))


class AttachmentService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._repo = AttachmentsRepository(database)
        self._clients = ClientsRepository(database)
        self._consent = ConsentRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    def add(
        self,
        session: Session,
        client_id: int,
        data: bytes,
        file_name: str,
        kind: AttachmentKind | str,
        dated_on: date,
        note: str = "",
        consent_record_id: int | None = None,
    ) -> AttachmentInfo:
        """Store a file's pages, cleaned first (pages.py): the file itself is never kept."""
        kind = _kind(kind)
        live = self._guard.require(session, write_permission(kind), "client", str(client_id))
        if dated_on > local_today(self._clock):
            raise ValidationError("attachments.paper_s_date_future", field="dated_on")
        if dated_on < EARLIEST_DATE:
            raise ValidationError("attachments.paper_s_date_before_1900", field="dated_on")
        cleaned_note = fields.clean_line(note, "note", "note", MAX_NOTE, False)
        self._client(client_id)
        self._check_consent_link(client_id, kind, consent_record_id)
        if kind.is_health:
            self._health_basis(live, client_id)
            require_legal_basis(self._db, client_id)  # before the slow work, and below again
        prepared = prepare_attachment(data, file_name)  # slow: outside the write lock
        with self._db.transaction():
            self._client(client_id)
            self._check_consent_link(client_id, kind, consent_record_id)  # again, locked
            if kind.is_health:
                require_legal_basis(self._db, client_id)  # decision 0031
            info = attachment_info(
                client_id,
                kind,
                dated_on,
                cleaned_note,
                consent_record_id,
                prepared.source_format,
                prepared.pages,
                live.staff_id,
                self._clock.now(),
            )
            attachment_id = self._repo.insert(info, prepared.pages, prepared.thumbnail)
            consent_text = "none" if consent_record_id is None else str(consent_record_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "attachment.add",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"attachment={attachment_id} paper={kind.value}"
                    f" format={prepared.source_format.value} scan_pages={info.page_count}"
                    f" proves_consent={consent_text}",
                ),
            )
            stored = self._info(attachment_id)
        return stored

    def infos(self, session: Session, client_id: int) -> AttachmentListing:
        """Metadata only (no thumbnails, not logged): what this role may see, and how many
        health ones it may not."""
        live = self._guard.require(session, Permission.ATTACHMENTS_READ, "client", str(client_id))
        self._client(client_id)
        found = self._repo.list_for_client(client_id)
        shown = tuple((i, b"") for i in found if may_read(live.role, i.kind))
        return AttachmentListing(shown, len(found) - len(shown))

    def listing(self, session: Session, client_id: int) -> AttachmentListing:
        """The card's list with each first page's thumbnail; one `attachment.list` entry."""
        live = self._guard.require(session, Permission.ATTACHMENTS_READ, "client", str(client_id))
        with self._db.transaction():
            self._client(client_id)
            found = self._repo.thumbnails(client_id)
            shown = tuple((i, t) for i, t in found if may_read(live.role, i.kind))
            if any(info.kind.is_health for info, _ in shown):
                self._health_basis(live, client_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "attachment.list",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"attachments={len(shown)}",
                ),
            )
        return AttachmentListing(shown, len(found) - len(shown))

    def open(self, session: Session, client_id: int, attachment_id: int) -> OpenedAttachment:
        """Every page of one attachment, for the viewer: one `attachment.open` entry."""
        self._guard.require(session, Permission.ATTACHMENTS_READ, "client", str(client_id))
        info = self._owned(client_id, attachment_id)
        live = self._guard.require(session, read_permission(info.kind), "client", str(client_id))
        if info.kind.is_health:
            self._health_basis(live, client_id)
        with self._db.transaction():
            info = self._owned(client_id, attachment_id)
            pages = self._repo.pages(attachment_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "attachment.open",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"attachment={attachment_id} paper={info.kind.value}",
                ),
            )
        return OpenedAttachment(info, pages)

    def remove(self, session: Session, client_id: int, attachment_id: int) -> None:
        """Deleted from the vault at once (secure_delete overwrites the pages)."""
        self._guard.require(session, Permission.ATTACHMENTS_READ, "client", str(client_id))
        info = self._owned(client_id, attachment_id)
        live = self._guard.require(session, write_permission(info.kind), "client", str(client_id))
        with self._db.transaction():
            info = self._owned(client_id, attachment_id)
            self._repo.delete(attachment_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "attachment.remove",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"attachment={attachment_id} paper={info.kind.value}",
                ),
            )

    def paper_consents(self, session: Session, client_id: int) -> list[tuple[int, str, date]]:
        """The client's consent records signed on paper, to link a scan to: (record id,
        purpose, date signed), newest first."""
        self._guard.require(session, Permission.ATTACHMENTS_WRITE, "client", str(client_id))
        self._client(client_id)
        history = self._consent.history(client_id)
        return [
            (r.id, r.purpose.value, r.recorded_at.date())
            for r in sorted(history, key=lambda r: r.id, reverse=True)
            if r.method is Method.PAPER
        ]

    # -- helpers -----------------------------------------------------------------------------

    def _health_basis(self, live: Session, client_id: int) -> None:
        """Every health-kind attachment read or written passes here, after the role check.
        Storing one also passes `require_legal_basis` (decision 0031, in `add`); reading does
        not: what is held stays readable (a withdrawal of health-data consent deletes it)."""

    def _check_consent_link(
        self, client_id: int, kind: AttachmentKind, consent_record_id: int | None
    ) -> None:
        if kind is not AttachmentKind.PAPER_CONSENT:
            if consent_record_id is not None:
                raise ValidationError(
                    "attachments.only_paper_consent_linked_consent", field="consent"
                )
            return
        if consent_record_id is None:
            raise ValidationError(
                "attachments.choose_consent_record_paper_proves",
                field="consent",
            )
        record = self._consent.record(consent_record_id)
        if record is None or record.client_id != client_id:
            raise ValidationError("attachments.consent_client_s_record", field="consent")
        if record.method is not Method.PAPER:
            raise ValidationError(
                "attachments.consent_signed_screen_link_scan",
                field="consent",
            )

    def _owned(self, client_id: int, attachment_id: int) -> AttachmentInfo:
        info = self._repo.info(attachment_id)
        if info is None or info.client_id != client_id:
            raise NotFound("attachments.attachment_client_s_record")
        return info

    def _info(self, attachment_id: int) -> AttachmentInfo:
        info = self._repo.info(attachment_id)
        if info is None:
            raise NotFound("attachments.there_such_attachment")
        return info

    def _client(self, client_id: int) -> None:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")


def _kind(value: AttachmentKind | str) -> AttachmentKind:
    try:
        return AttachmentKind(value)
    except ValueError:
        kinds = ", ".join(k.value for k in AttachmentKind)
        raise ValidationError(
            "attachments.attachment_s_kind_one", field="kind", kinds=kinds
        ) from None
