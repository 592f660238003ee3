"""`record-templates`, `record add`, `records` and `rx-pdf` as the owner's IT helper runs them
(in this process: `cli`), on a salon made by create_vault (no demo): JSON out, the record's
values as JSON after the PIN line, a refused value named by its rule key and path."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import NAMES, PINS, Result, Team, assert_one_sentence, cli

PRESCRIPTION: dict[str, Any] = {
    "rx": {
        "right": {"sphere": -2.25, "cylinder": -0.75, "axis": 175, "acuity": "6/6"},
        "left": {"sphere": "-2.00", "cylinder": "-0.50", "axis": 10, "acuity": "6/7.5"},
    },
    "pd_binocular": 63,
    "examiner": "Jan Kowalski",
    "examined_on": "2026-11-20",
    "valid_until": "2028-11-20",
    "notes": "Migraines after long screen work",
}


@pytest.fixture
def salon(vault: Vault, team: Team) -> dict[str, Any]:
    """A client with a lash visit; the lash map is offered with that service only. The vault
    is closed so that the command line opens it."""
    client = vault.clients.create(team.owner, ClientInput("Wójcik", "Łucja", language="pl")).id
    grant_health_consent(vault, team.owner, client)  # a prescription holds health values
    lashes = vault.catalogue.add(team.owner, ServiceInput("Lash extensions"))
    visit = vault.treatments.add_visit(
        team.owner, client, VisitInput(visited_on=date(2026, 11, 21), service_id=lashes)
    )
    vault.record_templates.set_services(team.owner, "lash_map", [lashes])
    data_dir = vault.database.path.parent
    vault.close()
    return {"dir": data_dir, "client": str(client), "visit": str(visit), "lashes": lashes}


def run(salon: dict[str, Any], role: Role, *args: str, stdin_after: str = "") -> Result:
    return cli(
        salon["dir"],
        *args,
        "--staff",
        NAMES[role],
        "--pin-stdin",
        stdin=f"{PINS[role]}\n{stdin_after}",
    )


def add_record(
    salon: dict[str, Any], role: Role, template: str, values: dict[str, Any], *extra: str
) -> Result:
    return run(
        salon,
        role,
        "record",
        "add",
        salon["client"],
        "--template",
        template,
        *extra,
        stdin_after=json.dumps(values),
    )


def test_record_templates_lists_versions_and_the_services_that_offer_them(
    salon: dict[str, Any],
) -> None:
    listed = run(salon, Role.RECEPTIONIST, "record-templates")
    assert listed.code == 0, listed
    by_key = {t["key"]: t for t in listed.json_lines()}
    assert list(by_key) == [
        "spectacle_rx",
        "contact_lens",
        "skin_analysis",
        "lash_map",
        "laser_ipl",
    ]
    assert by_key["lash_map"]["services"] == [{"id": salon["lashes"], "name": "Lash extensions"}]
    assert by_key["lash_map"]["every_service"] is False
    assert by_key["laser_ipl"]["every_service"] is True  # no service chosen: every visit
    rx = by_key["spectacle_rx"]
    assert (rx["version"], rx["built_in"], rx["kept_for"], rx["active"]) == (
        1,
        True,
        "client",
        True,
    )
    assert rx["every_service"] is False  # kept for the client, not offered per visit
    assert "versions" not in rx and "definition" not in rx  # the owner's view only; on asking
    owners = run(salon, Role.OWNER, "record-templates", "--fields").json_lines()
    [owner_rx] = [t for t in owners if t["key"] == "spectacle_rx"]
    assert [v["version"] for v in owner_rx["versions"]] == [1]
    assert len(owner_rx["versions"][0]["sha256"]) == 64
    parts = {p["key"]: p for p in owner_rx["definition"]["fields"][0]["parts"]}
    assert parts["sphere"]["step"] == "0.25" and parts["sphere"]["health"] is True


def test_a_prescription_added_and_listed_as_each_role_may_see_it(salon: dict[str, Any]) -> None:
    added = add_record(salon, Role.TECHNICIAN, "spectacle_rx", PRESCRIPTION)
    assert added.code == 0, added
    record_id = added.json()["id"]
    [technician] = run(salon, Role.TECHNICIAN, "records", salon["client"]).json_lines()
    assert technician["id"] == record_id and technician["template"] == "spectacle_rx"
    assert technician["values"]["rx"]["right"] == {
        "sphere": "-2.25", "cylinder": "-0.75", "axis": "175", "acuity": "6/6"
    }  # fmt: skip
    assert technician["values"]["pd_binocular"] == "63.0"  # written to the 0.5 mm step
    assert technician["withheld"] == [] and technician["recorded_by"] == NAMES[Role.TECHNICIAN]
    listed = run(salon, Role.RECEPTIONIST, "records", salon["client"])
    assert listed.code == 0, listed
    [receptionist] = listed.json_lines()
    # On file, its dates, examiner and PD; the lenses and the notes held back, by path.
    assert receptionist["values"] == {
        "pd_binocular": "63.0",
        "examiner": "Jan Kowalski",
        "examined_on": "2026-11-20",
        "valid_until": "2028-11-20",
    }
    assert "Migraines" not in listed.out and "-2.25" not in listed.out
    held_back = [f"rx.{e}.{p}" for e in ("right", "left") for p in ("sphere", "cylinder", "axis")]
    held_back += ["rx.right.acuity", "rx.left.acuity", "notes"]
    assert receptionist["withheld"] == sorted(held_back)


@pytest.mark.parametrize(
    ("change", "rule", "path", "limit"),
    [
        ({"sphere": -1.1}, "off_step", "rx.right.sphere", "step 0.25"),
        ({"sphere": -31}, "below_minimum", "rx.right.sphere", "minimum -30"),
        ({"cylinder": None}, "needs_leader", "rx.right.axis", ""),  # an axis and no cylinder
        ({"axis": None}, "needs_follower", "rx.right.axis", ""),  # a cylinder and no axis
        ({"axis": 181}, "above_maximum", "rx.right.axis", "maximum 180"),
    ],
)
def test_a_refused_value_is_named_by_its_rule_and_path(
    salon: dict[str, Any], change: dict[str, Any], rule: str, path: str, limit: str
) -> None:
    right = {k: v for k, v in {**PRESCRIPTION["rx"]["right"], **change}.items() if v is not None}
    values = {**PRESCRIPTION, "rx": {**PRESCRIPTION["rx"], "right": right}}
    refused = add_record(salon, Role.TECHNICIAN, "spectacle_rx", values)
    assert_one_sentence(refused, 2, f"rule {rule} at {path}", limit)
    assert run(salon, Role.OWNER, "records", salon["client"]).out == ""  # nothing written


def test_other_refusals_have_the_usual_exit_codes(salon: dict[str, Any]) -> None:
    lash_map = {
        "technique": "classic",
        "zones": {"inner": {"length": 8, "curl": "C", "thickness": 0.15}},
    }
    no_visit = add_record(salon, Role.TECHNICIAN, "lash_map", lash_map)
    assert_one_sentence(no_visit, 2, "choose the visit")
    with_visit = add_record(salon, Role.TECHNICIAN, "lash_map", lash_map, "--visit", salon["visit"])
    assert with_visit.code == 0, with_visit
    assert_one_sentence(
        add_record(salon, Role.TECHNICIAN, "spectacle_rx", {**PRESCRIPTION, "frame": "x"}),
        2,
        "rule unknown_field at frame",
    )
    not_json = run(salon, Role.TECHNICIAN, "record", "add", salon["client"], "--template",
                   "spectacle_rx", stdin_after="sphere -1")  # fmt: skip
    assert_one_sentence(not_json, 2, "not JSON")
    assert_one_sentence(add_record(salon, Role.RECEPTIONIST, "spectacle_rx", PRESCRIPTION), 5)
    assert_one_sentence(add_record(salon, Role.TECHNICIAN, "no_such", PRESCRIPTION), 3)
    assert_one_sentence(run(salon, Role.OWNER, "records", "999999"), 3, "no such client")
    [lashes] = run(salon, Role.RECEPTIONIST, "records", salon["client"]).json_lines()
    assert lashes["visit_id"] == int(salon["visit"]) and lashes["recorded_on"] == "2026-11-21"
    assert lashes["values"]["zones"]["inner"] == {"length": "8.0", "curl": "C", "thickness": "0.15"}


def test_rx_pdf_prints_the_newest_prescription_through_the_one_door(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "recepta.pdf"
    missing = run(salon, Role.TECHNICIAN, "rx-pdf", salon["client"], "--out", str(out))
    assert_one_sentence(missing, 3, "no spectacle prescription")
    assert add_record(salon, Role.TECHNICIAN, "spectacle_rx", PRESCRIPTION).code == 0
    newer = {**PRESCRIPTION, "examined_on": "2026-11-21", "examiner": "Anna Lis"}
    assert add_record(salon, Role.TECHNICIAN, "spectacle_rx", newer).code == 0
    printed = run(salon, Role.TECHNICIAN, "rx-pdf", salon["client"], "--out", str(out))
    assert printed.code == 0, printed
    assert printed.json()["out"] == str(out.resolve()) and out.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # The client's language; the newest exam; minus cylinders as written (the minus sign
    # printed, not dropped for want of a glyph), acuity in decimal with its decimal place.
    assert "Recepta na okulary" in text and "Anna Lis" in text and "Kowalski" not in text
    right, left = (line.split() for line in text.splitlines() if "(OP)" in line or "(OL)" in line)
    assert right[2:6] == ["-2.25", "-0.75", "175°", "1.0"]
    assert left[2:6] == ["-2.00", "-0.50", "10°", "0.8"]
    english = tmp_path / "rx.pdf"
    assert run(salon, Role.OWNER, "rx-pdf", salon["client"], "--out", str(english),
               "--language", "en").code == 0  # fmt: skip
    assert b"%PDF" in english.read_bytes()[:8]
    assert_one_sentence(
        run(salon, Role.RECEPTIONIST, "rx-pdf", salon["client"], "--out", str(tmp_path / "r.pdf")),
        5,
    )
    inside = Path(salon["dir"]) / "rx.pdf"
    refused = run(salon, Role.OWNER, "rx-pdf", salon["client"], "--out", str(inside))
    assert_one_sentence(refused, 2, "outside the vault's folder")
    assert not inside.exists()
