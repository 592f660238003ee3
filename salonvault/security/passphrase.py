"""The optional owner-passphrase slot: Argon2id at ≥ 256 MiB, about a second on a counter PC."""

from __future__ import annotations

import secrets
import unicodedata
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from salonvault.domain.errors import PassphraseSlotUnusual, ValidationError

# t=6, 256 MiB, p=2: 0.75-0.95 s on the 2-core build machine (bench/keys.py, docs/performance.md).
DEFAULT_KDF_PARAMS: dict[str, Any] = {
    "algorithm": "argon2id",
    "time_cost": 6,
    "memory_kib": 262_144,
    "parallelism": 2,
}
MIN_PASSPHRASE_LENGTH = 12


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "keys.passphrase_needs_least_characters_few",
            field="passphrase",
            min_passphrase_length=MIN_PASSPHRASE_LENGTH,
        )
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in passphrase):
        raise ValidationError(
            "keys.passphrase_contains_characters_cannot_typed",
            field="passphrase",
        )


def new_kdf_params() -> dict[str, Any]:
    return {**DEFAULT_KDF_PARAMS, "salt": secrets.token_hex(16)}


# What a passphrase slot may ask for: what this program writes (t=6; t=4 before), with headroom
# for a later, costlier default, and no more. A damaged or planted slot file asking for more
# would make every try of the passphrase hang and eat memory (t=24 and 2 GiB: 83 s a try);
# below, it would be weaker than anything written here. Either way it is refused untried.
_LIMITS = {
    "time_cost": (4, 12),
    "memory_kib": (262_144, 524_288),
    "parallelism": (1, 4),
}
_SALT_BYTES = (16, 64)


def passphrase_wrapping_key(passphrase: str, params: dict[str, Any]) -> bytes:
    """The passphrase slot's AES key. ValidationError(field="passphrase") for a passphrase that
    cannot be the one set (not encodable); PassphraseSlotUnusual for costs or a salt this
    program never writes (checked first, before any hashing)."""
    costs, salt = _checked_params(params)
    try:
        secret = passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("keys.passphrase_valid_text", field="passphrase") from None
    return hash_secret_raw(secret=secret, salt=salt, hash_len=32, type=Type.ID, **costs)


def _checked_params(params: dict[str, Any]) -> tuple[dict[str, int], bytes]:
    asked = {name: params.get(name) for name in _LIMITS}
    refused = PassphraseSlotUnusual(asked, {name: DEFAULT_KDF_PARAMS[name] for name in _LIMITS})
    if params.get("algorithm") != "argon2id":
        raise refused
    costs: dict[str, int] = {}
    for name, (low, high) in _LIMITS.items():
        value = params.get(name)
        if type(value) is not int or not low <= value <= high:
            raise refused
        costs[name] = value
    try:
        salt = bytes.fromhex(str(params.get("salt")))
    except ValueError:
        raise refused from None
    if not _SALT_BYTES[0] <= len(salt) <= _SALT_BYTES[1]:
        raise refused
    return {
        "time_cost": costs["time_cost"],
        "memory_cost": costs["memory_kib"],
        "parallelism": costs["parallelism"],
    }, salt
