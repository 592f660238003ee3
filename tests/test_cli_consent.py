"""`consent-purposes` and `consent-pdf` as a user runs them (the CLI in this process:
tests/support.py `cli`)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.consent import Purpose
from tests.support import as_, assert_one_sentence, cli


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-consent")
    result = cli(root / "salon", "demo", "--clients", "0", key_dir=root / "keys")
    assert result.code == 0, result
    info: dict[str, Any] = result.json()
    info["root"] = root
    info["key_dir"] = root / "keys"
    client = {"family_name": "王", "given_name": "秀英", "language": "zh_CN"}
    added = as_(info, "receptionist", "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    info["client"] = str(added.json()["id"])
    return info


def pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_consent_purposes_lists_the_ids_one_a_line(tmp_path: Path) -> None:
    result = cli(tmp_path / "nowhere", "consent-purposes")
    assert result.code == 0 and result.out.splitlines() == [p.value for p in Purpose]


def test_a_blank_form_in_the_clients_language_to_sign_on_paper(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "form.pdf"
    result = as_(
        salon, "technician", "consent-pdf", salon["client"], "--purpose", "health_data",
        "--out", str(out),
    )  # fmt: skip
    assert result.code == 0, result
    assert result.json()["bytes"] == out.stat().st_size
    text = pdftotext(out)
    assert "王秀英" in text.replace(" ", "") and "同意书" in text
    assert "我同意" in text and "我不同意" in text and "客户签名" in text
    # the footer names the purpose in the form's language (never its key), version and hash
    assert "health_data" not in text and "健康信息（过敏、健康状况、药物）：文本版本" in text


def test_consent_pdf_errors_are_one_sentence(salon: dict[str, Any], tmp_path: Path) -> None:
    missing = as_(
        salon, "owner", "consent-pdf", "999999", "--purpose", "photos", "--out",
        str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert_one_sentence(missing, 3, "no such client")
    folder = as_(
        salon, "owner", "consent-pdf", salon["client"], "--purpose", "photos", "--out",
        str(tmp_path),
    )  # fmt: skip
    assert_one_sentence(folder, 2, "folder")
    unreachable = as_(
        salon, "owner", "consent-pdf", salon["client"], "--purpose", "photos", "--out",
        str(tmp_path / "no" / "such" / "dir" / "x.pdf"),
    )  # fmt: skip
    assert_one_sentence(unreachable, 9, "is not there", "nothing was written")
    bad = as_(salon, "owner", "consent-pdf", salon["client"], "--purpose", "newsletter",
              "--out", str(tmp_path / "y.pdf"))  # fmt: skip
    assert bad.code == 2 and "invalid choice" in bad.err


def test_consent_pdf_into_the_data_folder_is_refused_and_writes_nothing(
    salon: dict[str, Any],
) -> None:
    """Issue 20 item 8: the form leaves the vault, so it never lands in the vault's folder."""
    data_dir = Path(salon["data_dir"])
    before = sorted(p.name for p in data_dir.rglob("*"))
    for target in (data_dir / "form.pdf", data_dir / "vault.db", data_dir / "backups" / "f.pdf"):
        refused = as_(
            salon, "owner", "consent-pdf", salon["client"], "--purpose", "photos", "--out",
            str(target),
        )  # fmt: skip
        assert_one_sentence(refused, 2, "outside the vault's folder")
        assert refused.out == ""
    assert sorted(p.name for p in data_dir.rglob("*")) == before
