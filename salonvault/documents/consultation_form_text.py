"""The consultation form PDF's own words (the questions are the form's), in each language; also
the data report's section on signed forms."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConsultationWords:
    salon_label: str
    client_label: str
    signature_label: str
    witness_label: str
    date_label: str
    sign_here: str
    blank_client: str
    red_flag: str  # next to an answer that is a red flag
    footer: str  # {form}, {version}, {sha256}
    page: str
    # The data report's section
    heading: str
    report_line: str  # {title}, {version}, {date}, {language}, {role}
    report_hash: str  # {sha256}
    reviewed: str  # {role}, {date}
    not_reviewed: str
    languages: dict[str, str]
    actions: dict[str, str]  # the access log's form entries


_LANGUAGES = {"en": "English", "vi": "Tiếng Việt", "pl": "Polski", "zh_CN": "简体中文"}

CONSULTATION_WORDS: dict[str, ConsultationWords] = {
    "en": ConsultationWords(
        salon_label="Salon",
        client_label="Client",
        signature_label="Client's signature",
        witness_label="Staff member",
        date_label="Signed on",
        sign_here="Sign inside the box",
        blank_client="Name: ____________________________",
        red_flag="(!)",
        footer="Form {form}, version {version} · text SHA-256 {sha256}",
        page="Page {number}",
        heading="Consultation forms",
        report_line="{title} (version {version}), signed on {date} in {language},"
        " staff member: {role}",
        report_hash="SHA-256 of the text shown: {sha256}",
        reviewed="red flag reviewed by: {role}, {date}",
        not_reviewed="red flag not reviewed yet",
        languages=_LANGUAGES,
        actions={
            "form.fill": "Consultation form signed",
            "form.list": "Consultation forms shown",
            "form.review": "Red flag on a consultation form reviewed",
            "form.pdf": "Consultation form printed or saved",
        },
    ),
    "vi": ConsultationWords(
        salon_label="Tiệm",
        client_label="Khách hàng",
        signature_label="Chữ ký khách hàng",
        witness_label="Nhân viên",
        date_label="Ngày ký",
        sign_here="Ký trong ô",
        blank_client="Họ tên: ____________________________",
        red_flag="(!)",
        footer="Phiếu {form}, phiên bản {version} · SHA-256 của nội dung {sha256}",
        page="Trang {number}",
        heading="Phiếu tư vấn",
        report_line="{title} (phiên bản {version}), ký ngày {date} bằng {language},"
        " nhân viên: {role}",
        report_hash="SHA-256 của nội dung đã hiển thị: {sha256}",
        reviewed="dấu hiệu cảnh báo đã được xem xét bởi: {role}, {date}",
        not_reviewed="dấu hiệu cảnh báo chưa được xem xét",
        languages=_LANGUAGES,
        actions={
            "form.fill": "Đã ký phiếu tư vấn",
            "form.list": "Xem phiếu tư vấn",
            "form.review": "Đã xem xét dấu hiệu cảnh báo trên phiếu tư vấn",
            "form.pdf": "In hoặc lưu phiếu tư vấn",
        },
    ),
    "pl": ConsultationWords(
        salon_label="Salon",
        client_label="Klient",
        signature_label="Podpis klienta",
        witness_label="Pracownik",
        date_label="Data podpisu",
        sign_here="Proszę podpisać w ramce",
        blank_client="Imię i nazwisko: ____________________________",
        red_flag="(!)",
        footer="Ankieta {form}, wersja {version} · SHA-256 treści {sha256}",
        page="Strona {number}",
        heading="Ankiety konsultacyjne",
        report_line="{title} (wersja {version}), podpisana {date} w języku: {language},"
        " pracownik: {role}",
        report_hash="SHA-256 pokazanej treści: {sha256}",
        reviewed="sygnał ostrzegawczy sprawdził: {role}, {date}",
        not_reviewed="sygnał ostrzegawczy jeszcze niesprawdzony",
        languages=_LANGUAGES,
        actions={
            "form.fill": "Podpisano ankietę konsultacyjną",
            "form.list": "Pokazano ankiety konsultacyjne",
            "form.review": "Sprawdzono sygnał ostrzegawczy w ankiecie",
            "form.pdf": "Wydrukowano lub zapisano ankietę",
        },
    ),
    "zh_CN": ConsultationWords(
        salon_label="店铺",
        client_label="顾客",
        signature_label="顾客签名",
        witness_label="工作人员",
        date_label="签署时间",
        sign_here="请在框内签名",
        blank_client="姓名：____________________________",
        red_flag="(!)",
        footer="表格 {form}，第 {version} 版 · 文本 SHA-256 {sha256}",
        page="第 {number} 页",
        heading="咨询表",
        report_line="{title}（第 {version} 版），{date} 以{language}签署，工作人员：{role}",
        report_hash="所显示文本的 SHA-256：{sha256}",
        reviewed="警示已由{role}审核，{date}",
        not_reviewed="警示尚未审核",
        languages=_LANGUAGES,
        actions={
            "form.fill": "已签署咨询表",
            "form.list": "查看咨询表",
            "form.review": "已审核咨询表上的警示",
            "form.pdf": "打印或保存咨询表",
        },
    ),
}
