"""Staff PIN hashing, and the check that turns a PIN rule (domain.pin_rules) into an error.

Hashes use argon2-cffi at RFC 9106's second recommendation (Argon2id, t=3, 64 MiB, p=4); older,
weaker hashes are upgraded on sign-in.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

from salonvault.domain.errors import ValidationError
from salonvault.domain.messages import Message
from salonvault.domain.pin_rules import (
    MAX_PIN_LENGTH,
    MIN_PIN_LENGTH,
    find_pin_problem,
)

__all__ = [
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "RESET_CODE_DIGITS",
    "RESET_CODE_LIFETIME",
    "check_pin",
    "hash_pin",
    "new_reset_code",
    "pin_problem",
    "unusable_pin_hash",
]

# A one-time reset code (decision 0009): digits, so it is typed on the same PIN pad; ten of them
# against at most ten tries before the account is disabled, and it lasts a day.
RESET_CODE_DIGITS = 10
RESET_CODE_LIFETIME = timedelta(hours=24)
_UNUSABLE_PREFIX = "!reset:"

_hasher = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)


def pin_problem(pin: str, min_length: int = MIN_PIN_LENGTH) -> Message | None:
    """The first rule `pin` breaks, in English, or None."""
    problem = find_pin_problem(pin, min_length)
    return problem.message(min_length) if problem else None


def check_pin(pin: str, min_length: int = MIN_PIN_LENGTH) -> None:
    """Raise ValidationError with the first rule the PIN breaks."""
    problem = pin_problem(pin, min_length)
    if problem:
        raise ValidationError(problem, field="pin")


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def verify_pin(stored_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(stored_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError, UnicodeEncodeError):
        return False  # UnicodeEncodeError: not text at all, so not any PIN that was set


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def new_reset_code() -> str:
    """A random one-time code the owner hands over; stored only as hash_pin(code)."""
    return "".join(secrets.choice("0123456789") for _ in range(RESET_CODE_DIGITS))


def unusable_pin_hash() -> str:
    """Stands in for the PIN while a reset is pending: no PIN verifies against it, and it differs
    from the old hash, so sessions stamped with the old PIN end in every process."""
    return _UNUSABLE_PREFIX + secrets.token_hex(16)
