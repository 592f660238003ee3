"""PIN rules (DESIGN.md §3) and hashing."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from salonvault.domain.errors import ValidationError
from salonvault.security.pins import check_pin, hash_pin, needs_rehash, pin_problem, verify_pin


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("12345", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("12a456", "digits only"),
        ("١٢٣٤٥٦", "digits only"),  # Arabic-Indic digits are not PIN digits
        ("000000", "one digit repeated"),
        ("111111", "one digit repeated"),
        ("123456", "run of digits"),
        ("654321", "run of digits"),
        ("890123", "run of digits"),
        ("121212", "short pattern"),
        ("123123", "short pattern"),
        ("48914891", "short pattern"),
        ("112233", "most common"),
        ("147258", "most common"),
        ("240389", "date"),  # 24 March 1989 as DDMMYY
        ("031224", "date"),  # 3 Dec 2024 (DDMMYY) or 12 Mar 2024 (MMDDYY)
        ("19891224", "date"),  # YYYYMMDD
        ("24121989", "date"),  # DDMMYYYY
    ],
)
def test_guessable_pins_are_refused_with_a_reason(pin: str, reason: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and reason in problem
    with pytest.raises(ValidationError) as error:
        check_pin(pin)
    assert error.value.field == "pin"


@pytest.mark.parametrize("pin", ["482913", "739164", "905372", "58204719", "880417293615"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert pin_problem(pin) is None


def test_owner_can_require_longer_pins() -> None:
    assert pin_problem("482913", min_length=8) is not None
    assert pin_problem("58204719", min_length=8) is None


@pytest.mark.slow  # checks the real PIN-hash cost
def test_hash_is_argon2id_at_rfc9106_second_recommendation_and_verifies() -> None:
    stored = hash_pin("482913")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_pin(stored, "482913")
    assert not verify_pin(stored, "482914")
    assert not verify_pin("not a hash", "482913")
    assert not needs_rehash(stored)


def test_weaker_hash_is_flagged_for_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("482913")
    assert verify_pin(weak, "482913")
    assert needs_rehash(weak)
