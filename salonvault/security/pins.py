"""Staff PIN rules and hashing.

PINs are 6-12 digits (the owner may require more), and guessable ones are refused: one repeated
digit, runs like 123456 or 987654, short repeated patterns (121212, 123123), common keypad
shapes, and date-like PINs, which people pick from birthdays. Hashes use argon2-cffi at RFC 9106's
second recommendation (Argon2id, t=3, 64 MiB, p=4); older, weaker hashes are upgraded on login.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

from salonvault.domain.errors import ValidationError

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12

# Keypad shapes and pairs that people choose and that the rules below do not already catch.
_COMMON_PINS = frozenset(
    {
        "112233",
        "445566",
        "778899",
        "159753",
        "147258",
        "258369",
        "369258",
        "147852",
        "789456",
        "456123",
        "102030",
        "246810",
        "135790",
        "159357",
        "753951",
        "741852",
        "963852",
        "852456",
        "098765",
        "0123456789",
        "1234567890",
        "11223344",
        "12344321",
        "123321",
        "654456",
        "789987",
        "100200",
        "696969",
    }
)

_hasher = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)


def check_pin(pin: str, min_length: int = MIN_PIN_LENGTH) -> None:
    """Raise ValidationError with the first rule the PIN breaks, in words for the person typing."""
    problem = pin_problem(pin, min_length)
    if problem:
        raise ValidationError(problem, field="pin")


def pin_problem(pin: str, min_length: int = MIN_PIN_LENGTH) -> str | None:  # noqa: PLR0911
    """The first rule `pin` breaks, or None. Used live by forms as the PIN is typed."""
    if not pin.isascii() or not pin.isdigit():
        return "A PIN has digits only."
    if not min_length <= len(pin) <= MAX_PIN_LENGTH:
        return f"A PIN has {min_length} to {MAX_PIN_LENGTH} digits."
    if len(set(pin)) == 1:
        return "A PIN cannot be one digit repeated."
    if _is_run(pin):
        return "A PIN cannot be a run of digits like 123456 or 987654."
    if _is_short_pattern(pin):
        return "A PIN cannot repeat a short pattern like 121212 or 123123."
    if pin in _COMMON_PINS:
        return "That PIN is among the most common ones; choose another."
    if _looks_like_date(pin):
        return "A PIN cannot look like a date (people guess birthdays first)."
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


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def verify_pin(stored_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(stored_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
