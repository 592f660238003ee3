"""Services, visits (treatments), colour formulas and patch tests.

A receptionist sees a visit as its date and service name only (`VisitSummary`); owners and
technicians see everything (`VisitView`). Nothing is ever deleted: a locked visit is corrected
by a new one that points back to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

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
class ColourFormula:
    """Structured enough to read at a glance: brand, shades, developer, ratio, time."""

    brand: str = ""
    shades: tuple[str, ...] = ()
    developer: str = ""  # e.g. "6% / 20 vol"
    ratio: str = ""  # e.g. "1:1.5"
    processing_minutes: int | None = None

    @property
    def empty(self) -> bool:
        return not (self.brand or self.shades or self.developer or self.ratio) and (
            self.processing_minutes is None
        )

    def one_line(self) -> str:
        parts = [self.brand, " + ".join(self.shades), self.developer, self.ratio]
        if self.processing_minutes is not None:
            parts.append(f"{self.processing_minutes} min")
        return " · ".join(p for p in parts if p)


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


@dataclass(frozen=True, slots=True)
class VisitInput:
    visited_on: date
    service_id: int
    technician_id: int | None = None  # defaults to whoever records it
    products: str = ""
    formula: ColourFormula = ColourFormula()
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
    formula: ColourFormula
    notes: str
    price_minor: int | None
    currency: str
    payment_method: PaymentMethod | None
    created_by: int
    created_at: datetime
    corrects_visit_id: int | None
    editable_until: datetime  # for a technician's own entry; owners may always correct


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
