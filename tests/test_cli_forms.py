"""`forms` and `form-pdf ID --form F --out FILE` as a user runs them, on a salon made the way a
real one is (`init`, no demo): the six built-in forms are there; a client's blank form prints in
her language (the signed one: tests/test_forms_pdf.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.errors import NotFound
from salonvault.services.forms import BuiltInForm
from tests.support import assert_one_sentence
from tests.support import cli as run
from tests.test_consent_pdf import flat, pdftotext

OWNER, PIN = "Lan Phạm", "482913"


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-forms")
    keys = root / "keys"
    made = run(
        root / "salon", "init", "--salon", "Tiệm Lan", "--owner", OWNER,
        "--recovery-key-out", str(root / "key.txt"), "--pin-stdin", "--language", "vi",
        stdin=f"{PIN}\n{PIN}\n", key_dir=keys,
    )  # fmt: skip
    assert made.code == 0, made
    info: dict[str, Any] = {"data_dir": root / "salon", "key_dir": keys, "root": root}
    client = {"family_name": "Kowalska", "given_name": "Ewa", "language": "pl"}
    added = owner(info, "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    info["client"] = str(added.json()["id"])
    return info


def owner(info: dict[str, Any], *args: str, stdin_after: str = "") -> Any:
    return run(
        info["data_dir"], *args, "--staff", OWNER, "--pin-stdin",
        stdin=f"{PIN}\n{stdin_after}", key_dir=info["key_dir"],
    )  # fmt: skip


def test_forms_lists_the_built_ins_in_the_salons_language(salon: dict[str, Any]) -> None:
    listed = owner(salon, "forms")
    assert listed.code == 0, listed
    rows = listed.json_lines()
    assert [r["form"] for r in rows] == [k.value for k in BuiltInForm]
    laser = next(r for r in rows if r["form"] == "laser_ipl")
    assert laser["title"] == "Phiếu tư vấn laser và IPL" and laser["version"] == 1
    assert laser["resign_months"] == 6 and len(laser["sha256"]) == 64


def test_form_pdf_prints_the_blank_form_in_the_clients_language(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    blank = tmp_path / "blank.pdf"
    done = owner(salon, "form-pdf", salon["client"], "--form", "hair_colour", "--out", str(blank))
    assert done.code == 0, done
    text = flat(pdftotext(blank.read_bytes()))
    assert flat("Konsultacja koloryzacji") in text and flat("Kowalska Ewa") in text

    refused = owner(
        salon, "form-pdf", salon["client"], "--form", "nope", "--out", str(tmp_path / "x.pdf")
    )
    assert_one_sentence(refused, NotFound.exit_code, "no such form")
    listed = owner(salon, "forms", "--client", salon["client"])
    assert listed.code == 0 and listed.json_lines() == []
