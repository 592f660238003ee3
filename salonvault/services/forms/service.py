"""Consultation forms: versions, the services each guards, filling and signing, red flags and
their review, and whether a client may have a service (decision 0038).

Who may do what (DESIGN.md §4): every role sees which forms exist and whether a client's forms
are current or blocked (HEALTH_ALERT_FLAG, like the card's alert flag); the answers are health
data, so seeing them needs HEALTH_READ. Handing the screen over for a client to fill and sign is
every role's (FORMS_HAND_OVER, DESIGN.md §4, decision 0045), with the legal basis for health data
(`_require_health_basis`, the one place that check plugs in). Reviewing a red flag is the
owner's or a technician's (HEALTH_WRITE), and is logged. The owner copies forms, adds versions of
the salon's own, sets when each is signed again and chooses which services a form guards
(CONSENT_TEMPLATES_MANAGE).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import HealthItem, HealthKind, Severity, display_name
from salonvault.domain.errors import NotFound, RuleViolation, ValidationError
from salonvault.domain.form_checks import check_definition, check_rule
from salonvault.domain.forms import (
    FORM_LANGUAGES,
    FilledForm,
    FormCheck,
    FormDefinition,
    FormStatus,
    FormVersion,
    ResignRule,
    clean_answers,
    definition_sha256,
    red_flag_answers,
    shown_sha256,
    words,
)
from salonvault.domain.roles import Permission, role_allows
from salonvault.services.access.clock import local_today
from salonvault.services.consent.templates import clean_signature
from salonvault.services.forms.builtins import BUILT_IN_FORMS
from salonvault.services.forms.papers import blank_pdf, filled_pdf, paper_language
from salonvault.services.forms.resign import form_status
from salonvault.services.forms.rules import ResignRules, copy_title
from salonvault.services.health_basis import require_legal_basis
from salonvault.services.outbound import save_document
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.forms_repo import FilledRow, FormsRepository, as_filled
from salonvault.storage.services_repo import ServicesRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

MAX_REVIEW_NOTE = 500


class FormService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._repo = FormsRepository(database)
        self._rules = ResignRules(database)
        self._clients = ClientsRepository(database)
        self._services = ServicesRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings

    # -- versions ----------------------------------------------------------------------------

    def install_built_ins(self) -> int:
        """On opening (no one signed in): version 1 of each built-in on a new vault, and the
        next version of one whose shipped definition changed. Returns the versions added."""
        if not self._repo.has_tables():
            return 0  # a vault held at an older schema (the upgrade tests build one)
        wanted = {key.value: definition_sha256(d) for key, d in BUILT_IN_FORMS.items()}
        stale = [
            key
            for key, digest in wanted.items()
            if (latest := self._repo.latest(key)) is None or latest.sha256 != digest
        ]
        if not stale:
            return 0  # the usual opening: no write transaction
        with self._db.transaction():
            for key in stale:
                definition = BUILT_IN_FORMS[next(k for k in BUILT_IN_FORMS if k.value == key)]
                self._repo.add_version(key, definition, wanted[key], True, None, self._clock.now())
        return len(stale)

    def forms(self, session: Session) -> list[FormVersion]:
        """Every form at its latest version, built-ins first."""
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG)
        return self._repo.latest_versions()

    def form(self, session: Session, form_key: str) -> FormVersion:
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG)
        return self._latest(form_key)

    def save_version(
        self, session: Session, form_key: str, definition: FormDefinition
    ) -> FormVersion:
        """The next version of one of the salon's own forms (the earlier ones stay: signed forms
        point at them, and are asked again). A built-in changes only with the program: copy it
        first (`copy_form`). The same definition adds nothing."""
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        check_definition(definition)
        digest = definition_sha256(definition)
        with self._db.transaction():
            latest = self._latest(form_key)
            if latest.built_in:
                raise RuleViolation("forms.built_in_unchanged")
            if latest.sha256 == digest:
                return latest
            added = self._repo.add_version(
                form_key, definition, digest, False, live.staff_id, self._clock.now()
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "form.version",
                    object_type="form",
                    object_id=form_key,
                    detail=f"consultation={form_key} form_version={added.version}"
                    f" questions={len(definition.questions())}",
                ),
            )
        return added

    def copy_form(self, session: Session, form_key: str, name: str) -> FormVersion:
        """A form of the salon's own, version 1, with the questions of `form_key` (a built-in or
        the salon's), called `name` in the salon's language; it guards no service yet."""
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValidationError("forms.copy_needs_a_name", field="name")
        with self._db.transaction():
            source = self._latest(form_key)
            title = copy_title(source, cleaned, self._settings.language())
            definition = replace(source.definition, title=title)
            check_definition(definition)
            new_key = self._repo.next_own_key()
            added = self._repo.add_version(
                new_key,
                definition,
                definition_sha256(definition),
                False,
                live.staff_id,
                self._clock.now(),
            )
            self._rules.set(new_key, self._rules.of(source))  # the original's re-sign rule
            self._log.record_for(
                live,
                AuditEvent(
                    "form.copy",
                    object_type="form",
                    object_id=new_key,
                    detail=f"consultation={new_key} copied_from={form_key}",
                ),
            )
        return added

    def resign_rule(self, session: Session, form_key: str) -> ResignRule:
        """When a signed form of `form_key` is due again (`set_resign_rule`)."""
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG)
        return self._rules.of(self._latest(form_key))

    def set_resign_rule(self, session: Session, form_key: str, rule: ResignRule) -> None:
        """After how many months, and whether on a change of the card's health details, a
        signed form is due again. Not a new version: no one is asked to sign again because the
        rule changed; forms already signed follow the new rule at once. Built-ins too."""
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        check_rule(rule)
        with self._db.transaction():
            version = self._latest(form_key)
            if self._rules.of(version) == rule:
                return
            self._rules.set(form_key, rule)
            self._log.record_for(
                live,
                AuditEvent(
                    "form.resign_rule",
                    object_type="form",
                    object_id=form_key,
                    detail=f"consultation={form_key} resign_months={rule.months}"
                    f" on_health_change={'yes' if rule.on_health_change else 'no'}",
                ),
            )

    def set_services(self, session: Session, form_key: str, service_ids: list[int]) -> None:
        """The services this form guards: asked before them, blocked by its red flags."""
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        with self._db.transaction():
            self._latest(form_key)
            for service_id in service_ids:
                if self._services.get(service_id) is None:
                    raise ValidationError("treatments.choose_one_salon_s_services", "service_id")
            self._repo.set_services(form_key, service_ids)
            self._log.record_for(
                live,
                AuditEvent(
                    "form.services",
                    object_type="form",
                    object_id=form_key,
                    detail=f"consultation={form_key} services="
                    + ",".join(str(s) for s in sorted(set(service_ids))),
                ),
            )

    def services_of(self, session: Session, form_key: str) -> list[int]:
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG)
        return self._repo.services_of(form_key)

    # -- filling -----------------------------------------------------------------------------

    def fill(
        self,
        session: Session,
        client_id: int,
        form_key: str,
        language: str,
        answers: Mapping[str, object],
        signature_png: bytes,
    ) -> int:
        """A signed form: the latest version, in the client's language, the hash of the exact
        text shown kept with the answers. Each red-flag answer becomes a health alert on the
        card (severe when it blocks the form's services until reviewed). The staff member who
        handed the screen over is the witness: any role (DESIGN.md §4; a receptionist hands
        it over and then sees only that it is on file and its red flags' count)."""
        live = self._guard.require(session, Permission.FORMS_HAND_OVER, "client", str(client_id))
        if language not in FORM_LANGUAGES:
            raise ValidationError("forms.choose_a_language", field="language")
        signature = clean_signature(signature_png)
        with self._db.transaction():
            if self._clients.get(client_id) is None:
                raise NotFound("clients.there_such_client")
            version = self._latest(form_key)
            cleaned = clean_answers(version.definition, dict(answers))
            self._require_health_basis(client_id)
            now = self._clock.now()
            filled_id = self._repo.insert_filled(
                client_id,
                version.id,
                language,
                shown_sha256(version.definition, language),
                cleaned,
                signature,
                live.staff_id,
                now,
                local_today(self._clock),
            )
            flags = red_flag_answers(version.definition, cleaned)
            alert_language = self._settings.language()
            title = words(version.definition.title, alert_language)
            current = self._clients.health_items(client_id)
            for question in flags:
                alert = words(question.alert, alert_language)
                text = f"{alert} — {title}"
                older = f"{alert} [{form_key}]"  # how alerts were worded before: the raw key
                same_words = {text, older}
                item_id = self._alert_on_card(
                    client_id, form_key, question.key, current, same_words
                )
                if item_id is None:  # the same alert already on the card is not repeated
                    severity = Severity.SEVERE if question.blocks else Severity.MODERATE
                    item_id = self._clients.add_health_item(
                        client_id,
                        HealthKind.CONTRAINDICATION,
                        text,
                        severity,
                        live.staff_id,
                        now,
                    )
                self._repo.add_red_flag(
                    filled_id,
                    client_id,
                    question.key,
                    cleaned[question.key],
                    question.blocks,
                    item_id,
                )
            self._log.record_for(
                live,
                AuditEvent(
                    "form.fill",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"form={filled_id} consultation={form_key}"
                    f" form_version={version.version} language={language}"
                    f" red_flags={len(flags)} blocking={sum(q.blocks for q in flags)}",
                ),
            )
        return filled_id

    def _alert_on_card(
        self,
        client_id: int,
        form_key: str,
        question_key: str,
        current: list[HealthItem],
        same_words: set[str],
    ) -> int | None:
        """The card's current alert for this form's question, if any: the one an earlier signing
        made (by its link, whatever its text), else one worded the same, today's way or the older
        way ending in the form's raw key (e.g. an alert that came in with an import)."""
        made = self._repo.alerts_made_for(client_id, form_key, question_key)
        linked = next((i.id for i in current if i.id in made), None)
        if linked is not None:
            return linked
        return next((i.id for i in current if i.text in same_words), None)

    def review_red_flag(self, session: Session, flag_id: int, note: str = "") -> None:
        """The owner or a technician has looked at a red flag (and spoken to the client): a
        blocking one no longer stops the service. Logged; the alert stays on the card."""
        live = self._guard.require(session, Permission.HEALTH_WRITE)
        cleaned = " ".join(note.split())
        if len(cleaned) > MAX_REVIEW_NOTE:
            raise ValidationError("forms.too_long", field="note", limit=MAX_REVIEW_NOTE)
        with self._db.transaction():
            client_id = self._repo.flag_client(flag_id)
            if client_id is None:
                raise NotFound("forms.no_such_red_flag")
            flag = next(f for f in self._repo.red_flags_of(client_id) if f.id == flag_id)
            if flag.reviewed_at is not None:
                raise RuleViolation("forms.already_reviewed")
            self._repo.review(flag_id, live.staff_id, cleaned, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "form.review",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"red_flag={flag_id} form={flag.filled_form_id}"
                    f" question={flag.question_key}",
                ),
            )

    # -- reading -----------------------------------------------------------------------------

    def filled_forms(self, session: Session, client_id: int) -> list[FilledForm]:
        """A client's signed forms, newest first. Answers only for a role that may see health
        data (one `form.list` entry then); others learn what is on file and when."""
        live = self._guard.require(session, Permission.HEALTH_ALERT_FLAG, "client", str(client_id))
        may_see = role_allows(live.role, Permission.HEALTH_READ)
        with self._db.transaction():
            rows = self._repo.filled_of(client_id)
            flags = self._repo.red_flags_of(client_id)
            if may_see and rows:
                self._log.record_for(
                    live,
                    AuditEvent(
                        "form.list",
                        object_type="client",
                        object_id=str(client_id),
                        detail=f"forms={len(rows)}",
                    ),
                )
        return [as_filled(row, flags, may_see) for row in rows]

    def signature(self, session: Session, filled_id: int) -> bytes:
        self._guard.require(session, Permission.HEALTH_READ)
        if self._repo.filled(filled_id) is None:
            raise NotFound("forms.no_such_signed_form")
        return self._repo.signature(filled_id)

    def status(self, session: Session, client_id: int, form_key: str) -> FormStatus:
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG, "client", str(client_id))
        return self._status(client_id, self._latest(form_key))

    def check(self, session: Session, client_id: int, service_id: int) -> list[FormCheck]:
        """Each form guarding `service_id`: the client's status with it, and the blocking red
        flags not yet reviewed (which stop the service: TreatmentService.add_visit)."""
        self._guard.require(session, Permission.HEALTH_ALERT_FLAG, "client", str(client_id))
        language = self._settings.language()
        flags = self._repo.red_flags_of(client_id)
        checks = []
        for key in self._repo.forms_for_service(service_id):
            version = self._latest(key)
            filled_ids = {r.id for r in self._signed(client_id, key)}
            blocking = tuple(
                f.id
                for f in flags
                if f.filled_form_id in filled_ids and f.blocks and f.reviewed_at is None
            )
            title = words(version.definition.title, language)
            checks.append(FormCheck(key, title, self._status(client_id, version), blocking))
        return checks

    # -- papers ------------------------------------------------------------------------------

    def form_pdf(
        self,
        session: Session,
        form_key: str,
        client_id: int | None = None,
        language: str | None = None,
        blank: bool = False,
    ) -> bytes:
        """A4 PDF bytes. For a client: the latest form they signed (in the language they were
        shown), unless `blank` or none is on file or the role may not see health answers: then
        the blank form with their name, in `language`, else theirs, else the salon's. Without a
        client: the blank form. One `form.pdf` entry."""
        live = self._guard.require(session, Permission.CONSENT_PRINT)
        may_see = role_allows(live.role, Permission.HEALTH_READ)
        with self._db.transaction():
            version = self._latest(form_key)
            client_name, client_language, signed = "", "", None
            if client_id is not None:
                record = self._clients.get(client_id)
                if record is None:
                    raise NotFound("clients.there_such_client")
                client_name = display_name(record.family_name, record.given_name)
                client_language = record.language
                if may_see and not blank:
                    signed = next(iter(self._signed(client_id, form_key)), None)
            chosen = paper_language(language, client_language, self._settings.language())
            shown = signed.language if signed is not None else chosen
            detail = f"consultation={form_key} language={shown}"
            if signed is not None:
                detail = f"form={signed.id} {detail}"
            self._log.record_for(
                live,
                AuditEvent(
                    "form.pdf",
                    object_type="client" if client_id is not None else "form",
                    object_id=str(client_id) if client_id is not None else form_key,
                    detail=detail,
                ),
            )
            signature = self._repo.signature(signed.id) if signed is not None else b""
        if signed is not None:
            return filled_pdf(signed, signature, client_name, self._settings)
        return blank_pdf(version, chosen, self._settings, client_name)

    def save_form_pdf(
        self,
        session: Session,
        path: Path,
        form_key: str,
        client_id: int | None = None,
        language: str | None = None,
        blank: bool = False,
    ) -> Path:
        """`form_pdf` saved where someone chose, through the one door out."""
        self._guard.require(session, Permission.CONSENT_PRINT)
        return save_document(
            path,
            self._db.path.parent,
            lambda: self.form_pdf(session, form_key, client_id, language, blank),
        )

    # -- helpers -----------------------------------------------------------------------------

    def _status(self, client_id: int, latest: FormVersion) -> FormStatus:
        signed = [
            r for r in self._repo.filled_of(client_id) if r.version.form_key == latest.form_key
        ]
        if not signed:
            return FormStatus.MISSING
        newest = signed[0]
        rule = self._rules.of(latest)
        return form_status(
            newest.version,
            latest,
            newest.signed_on,
            local_today(self._clock),
            rule.on_health_change and self._repo.health_changed_after(client_id, newest.signed_at),
            rule.months,
        )

    def _signed(self, client_id: int, form_key: str) -> list[FilledRow]:
        return [r for r in self._repo.filled_of(client_id) if r.version.form_key == form_key]

    def _require_health_basis(self, client_id: int) -> None:
        """The legal basis for health data (DESIGN.md §7b, decision 0031): every signed form
        (its answers are health data) passes here inside the write transaction, after the role
        check; a missing basis raises the same keyed refusal as the other health writes."""
        require_legal_basis(self._db, client_id)

    def _latest(self, form_key: str) -> FormVersion:
        found = self._repo.latest(form_key)
        if found is None:
            raise NotFound("forms.no_such_form")
        return found
