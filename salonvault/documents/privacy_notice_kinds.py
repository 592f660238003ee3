"""The privacy notice's words that depend on what the salon does (its business kinds, issue 22's
profile in domain/business_profile.py): an optician's notice names prescriptions and eye tests,
a hair salon's colour formulas and patch tests, and none names what the salon never keeps.

Each language's lines replace the general notice's hair-salon examples when the salon's kinds do
not use them; the legal content (the basis of each purpose) is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.business_profile import BusinessProfile, Feature
from salonvault.domain.records import BuiltIn


@dataclass(frozen=True, slots=True)
class KindWords:
    always: str  # name, language, notes: what every salon keeps
    preferences: str  # "{parts}": the preference lines the salon's kinds use
    parts: dict[Feature, str]  # hair, skin, lashes
    last_join: str  # the word before the last of several parts ("and")
    visits: str  # date, service, who, products
    colour_formulas: str
    patch_tests: str
    prescriptions: str  # an optician's eye tests and prescriptions
    treatments_plain: str  # "who sees it" for treatment details without colour formulas
    why_records: str  # the contract line without colour formulas
    why_safety: str  # the safety line without patch tests
    required_health: str  # health data needed, without the colouring example
    reminders: str  # the reminders purpose without patch tests
    retention_health: str  # "{years}": health data, without patch tests


ENGLISH = KindWords(
    always="Your name, preferred language and notes about your treatments",
    preferences="Your preferences for {parts}",
    parts={
        Feature.HAIR_PREFERENCES: "hair",
        Feature.SKIN_PREFERENCES: "skin",
        Feature.LASH_PREFERENCES: "lashes",
    },
    last_join=" and ",
    visits="Your visits: date, service, who treated you and the products used",
    colour_formulas="Colour formulas used on your hair",
    patch_tests="Patch tests and their results",
    prescriptions="Your eye-test results and prescriptions for glasses and contact lenses",
    treatments_plain="Treatment details",
    why_records="To provide the service you ask for and keep records of your visits (service,"
    " products): needed to perform our agreement with you.",
    why_safety="To treat you safely: allergies and conditions are checked before a service (the"
    " basis for health data is below).",
    required_health="Without your health data we cannot offer the services for which it must be"
    " checked first.",
    reminders="Appointment reminders",
    retention_health="Health information is deleted {years} after your last treatment.",
)

VIETNAMESE = KindWords(
    always="Họ tên, ngôn ngữ Quý khách dùng và ghi chú về các lần làm dịch vụ",
    preferences="Sở thích của Quý khách về {parts}",
    parts={
        Feature.HAIR_PREFERENCES: "tóc",
        Feature.SKIN_PREFERENCES: "da",
        Feature.LASH_PREFERENCES: "mi",
    },
    last_join=" và ",
    visits="Các lần làm dịch vụ: ngày, dịch vụ, người làm và sản phẩm đã dùng",
    colour_formulas="Công thức màu nhuộm tóc",
    patch_tests="Thử dị ứng và kết quả",
    prescriptions="Kết quả đo mắt và đơn kính (kính gọng và kính áp tròng)",
    treatments_plain="Chi tiết dịch vụ",
    why_records="Để cung cấp dịch vụ Quý khách yêu cầu và lưu hồ sơ dịch vụ (dịch vụ, sản"
    " phẩm): căn cứ pháp lý là để thực hiện hợp đồng với Quý khách.",
    why_safety="Để làm dịch vụ an toàn: dị ứng và bệnh lý được kiểm tra trước khi làm (căn cứ"
    " pháp lý cho dữ liệu sức khỏe ở dưới).",
    required_health="Thiếu dữ liệu sức khỏe, chúng tôi không thể làm những dịch vụ cần kiểm tra"
    " trước.",
    reminders="Nhắc lịch hẹn",
    retention_health="Dữ liệu sức khỏe bị xóa {years} sau lần làm dịch vụ cuối.",
)

POLISH = KindWords(
    always="Imię i nazwisko, preferowany język oraz notatki o usługach",
    preferences="Preferencje dotyczące {parts}",
    parts={
        Feature.HAIR_PREFERENCES: "włosów",
        Feature.SKIN_PREFERENCES: "skóry",
        Feature.LASH_PREFERENCES: "rzęs",
    },
    last_join=" i ",
    visits="Wizyty: data, usługa, kto ją wykonał i użyte produkty",
    colour_formulas="Receptury koloru włosów",
    patch_tests="Testy uczuleniowe i ich wyniki",
    prescriptions="Wyniki badania wzroku oraz recepty na okulary i soczewki kontaktowe",
    treatments_plain="Szczegóły usług",
    why_records="Aby wykonać usługę, o którą Pani/Pan prosi, i prowadzić zapisy wizyt (usługa,"
    " produkty): podstawą jest wykonanie umowy.",
    why_safety="Aby wykonać usługę bezpiecznie: alergie i choroby są sprawdzane przed usługą"
    " (podstawa dla danych o zdrowiu jest podana niżej).",
    required_health="Bez danych o zdrowiu nie możemy wykonać usług, przed którymi trzeba je"
    " sprawdzić.",
    reminders="Przypomnienia o wizytach",
    retention_health="Dane o zdrowiu są usuwane {years} po ostatniej usłudze.",
)

CHINESE = KindWords(
    always="您的姓名、常用语言以及服务记录备注",
    preferences="您对{parts}的偏好",
    parts={
        Feature.HAIR_PREFERENCES: "头发",
        Feature.SKIN_PREFERENCES: "皮肤",
        Feature.LASH_PREFERENCES: "睫毛",
    },
    last_join="和",
    visits="您的到店记录：日期、服务、服务人员和所用产品",
    colour_formulas="染发配方",
    patch_tests="皮肤测试及结果",
    prescriptions="验光结果以及眼镜和隐形眼镜的处方",
    treatments_plain="服务详情",
    why_records="为提供您要求的服务并保存服务记录（服务、产品）：为履行与您的合同所必需。",
    why_safety="为安全服务：服务前核对过敏情况和健康状况（健康信息的处理依据见下文）。",
    required_health="没有您的健康信息，我们无法提供需要事先核对的服务。",
    reminders="预约提醒",
    retention_health="健康信息在您最后一次服务 {years}后删除。",
)

KIND_WORDS: dict[str, KindWords] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}

_LIST_MARK = {"zh_CN": "、"}  # Chinese lists with the enumeration comma


def kept_for_kinds(language: str, profile: BusinessProfile) -> tuple[str, ...]:
    """What the salon keeps beyond contact and health data, as its kinds decide."""
    words = KIND_WORDS[language]
    kept = [words.always]
    parts = [words.parts[f] for f in words.parts if profile.has(f)]
    if parts:
        mark = _LIST_MARK.get(language, ", ")
        joined = (
            parts[0] if len(parts) == 1 else mark.join(parts[:-1]) + words.last_join + parts[-1]
        )
        kept.append(words.preferences.format(parts=joined))
    return tuple(kept)


def visits_for_kinds(language: str, profile: BusinessProfile) -> tuple[str, ...]:
    """The visit lines: colour formulas, patch tests and prescriptions only where kept."""
    words = KIND_WORDS[language]
    lines = [words.visits]
    if profile.has(Feature.COLOUR_FORMULA):
        lines.append(words.colour_formulas)
    if profile.has(Feature.PATCH_TESTS):
        lines.append(words.patch_tests)
    if {BuiltIn.SPECTACLE_RX, BuiltIn.CONTACT_LENS} & set(profile.record_templates):
        lines.append(words.prescriptions)
    return tuple(lines)
