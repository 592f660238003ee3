"""Consent per purpose, tied to the exact text shown (DESIGN.md §6, issue 5).

Anyone at the counter records a decision (Permission.CONSENT_RECORD); owner and receptionist
withdraw one (CONSENT_WITHDRAW); the owner edits texts and switches purposes on and off
(CONSENT_TEMPLATES_MANAGE). A signing stores the decisions, the template version and SHA-256 of
the text shown, the signature (or the paper form's reference), the witness, the time, and the
PDF exactly as printed. Nothing recorded is changed afterwards: a withdrawal and a new decision
are new rows. Effects read `is_active`: the photo gate (photo_consent.py) and the marketing list.
The activity log names purposes, decisions and ids, never a person's details or a reason's text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.documents.privacy_notice_text import build_notice
from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import display_name
from salonvault.domain.consent import (
    CONSENT_LANGUAGES,
    MARKETING_CHANNELS,
    ConsentRecord,
    ConsentTemplate,
    Decision,
    Method,
    Purpose,
    PurposeStatus,
    ReconsentDue,
    Standing,
    consent_age,
    guardian_signs,
    text_sha256,
)
from salonvault.domain.errors import NotFound, RuleViolation, ValidationError
from salonvault.domain.roles import Permission
from salonvault.services.clients.fields import clean_line
from salonvault.services.consent.templates import clean_template, fill, shipped_text
from salonvault.services.consent.values import (
    decision_of,
    language_of,
    method_of,
    proof,
    purpose_of,
)
from salonvault.services.outbound import save_document
from salonvault.storage.clients_repo import ClientRecord, ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository, NewDecision, NewForm
from salonvault.storage.photos_repo import PhotosRepository
from salonvault.storage.staff_repo import StaffRepository

if TYPE_CHECKING:
    from datetime import datetime

    from salonvault.domain.retention import RetentionRules
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.health_basis import HealthDataGate
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

MAX_REASON = 500


class ConsentService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
        collected_fields: Callable[[], frozenset[str]],
        retention_rules: Callable[[], RetentionRules],
        health_gate: HealthDataGate,
    ) -> None:
        self._db = database
        self._health_gate = health_gate
        self._repo = ConsentRepository(database)
        self._clients = ClientsRepository(database)
        self._photos = PhotosRepository(database)
        self._staff = StaffRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._collected_fields = collected_fields
        self._retention_rules = retention_rules

    def install_shipped_templates(self) -> int:
        """The shipped texts the vault does not hold yet (on opening; no one is signed in).

        Version 1 of each text on a new vault. When a release ships a changed text (decision
        0042), it becomes the next version of a text the owner has not rewritten (its newest
        version is a shipped one); an owner's own version is never replaced. Decisions keep
        the version they were given under, and the new version asks those clients again.
        Returns how many versions were added: none on an up-to-date vault.
        """
        missing = []
        for purpose in Purpose:
            for language in CONSENT_LANGUAGES:
                latest = self._repo.latest_template(purpose, language)
                text = shipped_text(purpose, language)
                if latest is None or (latest.created_by is None and latest.text != text):
                    missing.append((purpose, language, text))
        if not missing:
            return 0
        with self._db.transaction():
            for purpose, language, text in missing:
                self._repo.add_template(
                    purpose, language, text, text_sha256(text), None, self._clock.now()
                )
        return len(missing)

    # -- purposes and texts ------------------------------------------------------------------

    def purposes(self, session: Session) -> dict[Purpose, bool]:
        """Every purpose and whether the salon asks for it (switched on)."""
        self._guard.require(session, Permission.CONSENT_RECORD)
        return self._repo.purposes()

    def set_purpose_enabled(self, session: Session, purpose: Purpose | str, on: bool) -> None:
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        purpose = purpose_of(purpose)
        with self._db.transaction():
            self._repo.set_enabled(purpose, on)
            self._log.record_for(
                live,
                AuditEvent("consent.purpose", detail=f"purpose={purpose} enabled={int(on)}"),
            )

    def text_to_show(
        self, session: Session, purpose: Purpose | str, language: str
    ) -> tuple[ConsentTemplate, str]:
        """The current template and the exact text to show the client (salon details filled)."""
        self._guard.require(session, Permission.CONSENT_RECORD)
        template = self._latest(purpose_of(purpose), language_of(language))
        return template, self._fill(template)

    def template_versions(
        self, session: Session, purpose: Purpose | str, language: str
    ) -> list[ConsentTemplate]:
        """Every version of one text, newest first (the owner's version history)."""
        self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        return self._repo.template_versions(purpose_of(purpose), language_of(language))

    def edit_template(
        self, session: Session, purpose: Purpose | str, language: str, text: str
    ) -> ConsentTemplate:
        """Save the owner's text as a new version; clients who agreed to an older one now need
        to re-consent. Old versions stay (decisions point at them)."""
        live = self._guard.require(session, Permission.CONSENT_TEMPLATES_MANAGE)
        purpose, language = purpose_of(purpose), language_of(language)
        cleaned = clean_template(text)
        with self._db.transaction():
            if cleaned == self._latest(purpose, language).text:
                raise RuleViolation("consent.text_unchanged_new_version_made")
            template_id = self._repo.add_template(
                purpose, language, cleaned, text_sha256(cleaned), live.staff_id, self._clock.now()
            )
            template = self._repo.template(template_id)
            assert template is not None
            self._log.record_for(
                live,
                AuditEvent(
                    "consent.template",
                    object_type="consent_template",
                    object_id=str(template_id),
                    detail=f"purpose={purpose} language={language} version={template.version}",
                ),
            )
        return template

    # -- recording ---------------------------------------------------------------------------

    def record(
        self,
        session: Session,
        client_id: int,
        purpose: Purpose | str,
        decision: Decision | str,
        language: str,
        method: Method | str,
        signature_png: bytes | None = None,
        paper_reference: str | None = None,
    ) -> ConsentRecord:
        """One decision on its own form (see record_many for several at one signing)."""
        [record] = self.record_many(
            session,
            client_id,
            {purpose_of(purpose): decision_of(decision)},
            language,
            method,
            signature_png,
            paper_reference,
        )
        return record

    def record_many(
        self,
        session: Session,
        client_id: int,
        decisions: Mapping[Purpose, Decision],
        language: str,
        method: Method | str,
        signature_png: bytes | None = None,
        paper_reference: str | None = None,
        shown: Mapping[Purpose, int] | None = None,
    ) -> list[ConsentRecord]:
        """The client's decisions at one signing, each under the current text in `language`.

        `shown` (purpose → template id) is what the dialog displayed: if the owner saved a new
        version meanwhile, nothing is recorded and the dialog must show the new text.
        """
        live = self._guard.require(session, Permission.CONSENT_RECORD, "client", str(client_id))
        language = language_of(language)
        method = method_of(method)
        if not decisions:
            raise ValidationError("consent.choose_agree_refuse_least_one", "decisions")
        chosen = {purpose_of(p): decision_of(d) for p, d in decisions.items()}
        signature, reference = proof(method, signature_png, paper_reference)
        client = self._client(client_id)
        enabled = self._repo.purposes()
        for purpose, decision in chosen.items():
            if not enabled[purpose]:
                raise RuleViolation("consent.salon_has_switched_off_consent", purpose=purpose)
            if purpose.information_only and decision is Decision.REFUSED:
                raise RuleViolation("consent.information_not_refused", purpose=purpose)
        templates = {purpose: self._latest(purpose, language) for purpose in chosen}
        if shown is not None:
            for purpose, template in templates.items():
                if shown.get(purpose) != template.id:
                    raise RuleViolation("consent.consent_text_changed_while_form")
        texts = {purpose: self._fill(t) for purpose, t in templates.items()}
        items = [
            NewDecision(purpose, chosen[purpose], t.id, t.version, text_sha256(texts[purpose]),
                        texts[purpose])
            for purpose, t in templates.items()
        ]  # fmt: skip
        now = self._clock.now()
        guardian_age = self._guardian_age(client, now)
        # reportlab loads when a form is made, not when the program starts
        from salonvault.documents.consent_form import (  # noqa: PLC0415
            FormData,
            FormItem,
            consent_form_pdf,
        )

        pdf = consent_form_pdf(
            FormData(
                salon_name=self._settings.salon_name(),
                salon_address=self._settings.salon_address(),
                client_name=display_name(client.family_name, client.given_name),
                language=language,
                items=tuple(
                    FormItem(i.purpose, i.text_shown, i.template_version, i.text_sha256,
                             i.decision)
                    for i in items
                ),
                signature_png=signature,
                paper_reference=reference,
                witness=live.staff_name,
                signed_at=now,
                guardian_age=guardian_age,
            )
        )  # fmt: skip
        form = NewForm(client_id, language, method, reference, live.staff_id, now, signature, pdf)
        with self._db.transaction():
            for purpose, template in templates.items():  # again, holding the write lock
                if self._latest(purpose, language).id != template.id:
                    raise RuleViolation("consent.consent_text_changed_meanwhile_try")
            ids = self._repo.add_form(form, items)
            summary = " ".join(f"{i.purpose}={i.decision}" for i in items)
            self._log.record_for(
                live,
                AuditEvent(
                    "consent.record",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"{summary} method={method} language={language}",
                ),
            )
        return [self._get_record(record_id) for record_id in ids]

    def withdraw(
        self, session: Session, client_id: int, purpose: Purpose | str, reason: str = ""
    ) -> int:
        """End the client's active consent for `purpose` at once; the history stays.

        Withdrawing photo consent deletes every photo of the client in the same transaction
        (the basis for keeping them is gone); withdrawing health-data consent, where consent is
        the salon's basis for health data, deletes the client's health data with its earlier
        versions (HealthDataGate.remove_after_withdrawal). Returns how many photos or health
        records were deleted; the log keeps counts only.
        """
        live = self._guard.require(session, Permission.CONSENT_WITHDRAW, "client", str(client_id))
        purpose = purpose_of(purpose)
        if purpose.information_only:  # the client objects or asks for erasure instead
            raise RuleViolation("consent.information_not_withdrawn", purpose=purpose)
        reason = clean_line(reason, "reason", "reason", MAX_REASON, required=False)
        with self._db.transaction():
            self._client(client_id)
            current = self._repo.current_for(client_id, purpose)
            if current is None or not current.active:
                raise RuleViolation("consent.client_has_active_consent_withdraw", purpose=purpose)
            self._repo.withdraw(current.id, reason, live.staff_id, self._clock.now())
            deleted = 0
            detail = f"purpose={purpose}"
            if purpose is Purpose.PHOTOS:
                deleted = self._photos.delete_for_client(client_id)
                detail += f" photos_deleted={deleted}"
            removed = None
            if purpose is Purpose.HEALTH_DATA:
                removed = self._health_gate.remove_after_withdrawal(client_id)
            if removed is not None:
                deleted = removed.total
                detail += (
                    f" health_deleted={sum(removed.items.values()) + removed.removed_items}"
                    f" versions_deleted={removed.earlier_versions}"
                    f" papers_deleted={removed.papers} records_deleted={removed.records}"
                )
            if reason:
                detail += " reason=given"
            self._log.record_for(
                live,
                AuditEvent(
                    "consent.withdraw",
                    object_type="client",
                    object_id=str(client_id),
                    detail=detail,
                ),
            )
        if deleted:
            self._db.checkpoint()  # no older copy of the deleted pages stays in the WAL
        return deleted

    # -- reading -----------------------------------------------------------------------------

    def status(self, session: Session, client_id: int) -> list[PurposeStatus]:
        """The client's current answer per purpose (switched-off purposes too, marked)."""
        self._guard.require(session, Permission.CONSENT_RECORD, "client", str(client_id))
        self._client(client_id)
        current = self._repo.current(client_id)
        latest = self._repo.latest_versions()
        found = []
        for purpose, enabled in self._repo.purposes().items():
            record = current.get(purpose)
            if record is None:
                standing = Standing.NOT_ASKED
            elif record.withdrawal is not None:
                standing = Standing.WITHDRAWN
            else:
                standing = Standing(record.decision.value)
            outdated = (
                record is not None
                and record.active
                and record.template_version < latest.get((purpose, record.language), 1)
            )
            found.append(PurposeStatus(purpose, enabled, standing, record, outdated))
        return found

    def history(self, session: Session, client_id: int) -> list[ConsentRecord]:
        """Every decision ever recorded for the client, newest first, withdrawals included."""
        self._guard.require(session, Permission.CONSENT_RECORD, "client", str(client_id))
        self._client(client_id)
        return self._repo.history(client_id)

    def needs_reconsent(self, session: Session) -> list[ReconsentDue]:
        """Active consents given under an older text than the current one (the list to work
        through at the counter)."""
        self._guard.require(session, Permission.CONSENT_RECORD)
        return [ReconsentDue(*row) for row in self._repo.outdated()]

    def guardian_age(self, session: Session, client_id: int) -> int | None:
        """For a minor, the age under which a parent or guardian signs (18; 14 for a salon in
        China), so the dialog can say who signs; None for a client who signs alone."""
        self._guard.require(session, Permission.CONSENT_RECORD, "client", str(client_id))
        return self._guardian_age(self._client(client_id), self._clock.now())

    def missing_service_consent(self, session: Session, client_id: int) -> bool:
        """True when the salon asks for service-records consent and the client has not given
        it (the check-in banner)."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        self._client(client_id)
        if not self._repo.purposes()[Purpose.SERVICE_RECORDS]:
            return False
        return not self.is_active(client_id, Purpose.SERVICE_RECORDS)

    def marketing_list(
        self, session: Session, channels: tuple[Purpose, ...] = MARKETING_CHANNELS
    ) -> dict[int, tuple[Purpose, ...]]:
        """Clients (not archived) who agreed to marketing by these channels and did not
        withdraw, with the channels each agreed to. For the owner: it is an export."""
        live = self._guard.require(session, Permission.EXPORT)
        wanted = [purpose_of(c) for c in channels]
        if not wanted or any(c not in MARKETING_CHANNELS for c in wanted):
            raise ValidationError("consent.choose_marketing_channels_only", field="channels")
        enabled = self._repo.purposes()
        found: dict[int, list[Purpose]] = {}
        for client_id, purpose in self._repo.active_clients([c for c in wanted if enabled[c]]):
            found.setdefault(client_id, []).append(purpose)
        self._log.record_for(
            live,
            AuditEvent(
                "consent.marketing_list",
                detail=f"channels={','.join(wanted)} clients={len(found)}",
            ),
        )
        return {client_id: tuple(purposes) for client_id, purposes in found.items()}

    def is_active(self, client_id: int, purpose: Purpose) -> bool:
        """The effect check for services (photo gate): granted, not withdrawn, and the purpose
        switched on. No permission check: callers check their own first."""
        if not self._repo.purposes()[purpose]:
            return False
        current = self._repo.current_for(client_id, purpose)
        return current is not None and current.active

    def form_pdf(self, session: Session, record_id: int, use: str = "print") -> bytes:
        """The signed form kept in the vault for a decision, exactly as printed at signing.

        `use` is "print" or "save" (a file the user chose: it leaves the vault); both logged.
        """
        if use not in ("print", "save"):
            raise ValidationError("consent.form_opened_print_save", field="use")
        record = self._repo.record(record_id)
        client = str(record.client_id) if record else None
        live = self._guard.require(session, Permission.CONSENT_PRINT, "client", client)
        if record is None:
            raise NotFound("consent.there_such_consent_record")
        pdf = self._repo.form_pdf(record.form_id)
        if pdf is None:  # migrated from the interim flag: there was no form
            pdf = self._blank_form(record.client_id, record.purpose, record.language)
        self._log_form(live, record.client_id, f"form={record.form_id} use={use}")
        return pdf

    def form_for(
        self, session: Session, client_id: int, purpose: Purpose | str, use: str = "save"
    ) -> bytes:
        """The form for one purpose: the signed one if a decision is on record, otherwise a
        blank form in the client's language to sign on paper (the CLI's consent-pdf, the card's
        Print form). `use` is "print" or "save", as for form_pdf; both logged."""
        if use not in ("print", "save"):
            raise ValidationError("consent.form_opened_print_save", field="use")
        live = self._guard.require(session, Permission.CONSENT_PRINT, "client", str(client_id))
        purpose = purpose_of(purpose)
        client = self._client(client_id)
        current = self._repo.current_for(client_id, purpose)
        pdf = self._repo.form_pdf(current.form_id) if current is not None else None
        if pdf is None or current is None:
            language = client.language or self._settings.language()
            pdf = self._blank_form(client_id, purpose, language)
            self._log_form(live, client_id, f"blank={purpose} use={use}")
        else:
            self._log_form(live, client_id, f"form={current.form_id} use={use}")
        return pdf

    def save_form(self, session: Session, record_id: int, path: Path) -> Path:
        """The signed form saved where the user chose: it leaves the vault (logged use=save)."""
        self._guard.require(session, Permission.CONSENT_PRINT)
        return save_document(
            path, self._db.path.parent, lambda: self.form_pdf(session, record_id, "save")
        )

    def save_form_for(
        self, session: Session, client_id: int, purpose: Purpose | str, path: Path
    ) -> Path:
        """`form_for` saved where the user chose (the CLI's consent-pdf --out)."""
        self._guard.require(session, Permission.CONSENT_PRINT, "client", str(client_id))
        return save_document(
            path, self._db.path.parent, lambda: self.form_for(session, client_id, purpose)
        )

    def save_privacy_notice(self, session: Session, language: str, path: Path) -> Path:
        self._guard.require(session, Permission.CONSENT_PRINT)
        return save_document(
            path, self._db.path.parent, lambda: self.privacy_notice_pdf(session, language)
        )

    def privacy_notice_pdf(self, session: Session, language: str) -> bytes:
        """The salon's privacy notice (what is collected, why, how long, who sees it, the
        client's rights) from the current settings, to print for the wall or the client."""
        live = self._guard.require(session, Permission.CONSENT_PRINT)
        language = language_of(language)
        enabled = self._repo.purposes()
        notice = build_notice(
            language,
            self._settings.salon_name(),
            self._settings.salon_address(),
            self._collected_fields(),
            frozenset(p for p, on in enabled.items() if on),
            f"{self._clock.now().astimezone():%Y-%m-%d}",
            self._retention_rules(),
            self._health_gate.basis(),
            self._settings.salon_country(),
            self._settings.recipients(),
        )
        from salonvault.documents.privacy_notice import (  # noqa: PLC0415
            privacy_notice_pdf as notice_pdf,
        )

        pdf = notice_pdf(notice, language)
        self._log.record_for(
            live, AuditEvent("consent.privacy_notice", detail=f"language={language}")
        )
        return pdf

    def signature_png(self, session: Session, record_id: int) -> bytes | None:
        record = self._repo.record(record_id)
        client = str(record.client_id) if record else None
        self._guard.require(session, Permission.CONSENT_RECORD, "client", client)
        if record is None:
            raise NotFound("consent.there_such_consent_record")
        return self._repo.signature(record.form_id)

    # -- helpers -----------------------------------------------------------------------------

    def _blank_form(self, client_id: int, purpose: Purpose, language: str) -> bytes:
        client = self._client(client_id)
        language = language if language in CONSENT_LANGUAGES else "en"
        template = self._latest(purpose, language)
        text = self._fill(template)
        guardian_age = self._guardian_age(client, self._clock.now())
        # reportlab loads when a form is made, not when the program starts
        from salonvault.documents.consent_form import (  # noqa: PLC0415
            FormData,
            FormItem,
            consent_form_pdf,
        )

        return consent_form_pdf(
            FormData(
                salon_name=self._settings.salon_name(),
                salon_address=self._settings.salon_address(),
                client_name=display_name(client.family_name, client.given_name),
                language=language,
                items=(FormItem(purpose, text, template.version, text_sha256(text)),),
                guardian_age=guardian_age,
            )
        )

    def _guardian_age(self, client: ClientRecord, on: datetime) -> int | None:
        """For a minor's form, the age under which a parent or guardian signs; else None, by
        the salon's country (the law it works under, decision 0041)."""
        country = self._settings.salon_country()
        local_day = on.astimezone().date()
        if not guardian_signs(client.is_minor, client.birth_date, country, local_day):
            return None
        return consent_age(country)

    def _log_form(self, live: Session, client_id: int, detail: str) -> None:
        self._log.record_for(
            live,
            AuditEvent(
                "consent.form", object_type="client", object_id=str(client_id), detail=detail
            ),
        )

    def _latest(self, purpose: Purpose, language: str) -> ConsentTemplate:
        template = self._repo.latest_template(purpose, language)
        if template is None:  # a vault opened before install_shipped_templates ran
            self.install_shipped_templates()
            template = self._repo.latest_template(purpose, language)
            assert template is not None
        return template

    def _fill(self, template: ConsentTemplate) -> str:
        return fill(template.text, self._settings.salon_name(), self._settings.salon_address())

    def _client(self, client_id: int) -> ClientRecord:
        client = self._clients.get(client_id)
        if client is None:
            raise NotFound("clients.there_such_client")
        return client

    def _get_record(self, record_id: int) -> ConsentRecord:
        record = self._repo.record(record_id)
        assert record is not None
        return record
