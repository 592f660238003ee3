"""Service records: add, edit, correct and read a client's structured records (decision 0029).

Who may do what (DESIGN.md §4, "service records"): owners and technicians add records
(Permission.RECORD_WRITE) and see every field; a receptionist reads the fields not marked as
health data (RECORD_READ) and, for health-marked ones, only that the record is on file and its
dates (`ServiceRecord.withheld` names what was held back). A health-marked field follows the
health rules: seeing it needs HEALTH_READ, writing a record that holds one HEALTH_WRITE and the
legal basis for health data (`_require_health_basis`, the one place that check plugs in).

The 24-hour rule is the treatments' (domain/treatments.edit_right): an owner edits any record,
a technician their own for 24 hours; after that a correction is a new record pointing back.
An edit keeps the version it replaces (`record_history`): history is never overwritten.

Readings that show values are logged like a visit's opening: `record.list` (a client's
records), `record.open` (one record), `record.print_rx` (the prescription PDF), naming fields
and ids, never values.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.errors import NotFound, RecordLocked, RuleViolation, ValidationError
from salonvault.domain.prescription import Prescription, prescription_from_values
from salonvault.domain.record_codec import changed_paths, flat_values, visible_values
from salonvault.domain.record_values import clean_values
from salonvault.domain.records import (
    BuiltIn,
    FieldKind,
    FieldValue,
    RecordInput,
    RecordRevision,
    RecordScope,
    RecordValues,
    ServiceRecord,
    TemplateVersion,
)
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.treatments import EditRight, edit_right
from salonvault.services.access.clock import local_today
from salonvault.services.clients.fields import refuse_card_numbers
from salonvault.services.health_basis import require_legal_basis
from salonvault.services.outbound import save_document
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.records_repo import RecordRow, RecordsRepository
from salonvault.storage.staff_repo import StaffRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.records.templates import RecordTemplateService
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database


class RecordService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        templates: RecordTemplateService,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._repo = RecordsRepository(database)
        self._clients = ClientsRepository(database)
        self._staff = StaffRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._templates = templates
        self._settings = settings

    # -- writing -----------------------------------------------------------------------------

    def add_record(self, session: Session, client_id: int, data: RecordInput) -> int:
        """A new record from the latest version of `data.template_key` (switched on). A visit
        template needs the client's visit; a client template may name one. The day defaults to
        the visit's, else today. Raises RecordFieldError naming the value that broke a rule."""
        live = self._guard.require(session, Permission.RECORD_WRITE, "client", str(client_id))
        with self._db.transaction():
            self._client_exists(client_id)
            template = self._repo.latest_template(data.template_key)
            if template is None:
                raise NotFound("records.there_such_record_template")
            if not self._is_active(template.key):
                raise RuleViolation("records.record_template_switched_off")
            recorded_on = self._record_day(template, client_id, data)
            values = self._clean(template, data.values)
            self._check_health_write(live, client_id, template, values)
            record_id = self._repo.insert_record(
                client_id,
                template.id,
                data.visit_id,
                recorded_on,
                values,
                live.staff_id,
                self._clock.now(),
            )
            self._audit(live, "record.add", client_id, record_id, template, values)
        return record_id

    def edit_record(
        self,
        session: Session,
        record_id: int,
        values: Mapping[str, object],
        recorded_on: date | None = None,
    ) -> None:
        """Replace a record's values (same template version) within the 24-hour rule; the
        version replaced is kept in its history. Locked: RecordLocked, logged as refused."""
        live = self._guard.require(session, Permission.RECORD_WRITE)
        with self._db.transaction():
            record = self._record(record_id)
            right = self._edit_right(live, record)
            if right.allowed:
                cleaned = self._clean(record.template, values)
                self._check_health_write(live, record.client_id, record.template, cleaned)
                day = self._check_day(recorded_on or record.recorded_on)
                revision = self._repo.update_record(
                    record, day, cleaned, live.staff_id, self._clock.now()
                )
                self._audit(
                    live,
                    "record.edit",
                    record.client_id,
                    record_id,
                    record.template,
                    cleaned,
                    f" revision={revision}",
                )
        if not right.allowed:
            self._log.record_for(
                live,
                AuditEvent(
                    "record.edit",
                    Outcome.REFUSED,
                    object_type="client",
                    object_id=str(record.client_id),
                    detail=f"record={record_id} locked",
                ),
            )
            raise RecordLocked()

    def add_correction(
        self,
        session: Session,
        record_id: int,
        values: Mapping[str, object],
        recorded_on: date | None = None,
    ) -> int:
        """A new record that corrects `record_id` (both stay): the template's latest version,
        the same client and visit, the original's day unless another is given."""
        live = self._guard.require(session, Permission.RECORD_WRITE)
        with self._db.transaction():
            original = self._record(record_id)
            template = self._repo.latest_template(original.template.key)
            assert template is not None  # versions are never deleted
            cleaned = self._clean(template, values)
            self._check_health_write(live, original.client_id, template, cleaned)
            new_id = self._repo.insert_record(
                original.client_id,
                template.id,
                original.visit_id,
                self._check_day(recorded_on or original.recorded_on),
                cleaned,
                live.staff_id,
                self._clock.now(),
                corrects_record_id=record_id,
            )
            self._audit(
                live,
                "record.correct",
                original.client_id,
                new_id,
                template,
                cleaned,
                f" corrects_record={record_id}",
            )
        return new_id

    # -- reading -----------------------------------------------------------------------------

    def records(
        self, session: Session, client_id: int, current_only: bool = False
    ) -> list[ServiceRecord]:
        """A client's records as the role may see them, newest first. `current_only`: a
        corrected record is left out (its latest correction stands for it). Each record's
        `changed` names what differs from the previous record of its kind. One `record.list`
        entry."""
        live = self._guard.require(session, Permission.RECORD_READ, "client", str(client_id))
        with self._db.transaction():
            self._client_exists(client_id)
            rows = self._repo.records_of(client_id)
            may_see_health = role_allows(live.role, Permission.HEALTH_READ)
            shown = self._views(may_see_health, rows, client_id)
            if current_only:
                shown = [r for r in shown if not r.corrected_by]
            self._log.record_for(
                live,
                AuditEvent(
                    "record.list",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"records={len(shown)} withheld={sum(1 for r in shown if r.withheld)}",
                ),
            )
        return shown

    def record(self, session: Session, record_id: int) -> ServiceRecord:
        """One record opened, as the role may see it. One `record.open` entry naming the
        fields shown."""
        live = self._guard.require(session, Permission.RECORD_READ)
        with self._db.transaction():
            row = self._record(record_id)
            may_see_health = role_allows(live.role, Permission.HEALTH_READ)
            views = self._views(may_see_health, self._repo.records_of(row.client_id), row.client_id)
            view = next(v for v in views if v.id == record_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "record.open",
                    object_type="client",
                    object_id=str(row.client_id),
                    detail=f"record={record_id} fields={','.join(sorted(view.values)) or '-'}",
                ),
            )
        return view

    def record_history(self, session: Session, record_id: int) -> list[RecordRevision]:
        """The versions an edit replaced, newest first, as the role may see them."""
        live = self._guard.require(session, Permission.RECORD_READ)
        self._record(record_id)
        may_see_health = role_allows(live.role, Permission.HEALTH_READ)
        revisions = []
        for kept in self._repo.revisions(record_id):
            values, withheld = visible_values(kept.template.definition, kept.values, may_see_health)
            revisions.append(
                RecordRevision(
                    revision=kept.revision,
                    template=kept.template,
                    recorded_on=kept.recorded_on,
                    values=values,
                    withheld=withheld,
                    replaced_by=kept.replaced_by,
                    replaced_at=kept.replaced_at,
                )
            )
        return revisions

    def edit_right(self, session: Session, record_id: int) -> EditRight:
        """Whether this session may edit the record now (the window's Edit button)."""
        live = self._guard.require(session, Permission.RECORD_READ)
        return self._edit_right(live, self._record(record_id))

    # -- the spectacle prescription ----------------------------------------------------------

    def latest_prescription(
        self, session: Session, client_id: int, record_id: int | None = None
    ) -> Prescription | None:
        """The newest spectacle prescription (as corrected), or the one `record_id` names, in
        the salon's cylinder and acuity notation. Health data: owners and technicians."""
        live = self._guard.require(session, Permission.HEALTH_READ, "client", str(client_id))
        self._guard.require(live, Permission.RECORD_READ, "client", str(client_id))
        self._client_exists(client_id)
        return self._prescription(client_id, record_id)

    def prescription_pdf(
        self,
        session: Session,
        client_id: int,
        language: str | None = None,
        record_id: int | None = None,
    ) -> bytes:
        """The prescription for the client, A4 PDF bytes in `language` (else the client's, else
        the salon's). One `record.print_rx` entry."""
        live = self._guard.require(session, Permission.HEALTH_READ, "client", str(client_id))
        from salonvault.services.records.paper import prescription_paper  # noqa: PLC0415

        with self._db.transaction():
            self._client_exists(client_id)
            prescription = self._prescription(client_id, record_id)
            if prescription is None:
                raise NotFound("records.client_has_spectacle_prescription_file")
            paper = prescription_paper(
                self._db,
                self._settings,
                live.role,
                prescription,
                language,
                local_today(self._clock),
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "record.print_rx",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"record={prescription.record_id} language={paper.language}",
                ),
            )
        from salonvault.documents.prescription import prescription_pdf  # noqa: PLC0415

        return prescription_pdf(paper)

    def save_prescription_pdf(
        self,
        session: Session,
        client_id: int,
        path: Path,
        language: str | None = None,
        record_id: int | None = None,
    ) -> Path:
        """The prescription saved where someone chose, through the one door out."""
        self._guard.require(session, Permission.HEALTH_READ, "client", str(client_id))
        return save_document(
            path,
            self._db.path.parent,
            lambda: self.prescription_pdf(session, client_id, language, record_id),
        )

    # -- helpers -----------------------------------------------------------------------------

    def _prescription(self, client_id: int, record_id: int | None) -> Prescription | None:
        rows = [
            r for r in self._repo.records_of(client_id) if r.template.family is BuiltIn.SPECTACLE_RX
        ]
        if record_id is not None:
            rows = [r for r in rows if r.id == record_id]
            if not rows:
                raise NotFound("records.record_one_client_s_prescriptions")
        else:
            corrected = {r.corrects_record_id for r in rows if r.corrects_record_id is not None}
            rows = [r for r in rows if r.id not in corrected]
            rows.sort(key=lambda r: (_exam_day(r) or r.recorded_on, r.id), reverse=True)
        if not rows:
            return None
        chosen = rows[0]
        cylinder, acuity = self._templates.notation()
        return prescription_from_values(
            chosen.id,
            client_id,
            chosen.values,
            chosen.template.key,
            chosen.template.version,
            cylinder,
            acuity,
        )

    def _views(
        self, may_see_health: bool, rows: list[RecordRow], client_id: int
    ) -> list[ServiceRecord]:
        """Rows (newest first) as ServiceRecords, with corrections, revisions and changes."""
        revisions = self._repo.revision_counts(client_id)
        corrected_by: dict[int, list[int]] = {}
        for row in sorted(rows, key=lambda r: r.id):
            if row.corrects_record_id is not None:
                corrected_by.setdefault(row.corrects_record_id, []).append(row.id)
        # The previous record of the same kind, oldest to newest, among the standing ones.
        previous: dict[int, RecordValues | None] = {}
        last: dict[str, RecordValues] = {}
        by_id = {row.id: row for row in rows}
        for row in sorted(rows, key=lambda r: (r.recorded_on, r.id)):
            kind = _kind(row)
            corrected = by_id.get(row.corrects_record_id or 0)
            # A correction is compared with what it corrects; a record with the one before.
            previous[row.id] = corrected.values if corrected is not None else last.get(kind)
            if row.id not in corrected_by:
                last[kind] = row.values
        names: dict[int, str] = {}
        views = []
        for row in rows:
            values, withheld = visible_values(row.template.definition, row.values, may_see_health)
            before = previous[row.id]
            if before is not None:  # compared as this role sees both: nothing withheld leaks
                before = visible_values(row.template.definition, before, may_see_health)[0]
            changed = changed_paths(values, before)
            if row.created_by not in names:
                member = self._staff.get(row.created_by)
                names[row.created_by] = member.name if member is not None else ""
            views.append(
                ServiceRecord(
                    id=row.id,
                    client_id=row.client_id,
                    template=row.template,
                    visit_id=row.visit_id,
                    recorded_on=row.recorded_on,
                    values=values,
                    withheld=withheld,
                    created_by=row.created_by,
                    created_by_name=names[row.created_by],
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    corrects_record_id=row.corrects_record_id,
                    corrected_by=tuple(corrected_by.get(row.id, ())),
                    revisions=revisions.get(row.id, 0),
                    changed=frozenset(changed),
                )
            )
        return views

    def _clean(self, template: TemplateVersion, raw: Mapping[str, object]) -> dict[str, FieldValue]:
        values = clean_values(template.definition, raw, local_today(self._clock))
        for spec in template.definition.fields:
            value = values.get(spec.key)
            if spec.kind is FieldKind.TEXT and isinstance(value, str):
                refuse_card_numbers(value, spec.key)
            elif isinstance(value, Mapping):
                for row, cells in value.items():
                    for part, cell in cells.items():
                        if isinstance(cell, str):
                            refuse_card_numbers(cell, f"{spec.key}.{row}.{part}")
        return values

    def _check_health_write(
        self,
        live: Session,
        client_id: int,
        template: TemplateVersion,
        values: Mapping[str, FieldValue],
    ) -> None:
        health = template.definition.health_paths
        if any(_template_path(path) in health for path in flat_values(values)):
            self._guard.require(live, Permission.HEALTH_WRITE, "client", str(client_id))
            self._require_health_basis(live, client_id)

    def _require_health_basis(self, live: Session, client_id: int) -> None:
        """THE place where the legal basis for health data plugs in (DESIGN.md §7b: consent
        by default; health care under professional secrecy for clinics and opticians). Called
        before any health-marked value is written, inside the write transaction (decision
        0031: explicit consent by default, health care under professional secrecy)."""
        require_legal_basis(self._db, client_id)

    def _record_day(self, template: TemplateVersion, client_id: int, data: RecordInput) -> date:
        visit_day = None
        if data.visit_id is not None:
            visit_day = self._repo.visit_belongs_to(data.visit_id, client_id)
            if visit_day is None:
                raise ValidationError("records.choose_one_client_s_visits", field="visit_id")
        elif template.definition.scope is RecordScope.VISIT:
            raise ValidationError("records.record_belongs_visit_choose_visit", field="visit_id")
        return self._check_day(data.recorded_on or visit_day or local_today(self._clock))

    def _check_day(self, day: date) -> date:
        if day > local_today(self._clock):
            raise ValidationError("records.record_s_date_future", field="recorded_on")
        return day

    def _is_active(self, key: str) -> bool:
        return any(s.key == key for s in self._repo.template_summaries(include_inactive=False))

    def _edit_right(self, live: Session, record: RecordRow) -> EditRight:
        return edit_right(
            live.role, live.staff_id, record.created_by, record.created_at, self._clock.now()
        )

    def _client_exists(self, client_id: int) -> None:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")

    def _record(self, record_id: int) -> RecordRow:
        found = self._repo.record(record_id)
        if found is None:
            raise NotFound("records.there_such_record")
        return found

    def _audit(
        self,
        live: Session,
        action: str,
        client_id: int,
        record_id: int,
        template: TemplateVersion,
        values: Mapping[str, FieldValue],
        extra: str = "",
    ) -> None:
        self._log.record_for(
            live,
            AuditEvent(
                action,
                object_type="client",
                object_id=str(client_id),
                detail=f"record={record_id} template={template.key}"
                f" template_version={template.version}"
                f" fields={','.join(sorted(values)) or '-'}{extra}",
            ),
        )


def _kind(row: RecordRow) -> str:
    """Records compared with each other: the same built-in family, or the same template."""
    return row.template.family.value if row.template.family else row.template.key


def _exam_day(row: RecordRow) -> date | None:
    found = row.values.get("examined_on")
    return found if isinstance(found, date) else None


def _template_path(path: str) -> str:
    """A value's path as the template names it: "rx.right.sphere" is the part "rx.sphere"."""
    parts = path.split(".")
    return f"{parts[0]}.{parts[2]}" if len(parts) == 3 else path
