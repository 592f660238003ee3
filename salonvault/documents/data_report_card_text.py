"""The data report's words for the card's everyday fields (decision 0022): phone labels, pinned
notes and the card photo, in each report language (the rest is in data_report_text.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CardWords:
    phone_labels: dict[str, str]  # mobile, home, work, other
    pinned_heading: str
    pinned_line: str  # "{date}", "{role}"
    on_card: str  # under the photo shown on the card


CARD_WORDS: dict[str, CardWords] = {
    "en": CardWords(
        phone_labels={"mobile": "mobile", "home": "home", "work": "work", "other": "other"},
        pinned_heading="Notes pinned on your card",
        pinned_line="pinned {date} by the {role}",
        on_card="shown on your card",
    ),
    "vi": CardWords(
        phone_labels={"mobile": "di động", "home": "nhà riêng", "work": "cơ quan", "other": "khác"},
        pinned_heading="Ghi chú ghim trên hồ sơ",
        pinned_line="ghim ngày {date} bởi {role}",
        on_card="ảnh trên hồ sơ của bạn",
    ),
    "pl": CardWords(
        phone_labels={
            "mobile": "komórkowy",
            "home": "domowy",
            "work": "służbowy",
            "other": "inny",
        },
        pinned_heading="Notatki przypięte do karty",
        pinned_line="przypięto {date} ({role})",
        on_card="zdjęcie na karcie",
    ),
    "zh_CN": CardWords(
        phone_labels={"mobile": "手机", "home": "住宅", "work": "工作", "other": "其他"},
        pinned_heading="档案置顶备注",
        pinned_line="{date} 由{role}置顶",
        on_card="显示在您的档案上",
    ),
}
