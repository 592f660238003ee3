"""The breach register (GDPR Art. 33(5)) and the notification drafts, owner only.

The owner describes an incident; the service counts the clients its scope covers from the vault
and keeps those counts with it (recounted only when the scope or categories change, so an
erasure later does not rewrite what was reported). The 72-hour clock runs from discovery on
the service's clock. Drafts to the authority (Art. 33) and to the clients (Art. 34) come out
as PDF in the salon's language. The activity log names ids, statuses and counts, never the
owner's description.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.documents.incident_notice import (
    SalonDetails,
    authority_notice,
    client_notice,
)
from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.incidents import (
    MAX_MANUAL_COUNT,
    MAX_SUMMARY,
    MAX_TEXT,
    AffectedCount,
    AffectedScope,
    DataCategory,
    Incident,
    IncidentInput,
    NotificationClock,
    ScopeKind,
    notification_clock,
)
from salonvault.domain.roles import Permission
from salonvault.services.clients.fields import clean_text
from salonvault.services.outbound import save_document
from salonvault.storage.incidents_repo import IncidentsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

# A discovery "now" typed on a PC whose clock runs a little ahead is not refused.
_CLOCK_SLACK = timedelta(minutes=5)


class IncidentService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._repo = IncidentsRepository(database)

    def list(self, session: Session) -> list[Incident]:
        """The register, newest discovery first."""
        self._guard.require(session, Permission.INCIDENTS)
        return self._repo.all()

    def get(self, session: Session, incident_id: int) -> Incident:
        self._guard.require(session, Permission.INCIDENTS, "incident", str(incident_id))
        return self._get(incident_id)

    def affected(
        self, session: Session, scope: AffectedScope, categories: frozenset[DataCategory]
    ) -> AffectedCount:
        """What a scope covers today (the form shows it before the incident is saved)."""
        self._guard.require(session, Permission.INCIDENTS)
        return self._repo.count(_clean_scope(scope), categories)

    def record(self, session: Session, data: IncidentInput) -> Incident:
        live = self._guard.require(session, Permission.INCIDENTS)
        data = self._clean(data)
        now = self._clock.now()
        with self._db.transaction():
            affected = self._repo.count(data.scope, data.categories)
            incident_id = self._repo.add(data, affected, live.staff_id, now)
            self._log.record_for(
                live,
                AuditEvent(
                    "incident.record",
                    object_type="incident",
                    object_id=str(incident_id),
                    detail=_detail(data, affected),
                ),
            )
        return self._get(incident_id)

    def update(self, session: Session, incident_id: int, data: IncidentInput) -> Incident:
        live = self._guard.require(session, Permission.INCIDENTS, "incident", str(incident_id))
        data = self._clean(data)
        with self._db.transaction():
            before = self._get(incident_id)
            recount = (before.scope, before.categories) != (data.scope, data.categories)
            affected = self._repo.count(data.scope, data.categories) if recount else before.affected
            self._repo.update(incident_id, data, affected, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "incident.update",
                    object_type="incident",
                    object_id=str(incident_id),
                    detail=f"{_detail(data, affected)} recounted={'yes' if recount else 'no'}",
                ),
            )
        return self._get(incident_id)

    def clock(self, incident: Incident) -> NotificationClock:
        """The 72 hours from discovery as of now (reads nothing from the vault)."""
        return notification_clock(incident, self._clock.now())

    def authority_notice_pdf(self, session: Session, incident_id: int) -> bytes:
        """The draft notification to the supervisory authority, in the salon's language."""
        return self._notice(session, incident_id, "authority")

    def client_notice_pdf(self, session: Session, incident_id: int) -> bytes:
        """The draft letter to the clients concerned, in the salon's language."""
        return self._notice(session, incident_id, "clients")

    def save_notice(self, session: Session, incident_id: int, to: str, path: Path) -> Path:
        """A draft (`to` "authority" or "clients") saved where the owner chose: it leaves the
        vault through the one door out."""
        self._guard.require(session, Permission.INCIDENTS, "incident", str(incident_id))
        if to not in ("authority", "clients"):
            raise ValidationError("privacy.notice_goes_authority_clients", field="to")
        return save_document(
            path, self._db.path.parent, lambda: self._notice(session, incident_id, to)
        )

    # -- helpers -----------------------------------------------------------------------------

    def _notice(self, session: Session, incident_id: int, to: str) -> bytes:
        live = self._guard.require(session, Permission.INCIDENTS, "incident", str(incident_id))
        incident = self._get(incident_id)
        language = self._settings.language()
        salon = SalonDetails(
            self._settings.salon_name(),
            self._settings.salon_address(),
            self._settings.salon_country(),
        )
        now = self._clock.now()
        if to == "authority":
            document = authority_notice(incident, self.clock(incident), salon, language, now)
        else:
            document = client_notice(incident, salon, language, now)
        from salonvault.documents.sectioned_pdf import sectioned_pdf  # noqa: PLC0415 - reportlab

        pdf = sectioned_pdf(document, language)
        self._log.record_for(
            live,
            AuditEvent(
                "incident.notice",
                object_type="incident",
                object_id=str(incident_id),
                detail=f"to={to} language={language}",
            ),
        )
        return pdf

    def _get(self, incident_id: int) -> Incident:
        incident = self._repo.get(incident_id)
        if incident is None:
            raise NotFound("privacy.there_such_incident_register")
        return incident

    def _clean(self, data: IncidentInput) -> IncidentInput:
        now = self._clock.now() + _CLOCK_SLACK
        summary = clean_text(data.summary, "summary", "description", MAX_SUMMARY)
        if not summary:
            raise ValidationError("privacy.describe_what_happened", field="summary")
        discovered = _aware(data.discovered_at, "discovered_at")
        if discovered > now:
            raise ValidationError("privacy.discovery_cannot_future", field="discovered_at")
        occurred = data.occurred_at
        if occurred is not None and _aware(occurred, "occurred_at") > discovered:
            raise ValidationError("privacy.incident_happens_before_discovered", field="occurred_at")
        notified = data.authority_notified_at
        if notified is not None:
            if _aware(notified, "authority_notified_at") < discovered:
                raise ValidationError(
                    "privacy.authority_notified_after_discovery",
                    field="authority_notified_at",
                )
            if notified > now:
                raise ValidationError(
                    "privacy.notification_cannot_future", field="authority_notified_at"
                )
        if not data.categories:
            raise ValidationError("privacy.choose_least_one_kind_data", field="categories")
        return replace(
            data,
            summary=summary,
            scope=_clean_scope(data.scope),
            consequences=clean_text(data.consequences, "consequences", "consequences", MAX_TEXT),
            measures=clean_text(data.measures, "measures", "measures", MAX_TEXT),
        )


def _clean_scope(scope: AffectedScope) -> AffectedScope:
    if scope.kind is ScopeKind.REGISTERED_BETWEEN:
        start, end = scope.registered_from, scope.registered_to
        if start is None:
            raise ValidationError("privacy.give_first_registration_date", field="registered_from")
        if end is None:
            raise ValidationError("privacy.give_last_registration_date", field="registered_to")
        if start > end:
            raise ValidationError("privacy.range_ends_before_starts", field="registered_to")
        return AffectedScope(scope.kind, start, end)
    if scope.kind is ScopeKind.MANUAL:
        count = scope.manual_count
        if count is None or not 0 <= count <= MAX_MANUAL_COUNT:
            raise ValidationError(
                "privacy.give_number_clients_concerned_your",
                field="manual_count",
            )
        return AffectedScope(scope.kind, manual_count=count)
    return AffectedScope(scope.kind)


def _aware(moment: datetime, field: str) -> datetime:
    if moment.tzinfo is None:
        raise ValidationError("privacy.time_needs_time_zone", field=field)
    return moment


def _detail(data: IncidentInput, affected: AffectedCount) -> str:
    categories = ",".join(c.value for c in DataCategory if c in data.categories)
    return (
        f"status={data.status} scope={data.scope.kind} clients={affected.clients}"
        f" categories={categories}"
        f" notified={'yes' if data.authority_notified_at is not None else 'no'}"
    )
