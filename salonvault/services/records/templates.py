"""Record templates: built-in and the owner's, versioned like consent texts (decision 0029).

Every saved definition is a new version row that never changes (triggers refuse updates and
deletes): number, SHA-256 of its canonical JSON, who saved it, when. A record points at the
exact version it was written with. Built-ins are installed when the vault opens (version 1 on a
new vault; a program whose shipped definition differs adds the next version, no one signed in);
the owner never edits a built-in in place but copies it (`copy_template`), then saves versions
of the copy. A copy keeps its built-in's health marks and rules (it may add, never remove).

Everyone may list templates (a receptionist sees which records exist); defining, switching on
and off, choosing services and the prescription's notation are the owner's
(Permission.RECORD_TEMPLATES_MANAGE).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import NotFound, RuleViolation, ValidationError
from salonvault.domain.record_codec import check_definition, definition_sha256
from salonvault.domain.records import (
    AcuityNotation,
    CylinderNotation,
    RecordScope,
    TemplateDefinition,
    TemplateSummary,
    TemplateVersion,
)
from salonvault.domain.roles import Permission
from salonvault.services.clients.fields import clean_line
from salonvault.services.records.builtins import BUILT_IN_TEMPLATES
from salonvault.storage.records_repo import RecordsRepository
from salonvault.storage.services_repo import ServicesRepository
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

CYLINDER_NOTATION_KEY = "records.cylinder_notation"
ACUITY_NOTATION_KEY = "records.acuity_notation"
MAX_TEMPLATE_NAME = 80


class RecordTemplateService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._repo = RecordsRepository(database)
        self._services = ServicesRepository(database)
        self._settings = SettingsRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    def install_built_ins(self) -> int:
        """On opening (no one signed in): version 1 of each built-in on a new vault, and the
        next version of a built-in whose shipped definition changed. Returns versions added."""
        if not self._repo.has_template_table():
            return 0  # a vault held at an older schema (the upgrade tests build one)
        wanted = {key: definition_sha256(d) for key, d in BUILT_IN_TEMPLATES.items()}
        stale = [
            key
            for key, digest in wanted.items()
            if (latest := self._repo.latest_template(key.value)) is None or latest.sha256 != digest
        ]
        if not stale:
            return 0  # the usual opening: no write transaction
        with self._db.transaction():
            for key in stale:
                self._repo.add_template_version(
                    key.value, key, BUILT_IN_TEMPLATES[key], wanted[key], None, self._clock.now()
                )
        return len(stale)

    # -- reading ---------------------------------------------------------------------------

    def templates(self, session: Session, include_inactive: bool = False) -> list[TemplateSummary]:
        """Every template at its latest version, built-ins first, then the owner's by name."""
        self._guard.require(session, Permission.RECORD_READ)
        return self._repo.template_summaries(include_inactive)

    def template(self, session: Session, key: str, version: int | None = None) -> TemplateVersion:
        """One version of a template (None: the latest), e.g. the one an old record was written
        with."""
        self._guard.require(session, Permission.RECORD_READ)
        found = (
            self._repo.latest_template(key)
            if version is None
            else self._repo.template_version(key, version)
        )
        if found is None:
            raise NotFound("records.there_such_record_template")
        return found

    def template_versions(self, session: Session, key: str) -> list[TemplateVersion]:
        """Every version of one template, newest first (the owner's version history)."""
        self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        versions = self._repo.template_versions(key)
        if not versions:
            raise NotFound("records.there_such_record_template")
        return versions

    def templates_for_service(self, session: Session, service_id: int) -> list[TemplateSummary]:
        """The switched-on visit templates offered when a visit of this service is recorded:
        those tied to the service, and those tied to no service at all."""
        self._guard.require(session, Permission.RECORD_READ)
        return [
            t
            for t in self._repo.template_summaries(include_inactive=False)
            if t.latest.definition.scope is RecordScope.VISIT
            and (not t.service_ids or service_id in t.service_ids)
        ]

    # -- the owner's definitions -------------------------------------------------------------

    def copy_template(self, session: Session, key: str, name: str) -> TemplateVersion:
        """A new template, version 1, from the latest version of `key` (a built-in or the
        owner's), under a new name; it keeps the built-in it came from as its family."""
        live = self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        cleaned = clean_line(name, "name", "name", MAX_TEMPLATE_NAME, True)
        with self._db.transaction():
            source = self._repo.latest_template(key)
            if source is None:
                raise NotFound("records.there_such_record_template")
            definition = TemplateDefinition(
                name=cleaned,
                scope=source.definition.scope,
                fields=source.definition.fields,
                rules=source.definition.rules,
            )
            new_key = self._repo.next_custom_key()
            self._repo.add_template_version(
                new_key,
                source.family,
                definition,
                definition_sha256(definition),
                live.staff_id,
                self._clock.now(),
            )
            self._log.record_for(
                live,
                AuditEvent("record_template.copy", detail=f"template={new_key} copied_from={key}"),
            )
            created = self._repo.latest_template(new_key)
        assert created is not None  # written just above, in this transaction
        return created

    def save_version(
        self, session: Session, key: str, definition: TemplateDefinition
    ) -> TemplateVersion:
        """Save the owner's definition as the next version of their template. Built-ins change
        only with the program (copy one first). Records keep the version they were written
        with; new records use this one. A copy of a built-in keeps the built-in's fields marked
        as health data marked, and its rules."""
        live = self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        with self._db.transaction():
            latest = self._repo.latest_template(key)
            if latest is None:
                raise NotFound("records.there_such_record_template")
            if latest.built_in:
                raise RuleViolation("records.built_template_changes_only_program")
            family = BUILT_IN_TEMPLATES.get(latest.family) if latest.family else None
            checked = check_definition(definition, keep_from=family)
            digest = definition_sha256(checked)
            if digest == latest.sha256:
                return latest  # nothing changed: no new version
            self._repo.add_template_version(
                key, latest.family, checked, digest, live.staff_id, self._clock.now()
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "record_template.version",
                    detail=f"template={key} template_version={latest.version + 1}"
                    f" fields={len(checked.fields)}",
                ),
            )
            saved = self._repo.latest_template(key)
        assert saved is not None
        return saved

    def set_active(self, session: Session, key: str, on: bool) -> None:
        """Switch a template on or off: off, it is not offered for new records (its records
        stay and show)."""
        live = self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        with self._db.transaction():
            if self._repo.latest_template(key) is None:
                raise NotFound("records.there_such_record_template")
            self._repo.set_template_active(key, on)
            self._log.record_for(
                live,
                AuditEvent("record_template.active", detail=f"template={key} enabled={int(on)}"),
            )

    def set_services(self, session: Session, key: str, service_ids: Sequence[int]) -> None:
        """The services a visit template is offered for (empty: every visit)."""
        live = self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        wanted = sorted(set(service_ids))
        with self._db.transaction():
            latest = self._repo.latest_template(key)
            if latest is None:
                raise NotFound("records.there_such_record_template")
            if wanted and latest.definition.scope is not RecordScope.VISIT:
                raise ValidationError(
                    "records.only_template_visits_offered_per", field="service_ids"
                )
            for service_id in wanted:
                if self._services.get(service_id) is None:
                    raise ValidationError("treatments.choose_one_salon_s_services", "service_ids")
            self._repo.set_template_services(key, wanted)
            self._log.record_for(
                live,
                AuditEvent(
                    "record_template.services",
                    detail=f"template={key} services={','.join(map(str, wanted)) or 'all'}",
                ),
            )

    # -- how a prescription is shown ---------------------------------------------------------

    def notation(self) -> tuple[CylinderNotation, AcuityNotation]:
        """The salon's cylinder notation (minus by default) and acuity notation (decimal by
        default). Not secret: read without a session, like the salon's name."""
        cylinder = self._settings.get(CYLINDER_NOTATION_KEY, CylinderNotation.MINUS.value)
        acuity = self._settings.get(ACUITY_NOTATION_KEY, AcuityNotation.DECIMAL.value)
        return CylinderNotation(cylinder), AcuityNotation(acuity)

    def set_notation(
        self, session: Session, cylinder: CylinderNotation | str, acuity: AcuityNotation | str
    ) -> None:
        live = self._guard.require(session, Permission.RECORD_TEMPLATES_MANAGE)
        try:
            chosen = CylinderNotation(cylinder), AcuityNotation(acuity)
        except ValueError:
            raise ValidationError(
                "records.choose_minus_plus_cylinders_decimal",
                field="notation",
            ) from None
        with self._db.transaction():
            self._settings.set(CYLINDER_NOTATION_KEY, chosen[0].value)
            self._settings.set(ACUITY_NOTATION_KEY, chosen[1].value)
            self._log.record_for(
                live,
                AuditEvent(
                    "record_template.notation",
                    detail=f"cylinder={chosen[0].value} acuity={chosen[1].value}",
                ),
            )
