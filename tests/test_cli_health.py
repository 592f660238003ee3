"""`consent record|withdraw|status` and `health add|list` as an IT helper or an auditor runs
them (issue 21 item 5): the window's role rules, JSON out, one sentence on refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import as_, assert_one_sentence, cli, copy_demo

LATEX = {"kind": "allergy", "text": "Latex QZ-3", "severity": "severe"}


@pytest.fixture(scope="module")
def demo_salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-health")
    result = cli(root / "salon", "demo", "--clients", "0", key_dir=root / "keys")
    assert result.code == 0, result
    info: dict[str, Any] = result.json()
    info["key_dir"] = root / "keys"
    return info


@pytest.fixture
def salon(demo_salon: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """A copy per test, with one new client (no consent yet)."""
    info = copy_demo(demo_salon, tmp_path / "salon", tmp_path / "keys")
    client = {"family_name": "Nowak", "given_name": "Ewa", "language": "pl"}
    added = as_(info, "receptionist", "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    info["client"] = str(added.json()["id"])
    return info


def status_of(salon: dict[str, Any], purpose: str) -> dict[str, Any]:
    result = as_(salon, "receptionist", "consent", "status", salon["client"], "--purpose", purpose)
    assert result.code == 0, result
    [line] = result.json_lines()
    return dict(line)


def test_health_needs_the_consent_first_then_is_listed(salon: dict[str, Any]) -> None:
    client = salon["client"]
    refused = as_(salon, "technician", "health", "add", client, stdin_after=json.dumps(LATEX))
    assert_one_sentence(refused, 6, "consent", "not been asked")
    assert status_of(salon, "health_data")["standing"] == "not_asked"

    recorded = as_(
        salon, "receptionist", "consent", "record", client, "--purpose", "health_data",
        "--method", "paper", "--reference", "F-2026-118",
    )  # fmt: skip
    assert recorded.code == 0, recorded
    answer = recorded.json()
    assert answer["decision"] == "granted" and answer["method"] == "paper"
    assert answer["language"] == "pl" and len(answer["text_sha256"]) == 64
    status = status_of(salon, "health_data")
    assert status["standing"] == "granted" and status["method"] == "paper"

    added = as_(salon, "technician", "health", "add", client, stdin_after=json.dumps(LATEX))
    assert added.code == 0, added
    listed = as_(salon, "owner", "health", "list", client)
    assert [(i["kind"], i["text"], i["severity"]) for i in listed.json_lines()] == [
        ("allergy", "Latex QZ-3", "severe")
    ]


def test_role_rules_as_in_the_window(salon: dict[str, Any]) -> None:
    client = salon["client"]
    as_(salon, "owner", "consent", "record", client, "--purpose", "health_data",
        "--reference", "F-1")  # fmt: skip
    receptionist_adds = as_(
        salon, "receptionist", "health", "add", client, stdin_after=json.dumps(LATEX)
    )
    assert_one_sentence(receptionist_adds, 5, "receptionist")
    assert_one_sentence(as_(salon, "receptionist", "health", "list", client), 5, "receptionist")
    technician_withdraws = as_(
        salon, "technician", "consent", "withdraw", client, "--purpose", "health_data", "--yes"
    )
    assert_one_sentence(technician_withdraws, 5, "technician")
    assert status_of(salon, "health_data")["standing"] == "granted"


def test_withdrawing_health_consent_says_what_goes_then_deletes_it(salon: dict[str, Any]) -> None:
    client = salon["client"]
    as_(salon, "owner", "consent", "record", client, "--purpose", "health_data",
        "--reference", "F-1")  # fmt: skip
    as_(salon, "technician", "health", "add", client, stdin_after=json.dumps(LATEX))
    asked = as_(salon, "receptionist", "consent", "withdraw", client, "--purpose", "health_data")
    assert_one_sentence(asked, 6, "1 allergy", "--yes", "Nothing was changed")
    assert status_of(salon, "health_data")["standing"] == "granted"

    done = as_(
        salon, "receptionist", "consent", "withdraw", client, "--purpose", "health_data",
        "--reason", "moved away", "--yes",
    )  # fmt: skip
    assert done.code == 0, done
    assert done.json() == {"withdrawn": "health_data", "deleted": 1}
    assert as_(salon, "owner", "health", "list", client).json_lines() == []
    status = status_of(salon, "health_data")
    assert status["standing"] == "withdrawn" and status["withdrawn_at"]


def test_record_on_screen_needs_a_signature_and_status_lists_every_purpose(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    from tests.test_consent import signature_png  # a real PNG, as the pad draws it

    client = salon["client"]
    unsigned = as_(salon, "owner", "consent", "record", client, "--purpose", "photos",
                   "--method", "screen")  # fmt: skip
    assert_one_sentence(unsigned, 2, "signature")
    png = tmp_path / "signature.png"
    png.write_bytes(signature_png())
    signed = as_(
        salon, "owner", "consent", "record", client, "--purpose", "photos",
        "--method", "screen", "--signature", str(png), "--decision", "refused",
    )  # fmt: skip
    assert signed.code == 0, signed
    assert signed.json()["method"] == "on_screen" and signed.json()["decision"] == "refused"
    every = as_(salon, "receptionist", "consent", "status", client)
    standings = {line["purpose"]: line["standing"] for line in every.json_lines()}
    assert standings["photos"] == "refused" and standings["marketing_sms"] == "not_asked"
    wrong = as_(salon, "owner", "consent", "record", client, "--purpose", "newsletter")
    assert wrong.code == 2 and "invalid choice" in wrong.err


def test_health_add_refuses_unknown_fields_in_one_sentence(salon: dict[str, Any]) -> None:
    bad = as_(salon, "owner", "health", "add", salon["client"],
              stdin_after=json.dumps({**LATEX, "colour": "red"}))  # fmt: skip
    assert_one_sentence(bad, 2, "kind", "text", "severity")
    worse = as_(salon, "owner", "health", "add", salon["client"],
                stdin_after=json.dumps({**LATEX, "kind": "mood"}))  # fmt: skip
    assert_one_sentence(worse, 2, "allergy")
