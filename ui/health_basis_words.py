"""The two legal bases for health data in the window's words (set-up wizard, Settings), and the
reasons health data may not be stored for a client (the card), so every screen says it alike
(decision 0031)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.health_basis import HealthBasis


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthBasisWords", text)


def basis_title(basis: HealthBasis) -> str:
    return {
        HealthBasis.EXPLICIT_CONSENT: _tr("The client's explicit consent (recommended)"),
        HealthBasis.PROFESSIONAL_SECRECY: _tr("Health care under professional secrecy"),
    }[basis]


def basis_explanation(basis: HealthBasis) -> str:
    return {
        HealthBasis.EXPLICIT_CONSENT: _tr(
            "For salons, spas and beauty clinics. Allergies, conditions, medicines and"
            " contraindications are kept only for clients who gave their health-data consent."
            " If a client withdraws it, their health details are deleted from the vault."
        ),
        HealthBasis.PROFESSIONAL_SECRECY: _tr(
            "Only for clinics and opticians whose staff are bound by professional secrecy and"
            " who need health details to provide health care (GDPR Art. 9(2)(h)). Health"
            " details are kept without the client's consent."
        ),
    }[basis]


def missing_consent_text(standing: str) -> str:
    """Why the card cannot take health details now, by HealthConsentRequired's standing."""
    return {
        "not_asked": _tr(
            "Health details are kept only with the client's consent, and this client has not"
            " been asked yet."
        ),
        "refused": _tr(
            "Health details are kept only with the client's consent, and this client refused it."
        ),
        "withdrawn": _tr(
            "Health details are kept only with the client's consent, and this client withdrew it."
        ),
        "switched_off": _tr(
            "Health details are kept only with the client's consent, and the salon does not ask"
            " for it: the owner can switch health-data consent on in Consents."
        ),
    }.get(standing, _tr("Health details are kept only with the client's consent."))
