"""Finding 11 in writing (issue 20): the threat model exists, the README links it, and it says
what each mode protects against in each case the review named, and what to do about it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THREAT_MODEL = ROOT / "docs" / "threat-model.md"
CASES = (
    "Stolen PC",
    "Stolen disk",
    "Copied data folder",
    "Malware running as the same OS user",
    "curious colleague",
    "lost USB stick",
)


def test_the_readme_links_the_threat_model() -> None:
    assert "(docs/threat-model.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_each_case_is_answered_for_both_modes() -> None:
    text = THREAT_MODEL.read_text(encoding="utf-8")
    assert "| threat | device slot | passphrase mode |" in text
    rows = {line.split("|")[1]: line for line in text.splitlines() if line.startswith("| **")}
    for case in CASES:
        (row,) = [line for name, line in rows.items() if case.lower() in name.lower()]
        assert row.count("|") == 4 and all(cell.strip() for cell in row.split("|")[1:4]), row


def test_it_recommends_passphrase_mode_and_one_account_per_pc() -> None:
    recommended = THREAT_MODEL.read_text(encoding="utf-8").split("## What we recommend")[1]
    recommended = recommended.split("\n## ")[0].lower()
    assert "passphrase" in recommended
    assert "account" in recommended
