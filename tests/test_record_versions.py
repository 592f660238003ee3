"""History that is never overwritten (issue 21 item 2, decision 0031): every change to a visit,
a health item, a patch test or a consent-relevant client field keeps the earlier version, with
who changed it (and in which role) and when; the card's readers see them by role, the data
report includes them, and nothing can change them afterwards."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from decimal import Decimal

import pytest
import sqlcipher3

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.formulas import Bowl, Component, Formula
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.domain.versions import ChangeKind, VersionedKind
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, two_bowl_formula
from tests.support import NAMES, PINS, FakeClock, Team

TODAY = date(2026, 11, 22)
NEW_FORMULA = Formula((Bowl(brand="Wella Koleston", components=(Component("6/0", Decimal(40)),)),))


@pytest.fixture
def colour(vault: Vault, team: Team) -> tuple[int, int]:
    """A client and a colour service, in a salon made the usual way."""
    service = vault.catalogue.add(team.owner, ServiceInput("Koloryzacja"))
    client = vault.clients.create(team.owner, ClientInput("Lewandowska", "Anna")).id
    return client, service


def test_an_owners_edit_after_24_hours_keeps_the_old_formula(
    vault: Vault, team: Team, clock: FakeClock, colour: tuple[int, int]
) -> None:
    client, service = colour
    old = VisitInput(TODAY, service, formula=two_bowl_formula(), notes="roots only")
    visit_id = vault.treatments.add_visit(team.technician, client, old)
    clock.advance(hours=30)  # past the technician's 24 hours
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    vault.treatments.edit_visit(owner, visit_id, VisitInput(TODAY, service, formula=NEW_FORMULA))

    [current] = vault.treatments.history(owner, client)
    assert current.formula == NEW_FORMULA  # the visit shows the new one …
    [version] = vault.history.earlier_versions(owner, client)  # … and the old one is kept
    assert version.kind is VersionedKind.VISIT and version.record_id == visit_id
    assert version.number == 1 and version.change is ChangeKind.EDIT
    assert version.changed_by == owner.staff_id and version.changed_by_role is Role.OWNER
    assert version.changed_at == clock.now()
    assert version.values["notes"] == "roots only"
    assert version.values["service_name"] == "Koloryzacja"
    roots = version.values["formula"]["bowls"][0]
    assert roots["brand"] == "Wella Koleston" and roots["components"][0]["shade"] == "7/1"
    [entry] = vault.audit.list(owner, AuditFilter(action="visit.edit"))
    assert entry.detail.endswith("kept_version=1") and "roots only" not in entry.detail


def test_the_old_formula_is_in_the_data_report(
    vault: Vault, team: Team, clock: FakeClock, colour: tuple[int, int]
) -> None:
    client, service = colour
    visit_id = vault.treatments.add_visit(
        team.technician, client, VisitInput(TODAY, service, formula=two_bowl_formula())
    )
    clock.advance(days=2)
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    vault.treatments.edit_visit(owner, visit_id, VisitInput(TODAY, service, formula=NEW_FORMULA))
    report = json.loads(vault.data_report.json_bytes(owner, client))
    [earlier] = report["earlier_versions"]
    assert earlier["kind"] == "visit" and earlier["changed_by_role"] == "owner"
    assert earlier["values"]["formula"]["bowls"][1]["label"] == "toner"
    for language, words in (
        ("en", "changed on"),
        ("pl", "zmieniono"),
        ("vi", "sửa ngày"),
        ("zh_CN", "修改"),
    ):
        text = pdftotext(vault.data_report.pdf_bytes(owner, client, language))
        assert words in text, language
        assert "7/1" in text and "9/16" in text, language  # the old bowls, beside the new 6/0
        assert "6/0" in text


def test_what_each_role_sees_of_earlier_versions(
    vault: Vault, team: Team, colour: tuple[int, int]
) -> None:
    client, service = colour
    grant_health_consent(vault, team.owner, client)
    visit_id = vault.treatments.add_visit(team.technician, client, VisitInput(TODAY, service))
    vault.treatments.edit_visit(team.technician, visit_id, VisitInput(TODAY, service, notes="x"))
    item = vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, "PPD", Severity.MODERATE
    )
    vault.clients.edit_health_item(
        team.technician, client, item, HealthKind.ALLERGY, "PPD (hair dye)", Severity.SEVERE
    )
    test_id = vault.treatments.record_patch_test(team.technician, client, TODAY, "Koleston")
    vault.treatments.set_patch_result(team.technician, client, test_id, PatchResult.PASS)
    vault.clients.update(
        team.receptionist, client, ClientInput("Lewandowska", "Anna", is_minor=True, guardian="M")
    )
    kinds = {
        role: {v.kind for v in vault.history.earlier_versions(team.of(role), client)}
        for role in Role
    }
    assert kinds[Role.OWNER] == set(VersionedKind)
    assert kinds[Role.TECHNICIAN] == {
        VersionedKind.VISIT,
        VersionedKind.HEALTH_ITEM,
        VersionedKind.PATCH_TEST,
    }
    assert kinds[Role.RECEPTIONIST] == {VersionedKind.CLIENT}  # never a formula or a health item
    by_kind = {v.kind: v for v in vault.history.earlier_versions(team.owner, client)}
    assert by_kind[VersionedKind.HEALTH_ITEM].values == {
        "kind": "allergy",
        "severity": "moderate",
        "text": "PPD",
    }
    assert by_kind[VersionedKind.PATCH_TEST].values["result"] == "pending"
    assert by_kind[VersionedKind.PATCH_TEST].changed_by_role is Role.TECHNICIAN
    assert by_kind[VersionedKind.CLIENT].values == {
        "birth_date": None,
        "is_minor": False,
        "guardian": "",
    }
    assert by_kind[VersionedKind.CLIENT].changed_by_role is Role.RECEPTIONIST


def test_only_consent_relevant_client_fields_keep_versions(
    vault: Vault, team: Team, colour: tuple[int, int]
) -> None:
    client, _service = colour
    vault.clients.update(team.owner, client, ClientInput("Lewandowska", "Anna Maria"))
    assert vault.history.earlier_versions(team.owner, client) == []
    vault.clients.update(
        team.owner, client, ClientInput("Lewandowska", "Anna Maria", is_minor=True, guardian="O")
    )
    vault.clients.update(
        team.owner, client, ClientInput("Lewandowska", "Anna Maria", is_minor=True, guardian="P")
    )
    numbers = [v.number for v in vault.history.earlier_versions(team.owner, client)]
    assert numbers == [1, 2]


def test_removing_a_health_item_keeps_it_as_a_version_and_each_edit_is_numbered(
    vault: Vault, team: Team, colour: tuple[int, int]
) -> None:
    client, _service = colour
    grant_health_consent(vault, team.owner, client)
    item = vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Warfarin", Severity.LOW
    )
    vault.clients.edit_health_item(
        team.owner, client, item, HealthKind.MEDICATION, "Warfarin 5 mg", Severity.MODERATE
    )
    vault.clients.edit_health_item(  # unchanged: no version, no log entry
        team.owner, client, item, HealthKind.MEDICATION, "Warfarin 5 mg", Severity.MODERATE
    )
    vault.clients.remove_health_item(team.technician, client, item)
    versions = vault.history.earlier_versions(team.owner, client, VersionedKind.HEALTH_ITEM)
    assert [(v.number, v.change, v.values["text"]) for v in versions] == [
        (1, ChangeKind.EDIT, "Warfarin"),
        (2, ChangeKind.REMOVE, "Warfarin 5 mg"),
    ]
    assert len(vault.audit.list(team.owner, AuditFilter(action="health.edit"))) == 1


def test_earlier_versions_cannot_be_changed(
    vault: Vault, team: Team, colour: tuple[int, int]
) -> None:
    client, service = colour
    visit_id = vault.treatments.add_visit(team.owner, client, VisitInput(TODAY, service))
    vault.treatments.edit_visit(team.owner, visit_id, VisitInput(TODAY, service, notes="new"))
    with (
        pytest.raises(sqlcipher3.IntegrityError, match="never changed"),
        vault.database.transaction(),
    ):
        vault.database.execute("UPDATE record_versions SET content = '{}'")
    [version] = vault.history.earlier_versions(team.owner, client)
    assert version.values["notes"] == ""


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")
