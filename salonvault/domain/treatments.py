"""Services, visits (treatments), colour formulas and patch tests.

A receptionist sees a visit as its date and service name only (`VisitSummary`); owners and
technicians see everything (`VisitView`, `VisitDetail`). Nothing is ever deleted: a locked visit
is corrected by a new one that points back to it. The formula itself is domain/formulas.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from salonvault.domain.formulas import Formula
from salonvault.domain.roles import Permission, Role, role_allows

TECHNICIAN_EDIT_WINDOW = timedelta(hours=24)
DEFAULT_PATCH_TEST_VALIDITY_DAYS = 182  # about 6 months


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"  # the method only: card numbers are never stored
    TRANSFER = "transfer"
    VOUCHER = "voucher"
    OTHER = "other"


class PatchResult(StrEnum):
    PENDING = "pending"
    PASS = "pass"  # noqa: S105 - a test result, not a password
    FAIL = "fail"


class PatchStatus(StrEnum):
    """What the counter needs to know before a colour service."""

    VALID = "valid"
    EXPIRED = "expired"
    PENDING = "pending"
    FAILED = "failed"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class SalonService:
    """One entry of the salon's service catalogue. Duration and price are defaults that a visit
    starts from; the price is in minor units of the salon's currency (VND has none: 1 = 1 đồng)."""

    id: int
    name: str
    requires_patch_test: bool
    active: bool
    group: str = ""
    duration_minutes: int | None = None
    price_minor: int | None = None
    position: int = 0
    contraindications: tuple[str, ...] = ()  # domain/contraindications.py


@dataclass(frozen=True, slots=True)
class VisitInput:
    visited_on: date
    service_id: int
    technician_id: int | None = None  # defaults to whoever records it
    products: str = ""
    formula: Formula = Formula()  # noqa: RUF009 - frozen, so one shared empty formula is safe
    notes: str = ""
    price_minor: int | None = None  # in the currency's smallest unit (đồng, grosz, fen)
    currency: str = ""
    payment_method: PaymentMethod | None = None


@dataclass(frozen=True, slots=True)
class VisitSummary:
    id: int
    visited_on: date
    service_name: str


@dataclass(frozen=True, slots=True)
class VisitView:
    id: int
    visited_on: date
    service_id: int
    service_name: str
    technician_id: int
    products: str
    formula: Formula
    notes: str
    price_minor: int | None
    currency: str
    payment_method: PaymentMethod | None
    created_by: int
    created_at: datetime
    corrects_visit_id: int | None
    editable_until: datetime  # for a technician's own entry; owners may always correct


class EditRefusal(StrEnum):
    """Why this session may not edit a visit now (a code: the window words it)."""

    ROLE = "role"  # a receptionist never edits treatments
    NOT_OWN = "not_own"  # a technician edits only the entries they recorded
    WINDOW_CLOSED = "window_closed"  # more than 24 hours since it was recorded


class PhotosWithheld(StrEnum):
    """Why a visit's photos are not listed."""

    ROLE = "role"  # a receptionist never sees photos
    CONSENT = "consent"  # the client's photo consent is not active


@dataclass(frozen=True, slots=True)
class EditRight:
    """Whether this session may edit the visit now. `until` is the end of the 24 hours for a
    technician's own entry (None for an owner, who may always edit, and for a receptionist)."""

    allowed: bool
    until: datetime | None
    refusal: EditRefusal | None


@dataclass(frozen=True, slots=True)
class VisitLink:
    """Another entry in a visit's correction chain: which, for what day, who recorded it, when."""

    visit_id: int
    visited_on: date
    recorded_by: int
    recorded_by_name: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """One visit opened, as this role may see it. A receptionist gets the summary only: `visit`
    is None, names and the correction chain are empty, photos are withheld, no edit."""

    summary: VisitSummary
    visit: VisitView | None
    technician_name: str
    recorded_by_name: str
    corrects: VisitLink | None  # the entry this one corrects
    corrections: tuple[VisitLink, ...]  # entries that correct this one, oldest first
    photo_ids: tuple[int, ...]  # before ahead of after
    photos_withheld: PhotosWithheld | None
    edit: EditRight
    may_correct: bool  # may add a correction (a new entry pointing back to this one)


@dataclass(frozen=True, slots=True)
class PatchTest:
    id: int
    tested_on: date
    product: str
    batch: str
    result: PatchResult
    done_by: int
    valid_until: date


def patch_status(tests: list[PatchTest], on: date) -> PatchStatus:
    """The newest test decides: pass and not expired is valid."""
    if not tests:
        return PatchStatus.NONE
    newest = max(tests, key=lambda t: (t.tested_on, t.id))
    if newest.result is PatchResult.FAIL:
        return PatchStatus.FAILED
    if newest.result is PatchResult.PENDING:
        return PatchStatus.PENDING
    return PatchStatus.VALID if on <= newest.valid_until else PatchStatus.EXPIRED


def edit_right(
    role: Role, staff_id: int, created_by: int, created_at: datetime, now: datetime
) -> EditRight:
    """The 24-hour rule: owners edit any visit; technicians their own entries for 24 hours
    after recording them; receptionists none."""
    if role_allows(role, Permission.TREATMENT_EDIT_ANY):
        return EditRight(True, None, None)
    if not role_allows(role, Permission.TREATMENT_EDIT_OWN_RECENT):
        return EditRight(False, None, EditRefusal.ROLE)
    if created_by != staff_id:
        return EditRight(False, None, EditRefusal.NOT_OWN)
    until = created_at + TECHNICIAN_EDIT_WINDOW
    if now >= until:
        return EditRight(False, until, EditRefusal.WINDOW_CLOSED)
    return EditRight(True, until, None)


def current_versions(visits: Iterable[VisitView]) -> list[VisitView]:
    """Each visit as it stands after its corrections, newest visit first.

    A correction stands for the entry it corrects (so for the whole chain back to the original
    visit); when a visit was corrected more than once, the correction recorded last counts.
    Visits are ordered by the date of that version, then by when the original was recorded, so
    of two visits on one day the later one comes first.
    """
    by_id = {v.id: v for v in visits}

    def original(visit: VisitView) -> VisitView:
        seen = {visit.id}
        while (parent := visit.corrects_visit_id) is not None and parent not in seen:
            if parent not in by_id:
                break  # corrects an entry not in this list: it stands for itself here
            visit = by_id[parent]
            seen.add(parent)
        return visit

    current: dict[int, VisitView] = {}
    for visit in by_id.values():
        root = original(visit).id
        best = current.get(root)
        if best is None or (visit.created_at, visit.id) > (best.created_at, best.id):
            current[root] = visit
    ordered = sorted(current.items(), key=lambda item: (item[1].visited_on, item[0]), reverse=True)
    return [visit for _root, visit in ordered]


def latest_with_formula(visits: Iterable[VisitView]) -> VisitView | None:
    """The newest visit (as corrected) that has a colour formula."""
    return next((v for v in current_versions(visits) if not v.formula.empty), None)
