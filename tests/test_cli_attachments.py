"""`attach ID FILE --kind K` and `attachments ID` as a user runs them, on a salon made the way a
real one is (`init`, no demo): the file is stored cleaned inside the vault and left as it was;
a disguised file is refused in one sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.attachment_files import HTML, pdf_with_pages
from tests.support import assert_one_sentence
from tests.support import cli as run

OWNER, PIN = "Ewa Nowak", "482913"


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-attachments")
    keys = root / "keys"
    made = run(
        root / "salon", "init", "--salon", "Gabinet Ewa", "--owner", OWNER,
        "--recovery-key-out", str(root / "key.txt"), "--pin-stdin", "--language", "pl",
        "--kind", "clinic", "--health-basis", "professional_secrecy",  # a clinic's GP letters
        stdin=f"{PIN}\n{PIN}\n", key_dir=keys,
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


def test_attach_then_list(salon: dict[str, Any], tmp_path: Path) -> None:
    scan = tmp_path / "skierowanie.pdf"
    scan.write_bytes(pdf_with_pages(2))
    original = scan.read_bytes()
    done = owner(
        salon, "attach", salon["client"], str(scan), "--kind", "referral_letter",
        "--date", "2026-10-01", "--note", "dr Kowalski",
    )  # fmt: skip
    assert done.code == 0, done
    row = done.json()
    assert (row["kind"], row["pages"], row["received_as"]) == ("referral_letter", 2, "pdf")
    assert row["dated_on"] == "2026-10-01" and row["note"] == "dr Kowalski"
    assert scan.read_bytes() == original
    listed = owner(salon, "attachments", salon["client"])
    assert listed.code == 0, listed
    assert [r["id"] for r in listed.json_lines()] == [row["id"]]


def test_a_disguised_file_and_a_bad_kind_are_refused(salon: dict[str, Any], tmp_path: Path) -> None:
    fake = tmp_path / "scan.png"
    fake.write_bytes(HTML)
    refused = owner(salon, "attach", salon["client"], str(fake), "--kind", "other")
    assert_one_sentence(refused, 2, "scan.png", "web page (HTML)")
    wrong = owner(salon, "attach", salon["client"], str(fake), "--kind", "invoice")
    assert wrong.code == 2 and "invalid choice" in wrong.err
    missing = owner(salon, "attach", salon["client"], str(tmp_path / "gone.pdf"), "--kind", "other")
    assert_one_sentence(missing, 2, "gone.pdf", "could not be read")
