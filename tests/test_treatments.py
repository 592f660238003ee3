"""Treatments: service list, visits and formulas, the 24-hour rule, corrections, patch tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

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
from salonvault.domain.formulas import Bowl, Component, Formula
from salonvault.domain.roles import Role
from salonvault.domain.treatments import (
    EditRefusal,
    EditRight,
    PatchResult,
    PatchStatus,
    PaymentMethod,
    PhotosWithheld,
    VisitDetail,
    VisitInput,
    VisitLink,
    VisitSummary,
)
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_photo_consent, two_bowl_formula
from tests.support import NAMES, PINS, FakeClock, Team
from tests.test_permissions import a_jpeg

TODAY = date(2026, 11, 22)
FORMULA = two_bowl_formula()


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
    assert vault.treatments.repeat_last_formula(team.technician, client) == FORMULA
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
        ({"formula": Formula((Bowl(processing_minutes=900),))}, "formula"),
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


# -- repeat last formula -----------------------------------------------------------------------


def one_bowl(shade: str) -> Formula:
    return Formula((Bowl(brand="Wella Koleston", components=(Component(shade, Decimal(30)),)),))


def test_repeat_last_formula_takes_the_newest_visit_that_has_one(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    add, repeat = vault.treatments.add_visit, vault.treatments.repeat_last_formula
    assert repeat(team.technician, client) is None
    add(
        team.technician,
        client,
        visit(cut, visited_on=TODAY - timedelta(40), formula=one_bowl("6/0")),
    )
    add(team.technician, client, visit(cut, visited_on=TODAY - timedelta(10)))  # a cut, no formula
    assert repeat(team.technician, client) == one_bowl("6/0")
    day = TODAY - timedelta(5)
    add(team.technician, client, visit(cut, visited_on=day, formula=one_bowl("7/1")))
    afternoon = add(team.owner, client, visit(cut, visited_on=day, formula=FORMULA))
    assert repeat(team.owner, client) == FORMULA  # two visits on one day: the later one
    add(
        team.technician, client, visit(cut, visited_on=day - timedelta(20), formula=one_bowl("5/0"))
    )
    assert repeat(team.technician, client) == FORMULA  # recorded last, but an older visit
    with pytest.raises(PermissionDenied):
        vault.treatments.repeat_last_formula(team.receptionist, client)
    logged = vault.audit.list(team.owner, AuditFilter(action="formula.repeat"))
    assert [e.detail for e in logged][:2] == [f"visit={afternoon}", f"visit={afternoon}"]
    assert logged[-1].detail == "visit=none" and logged[-1].object_id == str(client)
    with pytest.raises(NotFound):
        repeat(team.owner, 999)


def test_a_correction_is_the_latest_version_of_its_visit(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    tech, repeat = team.technician, vault.treatments.repeat_last_formula
    earlier, later = TODAY - timedelta(20), TODAY - timedelta(10)
    first = vault.treatments.add_visit(
        tech, client, visit(cut, visited_on=earlier, formula=one_bowl("6/0"))
    )
    latest = vault.treatments.add_visit(
        tech, client, visit(cut, visited_on=later, formula=one_bowl("7/1"))
    )
    # Correcting the older visit after the newer one was recorded: the newer visit still counts.
    vault.treatments.add_correction(
        tech, first, visit(cut, visited_on=earlier, formula=one_bowl("6/1"))
    )
    assert repeat(tech, client) == one_bowl("7/1")
    fixed = vault.treatments.add_correction(
        tech, latest, visit(cut, visited_on=later, formula=one_bowl("7/3"))
    )
    assert repeat(tech, client) == one_bowl("7/3")
    vault.treatments.add_correction(tech, fixed, visit(cut, visited_on=later, formula=FORMULA))
    assert repeat(tech, client) == FORMULA  # a correction of the correction
    # The newest correction takes the formula off: the visit before counts, as corrected.
    vault.treatments.add_correction(tech, latest, visit(cut, visited_on=later))
    assert repeat(tech, client) == one_bowl("6/1")
    # Two visits today; the morning one corrected after the afternoon one: the afternoon counts.
    morning = vault.treatments.add_visit(tech, client, visit(cut, formula=one_bowl("8/0")))
    vault.treatments.add_visit(tech, client, visit(cut, formula=one_bowl("9/0")))
    vault.treatments.add_correction(tech, morning, visit(cut, formula=one_bowl("8/1")))
    assert repeat(tech, client) == one_bowl("9/0")


# -- one visit opened ----------------------------------------------------------------------------


def test_visit_detail_shows_each_role_what_the_card_shows(
    salon: tuple[Vault, int, int, int], team: Team, clock: FakeClock
) -> None:
    vault, client, _colour, cut = salon
    data = visit(
        cut,
        formula=FORMULA,
        notes="Sensitive scalp",
        products="Olaplex No.3",
        price_minor=450_000,
        currency="VND",
        payment_method=PaymentMethod.CARD,
    )
    original = vault.treatments.add_visit(team.technician, client, data)
    correction = vault.treatments.add_correction(
        team.owner, original, replace(data, notes="Very sensitive scalp")
    )
    grant_photo_consent(vault, team.owner, client)
    photos = vault.photos
    after = photos.add_photo(team.technician, client, a_jpeg(), "after", visit_id=original)
    before = photos.add_photo(team.technician, client, a_jpeg(), "before", visit_id=original)
    photos.add_photo(team.technician, client, a_jpeg(), "before")  # not this visit's

    owner = vault.treatments.visit_detail(team.owner, original)
    assert owner.visit is not None and owner.visit.formula == FORMULA
    assert (owner.visit.notes, owner.visit.products) == ("Sensitive scalp", "Olaplex No.3")
    assert (owner.visit.price_minor, owner.visit.currency) == (450_000, "VND")
    assert owner.visit.payment_method is PaymentMethod.CARD
    assert owner.technician_name == owner.recorded_by_name == NAMES[Role.TECHNICIAN]
    assert owner.corrects is None
    assert owner.corrections == (
        VisitLink(correction, TODAY, team.owner.staff_id, NAMES[Role.OWNER], clock.now()),
    )
    assert owner.photo_ids == (before.info.id, after.info.id) and owner.photos_withheld is None
    assert owner.edit == EditRight(True, None, None) and owner.may_correct

    technician = vault.treatments.visit_detail(team.technician, correction)
    assert technician.corrects == VisitLink(
        original, TODAY, team.technician.staff_id, NAMES[Role.TECHNICIAN], clock.now()
    )
    assert technician.visit is not None and technician.visit.notes == "Very sensitive scalp"
    assert technician.edit.refusal is EditRefusal.NOT_OWN and technician.may_correct
    assert technician.photo_ids == () and technician.photos_withheld is None  # none attached

    desk = vault.treatments.visit_detail(team.receptionist, original)
    assert desk == VisitDetail(
        summary=VisitSummary(original, TODAY, "Cut and blow-dry"),
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
    assert desk.summary in vault.treatments.history_summary(team.receptionist, client)

    opened = vault.audit.list(team.owner, AuditFilter(action="visit.open"))
    assert [(e.role, e.object_id, e.detail) for e in opened] == [
        ("receptionist", str(client), f"visit={original} fields=date,service"),
        ("technician", str(client), f"visit={correction} fields={ALL_SHOWN}"),
        ("owner", str(client), f"visit={original} fields={ALL_SHOWN}"),
    ]
    with pytest.raises(NotFound):
        vault.treatments.visit_detail(team.owner, 999)


ALL_SHOWN = "corrections,date,formula,notes,payment,photos,price,products,service,technician"


def test_visit_detail_withholds_photos_without_photo_consent(
    salon: tuple[Vault, int, int, int], team: Team
) -> None:
    vault, client, _colour, cut = salon
    visit_id = vault.treatments.add_visit(team.technician, client, visit(cut))
    detail = vault.treatments.visit_detail(team.technician, visit_id)
    assert detail.photo_ids == () and detail.photos_withheld is PhotosWithheld.CONSENT
    [entry] = vault.audit.list(team.owner, AuditFilter(action="visit.open"))
    assert "photos" not in entry.detail and "formula" in entry.detail


def test_visit_detail_follows_the_24_hour_rule(
    salon: tuple[Vault, int, int, int], team: Team, clock: FakeClock
) -> None:
    vault, client, _colour, cut = salon
    visit_id = vault.treatments.add_visit(team.technician, client, visit(cut))
    deadline = clock.now() + timedelta(hours=24)
    detail = vault.treatments.visit_detail
    assert detail(team.technician, visit_id).edit == EditRight(True, deadline, None)
    clock.advance(hours=23, minutes=59)
    technician = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    assert detail(technician, visit_id).edit.allowed
    vault.treatments.edit_visit(technician, visit_id, visit(cut, notes="still mine to edit"))
    clock.advance(minutes=1)
    assert detail(technician, visit_id).edit == EditRight(
        False, deadline, EditRefusal.WINDOW_CLOSED
    )
    with pytest.raises(VisitLocked):  # what the detail said, the edit does
        vault.treatments.edit_visit(technician, visit_id, visit(cut, notes="too late"))
    assert detail(technician, visit_id).may_correct
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    assert detail(owner, visit_id).edit == EditRight(True, None, None)
    vault.treatments.edit_visit(owner, visit_id, visit(cut, notes="owner's fix"))
