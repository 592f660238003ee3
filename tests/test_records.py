"""The record service (issue 22 items 1 and 6, decision 0029): template versions, who sees the
health-marked fields, the 24-hour rule with history, corrections, the prescription in the
salon's notation and its PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import (
    NotFound,
    PermissionDenied,
    RecordFieldError,
    RecordLocked,
    RuleViolation,
    ValidationError,
)
from salonvault.domain.records import (
    AcuityNotation,
    CylinderNotation,
    FieldKind,
    FieldSpec,
    RecordInput,
)
from salonvault.domain.roles import Role
from salonvault.domain.treatments import EditRefusal, VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import NAMES, PINS, FakeClock, Team

D = Decimal
PRESCRIPTION: dict[str, Any] = {
    "rx": {
        "right": {"sphere": "-1.00", "cylinder": "-0.50", "axis": 180, "acuity": "6/6", "pd": 31},
        "left": {"sphere": "-0.75", "pd": "32.5"},
    },
    "examiner": "Jan Kowalski",
    "examined_on": "2026-11-20",
    "valid_until": "2028-11-20",
    "notes": "Computer work all day",
}


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    """A client who gave health-data consent: health-marked fields need it (decision 0031)."""
    client = vault.clients.create(team.owner, ClientInput("Nowak", "Anna", language="pl")).id
    grant_health_consent(vault, team.receptionist, client)
    return client


def add_rx(vault: Vault, session: Any, client: int, **changes: Any) -> int:
    return vault.records.add_record(
        session, client, RecordInput("spectacle_rx", {**PRESCRIPTION, **changes})
    )


def test_built_ins_are_installed_once(vault: Vault, team: Team) -> None:
    keys = [t.key for t in vault.record_templates.templates(team.receptionist)]
    assert keys == ["spectacle_rx", "contact_lens", "skin_analysis", "lash_map", "laser_ipl"]
    assert vault.record_templates.install_built_ins() == 0  # the next opening adds nothing
    latest = vault.record_templates.template(team.technician, "spectacle_rx")
    assert (latest.version, latest.built_in, len(latest.sha256)) == (1, True, 64)


@pytest.mark.parametrize("role", list(Role))
def test_health_marked_fields_follow_the_health_rules(
    vault: Vault, team: Team, client: int, role: Role
) -> None:
    record = add_rx(vault, team.technician, client)
    [shown] = vault.records.records(team.of(role), client)
    assert shown.id == record and shown.recorded_on == date(2026, 11, 22)
    if role is Role.RECEPTIONIST:
        # On file, its dates, the examiner and the PDs (not health); no lens, no notes.
        assert shown.values == {
            "rx": {"right": {"pd": D("31.0")}, "left": {"pd": D("32.5")}},
            "examiner": "Jan Kowalski",
            "examined_on": date(2026, 11, 20),
            "valid_until": date(2028, 11, 20),
        }
        assert shown.withheld == {
            "rx.right.sphere", "rx.right.cylinder", "rx.right.axis", "rx.right.acuity",
            "rx.left.sphere", "notes",
        }  # fmt: skip
        with pytest.raises(PermissionDenied):
            vault.records.latest_prescription(team.receptionist, client)
        with pytest.raises(PermissionDenied):
            vault.records.prescription_pdf(team.receptionist, client)
        with pytest.raises(PermissionDenied):
            add_rx(vault, team.receptionist, client)
    else:
        assert shown.withheld == frozenset()
        assert shown.values["notes"] == "Computer work all day"
        assert shown.values["rx"]["right"]["sphere"] == D("-1.00")  # type: ignore[index]
        assert vault.records.latest_prescription(team.of(role), client) is not None
    opened = vault.records.record(team.of(role), record)
    assert opened.values == shown.values
    [entry] = vault.audit.list(team.owner, AuditFilter(action="record.open"))
    assert "Kowalski" not in entry.detail and "examiner" in entry.detail


def test_a_skin_analysis_without_a_visit_is_refused_and_with_one_kept(
    vault: Vault, team: Team, client: int
) -> None:
    values = {"fitzpatrick": "II", "skin_type": "dry", "products_used": "SPF 50"}
    with pytest.raises(ValidationError) as error:
        vault.records.add_record(team.technician, client, RecordInput("skin_analysis", values))
    assert error.value.field == "visit_id"
    service = vault.catalogue.add(team.owner, ServiceInput("Facial"))
    visit = vault.treatments.add_visit(
        team.owner, client, VisitInput(visited_on=date(2026, 11, 21), service_id=service)
    )
    record = vault.records.add_record(
        team.technician, client, RecordInput("skin_analysis", values, visit_id=visit)
    )
    [shown] = vault.records.records(team.receptionist, client)
    assert (shown.id, shown.visit_id, shown.recorded_on) == (record, visit, date(2026, 11, 21))
    assert shown.values == {"skin_type": "dry", "products_used": "SPF 50"}
    assert shown.withheld == {"fitzpatrick"}


def test_a_record_under_version_1_still_shows_after_version_2(
    vault: Vault, team: Team, client: int
) -> None:
    copy = vault.record_templates.copy_template(team.owner, "spectacle_rx", "Our prescription")
    assert (copy.key, copy.version, copy.family) == ("custom-1", 1, "spectacle_rx")
    old = vault.records.add_record(team.technician, client, RecordInput(copy.key, {**PRESCRIPTION}))
    # Version 2: a new field, and the notes field dropped.
    kept = tuple(f for f in copy.definition.fields if f.key != "notes")
    fields = (*kept, FieldSpec("frame", FieldKind.TEXT, "Frame", max_length=80))
    second = vault.record_templates.save_version(
        team.owner, copy.key, replace(copy.definition, fields=fields)
    )
    assert second.version == 2 and second.sha256 != copy.sha256
    new = vault.records.add_record(
        team.technician,
        client,
        RecordInput(copy.key, {**{k: v for k, v in PRESCRIPTION.items() if k != "notes"},
                               "frame": "Lindberg 9704"}),
    )  # fmt: skip
    by_id = {r.id: r for r in vault.records.records(team.owner, client)}
    assert by_id[old].template.version == 1 and by_id[old].values["notes"] == PRESCRIPTION["notes"]
    assert by_id[new].template.version == 2 and by_id[new].values["frame"] == "Lindberg 9704"
    # The newer record is compared with the older one: the notes went, the frame came.
    assert {"notes", "frame"} <= by_id[new].changed
    with pytest.raises(RecordFieldError):  # version 2 has no notes
        vault.records.add_record(team.technician, client, RecordInput(copy.key, PRESCRIPTION))
    assert [v.version for v in vault.record_templates.template_versions(team.owner, copy.key)] == [
        2,
        1,
    ]


def test_a_copy_keeps_the_built_ins_health_marks_and_built_ins_stay(
    vault: Vault, team: Team
) -> None:
    copy = vault.record_templates.copy_template(team.owner, "laser_ipl", "Laser room 2")
    unmarked = tuple(replace(f, health=False) for f in copy.definition.fields)
    with pytest.raises(ValidationError) as error:
        vault.record_templates.save_version(
            team.owner, copy.key, replace(copy.definition, fields=unmarked)
        )
    assert error.value.field == "fitzpatrick"
    with pytest.raises(RuleViolation):
        vault.record_templates.save_version(
            team.owner,
            "laser_ipl",
            vault.record_templates.template(team.owner, "laser_ipl").definition,
        )
    with pytest.raises(PermissionDenied):
        vault.record_templates.copy_template(team.technician, "laser_ipl", "Mine")


def test_the_24_hour_rule_keeps_history(
    vault: Vault, team: Team, client: int, clock: FakeClock
) -> None:
    record = add_rx(vault, team.technician, client)
    vault.records.edit_record(team.technician, record, {**PRESCRIPTION, "notes": "Reads a lot"})
    [kept] = vault.records.record_history(team.technician, record)
    assert kept.revision == 1 and kept.values["notes"] == "Computer work all day"
    [receptionist_view] = vault.records.record_history(team.receptionist, record)
    assert "notes" not in receptionist_view.values and "notes" in receptionist_view.withheld
    clock.advance(hours=24)
    technician = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    right = vault.records.edit_right(technician, record)
    assert right.refusal is EditRefusal.WINDOW_CLOSED
    with pytest.raises(RecordLocked):
        vault.records.edit_record(technician, record, PRESCRIPTION)
    correction = vault.records.add_correction(
        technician, record, {**PRESCRIPTION, "notes": "Reads a lot", "valid_until": "2027-11-20"}
    )
    current = vault.records.records(owner, client, current_only=True)
    assert [r.id for r in current] == [correction]
    assert current[0].corrects_record_id == record and current[0].changed == {"valid_until"}
    everything = vault.records.records(owner, client)
    assert {r.id: r.corrected_by for r in everything}[record] == (correction,)
    vault.records.edit_record(owner, record, PRESCRIPTION)  # the owner always may
    assert len(vault.records.record_history(owner, record)) == 2
    refused = vault.audit.list(owner, AuditFilter(action="record.edit"))
    assert any(e.detail == f"record={record} locked" for e in refused)


def test_the_prescription_in_the_salons_notation(vault: Vault, team: Team, client: int) -> None:
    add_rx(vault, team.technician, client)
    minus = vault.records.latest_prescription(team.technician, client)
    assert minus is not None
    assert (minus.right.sphere, minus.right.cylinder, minus.right.axis) == (
        D("-1.00"),
        D("-0.50"),
        180,
    )
    vault.record_templates.set_notation(team.owner, CylinderNotation.PLUS, AcuityNotation.FEET)
    plus = vault.records.latest_prescription(team.technician, client)
    assert plus is not None
    # -1.00 / -0.50 x 180 is -1.50 / +0.50 x 90.
    assert (plus.right.sphere, plus.right.cylinder, plus.right.axis) == (D("-1.50"), D("0.50"), 90)
    assert plus.acuity(plus.right) == "20/20"
    assert (plus.left.sphere, plus.left.cylinder) == (D("-0.75"), None)
    with pytest.raises(PermissionDenied):
        vault.record_templates.set_notation(team.technician, "minus", "decimal")
    with pytest.raises(ValidationError):
        vault.record_templates.set_notation(team.owner, "negative", "decimal")


def test_the_newest_prescription_counts_and_the_pdf_is_made(
    vault: Vault, team: Team, client: int
) -> None:
    add_rx(vault, team.technician, client)
    newer = add_rx(vault, team.technician, client, examined_on="2026-11-21")
    latest = vault.records.latest_prescription(team.owner, client)
    assert latest is not None and latest.record_id == newer
    for language in ("en", "vi", "pl", "zh_CN"):
        pdf = vault.records.prescription_pdf(team.technician, client, language)
        assert pdf.startswith(b"%PDF")
    with pytest.raises(ValidationError):
        vault.records.prescription_pdf(team.technician, client, "de")
    other = vault.clients.create(team.owner, ClientInput("Lis", "Ewa")).id
    with pytest.raises(NotFound):
        vault.records.prescription_pdf(team.technician, other)
    entries = vault.audit.list(team.owner, AuditFilter(action="record.print_rx"))
    assert len(entries) == 4 and entries[0].detail.startswith(f"record={newer} ")


def test_a_switched_off_template_is_not_offered(vault: Vault, team: Team, client: int) -> None:
    vault.record_templates.set_active(team.owner, "spectacle_rx", False)
    with pytest.raises(RuleViolation):
        add_rx(vault, team.technician, client)
    keys = {t.key for t in vault.record_templates.templates(team.owner, include_inactive=True)}
    assert "spectacle_rx" in keys
    lash = vault.catalogue.add(team.owner, ServiceInput("Lash extensions"))
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut"))
    vault.record_templates.set_services(team.owner, "lash_map", [lash])
    assert "lash_map" in {t.key for t in vault.record_templates.templates_for_service(
        team.technician, lash)}  # fmt: skip
    assert "lash_map" not in {
        t.key for t in vault.record_templates.templates_for_service(team.technician, cut)
    }
    with pytest.raises(ValidationError):
        vault.record_templates.set_services(team.owner, "spectacle_rx", [lash])
