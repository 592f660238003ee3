"""`card-pdf` and `day-sheet` as a user runs them (separate processes), on a salon made the way
a real one is: `init` for a Polish optician with its starter services, no demo."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support import assert_one_sentence
from tests.support import cli as run

OWNER, PIN = "Ewa Nowak", "482913"


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-printouts")
    keys = root / "keys"
    made = run(
        root / "salon", "init", "--salon", "Optyk Ewa", "--owner", OWNER,
        "--recovery-key-out", str(root / "key.txt"), "--pin-stdin", "--language", "pl",
        "--kind", "optician", "--starter-services", stdin=f"{PIN}\n{PIN}\n", key_dir=keys,
    )  # fmt: skip
    assert made.code == 0, made
    info: dict[str, Any] = {"data_dir": root / "salon", "key_dir": keys, "root": root}
    client = {"family_name": "Wójcik", "given_name": "Łucja", "phone": "601 234 567"}
    added = owner(info, "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    info["client"] = str(added.json()["id"])
    return info


def owner(info: dict[str, Any], *args: str, stdin_after: str = "") -> Any:
    return run(
        info["data_dir"], *args, "--staff", OWNER, "--pin-stdin",
        stdin=f"{PIN}\n{stdin_after}", key_dir=info["key_dir"],
    )  # fmt: skip


def pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_card_pdf_writes_the_card_in_the_salons_language(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "karta.pdf"
    result = owner(salon, "card-pdf", salon["client"], "--out", str(out))
    assert result.code == 0, result
    assert result.json()["out"] == str(out.resolve()) and out.stat().st_size > 0
    text = pdftotext(out)
    assert "Karta klienta" in text and "Wójcik Łucja" in text and "601 234 567" in text
    assert "Zabiegi" in text and "receptury" not in text  # no colour formula held
    english = tmp_path / "card.pdf"
    assert owner(salon, "card-pdf", salon["client"], "--out", str(english), "--language", "en")
    assert "Client card" in pdftotext(english)


def test_card_pdf_errors_are_one_sentence_and_the_data_folder_is_refused(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    missing = owner(salon, "card-pdf", "999999", "--out", str(tmp_path / "x.pdf"))
    assert_one_sentence(missing, 3, "no such client")
    data_dir = Path(salon["data_dir"])
    before = sorted(p.name for p in data_dir.rglob("*"))
    refused = owner(salon, "card-pdf", salon["client"], "--out", str(data_dir / "card.pdf"))
    assert_one_sentence(refused, 2, "outside the vault's folder")
    assert sorted(p.name for p in data_dir.rglob("*")) == before


def test_day_sheet_lists_the_clients_given(salon: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "dzis.pdf"
    result = owner(salon, "day-sheet", "--client", salon["client"], "--out", str(out))
    assert result.code == 0, result
    assert result.json()["clients"] == 1
    text = pdftotext(out)
    assert "Dzisiejsi klienci" in text and "Wójcik Łucja" in text
    empty = owner(salon, "day-sheet", "--out", str(tmp_path / "none.pdf"))
    assert empty.code == 0 and empty.json()["clients"] == 0  # no treatment recorded today
