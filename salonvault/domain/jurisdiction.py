"""Which data protection law a salon works under: the salon's country decides, never the
language a text is printed in (decision 0041). A Vietnamese-speaking salon in Warsaw is under
the GDPR and answers to the Polish authority."""

from __future__ import annotations

from enum import StrEnum


class Regime(StrEnum):
    GDPR = "gdpr"  # the EU and EEA (and the United Kingdom's own copy of it)
    VIETNAM = "vietnam"  # Law 91/2025/QH15 and Decree 356/2025/NĐ-CP
    CHINA = "china"  # the Personal Information Protection Law (PIPL)
    OTHER = "other"  # a country the program has no specific words for


# The EU's 27 members and the three other EEA states (ISO 3166 codes).
EU_EEA = frozenset(
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        "IS", "LI", "NO",
    }
)  # fmt: skip


def regime_for(country: str) -> Regime:
    code = country.strip().upper()
    if code == "VN":
        return Regime.VIETNAM
    if code == "CN":
        return Regime.CHINA
    if code in EU_EEA or code == "GB":
        return Regime.GDPR
    return Regime.OTHER
