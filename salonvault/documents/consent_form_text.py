"""The consent form's and privacy notice's wording in each language (the consent texts
themselves are templates in salonvault/resources/consent/, edited by the owner).

Kept apart from the layout so a translator reads plain sentences, not reportlab code.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.consent import Purpose


@dataclass(frozen=True, slots=True)
class FormText:
    title: str
    salon_label: str
    client_label: str
    agree: str
    refuse: str
    decision_label: str
    signature_label: str
    signed_on_paper: str  # "{reference}" is the paper form's reference
    sign_here: str
    witness_label: str
    date_label: str
    footer: str  # "{purpose}" (its name below), "{version}", "{sha256}"
    page: str  # "{number}"
    purposes: dict[Purpose, str]
    acknowledge: str  # the one box of a purpose that is information, not consent
    guardian_label: str  # a minor's form: who the parent or guardian is
    guardian_signature: str  # a minor's form: the main signature is theirs
    minor_signature: str  # a minor's form: the client may sign as well
    minor_note: str  # "{age}": the age under which a parent or guardian signs


ENGLISH = FormText(
    title="Consent form",
    salon_label="Salon",
    client_label="Client",
    agree="I agree",
    refuse="I do not agree",
    decision_label="Decision",
    signature_label="Client's signature",
    signed_on_paper="Signed on paper, form {reference}",
    sign_here="Tick one box per purpose, then sign here",
    witness_label="Witness (staff)",
    date_label="Date and time",
    footer="{purpose}: text version {version}, SHA-256 {sha256}",
    page="Page {number}",
    purposes={
        Purpose.SERVICE_RECORDS: "Records of my visits (information)",
        Purpose.HEALTH_DATA: "Health data (allergies, health conditions, medicines)",
        Purpose.PHOTOS: "Before and after photos",
        Purpose.PHOTOS_MARKETING: "My photos in the salon's marketing",
        Purpose.MARKETING_SMS: "Offers and news by text message",
        Purpose.MARKETING_EMAIL: "Offers and news by e-mail",
        Purpose.MARKETING_PHONE: "Offers and news by phone",
        Purpose.MARKETING_MESSAGING: "Offers and news by messaging apps",
        Purpose.REMINDERS: "Appointment reminders",
    },
    acknowledge="I have read this information",
    guardian_label="Parent or guardian",
    guardian_signature="Signature of parent or guardian",
    minor_signature="Client's signature (if the client also signs)",
    minor_note="The client is under {age}: a parent or guardian decides and signs.",
)

VIETNAMESE = FormText(
    title="Phiếu đồng ý",
    salon_label="Salon",
    client_label="Khách hàng",
    agree="Tôi đồng ý",
    refuse="Tôi không đồng ý",
    decision_label="Quyết định",
    signature_label="Chữ ký của khách hàng",
    signed_on_paper="Đã ký trên giấy, phiếu số {reference}",
    sign_here="Đánh dấu một ô cho mỗi mục, rồi ký tại đây",
    witness_label="Người chứng kiến (nhân viên)",
    date_label="Ngày giờ",
    footer="{purpose}: văn bản phiên bản {version}, SHA-256 {sha256}",
    page="Trang {number}",
    purposes={
        Purpose.SERVICE_RECORDS: "Hồ sơ các lần làm dịch vụ của tôi (thông tin)",
        Purpose.HEALTH_DATA: "Dữ liệu sức khỏe (dị ứng, bệnh lý, thuốc đang dùng)",
        Purpose.PHOTOS: "Ảnh trước và sau khi làm dịch vụ",
        Purpose.PHOTOS_MARKETING: "Dùng ảnh của tôi để quảng bá cho salon",
        Purpose.MARKETING_SMS: "Ưu đãi và tin tức qua tin nhắn SMS",
        Purpose.MARKETING_EMAIL: "Ưu đãi và tin tức qua email",
        Purpose.MARKETING_PHONE: "Ưu đãi và tin tức qua điện thoại",
        Purpose.MARKETING_MESSAGING: "Ưu đãi và tin tức qua ứng dụng nhắn tin",
        Purpose.REMINDERS: "Nhắc lịch hẹn",
    },
    acknowledge="Tôi đã đọc thông tin này",
    guardian_label="Cha, mẹ hoặc người giám hộ",
    guardian_signature="Chữ ký của cha, mẹ hoặc người giám hộ",
    minor_signature="Chữ ký của khách hàng (nếu khách hàng cùng ký)",
    minor_note="Khách hàng dưới {age} tuổi: cha, mẹ hoặc người giám hộ quyết định và ký.",
)

POLISH = FormText(
    title="Formularz zgody",
    salon_label="Salon",
    client_label="Klient",
    agree="Zgadzam się",
    refuse="Nie zgadzam się",
    decision_label="Decyzja",
    signature_label="Podpis klienta",
    signed_on_paper="Podpisano na papierze, formularz {reference}",
    sign_here="Proszę zaznaczyć jedno pole przy każdym celu i podpisać tutaj",
    witness_label="Świadek (pracownik)",
    date_label="Data i godzina",
    footer="{purpose}: wersja tekstu {version}, SHA-256 {sha256}",
    page="Strona {number}",
    purposes={
        Purpose.SERVICE_RECORDS: "Zapis moich wizyt (informacja)",
        Purpose.HEALTH_DATA: "Dane o zdrowiu (alergie, choroby, leki)",
        Purpose.PHOTOS: "Zdjęcia przed usługą i po niej",
        Purpose.PHOTOS_MARKETING: "Moje zdjęcia w reklamie salonu",
        Purpose.MARKETING_SMS: "Oferty i nowości SMS-em",
        Purpose.MARKETING_EMAIL: "Oferty i nowości e-mailem",
        Purpose.MARKETING_PHONE: "Oferty i nowości telefonicznie",
        Purpose.MARKETING_MESSAGING: "Oferty i nowości przez komunikatory",
        Purpose.REMINDERS: "Przypomnienia o wizytach",
    },
    acknowledge="Przyjmuję tę informację do wiadomości",
    guardian_label="Rodzic lub opiekun prawny",
    guardian_signature="Podpis rodzica lub opiekuna prawnego",
    minor_signature="Podpis klienta (jeśli również podpisuje)",
    minor_note=(
        "Osoba, której dotyczy formularz, ma mniej niż {age} lat: decyzję podejmuje "
        "i formularz podpisuje rodzic lub opiekun prawny."
    ),
)

CHINESE = FormText(
    title="同意书",
    salon_label="店名",
    client_label="客户",
    agree="我同意",
    refuse="我不同意",
    decision_label="决定",
    signature_label="客户签名",
    signed_on_paper="已在纸质表格上签名，编号 {reference}",
    sign_here="每项勾选一个方框，然后在此签名",
    witness_label="见证人（员工）",
    date_label="日期和时间",
    footer="{purpose}：文本版本 {version}，SHA-256 {sha256}",
    page="第 {number} 页",
    purposes={
        Purpose.SERVICE_RECORDS: "我的服务记录（告知事项）",
        Purpose.HEALTH_DATA: "健康信息（过敏、健康状况、药物）",
        Purpose.PHOTOS: "服务前后照片",
        Purpose.PHOTOS_MARKETING: "在本店宣传中使用我的照片",
        Purpose.MARKETING_SMS: "通过短信接收优惠和新闻",
        Purpose.MARKETING_EMAIL: "通过电子邮件接收优惠和新闻",
        Purpose.MARKETING_PHONE: "通过电话接收优惠和新闻",
        Purpose.MARKETING_MESSAGING: "通过即时通讯应用接收优惠和新闻",
        Purpose.REMINDERS: "预约提醒",
    },
    acknowledge="我已阅读并知悉此告知",
    guardian_label="父母或监护人",
    guardian_signature="父母或监护人签名",
    minor_signature="客户签名（如客户本人也签名）",
    minor_note="客户未满{age}周岁：由其父母或其他监护人作出决定并签名。",
)

FORM_TEXTS: dict[str, FormText] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}
