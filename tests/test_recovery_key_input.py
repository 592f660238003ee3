"""The recovery key however the owner has it (issue 18 item 8): the kit PDF the wizard saved,
the key file, or the key typed from the kit's groups of four, in any case and spacing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from salonvault.documents.recovery_kit import recovery_kit_pdf
from salonvault.domain.errors import ValidationError
from salonvault.security.recovery import (
    RecoveryKey,
    generate_recovery_key,
    parse_recovery_key,
    write_recovery_key_file,
)
from salonvault.services.vault.restore import recovery_key_from_file


@pytest.fixture(scope="module")
def key() -> RecoveryKey:
    return generate_recovery_key()


def grouped(secret: str) -> str:
    """As the kit prints it: the prefix on its own line, then rows of eight groups of four."""
    rest = secret[len("AGE-SECRET-KEY-1") :]
    groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
    rows = ["  ".join(groups[i : i + 8]) for i in range(0, len(groups), 8)]
    return "\n".join(["AGE-SECRET-KEY-1", *rows])


def test_the_key_typed_in_groups_of_four_in_any_case(key: RecoveryKey) -> None:
    assert parse_recovery_key(grouped(key.secret)) == key
    assert parse_recovery_key(grouped(key.secret).lower()) == key
    assert parse_recovery_key(" ".join(grouped(key.secret).split())) == key
    assert parse_recovery_key("  " + key.secret.lower() + "\n") == key


def test_an_o_typed_for_a_zero_is_forgiven_other_slips_are_not() -> None:
    key = next(k for k in iter(generate_recovery_key, None) if "0" in k.secret[16:])
    assert parse_recovery_key(key.secret.replace("0", "O")) == key
    body = key.secret[16:]
    slipped = body[:-1] + ("Q" if body[-1] != "Q" else "P")  # one wrong character
    with pytest.raises(ValidationError, match="mistyped"):
        parse_recovery_key("AGE-SECRET-KEY-1" + slipped)
    with pytest.raises(ValidationError, match="mistyped"):
        parse_recovery_key(key.secret[:-1])  # one character short
    with pytest.raises(ValidationError, match="not a SalonVault recovery key"):
        parse_recovery_key("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq")


def test_an_identity_file_with_comments_and_a_file_with_two_keys(key: RecoveryKey) -> None:
    other = generate_recovery_key()
    identity_file = f"# created today\n# public key: {key.public_key}\n{key.secret}\n"
    assert parse_recovery_key(identity_file) == key
    with pytest.raises(ValidationError, match="more than one"):
        parse_recovery_key(f"{key.secret}\n{other.secret}\n")


@pytest.mark.parametrize("language", ["en", "vi", "pl", "zh_CN"])
def test_the_saved_kit_pdf_opens_like_the_key_file(
    key: RecoveryKey, tmp_path: Path, language: str
) -> None:
    kit = tmp_path / "kit.pdf"
    pdf = recovery_kit_pdf("Tiệm Hoa", "", key.secret, key.public_key, date(2026, 12, 6), language)
    kit.write_bytes(pdf)
    assert recovery_key_from_file(kit) == key
    key_file = tmp_path / "key.txt"
    write_recovery_key_file(key_file, key, data_dir=tmp_path / "salon")
    assert recovery_key_from_file(key_file) == key


def test_a_pdf_that_is_not_a_kit_is_refused_in_a_sentence(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    with pytest.raises(ValidationError, match="cannot be read"):
        recovery_key_from_file(damaged)
