"""The Recovery Kit as PDF bytes, for the wizard and Settings (the window never reaches into
documents/). reportlab loads when a kit is made, not when the program starts."""

from __future__ import annotations

from datetime import date


def recovery_kit_pdf(
    salon: str, address: str, secret: str, public_key: str, made_on: date, language: str
) -> bytes:
    from salonvault.documents.recovery_kit import recovery_kit_pdf as draw  # noqa: PLC0415

    return draw(salon, address, secret, public_key, made_on, language)
