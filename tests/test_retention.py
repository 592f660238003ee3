"""Retention: the rules make a review list; the purge removes exactly what was confirmed and is
still due, leaves a count-only log entry, and the log still verifies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.domain.photos import PhotoKind
from salonvault.domain.records import RecordInput
from salonvault.domain.retention import RetentionRules, years_before
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import Team
from tests.test_consent import jpeg


def client_seen(vault: Vault, team: Team, name: str, *visits: date) -> int:
    client = vault.clients.create(team.owner, ClientInput("Retention", name)).id
    known = {s.name: s.id for s in vault.treatments.services(team.owner)}
    service = known.get("Cut") or vault.catalogue.add(
        team.owner, ServiceInput("Cut", requires_patch_test=False)
    )
    for day in visits:
        vault.treatments.add_visit(
            team.owner, client, VisitInput(visited_on=day, service_id=service)
        )
    return client


@pytest.fixture
def salon(vault: Vault, team: Team) -> dict[str, int]:
    """Today is 2026-11-22 (FakeClock). Defaults: clients 3 years, health and photos 2."""
    gone = client_seen(vault, team, "Gone", date(2021, 3, 1), date(2022, 5, 1))
    recent = client_seen(vault, team, "Recent", date(2026, 10, 1))
    new = client_seen(vault, team, "New")  # registered today, never visited
    quiet = client_seen(vault, team, "Quiet", date(2024, 1, 10))  # health due, client not
    grant_health_consent(vault, team.owner, quiet)  # health data rests on consent
    grant_health_consent(vault, team.owner, recent)
    vault.clients.add_health_item(team.owner, quiet, HealthKind.ALLERGY, "PPD", Severity.SEVERE)
    vault.treatments.record_patch_test(team.owner, quiet, date(2024, 1, 3), "Wella 7/0")
    vault.clients.add_health_item(team.owner, recent, HealthKind.ALLERGY, "Latex", Severity.LOW)
    grant_photo_consent(vault, team.owner, recent)
    vault.photos.add_photo(team.owner, recent, jpeg(), PhotoKind.BEFORE, taken_on=date(2023, 6, 1))
    vault.photos.add_photo(team.owner, recent, jpeg(), PhotoKind.AFTER, taken_on=date(2026, 10, 1))
    return {"gone": gone, "recent": recent, "new": new, "quiet": quiet}


def test_the_review_list_follows_the_rules(vault: Vault, team: Team, salon: dict[str, int]) -> None:
    due = vault.retention.due(team.owner)
    assert [c.id for c in due.clients] == [salon["gone"]]
    assert due.clients[0].last_seen == date(2022, 5, 1)
    assert [(c.id, c.items) for c in due.health] == [(salon["quiet"], 2)]
    assert [(c.id, c.items) for c in due.photos] == [(salon["recent"], 1)]
    assert vault.retention.due_count() == 3 and vault.retention.review_overdue()

    vault.retention.set_rules(team.owner, RetentionRules(None, 5, None))
    due = vault.retention.due(team.owner)
    assert due.clients == [] and due.photos == [] and due.health == []


def test_purge_removes_what_was_confirmed_and_logs_counts(
    vault: Vault, team: Team, salon: dict[str, int]
) -> None:
    due = vault.retention.due(team.owner)
    result = vault.retention.purge(team.owner, due)
    assert (result.clients_erased, result.health_rows, result.photos) == (1, 2, 1)
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, salon["gone"])
    quiet = vault.clients.open(team.owner, salon["quiet"])
    assert not quiet.health  # the client stays, her health data went
    assert vault.treatments.patch_tests(team.owner, salon["quiet"]) == []
    photos = vault.photos.list_photos(team.owner, salon["recent"])
    assert [p.taken_on for p in photos] == [date(2026, 10, 1)]
    assert vault.retention.due(team.owner).empty and not vault.retention.review_overdue()
    [entry] = vault.audit.list(team.owner, AuditFilter(action="retention.purge"))
    assert entry.detail == "clients=1 health_rows=2 photos=1"
    assert "Gone" not in entry.detail and vault.audit.verify(team.owner).ok


def test_a_client_who_came_back_meanwhile_is_spared(
    vault: Vault, team: Team, salon: dict[str, int]
) -> None:
    due = vault.retention.due(team.owner)
    service = vault.treatments.services(team.owner)[0].id
    vault.treatments.add_visit(
        team.owner, salon["gone"], VisitInput(visited_on=date(2026, 11, 20), service_id=service)
    )
    result = vault.retention.purge(team.owner, due)
    assert result.clients_erased == 0
    assert vault.clients.open(team.owner, salon["gone"]).display_name


def test_only_the_owner_reviews_purges_and_sets_rules(
    vault: Vault, team: Team, salon: dict[str, int]
) -> None:
    due = vault.retention.due(team.owner)
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.retention.due(session)
        with pytest.raises(PermissionDenied):
            vault.retention.purge(session, due)
        with pytest.raises(PermissionDenied):
            vault.retention.set_rules(session, RetentionRules(1, 1, 1))
    assert vault.clients.open(team.owner, salon["gone"]).display_name


def test_rules_out_of_range_are_refused(vault: Vault, team: Team) -> None:
    with pytest.raises(ValidationError, match="between 1 and 30"):
        vault.retention.set_rules(team.owner, RetentionRules(0, 2, 2))
    assert vault.retention.rules() == RetentionRules()
    vault.retention.set_rules(team.owner, RetentionRules(4, None, 1))
    assert vault.retention.rules() == RetentionRules(4, None, 1)


def test_years_before_handles_the_leap_day() -> None:
    assert years_before(date(2028, 2, 29), 1) == date(2027, 2, 28)
    assert years_before(date(2026, 11, 22), 3) == date(2023, 11, 22)


@pytest.mark.parametrize(
    "rules",
    [
        RetentionRules(3, 2, 2),
        RetentionRules(1, 1, 1),
        RetentionRules(None, 2, None),
        RetentionRules(5, None, 3),
        RetentionRules(None, None, None),
    ],
)
def test_the_dashboard_count_is_the_review_lists_length(
    vault: Vault, team: Team, salon: dict[str, int], rules: RetentionRules
) -> None:
    """due_count counts without reading names (the dashboard asks at every sign-in); it must
    say what the review list would show."""
    never_seen = vault.clients.create(team.owner, ClientInput("Retention", "Old")).id
    vault.database.execute(  # registered long ago and never came: seen on the day registered
        "UPDATE clients SET created_at = '2020-01-05T10:00:00.000000+00:00' WHERE id = ?",
        (never_seen,),
    )
    vault.retention.set_rules(team.owner, rules)
    due = vault.retention.due(team.owner)
    assert vault.retention.due_count() == due.total
    if rules.inactive_client_years:
        assert never_seen in [c.id for c in due.clients]


RX = {
    "rx": {
        "right": {"sphere": "-3.00", "cylinder": "-1.25", "axis": 90, "pd": 31},
        "left": {"sphere": "-2.75", "pd": 31},
    },
    "examiner": "Jan Kowalski",
    "examined_on": "2026-11-20",
    "notes": "Diabetic: check the retina yearly",
}


def test_health_marked_record_values_go_with_the_health_rule(vault: Vault, team: Team) -> None:
    """Decision 0029: a service record's health-marked values (a prescription's powers, a
    lash map's reactions) follow "years health data is kept", earlier versions too; what is
    not health data (the PD, the examiner, the lash lengths) stays with the record."""
    quiet = client_seen(vault, team, "Optic", date(2023, 5, 2))
    recent = client_seen(vault, team, "Recent", date(2026, 10, 1))
    for client in (quiet, recent):  # health-marked values need the consent (decision 0031)
        grant_health_consent(vault, team.owner, client)
    service = vault.catalogue.add(team.owner, ServiceInput("Lash extensions"))
    visit = vault.treatments.add_visit(
        team.owner, quiet, VisitInput(visited_on=date(2024, 1, 10), service_id=service)
    )
    rx = vault.records.add_record(team.technician, quiet, RecordInput("spectacle_rx", RX))
    vault.records.edit_record(team.technician, rx, {**RX, "notes": "Reads a lot"})
    lashes = {
        "technique": "classic",
        "zones": {"middle": {"length": 10, "curl": "C", "thickness": "0.15"}},
        "reactions": "Itching after the first set",
    }
    vault.records.add_record(
        team.technician, quiet, RecordInput("lash_map", lashes, visit_id=visit)
    )
    vault.records.add_record(team.technician, recent, RecordInput("spectacle_rx", RX))

    due = vault.retention.due(team.owner)
    # The prescription, its earlier version and the lash map hold health data.
    assert [(c.id, c.items) for c in due.health] == [(quiet, 3)]
    assert vault.retention.due_count() == due.total
    result = vault.retention.purge(team.owner, due)
    assert (result.clients_erased, result.health_rows) == (0, 3)

    kept = {r.template.key: r for r in vault.records.records(team.owner, quiet)}
    assert kept["spectacle_rx"].values == {
        "rx": {"right": {"pd": Decimal("31.0")}, "left": {"pd": Decimal("31.0")}},
        "examiner": "Jan Kowalski",
        "examined_on": date(2026, 11, 20),
    }
    [earlier] = vault.records.record_history(team.owner, rx)
    assert "notes" not in earlier.values and "sphere" not in str(earlier.values)
    assert kept["lash_map"].values == {
        "technique": "classic",
        "zones": {"middle": {"length": Decimal("10.0"), "curl": "C", "thickness": Decimal("0.15")}},
    }
    [untouched] = vault.records.records(team.owner, recent)
    assert untouched.values["notes"] == RX["notes"]  # treated lately: nothing due
    assert vault.retention.due(team.owner).health == []  # removed, so no longer due
    assert vault.audit.verify(team.owner).ok
