"""The impact-assessment draft a salon in China or Vietnam must keep (decision 0041), filled from
the same facts as the record of processing: purposes, kinds of data, the basis for health data,
recipients, transfers abroad, retention and the security measures.

China: a personal information protection impact assessment before processing sensitive
personal information such as health data (PIPL Art. 55-56), the report and the processing
record kept for at least 3 years. Vietnam: the personal data processing impact-assessment
dossier (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). The assessment itself (lawful, necessary,
proportionate; the risks) is the owner's, left in [square brackets]; the draft says it is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.processing_record import SalonSettings, processing_record
from salonvault.documents.processing_record_text import PROCESSING_WORDS
from salonvault.documents.sectioned import Part, SectionedDocument
from salonvault.domain.jurisdiction import Regime, regime_for

# The regimes whose law asks a salon for such an assessment as a duty the program reminds of.
ASSESSED = (Regime.CHINA, Regime.VIETNAM)


@dataclass(frozen=True, slots=True)
class AssessmentWords:
    title: dict[Regime, str]
    banner: dict[Regime, tuple[str, ...]]
    assessment: str  # the heading of the owner's own assessment
    questions: dict[Regime, tuple[str, ...]]  # each left [to complete]
    footer: str  # "{date}"


ENGLISH = AssessmentWords(
    title={
        Regime.CHINA: "Personal information protection impact assessment",
        Regime.VIETNAM: "Personal data processing impact assessment dossier",
    },
    banner={
        Regime.CHINA: (
            "DRAFT made by SalonVault from the salon's settings. Carry out the assessment before"
            " processing sensitive personal information such as health data (PIPL Art. 55-56);"
            " keep the report and the processing record for at least 3 years.",
        ),
        Regime.VIETNAM: (
            "DRAFT made by SalonVault from the salon's settings, for the impact-assessment"
            " dossier required by the Personal Data Protection Law No. 91/2025/QH15 and Decree"
            " 356/2025/NĐ-CP. Check it against the form in force and complete it before filing.",
        ),
    },
    assessment="Assessment",
    questions={
        Regime.CHINA: (
            "whether the purposes and methods of processing are lawful, proper and necessary",
            "the impact on the clients' rights and interests, and the security risks",
            "whether the protection measures are lawful, effective and proportionate to the risk",
        ),
        Regime.VIETNAM: (
            "the risks of the processing for the clients, and their likelihood",
            "the measures that reduce those risks, and who is responsible for them",
            "the person or department in charge of personal data protection",
        ),
    },
    footer="Draft prepared by SalonVault on {date}.",
)

VIETNAMESE = AssessmentWords(
    title={
        Regime.CHINA: "Đánh giá tác động bảo vệ thông tin cá nhân",
        Regime.VIETNAM: "Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân",
    },
    banner={
        Regime.CHINA: (
            "BẢN NHÁP do SalonVault soạn từ cài đặt của salon. Thực hiện đánh giá trước khi xử"
            " lý thông tin cá nhân nhạy cảm như dữ liệu sức khỏe (Điều 55-56 PIPL); lưu báo cáo"
            " và hồ sơ xử lý ít nhất 3 năm.",
        ),
        Regime.VIETNAM: (
            "BẢN NHÁP do SalonVault soạn từ cài đặt của salon, cho hồ sơ đánh giá tác động theo"
            " Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP. Hãy đối"
            " chiếu với biểu mẫu hiện hành và bổ sung trước khi nộp.",
        ),
    },
    assessment="Đánh giá",
    questions={
        Regime.CHINA: (
            "mục đích và cách thức xử lý có hợp pháp, chính đáng và cần thiết không",
            "ảnh hưởng đến quyền lợi của khách hàng và các rủi ro an ninh",
            "biện pháp bảo vệ có hợp pháp, hiệu quả và tương xứng với rủi ro không",
        ),
        Regime.VIETNAM: (
            "các rủi ro của việc xử lý đối với khách hàng và khả năng xảy ra",
            "các biện pháp giảm thiểu rủi ro và người chịu trách nhiệm",
            "người hoặc bộ phận phụ trách bảo vệ dữ liệu cá nhân",
        ),
    },
    footer="Bản nháp do SalonVault soạn ngày {date}.",
)

POLISH = AssessmentWords(
    title={
        Regime.CHINA: "Ocena skutków dla ochrony informacji osobowych",
        Regime.VIETNAM: "Dokumentacja oceny skutków przetwarzania danych osobowych",
    },
    banner={
        Regime.CHINA: (
            "PROJEKT przygotowany przez SalonVault z ustawień salonu. Ocenę przeprowadza się"
            " przed przetwarzaniem informacji wrażliwych, takich jak dane o zdrowiu (art. 55-56"
            " PIPL); raport i rejestr przetwarzania przechowuje się co najmniej 3 lata.",
        ),
        Regime.VIETNAM: (
            "PROJEKT przygotowany przez SalonVault z ustawień salonu, do dokumentacji oceny"
            " skutków wymaganej przez wietnamską ustawę o ochronie danych osobowych nr"
            " 91/2025/QH15 i dekret 356/2025/NĐ-CP. Przed złożeniem porównaj go z obowiązującym"
            " formularzem i uzupełnij.",
        ),
    },
    assessment="Ocena",
    questions={
        Regime.CHINA: (
            "czy cele i sposoby przetwarzania są zgodne z prawem, właściwe i niezbędne",
            "wpływ na prawa i interesy klientów oraz ryzyka dla bezpieczeństwa",
            "czy środki ochrony są zgodne z prawem, skuteczne i proporcjonalne do ryzyka",
        ),
        Regime.VIETNAM: (
            "ryzyka przetwarzania dla klientów i ich prawdopodobieństwo",
            "środki ograniczające te ryzyka i osoby za nie odpowiedzialne",
            "osoba lub dział odpowiedzialny za ochronę danych osobowych",
        ),
    },
    footer="Projekt przygotowany w SalonVault dnia {date}.",
)

CHINESE = AssessmentWords(
    title={
        Regime.CHINA: "个人信息保护影响评估报告",
        Regime.VIETNAM: "个人数据处理影响评估档案",
    },
    banner={
        Regime.CHINA: (
            "草稿：由 SalonVault 根据本店设置生成。处理健康信息等敏感个人信息前应当进行个人信息保护"
            "影响评估（《个人信息保护法》第五十五条、第五十六条）；评估报告和处理情况记录应当至少保存"
            "三年。",
        ),
        Regime.VIETNAM: (
            "草稿：由 SalonVault 根据本店设置生成，用于越南《个人数据保护法》（第91/2025/QH15号）及"
            "第356/2025/NĐ-CP号议定要求的影响评估档案。提交前请对照现行表格核对并填写。",
        ),
    },
    assessment="评估",
    questions={
        Regime.CHINA: (
            "个人信息的处理目的、处理方式等是否合法、正当、必要",
            "对个人权益的影响及安全风险",
            "所采取的保护措施是否合法、有效并与风险程度相适应",
        ),
        Regime.VIETNAM: (
            "处理活动对客户的风险及其可能性",
            "降低风险的措施及负责人",
            "负责个人数据保护的人员或部门",
        ),
    },
    footer="草稿由 SalonVault 于 {date} 生成。",
)

ASSESSMENT_WORDS: dict[str, AssessmentWords] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}


def impact_assessment(salon: SalonSettings, language: str, printed: str) -> SectionedDocument:
    """The draft for a salon under China's or Vietnam's law (the caller checks the regime)."""
    regime = regime_for(salon.country)
    words = ASSESSMENT_WORDS[language]
    record = processing_record(salon, language, printed)
    fill = PROCESSING_WORDS[language].complete.format
    assessment = Part(words.assessment, items=tuple(fill(what=q) for q in words.questions[regime]))
    return SectionedDocument(
        title=words.title[regime],
        banner=words.banner[regime],
        intro=record.intro,
        parts=(*record.parts, assessment),
        footer=words.footer.format(date=printed),
    )
