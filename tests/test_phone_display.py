"""Reading the salon's own numbers is ready before the first list (issue 24: at 300,000
clients compiling libphonenumber's patterns was a third of the first list's opening)."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from phonenumbers import re_util

from salonvault.domain.phone_display import prepare_phone_display, readable_phone


def compiles_while_reading(monkeypatch: pytest.MonkeyPatch, number: str, region: str) -> int:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re_util.re, "compile", counting)
    readable_phone(number, region)
    monkeypatch.setattr(re_util.re, "compile", real)
    return len(compiled)


@pytest.mark.parametrize(
    ("region", "number", "shown"),
    [("VN", "+84 903 111 222", "0903 111 222"), ("PL", "+48 601 555 777", "601 555 777")],
)
def test_after_preparing_a_salons_numbers_read_without_compiling(
    monkeypatch: pytest.MonkeyPatch, region: str, number: str, shown: str
) -> None:
    kept = re_util._COMPILED_PATTERNS
    assert kept is not None  # the module keeps every compiled pattern
    kept.clear()
    assert compiles_while_reading(monkeypatch, number, region) > 0  # the cost being moved
    kept.clear()
    prepare_phone_display(region)
    assert compiles_while_reading(monkeypatch, number, region) == 0
    assert readable_phone(number, region) == shown


def test_preparing_an_unknown_region_does_nothing_harmful() -> None:
    prepare_phone_display("ZZ")
    assert readable_phone("+48 601 555 777", "ZZ") == "+48 601 555 777"
    assert phonenumbers.is_valid_number(phonenumbers.parse("+48 601 555 777"))
