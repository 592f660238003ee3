"""The data report's words for attachments (issue 23, decision 0030), in each report language
(the rest is in data_report_text.py and data_report_card_text.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AttachmentWords:
    heading: str
    note: str  # under the heading: where the pages themselves are
    kinds: dict[str, str]  # paper_consent, referral_letter, outside_prescription, other
    line: str  # "{kind}", "{date}", "{pages}", "{role}"
    proves: str  # "{record}": the consent record a paper consent proves
    actions: dict[str, str]  # the access log's attachment entries


ATTACHMENT_WORDS: dict[str, AttachmentWords] = {
    "en": AttachmentWords(
        heading="Scanned papers",
        note="Listed here; the machine-readable copy holds every page in full.",
        kinds={
            "paper_consent": "Consent signed on paper",
            "referral_letter": "Referral or doctor's letter",
            "outside_prescription": "Prescription from elsewhere",
            "other": "Other paper",
        },
        line="{kind}, dated {date}: {pages} page(s), added by the {role}",
        proves="proves consent record {record}",
        actions={
            "attachment.add": "Scanned paper added",
            "attachment.list": "Scanned papers shown (small)",
            "attachment.open": "Scanned paper opened",
            "attachment.remove": "Scanned paper deleted",
        },
    ),
    "vi": AttachmentWords(
        heading="Giấy tờ đã quét",
        note="Liệt kê ở đây; bản sao dạng máy đọc chứa đầy đủ từng trang.",
        kinds={
            "paper_consent": "Đồng ý ký trên giấy",
            "referral_letter": "Giấy giới thiệu hoặc thư của bác sĩ",
            "outside_prescription": "Đơn thuốc từ nơi khác",
            "other": "Giấy tờ khác",
        },
        line="{kind}, ngày {date}: {pages} trang, do {role} thêm",
        proves="chứng minh bản ghi đồng ý số {record}",
        actions={
            "attachment.add": "Thêm giấy tờ đã quét",
            "attachment.list": "Xem giấy tờ đã quét (thu nhỏ)",
            "attachment.open": "Mở giấy tờ đã quét",
            "attachment.remove": "Xóa giấy tờ đã quét",
        },
    ),
    "pl": AttachmentWords(
        heading="Zeskanowane dokumenty",
        note="Tu tylko lista; kopia do odczytu maszynowego zawiera każdą stronę w całości.",
        kinds={
            "paper_consent": "Zgoda podpisana na papierze",
            "referral_letter": "Skierowanie lub list od lekarza",
            "outside_prescription": "Recepta z innego miejsca",
            "other": "Inny dokument",
        },
        line="{kind} z dnia {date}: stron {pages}, dodał(a): {role}",
        proves="potwierdza zgodę nr {record}",
        actions={
            "attachment.add": "Dodano zeskanowany dokument",
            "attachment.list": "Pokazano zeskanowane dokumenty (miniatury)",
            "attachment.open": "Otwarto zeskanowany dokument",
            "attachment.remove": "Usunięto zeskanowany dokument",
        },
    ),
    "zh_CN": AttachmentWords(
        heading="扫描的纸质文件",
        note="此处仅列出；机器可读副本包含每一页的完整内容。",
        kinds={
            "paper_consent": "纸质签署的同意书",
            "referral_letter": "转诊信或医生信函",
            "outside_prescription": "外部处方",
            "other": "其他文件",
        },
        line="{kind}，日期 {date}：{pages} 页，由{role}添加",
        proves="证明同意记录 {record}",
        actions={
            "attachment.add": "添加扫描文件",
            "attachment.list": "显示扫描文件（缩略图）",
            "attachment.open": "打开扫描文件",
            "attachment.remove": "删除扫描文件",
        },
    ),
}
