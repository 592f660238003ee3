"""Treatments: service list, visits and formulas, the 24-hour rule, corrections, patch tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import (
    NotFound,
    PatchTestRequired,
    PermissionDenied,
    ValidationError,
    VisitLocked,
)
from salonvault.domain.roles import Role
from salonvault.domain.treatments import (
    ColourFormula,
    PatchResult,
    PatchStatus,
    PaymentMethod,
    VisitInput,
    VisitSummary,
)
from salonvault.services.vault.opening import Vault
from tests.conftest import NAMES, PINS, FakeClock, Team

TODAY = date(2026, 11, 22)
FORMULA = ColourFormula("Wella Koleston", ("7/0", "7/1"), "6% / 20 vol", "1:1", 35)


@pytest.fixture
def salon(vault: Vault, team: Team) -> tuple[Vault, int, int, int]:
    """(vault, client id, colour service needing a patch test, cut without one)."""
    colour = vault.catalogue.add(
        team.owner, ServiceInput("Colour, full head", requires_patch_test=True)
    )
    cut = vault.catalogue.add(
        team.owner, ServiceInput("Cut and blow-dry", requires_patch_test=False)
    )
    client = vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id
    return vault, client, colour, cut


def visit(service: int, **values: object) -> VisitInput:
    return VisitInput(**{"visited_on": TODAY, "service_id": service, **values})  # type: ignore[arg-type]


def test_only_the_owner_keeps_the_service_list(vault: Vault, team: Team) -> None:
    with pytest.raises(PermissionDenied):
        vault.catalogue.add(team.receptionist, ServiceInput("Nails", requires_patch_test=False))
    service = vault.catalogue.add(team.owner, ServiceInput("Lash lift", requires_patch_test=True))
    with pytest.raises(ValidationError):
        vault.catalogue.add(team.owner, ServiceInput("lash  LIFT", requires_patch_test=False))
    assert [s.name for s in vault.treatments.services(team.technician)] == ["Lash lift"]
    vault.catalogue.update(
        team.owner, service, ServiceInput("Lash lift", requires_patch_test=True, active=False)
    )
    assert vault.treatments.services(team.technician) == []


def test_technician_adds_a_visit_with_a_formula_latest_on_top(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    vault.treatments.add_visit(
        team.technician, client, visit(cut, visited_on=TODAY - timedelta(days=60))
    )
    vault.treatments.add_visit(
        team.technician,
        client,
        visit(
            cut,
            formula=FORMULA,
            price_minor=450_000,
            currency="vnd",
            payment_method=PaymentMethod.CASH,
            products="Olaplex No.3",
        ),
    )
    history = vault.treatments.history(team.technician, client)
    assert [v.visited_on for v in history] == [TODAY, TODAY - timedelta(days=60)]
    latest = history[0]
    assert latest.formula == FORMULA and latest.currency == "VND"
    assert latest.technician_id == team.technician.staff_id
    assert vault.treatments.latest_formula(team.technician, client) == FORMULA
    assert FORMULA.one_line() == "Wella Koleston · 7/0 + 7/1 · 6% / 20 vol · 1:1 · 35 min"
    record = vault.clients._repo.get(client)
    assert record is not None and record.last_visit_on == TODAY


def test_receptionist_sees_dates_and_service_names_only(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    vault.treatments.add_visit(team.technician, client, visit(cut, notes="Fine hair"))
    with pytest.raises(PermissionDenied):
        vault.treatments.history(team.receptionist, client)
    with pytest.raises(PermissionDenied):
        vault.treatments.add_visit(team.receptionist, client, visit(cut))
    assert vault.treatments.history_summary(team.receptionist, client) == [
        VisitSummary(1, TODAY, "Cut and blow-dry")
    ]


def test_technician_edits_own_entry_for_24_hours_then_corrects(
    salon: tuple[Vault, int, int, int], team: Team, clock: FakeClock
) -> None:
    vault, client, _colour, cut = salon
    visit_id = vault.treatments.add_visit(team.technician, client, visit(cut, notes="first"))
    clock.advance(hours=23, minutes=59)
    next_day = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    vault.treatments.edit_visit(next_day, visit_id, visit(cut, notes="fixed"))
    clock.advance(minutes=1)
    with pytest.raises(VisitLocked, match="add a correction"):
        vault.treatments.edit_visit(next_day, visit_id, visit(cut, notes="late"))
    correction = vault.treatments.add_correction(next_day, visit_id, visit(cut, notes="late"))
    history = vault.treatments.history(next_day, client)
    assert {v.id: v.notes for v in history} == {visit_id: "fixed", correction: "late"}
    assert next(v for v in history if v.id == correction).corrects_visit_id == visit_id
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    refused = vault.audit.list(owner, AuditFilter(action="visit.edit"))
    assert refused[0].outcome.value == "refused" and "locked" in refused[0].detail


def test_technician_cannot_edit_someone_elses_entry_but_the_owner_can(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    visit_id = vault.treatments.add_visit(team.owner, client, visit(cut, notes="owner's"))
    with pytest.raises(VisitLocked):
        vault.treatments.edit_visit(team.technician, visit_id, visit(cut, notes="mine now"))
    vault.treatments.edit_visit(team.owner, visit_id, visit(cut, notes="edited"))
    assert vault.treatments.history(team.owner, client)[0].notes == "edited"


def test_patch_test_warning_must_be_acknowledged_and_is_logged(
    salon: tuple[Vault, int, int, int], team: Team, clock: FakeClock
) -> None:
    vault, client, colour, cut = salon
    vault.treatments.add_visit(team.technician, client, visit(cut))  # no patch test needed
    with pytest.raises(PatchTestRequired, match="none"):
        vault.treatments.add_visit(team.technician, client, visit(colour))
    vault.treatments.add_visit(
        team.technician, client, visit(colour), acknowledge_patch_warning=True
    )
    [override] = vault.audit.list(team.owner, AuditFilter(action="visit.patch_test_override"))
    assert override.detail == "status=none" and override.role == "technician"

    test_id = vault.treatments.record_patch_test(
        team.technician, client, TODAY, "Koleston 7/0", "B123"
    )
    assert vault.treatments.patch_status(team.receptionist, client) is PatchStatus.PENDING
    with pytest.raises(PatchTestRequired, match="pending"):
        vault.treatments.add_visit(team.technician, client, visit(colour))
    vault.treatments.set_patch_result(team.technician, client, test_id, PatchResult.PASS)
    assert vault.treatments.patch_status(team.receptionist, client) is PatchStatus.VALID
    vault.treatments.add_visit(team.technician, client, visit(colour))  # no warning now


def test_patch_tests_expire_after_the_validity_period(
    salon: tuple[Vault, int, int, int], team: Team, clock: FakeClock
) -> None:
    vault, client, colour, _cut = salon
    old = TODAY - timedelta(days=200)
    vault.treatments.record_patch_test(team.owner, client, old, "Koleston", result=PatchResult.PASS)
    assert vault.treatments.patch_status(team.technician, client) is PatchStatus.EXPIRED
    with pytest.raises(PatchTestRequired, match="expired"):
        vault.treatments.add_visit(team.technician, client, visit(colour))
    failed = vault.treatments.record_patch_test(
        team.owner, client, TODAY, "Koleston", result=PatchResult.FAIL
    )
    assert failed and vault.treatments.patch_status(team.technician, client) is PatchStatus.FAILED


def test_patch_test_details_by_role(salon: tuple[Vault, int, int, int], team: Team) -> None:
    vault, client, _colour, _cut = salon
    with pytest.raises(PermissionDenied):
        vault.treatments.record_patch_test(team.receptionist, client, TODAY, "Koleston")
    vault.treatments.record_patch_test(team.technician, client, TODAY, "Koleston", "B1")
    with pytest.raises(PermissionDenied):
        vault.treatments.patch_tests(team.receptionist, client)
    [test] = vault.treatments.patch_tests(team.technician, client)
    assert test.valid_until == TODAY + timedelta(days=182) and test.batch == "B1"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"visited_on": TODAY + timedelta(days=1)}, "visited_on"),
        ({"notes": "Paid with 4111 1111 1111 1111"}, "notes"),  # a card number
        ({"products": "card 5500-0000-0000-0004"}, "products"),
        ({"price_minor": -1}, "price_minor"),
        ({"currency": "dollars"}, "currency"),
        ({"formula": ColourFormula(processing_minutes=900)}, "formula"),
        ({"technician_id": 2}, "technician_id"),  # the receptionist did not do it
    ],
)
def test_visit_field_rules(
    salon: tuple[Vault, int, int, int], team: Team, values: dict, field: str
) -> None:
    vault, client, _colour, cut = salon
    with pytest.raises(ValidationError) as error:
        vault.treatments.add_visit(team.owner, client, visit(cut, **values))
    assert error.value.field == field


def test_ordinary_numbers_in_notes_are_fine(salon: tuple[Vault, int, int, int], team: Team) -> None:
    vault, client, _colour, cut = salon
    vault.treatments.add_visit(team.owner, client, visit(cut, notes="Call 0912 345 678 at 10:30"))
    with pytest.raises(NotFound):
        vault.treatments.history(team.owner, 999)
