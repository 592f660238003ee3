"""Checks on the values a caller passes to the consent service: purpose, decision, method,
language and the proof of signing, each turned into its type or refused with a keyed error."""

from __future__ import annotations

from salonvault.domain.consent import CONSENT_LANGUAGES, Decision, Method, Purpose
from salonvault.domain.errors import ValidationError
from salonvault.services.clients.fields import clean_line
from salonvault.services.consent.templates import clean_signature

MAX_PAPER_REFERENCE = 60


def proof(
    method: Method, signature_png: bytes | None, paper_reference: str | None
) -> tuple[bytes | None, str]:
    """(cleaned signature, paper reference): on screen needs a signature, paper a reference."""
    if method is Method.ON_SCREEN:
        if paper_reference:
            raise ValidationError("consent.form_signed_screen_has_paper", "reference")
        if signature_png is None:
            raise ValidationError("consent.client_s_signature_missing", field="signature")
        return clean_signature(signature_png), ""
    if signature_png is not None:
        raise ValidationError("consent.form_signed_paper_has_screen", "signature")
    reference = clean_line(
        paper_reference or "", "reference", "paper form's reference", MAX_PAPER_REFERENCE, True
    )
    return None, reference


def purpose_of(value: Purpose | str) -> Purpose:
    try:
        return Purpose(value)
    except ValueError:
        names = ", ".join(p.value for p in Purpose)
        raise ValidationError(
            "consent.unknown_consent_purpose_use_one", "purpose", names=names
        ) from None


def decision_of(value: Decision | str) -> Decision:
    try:
        return Decision(value)
    except ValueError:
        raise ValidationError("consent.decision_granted_refused", field="decision") from None


def method_of(value: Method | str) -> Method:
    try:
        return Method(value)
    except ValueError:
        raise ValidationError("consent.signed_screen_paper", field="method") from None


def language_of(language: str) -> str:
    if language not in CONSENT_LANGUAGES:
        raise ValidationError(
            "consent.language_one_of", "language", languages=", ".join(CONSENT_LANGUAGES)
        )
    return language
