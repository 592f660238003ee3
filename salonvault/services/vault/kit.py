"""The Recovery Kit as PDF bytes, for the wizard and Settings (the window never reaches into
documents/), and saving it, or the key alone as a text file, where the owner chose. reportlab
loads when a kit is made, not when the program starts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from salonvault.files.outbound import write_out
from salonvault.security.recovery import RecoveryKey, write_recovery_key_file


def recovery_kit_pdf(
    salon: str, address: str, secret: str, public_key: str, made_on: date, language: str
) -> bytes:
    from salonvault.documents.recovery_kit import recovery_kit_pdf as draw  # noqa: PLC0415

    return draw(salon, address, secret, public_key, made_on, language)


def save_recovery_kit(path: Path, pdf: bytes, data_dir: Path) -> Path:
    """The kit opens every record: it leaves the vault through the one door out (never inside
    the vault's folder, readable by this user only). No session: the set-up wizard saves it
    before anyone signs in; Settings asks the owner's permission before making the kit."""
    return write_out(path, pdf, data_dir)


def save_recovery_key_file(path: Path, key: RecoveryKey, data_dir: Path) -> Path:
    """The key alone as an age identity file, beside the kit: what `recover-owner`, `restore`
    and stock `age -d -i` read. Through the same door as the kit, never over an existing file."""
    write_recovery_key_file(path, key, data_dir)
    return path
