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
    footer: str  # "{purpose}", "{version}", "{sha256}"
    page: str  # "{number}"
    purposes: dict[Purpose, str]


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
        Purpose.SERVICE_RECORDS: "Keeping records of my visits",
        Purpose.HEALTH_DATA: "Health information (allergies, conditions, medicines)",
        Purpose.PHOTOS: "Before and after photos",
        Purpose.PHOTOS_MARKETING: "My photos in the salon's marketing",
        Purpose.MARKETING_SMS: "Offers and news by text message",
        Purpose.MARKETING_EMAIL: "Offers and news by e-mail",
        Purpose.MARKETING_PHONE: "Offers and news by phone",
        Purpose.MARKETING_MESSAGING: "Offers and news by messaging apps",
        Purpose.REMINDERS: "Appointment and patch-test reminders",
    },
)

VIETNAMESE = FormText(
    title="Phiếu đồng ý",
    salon_label="Tiệm",
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
        Purpose.SERVICE_RECORDS: "Lưu hồ sơ các lần làm dịch vụ",
        Purpose.HEALTH_DATA: "Thông tin sức khỏe (dị ứng, bệnh lý, thuốc)",
        Purpose.PHOTOS: "Ảnh trước và sau khi làm dịch vụ",
        Purpose.PHOTOS_MARKETING: "Dùng ảnh của tôi để quảng bá cho tiệm",
        Purpose.MARKETING_SMS: "Ưu đãi và tin tức qua tin nhắn SMS",
        Purpose.MARKETING_EMAIL: "Ưu đãi và tin tức qua email",
        Purpose.MARKETING_PHONE: "Ưu đãi và tin tức qua điện thoại",
        Purpose.MARKETING_MESSAGING: "Ưu đãi và tin tức qua ứng dụng nhắn tin",
        Purpose.REMINDERS: "Nhắc lịch hẹn và lịch thử phản ứng da",
    },
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
    sign_here="Zaznacz jedno pole przy każdym celu i podpisz tutaj",
    witness_label="Świadek (pracownik)",
    date_label="Data i godzina",
    footer="{purpose}: wersja tekstu {version}, SHA-256 {sha256}",
    page="Strona {number}",
    purposes={
        Purpose.SERVICE_RECORDS: "Prowadzenie zapisu moich wizyt",
        Purpose.HEALTH_DATA: "Informacje o zdrowiu (alergie, choroby, leki)",
        Purpose.PHOTOS: "Zdjęcia przed zabiegiem i po nim",
        Purpose.PHOTOS_MARKETING: "Moje zdjęcia w reklamie salonu",
        Purpose.MARKETING_SMS: "Oferty i nowości SMS-em",
        Purpose.MARKETING_EMAIL: "Oferty i nowości e-mailem",
        Purpose.MARKETING_PHONE: "Oferty i nowości telefonicznie",
        Purpose.MARKETING_MESSAGING: "Oferty i nowości przez komunikatory",
        Purpose.REMINDERS: "Przypomnienia o wizytach i testach uczuleniowych",
    },
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
        Purpose.SERVICE_RECORDS: "保存我的服务记录",
        Purpose.HEALTH_DATA: "健康信息（过敏、病症、药物）",
        Purpose.PHOTOS: "服务前后照片",
        Purpose.PHOTOS_MARKETING: "在本店宣传中使用我的照片",
        Purpose.MARKETING_SMS: "通过短信接收优惠和新闻",
        Purpose.MARKETING_EMAIL: "通过电子邮件接收优惠和新闻",
        Purpose.MARKETING_PHONE: "通过电话接收优惠和新闻",
        Purpose.MARKETING_MESSAGING: "通过即时通讯应用接收优惠和新闻",
        Purpose.REMINDERS: "预约和皮肤过敏测试提醒",
    },
)

FORM_TEXTS: dict[str, FormText] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}
