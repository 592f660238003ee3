"""Treatments: the salon's service list, visits with colour formulas, and patch tests.

A technician may edit their own visit for 24 hours; after that, and for anyone else's entry,
the way to fix it is a correction: a new visit that points back (nothing is silently deleted).
A service that needs a patch test warns loudly when there is no valid one; going ahead anyway
needs an explicit acknowledgement, which is logged. So does a service whose declared
contraindications match the client's health items (domain/contraindications.py, decision 0037):
the same path, its own log entry.

Reads that show a client's treatment details are logged like the card's opening: `visit.open`
for one visit opened in full, `formula.repeat` when a formula is copied into a new visit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, NoReturn

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.contraindications import VisitSafety, find_matches, severity_order
from salonvault.domain.errors import (
    ContraindicationFound,
    NotFound,
    PatchTestRequired,
    RedFlagReviewRequired,
    ValidationError,
    VisitLocked,
)
from salonvault.domain.formulas import Component, Formula
from salonvault.domain.formulas import check_formula as check_formula_rules
from salonvault.domain.roles import Permission, Role, health_readers, role_allows
from salonvault.domain.treatments import (
    DEFAULT_PATCH_TEST_VALIDITY_DAYS,
    TECHNICIAN_EDIT_WINDOW,
    EditRefusal,
    EditRight,
    PatchResult,
    PatchStatus,
    PatchTest,
    PhotosWithheld,
    SalonService,
    VisitDetail,
    VisitInput,
    VisitLink,
    VisitSummary,
    VisitView,
    edit_right,
    latest_with_formula,
    patch_status,
)
from salonvault.domain.versions import ChangeKind, VersionedKind
from salonvault.services.access.clock import local_today
from salonvault.services.clients import fields
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.forms_repo import unreviewed_blocking_flags
from salonvault.storage.photos_repo import PhotosRepository
from salonvault.storage.services_repo import ServicesRepository
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.staff_repo import StaffRepository
from salonvault.storage.treatments_repo import TreatmentsRepository, VisitRow, visit_values
from salonvault.storage.versions_repo import VersionsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.photos.consent_gate import PhotoConsent
    from salonvault.storage.database import Database

PATCH_VALIDITY_KEY = "patch_test_validity_days"
MAX_PRICE_MINOR = 10**12
# What visit.open names as shown (field names, never values), by what the role may see.
_SUMMARY_FIELDS = ("date", "service")
_DETAIL_FIELDS = (
    "corrections", "date", "formula", "notes", "payment", "price", "products", "service",
    "technician",
)  # fmt: skip


class TreatmentService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        photo_consent: PhotoConsent,
    ) -> None:
        self._db = database
        self._repo = TreatmentsRepository(database)
        self._photos = PhotosRepository(database)
        self._photo_consent = photo_consent
        self._services = ServicesRepository(database)
        self._clients = ClientsRepository(database)
        self._staff = StaffRepository(database)
        self._settings = SettingsRepository(database)
        self._versions = VersionsRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    # -- the service list (the catalogue is edited through CatalogueService) -------------------

    def services(self, session: Session, include_inactive: bool = False) -> list[SalonService]:
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._services.all(include_inactive)

    # -- visits ------------------------------------------------------------------------------

    def add_visit(
        self,
        session: Session,
        client_id: int,
        data: VisitInput,
        acknowledge_patch_warning: bool = False,
        acknowledge_contraindications: bool = False,
    ) -> int:
        """A new visit. PatchTestRequired or ContraindicationFound (nothing written) until the
        caller acknowledges that warning; an acknowledged one is logged."""
        live = self._guard.require(session, Permission.TREATMENT_ADD, "client", str(client_id))
        cleaned, technician_id = self._clean(data, live.staff_id)
        with self._db.transaction():
            self._client_exists(client_id)
            blocked = unreviewed_blocking_flags(self._db, client_id, cleaned.service_id)
            if not blocked:  # a hard stop first: no override is logged for a visit not made
                # The contraindication next: the visit dialog asks it on the form itself, the
                # patch test in a question after it.
                self._check_contraindications(
                    live, client_id, cleaned, acknowledge_contraindications
                )
                self._check_patch_test(live, client_id, cleaned, acknowledge_patch_warning)
                visit_id = self._repo.insert_visit(
                    client_id, cleaned, technician_id, live.staff_id, self._clock.now()
                )
                self._audit(live, "visit.add", client_id, visit_id, cleaned)
        if blocked:  # logged outside the transaction the refusal would roll back
            self._refuse_red_flags(live, client_id, blocked)
        return visit_id

    def edit_visit(self, session: Session, visit_id: int, data: VisitInput) -> None:
        """Owners may edit any visit; technicians their own, for 24 hours after recording it.
        The visit as it was is kept as an earlier version (decision 0031), shown on the card
        and in the data report."""
        live = self._guard.require(session, Permission.TREATMENT_EDIT_OWN_RECENT)
        cleaned, technician_id = self._clean(data, live.staff_id)
        with self._db.transaction():
            visit = self._visit(visit_id)
            if not self._edit_right(live, visit).allowed:
                refusal = VisitLocked()
            else:
                refusal = None
                number = self._versions.keep(
                    visit.client_id,
                    VersionedKind.VISIT,
                    visit_id,
                    visit_values(visit),
                    ChangeKind.EDIT,
                    live.staff_id,
                    live.role,
                    self._clock.now(),
                )
                self._repo.update_visit(visit_id, cleaned, technician_id, self._clock.now())
                self._audit(live, "visit.edit", visit.client_id, visit_id, cleaned, kept=number)
        if refusal is not None:
            self._log.record_for(
                live,
                AuditEvent(
                    "visit.edit",
                    Outcome.REFUSED,
                    object_type="client",
                    object_id=str(visit.client_id),
                    detail=f"visit={visit_id} locked",
                ),
            )
            raise refusal

    def add_correction(self, session: Session, visit_id: int, data: VisitInput) -> int:
        """A new visit that corrects a locked one; both stay in the history."""
        live = self._guard.require(session, Permission.TREATMENT_ADD)
        cleaned, technician_id = self._clean(data, live.staff_id)
        with self._db.transaction():
            original = self._visit(visit_id)
            new_id = self._repo.insert_visit(
                original.client_id,
                cleaned,
                technician_id,
                live.staff_id,
                self._clock.now(),
                corrects_visit_id=visit_id,
            )
            self._audit(live, "visit.correct", original.client_id, new_id, cleaned, visit_id)
        return new_id

    def history(self, session: Session, client_id: int) -> list[VisitView]:
        """Every visit in full, newest first (the latest formula on top)."""
        self._guard.require(session, Permission.TREATMENT_READ, "client", str(client_id))
        self._client_exists(client_id)
        return [visit_view(v) for v in self._repo.visits(client_id)]

    def history_summary(self, session: Session, client_id: int) -> list[VisitSummary]:
        """Dates and service names only (what a receptionist may see)."""
        self._guard.require(session, Permission.TREATMENT_SUMMARY_READ, "client", str(client_id))
        self._client_exists(client_id)
        return [
            VisitSummary(v.id, v.visited_on, v.service_name) for v in self._repo.visits(client_id)
        ]

    def repeat_last_formula(self, session: Session, client_id: int) -> Formula | None:
        """The latest visit's formula, to copy into a new visit and adjust (None: no formula
        yet). A corrected visit counts as its latest correction. Logged as a read."""
        live = self._guard.require(session, Permission.TREATMENT_READ, "client", str(client_id))
        with self._db.transaction():
            self._client_exists(client_id)
            source = latest_with_formula(visit_view(v) for v in self._repo.visits(client_id))
            self._log.record_for(
                live,
                AuditEvent(
                    "formula.repeat",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"visit={source.id if source else 'none'}",
                ),
            )
        return source.formula if source else None

    def visit_detail(self, session: Session, visit_id: int) -> VisitDetail:
        """One visit opened: everything the role may see of it, its correction chain, its
        photos and whether this session may edit it now. One `visit.open` entry per opening."""
        live = self._guard.require(session, Permission.TREATMENT_SUMMARY_READ)
        with self._db.transaction():
            row = self._visit(visit_id)
            summary = VisitSummary(row.id, row.visited_on, row.service_name)
            shown: tuple[str, ...]
            if role_allows(live.role, Permission.TREATMENT_READ):
                detail = self._full_detail(live, row, summary)
                shown = _DETAIL_FIELDS if detail.photos_withheld else (*_DETAIL_FIELDS, "photos")
            else:  # the receptionist: date and service, as in the card's history
                detail = VisitDetail(
                    summary=summary,
                    visit=None,
                    technician_name="",
                    recorded_by_name="",
                    corrects=None,
                    corrections=(),
                    photo_ids=(),
                    photos_withheld=PhotosWithheld.ROLE,
                    edit=EditRight(False, None, EditRefusal.ROLE),
                    may_correct=False,
                )
                shown = _SUMMARY_FIELDS
            self._log.record_for(
                live,
                AuditEvent(
                    "visit.open",
                    object_type="client",
                    object_id=str(row.client_id),
                    detail=f"visit={visit_id} fields={','.join(sorted(shown))}",
                ),
            )
        return detail

    def visit_safety(self, session: Session, client_id: int) -> VisitSafety:
        """What the person about to treat must see: the client's health items (severe first) for
        a role that may read them, else only that there are alerts and whom to ask; and which
        services' contraindications match (every role: ids only). Logged as a read when health
        items are handed out."""
        live = self._guard.require(session, Permission.HEALTH_ALERT_FLAG, "client", str(client_id))
        with self._db.transaction():
            self._client_exists(client_id)
            items = sorted(self._clients.health_items(client_id), key=severity_order)
            matching = frozenset(
                service.id
                for service in self._services.all()
                if service.contraindications and find_matches(items, service.contraindications)
            )
            may_read = role_allows(live.role, Permission.HEALTH_READ)
            if may_read and items:
                self._log.record_for(
                    live,
                    AuditEvent(
                        "visit.safety_shown",
                        object_type="client",
                        object_id=str(client_id),
                        detail="fields=health",
                    ),
                )
        return VisitSafety(
            items=tuple(items) if may_read else None,
            has_alerts=bool(items),
            has_severe_alert=any(i.severity.value == "severe" for i in items),
            contraindicated_services=matching,
            ask=health_readers(),
        )

    # -- patch tests -------------------------------------------------------------------------

    def record_patch_test(
        self,
        session: Session,
        client_id: int,
        tested_on: date,
        product: str,
        batch: str = "",
        result: PatchResult = PatchResult.PENDING,
    ) -> int:
        live = self._guard.require(session, Permission.PATCH_TEST_WRITE, "client", str(client_id))
        if tested_on > local_today(self._clock):
            raise ValidationError("treatments.patch_test_date_future", field="tested_on")
        test = PatchTest(
            id=0,
            tested_on=tested_on,
            product=fields.clean_line(product, "product", "product", 120, True),
            batch=fields.clean_line(batch, "batch", "batch", 60, False),
            result=result,
            done_by=live.staff_id,
            valid_until=tested_on + timedelta(days=self.patch_validity_days()),
        )
        with self._db.transaction():
            self._client_exists(client_id)
            test_id = self._repo.add_patch_test(client_id, test, live.staff_id, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "patch_test.add",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"result={result.value}",
                ),
            )
        return test_id

    def set_patch_result(
        self, session: Session, client_id: int, test_id: int, result: PatchResult
    ) -> None:
        live = self._guard.require(session, Permission.PATCH_TEST_WRITE, "client", str(client_id))
        with self._db.transaction():
            before = {t.id: t for t in self._repo.patch_tests(client_id)}.get(test_id)
            if before is None:
                raise NotFound("treatments.patch_test_client_s_record")
            if before.result is result:
                return
            number = self._versions.keep(
                client_id,
                VersionedKind.PATCH_TEST,
                test_id,
                patch_test_values(before),
                ChangeKind.EDIT,
                live.staff_id,
                live.role,
                self._clock.now(),
            )
            self._repo.set_patch_result(test_id, result)
            self._log.record_for(
                live,
                AuditEvent(
                    "patch_test.result",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"result={result.value} kept_version={number}",
                ),
            )

    def patch_tests(self, session: Session, client_id: int) -> list[PatchTest]:
        self._guard.require(session, Permission.PATCH_TEST_READ, "client", str(client_id))
        return self._repo.patch_tests(client_id)

    def patch_status(self, session: Session, client_id: int) -> PatchStatus:
        """What everyone at the counter may know: valid, expired, pending, failed or none."""
        self._guard.require(session, Permission.PATCH_TEST_STATUS, "client", str(client_id))
        return patch_status(self._repo.patch_tests(client_id), local_today(self._clock))

    def patch_validity_days(self) -> int:
        return int(self._settings.get(PATCH_VALIDITY_KEY, DEFAULT_PATCH_TEST_VALIDITY_DAYS))

    # -- helpers -----------------------------------------------------------------------------

    def _full_detail(self, live: Session, row: VisitRow, summary: VisitSummary) -> VisitDetail:
        corrects = None
        if row.corrects_visit_id is not None:
            original = self._repo.visit(row.corrects_visit_id)
            corrects = self._link(original) if original is not None else None
        if not role_allows(live.role, Permission.PHOTOS):
            photo_ids: tuple[int, ...] = ()
            withheld: PhotosWithheld | None = PhotosWithheld.ROLE
        elif not self._photo_consent.is_active(live, row.client_id):
            photo_ids, withheld = (), PhotosWithheld.CONSENT
        else:
            photo_ids = tuple(self._photos.ids_for_visit(row.client_id, row.id))
            withheld = None
        return VisitDetail(
            summary=summary,
            visit=visit_view(row),
            technician_name=self._staff_name(row.technician_id),
            recorded_by_name=self._staff_name(row.created_by),
            corrects=corrects,
            corrections=tuple(self._link(c) for c in self._repo.corrections_of(row.id)),
            photo_ids=photo_ids,
            photos_withheld=withheld,
            edit=self._edit_right(live, row),
            may_correct=role_allows(live.role, Permission.TREATMENT_ADD),
        )

    def _edit_right(self, live: Session, row: VisitRow) -> EditRight:
        return edit_right(
            live.role, live.staff_id, row.created_by, row.created_at, self._clock.now()
        )

    def _link(self, row: VisitRow) -> VisitLink:
        return VisitLink(
            row.id, row.visited_on, row.created_by, self._staff_name(row.created_by), row.created_at
        )

    def _staff_name(self, staff_id: int) -> str:
        member = self._staff.get(staff_id)
        return member.name if member is not None else ""

    def _clean_formula(self, formula: Formula) -> Formula:
        """Texts cleaned like every field, empty bowls dropped, then the colourist's rules."""
        bowls = []
        for bowl in formula.bowls:
            cleaned = replace(
                bowl,
                label=fields.clean_line(bowl.label, "formula", "bowl's name", 40, False),
                brand=fields.clean_line(bowl.brand, "formula", "brand", 80, False),
                components=tuple(
                    Component(fields.clean_line(c.shade, "formula", "shade", 40, True), c.grams)
                    for c in bowl.components
                ),
                note=fields.clean_line(bowl.note, "formula", "bowl's note", 200, False),
            )
            if not cleaned.empty:
                bowls.append(cleaned)
        result = Formula(tuple(bowls))
        check_formula_rules(result)
        return result

    def _check_patch_test(
        self, live: Session, client_id: int, data: VisitInput, acknowledged: bool
    ) -> None:
        service = self._services.get(data.service_id)
        if service is None or not service.requires_patch_test:
            return
        status = patch_status(self._repo.patch_tests(client_id), data.visited_on)
        if status is PatchStatus.VALID:
            return
        if not acknowledged:
            raise PatchTestRequired(status.value)
        self._log.record_for(
            live,
            AuditEvent(
                "visit.patch_test_override",
                Outcome.OK,
                object_type="client",
                object_id=str(client_id),
                detail=f"status={status.value}",
            ),
        )

    def _check_contraindications(
        self, live: Session, client_id: int, data: VisitInput, acknowledged: bool
    ) -> None:
        """Like the patch test: refused until acknowledged, then logged. The log names the
        terms (a built-in's key, "own" for the salon's words) and the items by number, never
        a health text."""
        service = self._services.get(data.service_id)
        if service is None or not service.contraindications:
            return
        matches = find_matches(self._clients.health_items(client_id), service.contraindications)
        if not matches:
            return
        if not acknowledged:
            shown = matches if role_allows(live.role, Permission.HEALTH_READ) else ()
            raise ContraindicationFound(shown, len(matches))
        terms = sorted({m.term if m.built_in is not None else "own" for m in matches})
        items = sorted({m.item.id for m in matches})
        self._log.record_for(
            live,
            AuditEvent(
                "visit.contraindication_override",
                Outcome.OK,
                object_type="client",
                object_id=str(client_id),
                detail=f"terms={','.join(terms)} items={','.join(map(str, items))}",
            ),
        )

    def _refuse_red_flags(self, live: Session, client_id: int, flags: list[int]) -> NoReturn:
        """A blocking red flag on a consultation form guarding the service stops it until
        reviewed (decision 0038); the refusal is logged, naming the flags, not the answers."""
        self._log.record_for(
            live,
            AuditEvent(
                "visit.add",
                Outcome.REFUSED,
                object_type="client",
                object_id=str(client_id),
                detail="unreviewed_flags=" + ",".join(str(f) for f in flags),
            ),
        )
        raise RedFlagReviewRequired(flags)

    def _clean(self, data: VisitInput, recorder_id: int) -> tuple[VisitInput, int]:
        if data.visited_on > local_today(self._clock):
            raise ValidationError("treatments.visit_date_future", field="visited_on")
        service = self._services.get(data.service_id)
        if service is None or not service.active:
            raise ValidationError("treatments.choose_one_salon_s_services", field="service_id")
        technician_id = data.technician_id or recorder_id
        technician = self._staff.get(technician_id)
        if technician is None or technician.role is Role.RECEPTIONIST:
            raise ValidationError("treatments.choose_who_did_treatment", field="technician_id")
        if data.price_minor is not None and not 0 <= data.price_minor < MAX_PRICE_MINOR:
            raise ValidationError("catalogue.price_out_range", field="price_minor")
        currency = data.currency.strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise ValidationError("treatments.currency_3_letter_code_vnd", field="currency")
        formula = self._clean_formula(data.formula)
        products = fields.clean_text(data.products, "products", "products", 2000)
        notes = fields.clean_text(data.notes, "notes", "notes", fields.MAX_NOTES)
        fields.refuse_card_numbers(products, "products")
        fields.refuse_card_numbers(notes, "notes")
        cleaned = replace(data, products=products, notes=notes, formula=formula, currency=currency)
        return cleaned, technician_id

    def _client_exists(self, client_id: int) -> None:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")

    def _visit(self, visit_id: int) -> VisitRow:
        visit = self._repo.visit(visit_id)
        if visit is None:
            raise NotFound("treatments.there_such_treatment")
        return visit

    def _audit(
        self,
        live: Session,
        action: str,
        client_id: int,
        visit_id: int,
        data: VisitInput,
        corrects: int | None = None,
        kept: int | None = None,
    ) -> None:
        filled = ["service", "date"]
        filled += [n for n in ("products", "notes") if getattr(data, n)]
        if not data.formula.empty:
            filled.append("formula")
        if data.price_minor is not None:
            filled.append("price")
        detail = f"visit={visit_id} fields={','.join(filled)}"
        if corrects is not None:
            detail += f" corrects={corrects}"
        if kept is not None:
            detail += f" kept_version={kept}"
        self._log.record_for(
            live, AuditEvent(action, object_type="client", object_id=str(client_id), detail=detail)
        )


def visit_view(v: VisitRow) -> VisitView:
    """A stored visit as the services hand it out."""
    return VisitView(
        id=v.id,
        visited_on=v.visited_on,
        service_id=v.service_id,
        service_name=v.service_name,
        technician_id=v.technician_id,
        products=v.products,
        formula=v.formula,
        notes=v.notes,
        price_minor=v.price_minor,
        currency=v.currency,
        payment_method=v.payment_method,
        created_by=v.created_by,
        created_at=v.created_at,
        corrects_visit_id=v.corrects_visit_id,
        editable_until=v.created_at + TECHNICIAN_EDIT_WINDOW,
    )


def patch_test_values(test: PatchTest) -> dict[str, object]:
    """A patch test's fields as an earlier version keeps them."""
    return {
        "tested_on": test.tested_on.isoformat(),
        "product": test.product,
        "batch": test.batch,
        "result": test.result.value,
        "done_by": test.done_by,
        "valid_until": test.valid_until.isoformat(),
    }
