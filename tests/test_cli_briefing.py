"""`staff list` shows each person's confirmed privacy briefing (issue 21 items 3 and 5,
decision 0040): on the demo salon, whose staff have all confirmed it, and on a salon made the way
a real one is (`init`), whose owner has not yet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from salonvault.services.demo.salon import DEMO_BRIEFING_LANGUAGES, DEMO_STAFF
from tests.support import as_, assert_one_sentence
from tests.support import cli as run

OWNER, PIN = "Ewa Nowak", "482913"


def test_staff_list_on_the_demo_shows_everyone_briefed(cli_demo: dict[str, Any]) -> None:
    listed = as_(cli_demo, "owner", "staff", "list")
    assert listed.code == 0, listed
    rows = {row["name"]: row for row in listed.json_lines()}
    for (name, _role), language in zip(DEMO_STAFF, DEMO_BRIEFING_LANGUAGES, strict=True):
        row = rows[name]
        assert (row["briefing_version"], row["briefing_language"]) == (1, language)
        assert row["briefing_due"] is None
        assert datetime.fromisoformat(row["briefing_acknowledged_at"]).tzinfo is not None
    added = as_(
        cli_demo, "owner", "staff", "add", "Zofia Wójcik", "--role", "technician",
        stdin_after="583917\n583917\n",
    )  # fmt: skip
    assert added.code == 0, added
    rows = {row["name"]: row for row in as_(cli_demo, "owner", "staff", "list").json_lines()}
    newcomer = rows["Zofia Wójcik"]
    assert newcomer["briefing_version"] is None and newcomer["briefing_acknowledged_at"] is None
    assert newcomer["briefing_due"] == "first"


def test_staff_list_is_the_owners(cli_demo: dict[str, Any]) -> None:
    refused = as_(cli_demo, "receptionist", "staff", "list")
    assert_one_sentence(refused, 5, "receptionist may not manage staff accounts")


def test_a_new_salons_owner_has_not_confirmed_yet(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    made = run(
        tmp_path / "salon", "init", "--salon", "Salon Ewa", "--owner", OWNER,
        "--recovery-key-out", str(tmp_path / "key.txt"), "--pin-stdin", "--language", "pl",
        stdin=f"{PIN}\n{PIN}\n", key_dir=keys,
    )  # fmt: skip
    assert made.code == 0, made
    listed = run(
        tmp_path / "salon", "staff", "list", "--staff", OWNER, "--pin-stdin",
        stdin=f"{PIN}\n", key_dir=keys,
    )  # fmt: skip
    assert listed.code == 0, listed
    [owner] = listed.json_lines()
    assert owner["name"] == OWNER and owner["briefing_due"] == "first"
    assert owner["briefing_version"] is None
