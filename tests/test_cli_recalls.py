"""`recalls` on a salon made the way a real one is (`init`, a Polish optician): the lists as
JSON lines, a phone only with the reminders consent and for roles that see contacts."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from salonvault.domain.records import RecordInput
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import open_vault
from tests.support import cli as run

OWNER, PIN = "Ewa Nowak", "482913"
TECHNICIAN, TECH_PIN = "Jan Optometrysta", "739164"
TODAY = date.today()  # the CLI reads the system clock


def prescription(valid_until: date) -> dict[str, Any]:
    return {
        "rx": {"right": {"sphere": "-1.00"}, "left": {"sphere": "-0.75"}},
        "examiner": "Jan Kowalski",
        "examined_on": (valid_until - timedelta(days=730)).isoformat(),
        "valid_until": valid_until.isoformat(),
    }


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-recalls")
    keys = root / "keys"
    made = run(
        root / "salon", "init", "--salon", "Optyk Ewa", "--owner", OWNER,
        "--recovery-key-out", str(root / "key.txt"), "--pin-stdin", "--language", "pl",
        "--kind", "optician", "--starter-services", stdin=f"{PIN}\n{PIN}\n", key_dir=keys,
    )  # fmt: skip
    assert made.code == 0, made
    info: dict[str, Any] = {"data_dir": root / "salon", "key_dir": keys}
    for family, given, phone in (("Wójcik", "Łucja", "601 234 567"), ("Zając", "Piotr", "")):
        client = {"family_name": family, "given_name": given, "phone": phone}
        added = as_owner(info, "add-client", stdin_after=json.dumps(client))
        assert added.code == 0, added
        info[family] = added.json()["id"]
    # Prescriptions have no command of their own here: written through the services.
    vault = open_vault(
        info["data_dir"], device_store=DeviceKeyStore(fallback_dir=keys, use_os_store=False)
    )
    try:
        owner = vault.auth.sign_in(OWNER, PIN)
        vault.staff.add(owner, TECHNICIAN, Role.TECHNICIAN, TECH_PIN)
        for family, days in (("Wójcik", 10), ("Zając", 40)):
            vault.consent.record(
                owner, info[family], "health_data", "granted", "pl", "paper", None, "H"
            )
            rx = prescription(TODAY + timedelta(days=days))
            vault.records.add_record(owner, info[family], RecordInput("spectacle_rx", rx))
        vault.consent.record(
            owner, info["Wójcik"], "reminders", "granted", "pl", "paper", paper_reference="Z/1"
        )
    finally:
        vault.close()
    return info


def as_owner(info: dict[str, Any], *args: str, stdin_after: str = "") -> Any:
    return run(
        info["data_dir"], *args, "--staff", OWNER, "--pin-stdin",
        stdin=f"{PIN}\n{stdin_after}", key_dir=info["key_dir"],
    )  # fmt: skip


def test_recalls_lists_what_is_due_with_the_contact_consent_allows(
    salon: dict[str, Any],
) -> None:
    listed = as_owner(salon, "recalls", "--kind", "eye_test")
    assert listed.code == 0, listed
    [row] = listed.json_lines()  # Zając's runs out in 40 days: after the 30 the list covers
    assert row["client"] == salon["Wójcik"]
    assert row["due_on"] == (TODAY + timedelta(days=10)).isoformat()
    assert (row["phone"], row["no_contact"], row["mark"]) == ("601 234 567", None, None)

    later = (TODAY + timedelta(days=40)).isoformat()
    rows = as_owner(salon, "recalls", "--due-before", later).json_lines()
    assert [(r["family_name"], r["kind"]) for r in rows] == [
        ("Wójcik", "eye_test"),
        ("Zając", "eye_test"),
    ]
    assert (rows[1]["phone"], rows[1]["no_contact"]) == (None, "no_consent")


def test_a_technician_gets_names_only(salon: dict[str, Any]) -> None:
    listed = run(
        salon["data_dir"], "recalls", "--staff", TECHNICIAN, "--pin-stdin",
        stdin=f"{TECH_PIN}\n", key_dir=salon["key_dir"],
    )  # fmt: skip
    assert listed.code == 0, listed
    [row] = listed.json_lines()
    assert (row["family_name"], row["phone"], row["no_contact"]) == ("Wójcik", None, "role")


def test_a_bad_kind_or_date_is_refused(salon: dict[str, Any]) -> None:
    assert as_owner(salon, "recalls", "--kind", "dentist").code == 2
    bad = as_owner(salon, "recalls", "--due-before", "next week")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.err
