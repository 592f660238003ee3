"""PIN rules (DESIGN.md §3) as pure logic, so forms can check a PIN live as it is typed.

Each refusal is a PinProblem code; the GUI shows its own translated sentence for the code, the
CLI and errors use the English `message`.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from itertools import pairwise

from salonvault.domain.messages import Message
from salonvault.domain.messages.pin import MESSAGES as PIN_MESSAGES

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12


class PinProblem(Enum):
    NOT_DIGITS = PIN_MESSAGES["not_digits"]
    LENGTH = PIN_MESSAGES["length"]
    ONE_DIGIT = PIN_MESSAGES["one_digit"]
    RUN = PIN_MESSAGES["run"]
    PATTERN = PIN_MESSAGES["pattern"]
    COMMON = PIN_MESSAGES["common"]
    DATE = PIN_MESSAGES["date"]

    def message(self, min_length: int = MIN_PIN_LENGTH) -> Message:
        """The English sentence, keyed "pin.<name>" (decision 0032)."""
        if self is PinProblem.LENGTH:
            return Message("pin.length", min=min_length, max=MAX_PIN_LENGTH)
        return Message(f"pin.{self.name.lower()}")


# Keypad shapes and pairs that people choose and that the rules below do not already catch.
_COMMON_PINS = frozenset(
    {
        "112233", "445566", "778899", "159753", "147258", "258369", "369258", "147852",
        "789456", "456123", "102030", "246810", "135790", "159357", "753951", "741852",
        "963852", "852456", "098765", "0123456789", "1234567890", "11223344", "12344321",
        "123321", "654456", "789987", "100200", "696969",
    }
)  # fmt: skip


def find_pin_problem(pin: str, min_length: int = MIN_PIN_LENGTH) -> PinProblem | None:  # noqa: PLR0911
    """The first rule `pin` breaks, or None."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if not min_length <= len(pin) <= MAX_PIN_LENGTH:
        return PinProblem.LENGTH
    if len(set(pin)) == 1:
        return PinProblem.ONE_DIGIT
    if _is_run(pin):
        return PinProblem.RUN
    if _is_short_pattern(pin):
        return PinProblem.PATTERN
    if pin in _COMMON_PINS:
        return PinProblem.COMMON
    if _looks_like_date(pin):
        return PinProblem.DATE
    return None


def _is_run(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    return steps in ({1}, {9})


def _is_short_pattern(pin: str) -> bool:
    return any(
        (pin[:period] * len(pin))[: len(pin)] == pin for period in range(1, min(4, len(pin) // 2))
    ) or (len(pin) % 2 == 0 and pin[: len(pin) // 2] == pin[len(pin) // 2 :])


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _looks_like_date(pin: str) -> bool:
    if len(pin) == 6:
        a, b, c = int(pin[0:2]), int(pin[2:4]), int(pin[4:6])
        # DDMMYY, MMDDYY, YYMMDD; the century does not matter for a two-digit year.
        return (
            _valid_date(2000 + c, b, a)
            or _valid_date(2000 + c, a, b)
            or _valid_date(2000 + a, b, c)
        )
    if len(pin) == 8:
        head_year, tail_year = int(pin[0:4]), int(pin[4:8])
        return (
            (1900 <= tail_year <= 2099 and _valid_date(tail_year, int(pin[2:4]), int(pin[0:2])))
            or (1900 <= tail_year <= 2099 and _valid_date(tail_year, int(pin[0:2]), int(pin[2:4])))
            or (1900 <= head_year <= 2099 and _valid_date(head_year, int(pin[4:6]), int(pin[6:8])))
        )
    return False
