"""The law and the authority of the salon's country, in the words of a document's language
(decision 0041). The salon's country decides which law and which authority; the language only
decides how they are written: a Vietnamese text for a Polish salon names the Polish authority.

Citations are those verified in decision 0041; where an article number could not be verified,
the text names the law without one.
"""

from __future__ import annotations

from babel import Locale

from salonvault.domain.jurisdiction import Regime, regime_for

_LOCALES = {"en": "en_GB", "vi": "vi_VN", "pl": "pl_PL", "zh_CN": "zh_Hans_CN"}

# The supervisory authorities of the GDPR countries the program names, in their own language.
GDPR_AUTHORITIES: dict[str, str] = {
    "PL": "Prezes Urzędu Ochrony Danych Osobowych (UODO)",
    "DE": "Datenschutz-Aufsichtsbehörde des Bundeslandes",
    "AT": "Datenschutzbehörde (DSB)",
    "FR": "Commission nationale de l'informatique et des libertés (CNIL)",
    "BE": "Autorité de protection des données / Gegevensbeschermingsautoriteit",
    "NL": "Autoriteit Persoonsgegevens",
    "IE": "Data Protection Commission",
    "ES": "Agencia Española de Protección de Datos (AEPD)",
    "IT": "Garante per la protezione dei dati personali",
    "PT": "Comissão Nacional de Proteção de Dados (CNPD)",
    "CZ": "Úřad pro ochranu osobních údajů (ÚOOÚ)",
    "SK": "Úrad na ochranu osobných údajov Slovenskej republiky",
    "SE": "Integritetsskyddsmyndigheten (IMY)",
    "GB": "Information Commissioner's Office (ICO)",
}
VIETNAM_AUTHORITY = (
    "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an"
)
CHINA_AUTHORITY = "履行个人信息保护职责的部门"

# "{country}": the country's name in the document's language.
_GDPR_AUTHORITY = {
    "en": "the data protection supervisory authority ({country})",
    "vi": "cơ quan giám sát bảo vệ dữ liệu cá nhân của {country}",
    "pl": "organ nadzorczy ochrony danych osobowych ({country})",
    "zh_CN": "{country}的数据保护监管机构",
}
_VIETNAM = {
    "en": "the Ministry of Public Security's Department of Cyber Security and High-Tech Crime"
    " Prevention (A05)",
    "vi": "",
    "pl": "Departament Cyberbezpieczeństwa i Zapobiegania Przestępczości Zaawansowanych"
    " Technologii (A05) Ministerstwa Bezpieczeństwa Publicznego Wietnamu",
    "zh_CN": "越南公安部网络安全和高科技犯罪防范局（A05）",
}
_CHINA = {
    "en": "the departments performing personal-information protection duties",
    "vi": "các cơ quan thực hiện nhiệm vụ bảo vệ thông tin cá nhân",
    "pl": "organy wykonujące obowiązki w zakresie ochrony danych osobowych",
    "zh_CN": "",
}


def country_name(country: str, language: str) -> str:
    names = Locale.parse(_LOCALES.get(language, "en_GB")).territories
    return str(names.get(country.upper(), country.upper()))


def authority(country: str, language: str) -> str:
    """The authority a client may complain to, and a breach is notified to, for a salon in
    `country`, written for a reader of `language`."""
    code = country.strip().upper()
    regime = regime_for(code)
    if regime is Regime.VIETNAM:
        words = _VIETNAM[language]
        return f"{words} ({VIETNAM_AUTHORITY})" if words else VIETNAM_AUTHORITY
    if regime is Regime.CHINA:
        words = _CHINA[language]
        return f"{words} ({CHINA_AUTHORITY})" if words else CHINA_AUTHORITY
    generic = _GDPR_AUTHORITY[language].format(country=country_name(code, language))
    official = GDPR_AUTHORITIES.get(code)
    if regime is Regime.GDPR and official:
        return f"{generic}: {official}"
    return generic


# The law a document works under, by regime, in each language.
LAW_NAMES: dict[str, dict[Regime, str]] = {
    "en": {
        Regime.GDPR: "the General Data Protection Regulation (GDPR)",
        Regime.VIETNAM: "the Personal Data Protection Law No. 91/2025/QH15 and Decree"
        " 356/2025/NĐ-CP",
        Regime.CHINA: "the Personal Information Protection Law (PIPL)",
        Regime.OTHER: "the data protection law of the salon's country",
    },
    "vi": {
        Regime.GDPR: "Quy định chung về bảo vệ dữ liệu (GDPR)",
        Regime.VIETNAM: "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP",
        Regime.CHINA: "Luật Bảo vệ thông tin cá nhân của Trung Quốc (PIPL)",
        Regime.OTHER: "pháp luật về bảo vệ dữ liệu của quốc gia nơi tiệm hoạt động",
    },
    "pl": {
        Regime.GDPR: "ogólne rozporządzenie o ochronie danych (RODO)",
        Regime.VIETNAM: "wietnamska ustawa o ochronie danych osobowych nr 91/2025/QH15 i dekret"
        " 356/2025/NĐ-CP",
        Regime.CHINA: "chińska ustawa o ochronie informacji osobowych (PIPL)",
        Regime.OTHER: "prawo ochrony danych państwa, w którym działa salon",
    },
    "zh_CN": {
        Regime.GDPR: "欧盟《通用数据保护条例》（GDPR）",
        Regime.VIETNAM: "越南《个人数据保护法》（第91/2025/QH15号）及第356/2025/NĐ-CP号议定",
        Regime.CHINA: "《中华人民共和国个人信息保护法》",
        Regime.OTHER: "本店所在国家的数据保护法律",
    },
}


def law_name(country: str, language: str) -> str:
    return LAW_NAMES[language][regime_for(country)]


# The data report's first line: which right the client used, under the salon's law only.
REPORT_LAW: dict[str, dict[Regime, str]] = {
    "en": {
        Regime.GDPR: "You asked to see your data or to have a copy of it (GDPR Art. 15 and 20).",
        Regime.VIETNAM: "You asked to see your data or to have a copy of it (Personal Data"
        " Protection Law No. 91/2025/QH15).",
        Regime.CHINA: "You asked to see your data or to have a copy of it (Personal Information"
        " Protection Law, Art. 45).",
        Regime.OTHER: "You asked to see your data or to have a copy of it.",
    },
    "vi": {
        Regime.GDPR: "Bạn đã yêu cầu xem hoặc nhận bản sao dữ liệu của mình (GDPR Điều 15 và 20).",
        Regime.VIETNAM: "Bạn đã yêu cầu xem hoặc nhận bản sao dữ liệu của mình (Luật Bảo vệ dữ"
        " liệu cá nhân số 91/2025/QH15).",
        Regime.CHINA: "Bạn đã yêu cầu xem hoặc nhận bản sao dữ liệu của mình (Luật Bảo vệ thông"
        " tin cá nhân của Trung Quốc, Điều 45).",
        Regime.OTHER: "Bạn đã yêu cầu xem hoặc nhận bản sao dữ liệu của mình.",
    },
    "pl": {
        Regime.GDPR: "Prośba o wgląd w dane lub o ich kopię (art. 15 i 20 RODO).",
        Regime.VIETNAM: "Prośba o wgląd w dane lub o ich kopię (wietnamska ustawa o ochronie"
        " danych osobowych nr 91/2025/QH15).",
        Regime.CHINA: "Prośba o wgląd w dane lub o ich kopię (chińska ustawa o ochronie"
        " informacji osobowych, art. 45).",
        Regime.OTHER: "Prośba o wgląd w dane lub o ich kopię.",
    },
    "zh_CN": {
        Regime.GDPR: "您要求查阅或复制您的个人信息（欧盟GDPR第15条和第20条）。",
        Regime.VIETNAM: "您要求查阅或复制您的个人信息（越南《个人数据保护法》第91/2025/QH15号）。",
        Regime.CHINA: "您要求查阅或复制您的个人信息（《个人信息保护法》第四十五条）。",
        Regime.OTHER: "您要求查阅或复制您的个人信息。",
    },
}


def report_law(country: str, language: str) -> str:
    return REPORT_LAW[language][regime_for(country)]
