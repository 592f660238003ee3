"""Which client details the salon collects, from the command line (issue 18 item 7): a salon
made by `init` refuses a birth date and says where to switch it on; once the owner collects
birth dates, `add-client` takes `birth_date` as README documents it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import Result, assert_one_sentence, cli

OWNER, PIN = "Anna Nowak", "482913"


def test_the_owner_switches_birth_dates_on_and_add_client_takes_them(tmp_path: Path) -> None:
    salon = tmp_path / "salon"
    made = cli(
        salon,
        "init",
        "--salon",
        "Optyk Żabka",
        "--owner",
        OWNER,
        "--recovery-key-out",
        str(tmp_path / "key.txt"),
        "--pin-stdin",
        "--language",
        "pl",
        stdin=f"{PIN}\n{PIN}\n",
    )
    assert made.code == 0, made
    client = {"family_name": "Kowalska", "given_name": "Ewa", "birth_date": "1990-04-23"}

    def as_owner(*args: str, data: str = "") -> Result:
        return cli(salon, *args, "--staff", OWNER, "--pin-stdin", stdin=f"{PIN}\n{data}")

    refused = as_owner("add-client", data=json.dumps(client))
    assert_one_sentence(refused, 2, "does not collect birth dates", "Settings → Client details")
    listed = as_owner("fields", "list")
    assert listed.json()["collected"] == ["email", "guardian", "phone"]

    switched = as_owner("fields", "set", "phone", "email", "birth_date", "guardian")
    assert switched.code == 0, switched
    assert switched.json()["collected"] == [
        "birth_date",
        "email",
        "guardian",
        "phone",
    ]
    added = as_owner("add-client", data=json.dumps(client))
    assert added.code == 0, added
    shown = as_owner("show", str(added.json()["id"])).json()
    assert shown["birth_date"] == "1990-04-23"

    unknown = as_owner("fields", "set", "shoe_size")
    assert unknown.code == 2
    entries = as_owner("audit", "list", "--action", "settings.change").json_lines()
    assert entries[0]["detail"] == "field=collected_fields"


def test_add_client_takes_a_minor_and_their_guardian_by_the_windows_rules(
    tmp_path: Path,
) -> None:
    """`is_minor` and `guardian`, as the client form has them: a minor needs a guardian (the
    salon collects guardians from the start), an adult has none, the flag agrees with a birth
    date, and the flag is a JSON boolean."""
    salon = tmp_path / "salon"
    made = cli(
        salon,
        "init",
        "--salon",
        "Salon Hoa Mai",
        "--owner",
        OWNER,
        "--recovery-key-out",
        str(tmp_path / "key.txt"),
        "--pin-stdin",
        "--language",
        "vi",
        stdin=f"{PIN}\n{PIN}\n",
    )
    assert made.code == 0, made

    def add(**fields: object) -> Result:
        client = {"family_name": "Trần", "given_name": "Bảo", **fields}
        return cli(
            salon,
            "add-client",
            "--allow-duplicate",
            "--staff",
            OWNER,
            "--pin-stdin",
            stdin=f"{PIN}\n{json.dumps(client)}",
        )

    added = add(is_minor=True, guardian="Trần Thị Mai, 0912 345 678")
    assert added.code == 0, added
    shown = cli(
        salon, "show", str(added.json()["id"]), "--staff", OWNER, "--pin-stdin", stdin=f"{PIN}\n"
    ).json()
    assert shown["is_minor"] is True
    assert shown["guardian"] == "Trần Thị Mai, 0912 345 678"

    assert_one_sentence(add(is_minor=True), 2, "parent or guardian")
    assert_one_sentence(add(guardian="Trần Thị Mai"), 2, "only for a minor")
    assert_one_sentence(add(is_minor="yes", guardian="Mai"), 2, "is_minor must be true or false")
    adult = add(is_minor=False)
    assert adult.code == 0, adult

    cli(
        salon,
        "fields",
        "set",
        "phone",
        "email",
        "birth_date",
        "guardian",
        "--staff",
        OWNER,
        "--pin-stdin",
        stdin=f"{PIN}\n",
    )
    grown_up = add(is_minor=True, guardian="Mai", birth_date="1990-04-23")
    assert_one_sentence(grown_up, 2, "18 or older")
    child = add(birth_date="2020-01-02")
    assert_one_sentence(child, 2, 'tick "minor"')
