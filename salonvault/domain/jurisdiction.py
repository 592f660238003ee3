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


# The law cited for keeping health data to provide health care under professional secrecy, in
# the window's words on that basis (set-up wizard, Settings), by the salon's regime and the
# reader's language. Only what decision 0041 verified: Vietnam's law without an article number.
_HEALTH_CARE_CITATIONS: dict[Regime, dict[str, str]] = {
    Regime.GDPR: {
        "en": "GDPR Art. 9(2)(h)",
        "vi": "GDPR Điều 9(2)(h)",
        "pl": "art. 9 ust. 2 lit. h RODO",
        "zh_CN": "GDPR 第 9 条第 2 款 (h) 项",
    },
    Regime.VIETNAM: {
        "en": "Personal Data Protection Law No. 91/2025/QH15",
        "vi": "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
        "pl": "wietnamska ustawa o ochronie danych osobowych nr 91/2025/QH15",
        "zh_CN": "越南《个人数据保护法》第91/2025/QH15号",
    },
    Regime.CHINA: {
        "en": "PIPL Art. 28",
        "vi": "Luật Bảo vệ thông tin cá nhân của Trung Quốc, Điều 28",
        "pl": "chińska ustawa o ochronie informacji osobowych, art. 28",
        "zh_CN": "《个人信息保护法》第二十八条",
    },
    Regime.OTHER: {
        "en": "the data protection law of the salon's country",
        "vi": "pháp luật về bảo vệ dữ liệu của quốc gia nơi tiệm hoạt động",
        "pl": "prawo ochrony danych państwa, w którym działa salon",
        "zh_CN": "本店所在国家的数据保护法律",
    },
}


def health_care_citation(country: str, language: str) -> str:
    """'GDPR Art. 9(2)(h)' for a salon in the EU; the law of a Vietnamese or Chinese salon."""
    words = _HEALTH_CARE_CITATIONS[regime_for(country)]
    return words.get(language, words["en"])
