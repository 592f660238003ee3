"""Client-list filters (issue 18 item 12): a small salon whose expected lists were worked out by
hand, each filter alone and together, both sort orders, archived clients, corrected visits, and
who may filter by what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientFilter, ClientInput, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import PermissionDenied
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import Team

F = ClientFilter


@dataclass(frozen=True)
class Salon:
    vault: Vault
    team: Team
    ids: dict[str, int]  # client letter -> id
    cut: int
    colour: int
    mai: int  # the template's technician
    anna: int  # a second technician


@pytest.fixture
def salon(vault: Vault, team: Team) -> Salon:
    return hand_made_salon(vault, team)


def hand_made_salon(vault: Vault, team: Team) -> Salon:
    """Six clients (letters A-F), as the table in each test's comment describes them:

    A Nowak Ewa      vip               Cut by Mai 2026-03-10, Colour by Anna 2026-09-01
    B Nowak Anna     vip, balayage     Colour by Mai 2026-10-15; an allergy
    C Trần Thị Lan   khách quen        Cut by Anna 2026-05-20; service consent
    D Lê Minh        -                 no visit; a severe alert; service consent
    E 王芳 (archived) vip               Colour by Anna 2025-12-01, corrected to a Cut
    F Kowalska Ola   balayage          Colour by Mai 2026-11-20; consent given, withdrawn
    """
    owner = team.owner
    cut = vault.catalogue.add(owner, ServiceInput("Strzyżenie", requires_patch_test=False))
    colour = vault.catalogue.add(owner, ServiceInput("Koloryzacja", requires_patch_test=False))
    mai = team.technician.staff_id
    anna = vault.staff.add(owner, "Anna Wiśniewska", Role.TECHNICIAN, "583917").id
    people = {
        "A": ("Nowak", "Ewa", ("vip",)),
        "B": ("Nowak", "Anna", ("vip", "balayage")),
        "C": ("Trần", "Thị Lan", ("khách quen",)),
        "D": ("Lê", "Minh", ()),
        "E": ("王", "芳", ("vip",)),
        "F": ("Kowalska", "Ola", ("balayage",)),
    }
    ids = {
        letter: vault.clients.create(owner, ClientInput(family, given, tags=tags)).id
        for letter, (family, given, tags) in people.items()
    }

    def visit(letter: str, day: date, service: int, technician: int) -> int:
        data = VisitInput(visited_on=day, service_id=service, technician_id=technician)
        return vault.treatments.add_visit(owner, ids[letter], data)

    visit("A", date(2026, 3, 10), cut, mai)
    visit("A", date(2026, 9, 1), colour, anna)
    visit("B", date(2026, 10, 15), colour, mai)
    visit("C", date(2026, 5, 20), cut, anna)
    wrong = visit("E", date(2025, 12, 1), colour, anna)
    vault.treatments.add_correction(
        owner, wrong, VisitInput(visited_on=date(2025, 12, 1), service_id=cut, technician_id=anna)
    )
    visit("F", date(2026, 11, 20), colour, mai)
    grant_health_consent(vault, owner, ids["B"])  # health data rests on consent
    grant_health_consent(vault, owner, ids["D"])
    vault.clients.add_health_item(owner, ids["B"], HealthKind.ALLERGY, "PPD", Severity.MODERATE)
    vault.clients.add_health_item(owner, ids["D"], HealthKind.CONDITION, "Egzema", Severity.SEVERE)
    for letter in ("C", "D"):  # visit records are acknowledged, never withdrawn (0042)
        vault.consent.record(
            owner, ids[letter], Purpose.SERVICE_RECORDS, "granted", "pl", "paper", None, "P-1"
        )
    vault.clients.set_archived(owner, ids["E"], True)
    return Salon(vault, team, ids, cut, colour, mai, anna)


def found(salon: Salon, client_filter: ClientFilter, by_name: bool = False) -> str:
    """The filtered list as letters, in the list's order."""
    letters = {client_id: letter for letter, client_id in salon.ids.items()}
    ids = salon.vault.clients.filter_ids(salon.team.owner, client_filter, by_name)
    return "".join(letters[i] for i in ids)


def test_no_condition_is_the_whole_list(salon: Salon) -> None:
    vault, desk = salon.vault, salon.team.receptionist
    assert found(salon, F()) == "FBACD"  # most recent visit first; no visit last
    assert vault.clients.filter_ids(desk, F()) == vault.clients.list_ids(desk)
    assert vault.clients.filter_ids(desk, F(include_archived=True), by_name=True) == (
        vault.clients.list_ids(desk, by_name=True, include_archived=True)
    )


def test_tags_match_whole_tags_as_they_are_cleaned(salon: Salon) -> None:
    assert found(salon, F(tag="vip")) == "BA"  # E is archived
    assert found(salon, F(tag=" VIP ", include_archived=True)) == "BAE"
    assert found(salon, F(tag="Khách  Quen")) == "C"
    assert found(salon, F(tag="quen")) == ""  # a word of a tag is not the tag
    assert found(salon, F(tag="balayage")) == "FB"


def test_a_service_or_a_technician_on_a_visit_that_still_counts(salon: Salon) -> None:
    # E's colour was corrected to a cut: the correction counts, the visit it corrects does not.
    assert found(salon, F(service_id=salon.colour, include_archived=True)) == "FBA"
    assert found(salon, F(service_id=salon.cut, include_archived=True)) == "ACE"
    assert found(salon, F(technician_id=salon.anna)) == "AC"
    assert found(salon, F(technician_id=salon.anna, include_archived=True)) == "ACE"
    # Both: the same visit. A had a cut by Mai and a colour by Anna, neither a colour by Mai.
    assert found(salon, F(service_id=salon.colour, technician_id=salon.mai)) == "FB"
    assert found(salon, F(service_id=salon.cut, technician_id=salon.anna)) == "C"


def test_last_visit_from_and_before(salon: Salon) -> None:
    assert found(salon, F(last_visit_from=date(2026, 6, 1))) == "FBA"
    assert found(salon, F(last_visit_from=date(2026, 10, 15))) == "FB"  # on the day counts
    assert found(salon, F(last_visit_before=date(2026, 6, 1))) == "CD"  # D never came
    assert found(salon, F(last_visit_before=date(2026, 5, 20))) == "D"  # before: not on
    window = F(last_visit_from=date(2026, 5, 1), last_visit_before=date(2026, 10, 1))
    assert found(salon, window) == "AC"


def test_alerts_and_consent(salon: Salon) -> None:
    assert found(salon, F(has_alerts=True)) == "BD"
    assert found(salon, F(needs_consent=True)) == "FBA"  # F, A and B were never informed
    owner = salon.team.owner
    salon.vault.consent.set_purpose_enabled(owner, Purpose.SERVICE_RECORDS, False)
    assert found(salon, F(needs_consent=True)) == ""  # the salon does not ask for it


def test_conditions_combine_with_and_in_both_orders(salon: Salon) -> None:
    assert found(salon, F(tag="vip", has_alerts=True)) == "B"
    assert found(salon, F(tag="balayage", needs_consent=True)) == "FB"
    assert found(salon, F(tag="balayage", needs_consent=True), by_name=True) == "FB"
    assert found(salon, F(tag="vip"), by_name=True) == "BA"  # Nowak Anna, then Nowak Ewa
    assert found(salon, F(has_alerts=True, last_visit_before=date(2026, 1, 1))) == "D"
    everything = F(
        tag="vip",
        service_id=salon.colour,
        technician_id=salon.anna,
        last_visit_from=date(2026, 1, 1),
        last_visit_before=date(2026, 12, 1),
        needs_consent=True,
    )
    assert found(salon, everything) == "A"
    assert found(salon, F(has_alerts=True, needs_consent=True, tag="vip")) == "B"


def plan_of_filter(salon: Salon, client_filter: ClientFilter, by_name: bool) -> str:
    """The query plan of the statement the filter ran, as one line."""
    db = salon.vault.database
    statements: list[str] = []
    db._connection.set_trace_callback(statements.append)
    try:
        salon.vault.clients.filter_ids(salon.team.owner, client_filter, by_name)
    finally:
        db._connection.set_trace_callback(None)
    [sql] = [sql for sql in statements if sql.startswith("SELECT c.id FROM clients c")]
    return " ".join(str(row[-1]) for row in db.query("EXPLAIN QUERY PLAN " + sql))


def test_a_tag_by_name_walks_the_names_in_order_and_sorts_nothing(salon: Salon) -> None:
    """Issue 24: a filter of search-text terms sorted by name walks `clients_by_name` (already
    in name order); a term on the last visit is in `clients_walk` only, which it keeps."""
    plan = plan_of_filter(salon, F(tag="vip"), by_name=True)
    assert "clients_by_name" in plan and "TEMP B-TREE" not in plan, plan
    plan = plan_of_filter(salon, F(tag="vip", last_visit_from=date(2026, 1, 1)), by_name=True)
    assert "clients_walk" in plan, plan
    assert "clients_walk" in plan_of_filter(salon, F(tag="vip"), by_name=False)
    assert found(salon, F(tag="vip"), by_name=True) == "BA"
    assert found(salon, F(tag="vip", last_visit_from=date(2026, 1, 1)), by_name=True) == "BA"


def test_by_name_folds_accents_and_archived_names_sort_in(salon: Salon) -> None:
    whole = F(include_archived=True)
    assert found(salon, whole, by_name=True) == "FDBACE"  # kowalska, le, nowak…, tran, wang


def test_who_may_filter_by_what(salon: Salon) -> None:
    vault, team = salon.vault, salon.team
    # Receptionists see dates and services, not who did a treatment (DESIGN.md §4).
    with pytest.raises(PermissionDenied):
        vault.clients.filter_ids(team.receptionist, F(technician_id=salon.anna))
    assert vault.clients.filter_ids(team.technician, F(technician_id=salon.anna))
    assert vault.clients.filter_ids(team.receptionist, F(service_id=salon.colour))
    assert vault.clients.filter_ids(team.technician, F(has_alerts=True))


def test_has_alerts_walks_only_the_clients_who_have_alerts(salon: Salon) -> None:
    """Issue 24: "has alerts" walks the partial index of the clients with current health items
    (migration 21), in the list's order, instead of every client's entry."""
    for by_name in (False, True):
        plan = plan_of_filter(salon, F(has_alerts=True), by_name)
        assert "clients_with_alerts" in plan and "health_items" not in plan, plan
    assert "TEMP B-TREE" not in plan_of_filter(salon, F(has_alerts=True), by_name=False)
    for by_name in (False, True):  # the owner's view with archived clients: the same index
        plan = plan_of_filter(salon, F(has_alerts=True, include_archived=True), by_name)
        assert "clients_with_alerts" in plan and "health_items" not in plan, plan
    assert found(salon, F(has_alerts=True), by_name=True) == "DB"  # le, nowak
    assert found(salon, F(has_alerts=True, include_archived=True)) == "BD"


def current_alerts(vault: Vault) -> dict[int, int]:
    """Each client's kept count, checked against their current health items."""
    db = vault.database
    kept = {int(i): int(n) for i, n in db.query("SELECT id, current_alerts FROM clients")}
    items = dict.fromkeys(kept, 0)
    for (client_id,) in db.query("SELECT client_id FROM health_items WHERE removed_at IS NULL"):
        items[int(client_id)] += 1
    assert kept == items
    return kept


def test_the_alert_counts_follow_adding_removing_merging_and_erasing(salon: Salon) -> None:
    """The kept counts behind the filter (migration 21) are each client's current health
    items, whatever changed them. Worked out by hand: B 1 (PPD), D 1 (eczema)."""
    vault, owner, ids = salon.vault, salon.team.owner, salon.ids
    assert {k: v for k, v in current_alerts(vault).items() if v} == {ids["B"]: 1, ids["D"]: 1}
    second = vault.clients.add_health_item(
        owner, ids["B"], HealthKind.MEDICATION, "Izotretynoina", Severity.SEVERE
    )
    assert current_alerts(vault)[ids["B"]] == 2
    vault.clients.edit_health_item(
        owner, ids["B"], second, HealthKind.MEDICATION, "Izotretynoina 20 mg", Severity.SEVERE
    )
    assert current_alerts(vault)[ids["B"]] == 2  # an edit is not another alert
    vault.clients.remove_health_item(owner, ids["B"], second)
    assert current_alerts(vault)[ids["B"]] == 1  # a removed item stays on record, not counted
    grant_health_consent(vault, owner, ids["A"])
    vault.clients.add_health_item(owner, ids["A"], HealthKind.ALLERGY, "Nikiel", Severity.LOW)
    assert found(salon, F(has_alerts=True)) == "BAD"
    vault.merge.merge(owner, ids["B"], ids["A"], "Nowak Ewa")  # A's items move to B
    counts = current_alerts(vault)
    assert counts[ids["B"]] == 2 and counts.get(ids["A"], 0) == 0
    assert found(salon, F(has_alerts=True)) == "BD"
    vault.erasure.erase(owner, ids["D"], "Lê Minh", False)
    current_alerts(vault)
    assert found(salon, F(has_alerts=True)) == "B"
