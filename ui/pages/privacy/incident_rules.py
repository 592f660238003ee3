"""The on-screen guidance above the breach register (decision 0041): what the law of the
salon's country asks, and how the 72-hour clock relates to it. The printed drafts state facts
and times only; deadlines and advice live here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.jurisdiction import Regime


def notification_rule(regime: Regime) -> str:
    # Literal strings in each call, so lupdate finds them.
    if regime is Regime.VIETNAM:
        return QCoreApplication.translate(
            "IncidentRules",
            "Vietnam: notify the Ministry of Public Security (A05) as early as you can. Under the"
            " former Decree 13/2023 the 72 hours ran from the breach itself, not from its"
            " discovery; check the time limit of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. The"
            " clock below counts from discovery, so it may run out later than the law's.",
        )
    if regime is Regime.CHINA:
        return QCoreApplication.translate(
            "IncidentRules",
            "China (PIPL Art. 57): notify the departments performing personal-information"
            " protection duties, and the clients, immediately. The 72-hour clock below is only a"
            " reminder; do not wait for it.",
        )
    if regime is Regime.GDPR:
        return QCoreApplication.translate(
            "IncidentRules",
            "GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of"
            " the breach, unless it is unlikely to put the clients at risk; a later notification"
            " gives the reasons. The clock below counts those 72 hours from discovery.",
        )
    return QCoreApplication.translate(
        "IncidentRules",
        "Notify the data protection authority as the law of the salon's country asks. The clock"
        " below counts the GDPR's 72 hours from discovery, as a reminder.",
    )
