"""The optional owner-passphrase slot: Argon2id at ≥ 256 MiB, about a second on a counter PC."""

from __future__ import annotations

import secrets
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from salonvault.domain.errors import ValidationError

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
            f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters;"
            " a few ordinary words in a row work well.",
            field="passphrase",
        )


def new_kdf_params() -> dict[str, Any]:
    return {**DEFAULT_KDF_PARAMS, "salt": secrets.token_hex(16)}


def passphrase_wrapping_key(passphrase: str, params: dict[str, Any]) -> bytes:
    if params.get("algorithm") != "argon2id" or int(params["memory_kib"]) < 262_144:
        raise ValidationError("The passphrase slot uses parameters this program does not accept.")
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=bytes.fromhex(str(params["salt"])),
        time_cost=int(params["time_cost"]),
        memory_cost=int(params["memory_kib"]),
        parallelism=int(params["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )
