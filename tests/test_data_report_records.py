"""Service records in the client data report (issue 22 item 6, decision 0029): every record with
every value (health-marked ones too: they are the client's), the template version each was
written with, the earlier versions an edit kept, in the JSON and in the PDF."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from salonvault.documents.data_report_records_text import RECORD_WORDS
from salonvault.documents.formats import paper_date
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.records import FieldKind, FieldSpec, RecordInput
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import Team
from tests.test_consent_pdf import flat, pdftotext
from tests.test_records import PRESCRIPTION

LASHES: dict[str, Any] = {
    "technique": "volume",
    "style": "cat_eye",
    "zones": {
        "inner": {"length": 8, "curl": "C", "thickness": "0.07"},
        "outer": {"length": 12, "curl": "D", "thickness": "0.07"},
    },
    "glue": "Sky S+, batch 2406",
    "reactions": "Slight redness of the left lid",
}


@pytest.fixture
def client(vault: Vault, team: Team) -> dict[str, int]:
    """A prescription edited once within its 24 hours, and a lash map on a visit."""
    client = vault.clients.create(team.owner, ClientInput("Wiśniewska", "Zofia", language="pl")).id
    grant_health_consent(vault, team.owner, client)  # the prescription's powers are health data
    rx = vault.records.add_record(
        team.technician, client, RecordInput("spectacle_rx", dict(PRESCRIPTION))
    )
    vault.records.edit_record(team.technician, rx, {**PRESCRIPTION, "notes": "Reads a lot"})
    service = vault.catalogue.add(team.owner, ServiceInput("Lash extensions"))
    visit = vault.treatments.add_visit(
        team.owner, client, VisitInput(visited_on=date(2026, 11, 21), service_id=service)
    )
    lashes = vault.records.add_record(
        team.technician, client, RecordInput("lash_map", LASHES, visit_id=visit)
    )
    return {"client": client, "rx": rx, "lashes": lashes, "visit": visit}


def json_report(vault: Vault, team: Team, client: int) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(vault.data_report.json_bytes(team.owner, client))
    return loaded


def test_the_json_holds_every_record_value_and_the_earlier_versions(
    vault: Vault, team: Team, client: dict[str, int]
) -> None:
    found = json_report(vault, team, client["client"])
    by_id = {r["id"]: r for r in found["service_records"]}
    rx = by_id[client["rx"]]
    assert rx["template"]["key"] == "spectacle_rx" and rx["template"]["version"] == 1
    assert rx["template"]["name"] == "Spectacle prescription"
    assert len(rx["template"]["sha256"]) == 64
    assert rx["values"]["rx"]["right"]["sphere"] == "-1.00"  # health-marked: the client's own
    assert rx["values"]["notes"] == "Reads a lot" and rx["recorded_by_role"] == "technician"
    [earlier] = rx["earlier_versions"]
    assert earlier["revision"] == 1 and earlier["values"]["notes"] == "Computer work all day"
    assert earlier["replaced_by_role"] == "technician"
    lashes = by_id[client["lashes"]]
    assert lashes["visit_id"] == client["visit"] and lashes["date"] == "2026-11-21"
    assert lashes["values"]["zones"]["outer"] == {
        "length": "12.0",
        "curl": "D",
        "thickness": "0.07",
    }
    assert lashes["values"]["reactions"] == LASHES["reactions"]
    assert lashes["earlier_versions"] == [] and lashes["changed_at"] is None
    assert "Jan Kowalski" in json.dumps(found)  # the examiner named on the prescription


def test_a_record_under_version_1_still_exports_after_version_2(
    vault: Vault, team: Team, client: dict[str, int]
) -> None:
    copy = vault.record_templates.copy_template(team.owner, "lash_map", "Our lash map")
    old = vault.records.add_record(
        team.technician, client["client"], RecordInput(copy.key, LASHES, visit_id=client["visit"])
    )
    fields = (*copy.definition.fields, FieldSpec("aftercare", FieldKind.TEXT, "Aftercare"))
    vault.record_templates.save_version(
        team.owner, copy.key, replace(copy.definition, fields=fields)
    )
    new = vault.records.add_record(
        team.technician,
        client["client"],
        RecordInput(copy.key, {**LASHES, "aftercare": "No steam 48 h"}, visit_id=client["visit"]),
    )
    by_id = {r["id"]: r for r in json_report(vault, team, client["client"])["service_records"]}
    assert by_id[old]["template"]["version"] == 1 and "aftercare" not in by_id[old]["values"]
    assert by_id[old]["values"]["glue"] == LASHES["glue"]
    assert by_id[new]["template"]["version"] == 2
    assert by_id[new]["values"]["aftercare"] == "No steam 48 h"
    text = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client["client"], "en")))
    assert flat("form “Our lash map”, version 1") in text
    assert flat("Aftercare No steam 48 h") in text or flat("AftercareNo steam 48 h") in text


@pytest.mark.parametrize("language", ["en", "vi", "pl", "zh_CN"])
def test_the_pdf_prints_each_record_and_its_earlier_version(
    vault: Vault, team: Team, client: dict[str, int], language: str
) -> None:
    words = RECORD_WORDS[language]
    text = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client["client"], language)))
    assert flat(words.heading) in text
    # Dates as the report's language writes them (docs/decisions/0033-local-formats.md).
    day = paper_date(date(2026, 11, 22), language)
    # The built-in's words in the report's language, as the window shows them (worked by hand).
    said = BUILT_IN_WORDS[language]
    assert flat(f"{said['rx_name']} · {day}") in text
    # Each eye on its own row, the powers signed (the minus printed, not dropped).
    assert flat(f"{said['rx']} · {words.eyes['right']}") in text
    assert (
        flat(f"{said['sphere']} -1.00 D · {said['cylinder']} -0.50 D · {said['axis']} 180 °")
        in text
    )
    assert flat("Reads a lot") in text and flat("Computer work all day") in text
    assert flat(words.earlier.split("{")[0]) in text
    assert flat(f"{said['map']} · {said['outer']}") in text
    assert flat(f"{said['curl']} D") in text and flat(said["cat_eye"]) in text
    if language != "en":
        assert flat("Sphere") not in text and flat("cat eye") not in text


def test_the_json_names_the_fields_in_the_report_language(
    vault: Vault, team: Team, client: dict[str, int]
) -> None:
    """The client's language is Polish: the values keep their keys, the labels are Polish."""
    found = json_report(vault, team, client["client"])
    by_id = {r["id"]: r for r in found["service_records"]}
    rx = by_id[client["rx"]]
    assert rx["template"]["name"] == "Spectacle prescription"  # the form's own, unchanged
    assert rx["labels"]["language"] == "pl"
    assert rx["labels"]["template"] == "Recepta na okulary"
    assert rx["labels"]["fields"]["rx.sphere"] == "Sfera"
    assert rx["labels"]["fields"]["examined_on"] == "Data badania"
    lashes = by_id[client["lashes"]]
    assert lashes["labels"]["fields"]["zones.curl"] == "Skręt"
    assert lashes["values"]["style"] == "cat_eye"  # a key, not words


BUILT_IN_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "rx_name": "Spectacle prescription",
        "rx": "Prescription",
        "sphere": "Sphere",
        "cylinder": "Cylinder",
        "axis": "Axis",
        "map": "Map",
        "outer": "outer corner",
        "curl": "Curl",
        "cat_eye": "cat eye",
    },
    "vi": {
        "rx_name": "Đơn kính thuốc",
        "rx": "Độ kính",
        "sphere": "Cầu",
        "cylinder": "Trụ",
        "axis": "Trục",
        "map": "Sơ đồ",
        "outer": "đuôi mắt",
        "curl": "Độ cong",
        "cat_eye": "mắt mèo",
    },
    "pl": {
        "rx_name": "Recepta na okulary",
        "rx": "Recepta",
        "sphere": "Sfera",
        "cylinder": "Cylinder",
        "axis": "Oś",
        "map": "Mapa",
        "outer": "kącik zewnętrzny",
        "curl": "Skręt",
        "cat_eye": "kocie oko",
    },
    "zh_CN": {
        "rx_name": "配镜处方",
        "rx": "处方",
        "sphere": "球镜",
        "cylinder": "柱镜",
        "axis": "轴位",
        "map": "分区图",
        "outer": "外眼角",
        "curl": "卷翘度",
        "cat_eye": "猫眼",
    },
}


def test_a_client_without_records_is_told_so(vault: Vault, team: Team) -> None:
    client = vault.clients.create(team.owner, ClientInput("Lis", "Ewa", language="pl")).id
    assert json_report(vault, team, client)["service_records"] == []
    text = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client)))
    words = RECORD_WORDS["pl"]
    assert flat(f"{words.heading} {words.note} Nic nie zapisano.") in text
