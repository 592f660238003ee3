"""The two legal bases for health data in the window's words (set-up wizard, Settings), and the
reasons health data may not be stored for a client (the card), so every screen says it alike
(decision 0031)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.jurisdiction import health_care_citation
from ui.i18n import screen_language


def basis_title(basis: HealthBasis) -> str:
    return {
        HealthBasis.EXPLICIT_CONSENT: QCoreApplication.translate(
            "HealthBasisWords", "The client's explicit consent (recommended)"
        ),
        HealthBasis.PROFESSIONAL_SECRECY: QCoreApplication.translate(
            "HealthBasisWords", "Health care under professional secrecy"
        ),
    }[basis]


def basis_explanation(basis: HealthBasis, country: str) -> str:
    """The basis explained, the health-care one citing the law of the salon's `country`
    (decision 0041: never the GDPR for a Vietnamese or Chinese salon)."""
    citation = health_care_citation(country, screen_language())
    return {
        HealthBasis.EXPLICIT_CONSENT: QCoreApplication.translate(
            "HealthBasisWords",
            "For salons, spas and beauty clinics. Allergies, conditions, medicines and"
            " contraindications are kept only for clients who gave their health-data consent."
            " If a client withdraws it, their health details are deleted from the vault.",
        ),
        HealthBasis.PROFESSIONAL_SECRECY: QCoreApplication.translate(
            "HealthBasisWords",
            "Only for clinics and opticians whose staff are bound by professional secrecy and"
            " who need health details to provide health care (%1). Health"
            " details are kept without the client's consent.",
        ).replace("%1", citation),
    }[basis]


def missing_consent_text(standing: str) -> str:
    """Why the card cannot take health details now, by HealthConsentRequired's standing."""
    return {
        "not_asked": QCoreApplication.translate(
            "HealthBasisWords",
            "Health details are kept only with the client's consent, and this client has not"
            " been asked yet.",
        ),
        "refused": QCoreApplication.translate(
            "HealthBasisWords",
            "Health details are kept only with the client's consent, and this client refused it.",
        ),
        "withdrawn": QCoreApplication.translate(
            "HealthBasisWords",
            "Health details are kept only with the client's consent, and this client withdrew it.",
        ),
        "switched_off": QCoreApplication.translate(
            "HealthBasisWords",
            "Health details are kept only with the client's consent, and the salon does not ask"
            " for it: the owner can switch health-data consent on in Consents.",
        ),
    }.get(
        standing,
        QCoreApplication.translate(
            "HealthBasisWords", "Health details are kept only with the client's consent."
        ),
    )
