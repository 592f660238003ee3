"""The spectacle prescription's words in each language (layout in prescription.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PrescriptionText:
    title: str
    client: str
    birth_date: str
    examined_on: str
    valid_until: str
    examiner: str
    printed_on: str
    columns: tuple[str, str, str, str, str, str, str, str]  # eye sph cyl axis add prism VA PD
    right_eye: str
    left_eye: str
    pd_binocular: str
    notation: dict[str, str]  # minus, plus
    bases: dict[str, str]  # in, out, up, down
    notes: str
    not_for_contact_lenses: str
    signature: str
    footer: str  # "{salon}", "{page}"


ENGLISH = PrescriptionText(
    title="Spectacle prescription",
    client="Client",
    birth_date="Date of birth",
    examined_on="Examined on",
    valid_until="Valid until",
    examiner="Examiner",
    printed_on="Printed on",
    columns=("Eye", "Sphere", "Cylinder", "Axis", "Addition", "Prism", "Visual acuity", "PD"),
    right_eye="Right (OD)",
    left_eye="Left (OS)",
    pd_binocular="PD (binocular)",
    notation={
        "minus": "Cylinders are written in minus-cylinder form.",
        "plus": "Cylinders are written in plus-cylinder form.",
    },
    bases={"in": "base in", "out": "base out", "up": "base up", "down": "base down"},
    notes="Notes",
    not_for_contact_lenses="This prescription is for spectacle lenses; it is not a contact-lens"
    " prescription.",
    signature="Examiner's signature",
    footer="{salon} · spectacle prescription · page {page}",
)

VIETNAMESE = PrescriptionText(
    title="Đơn kính thuốc",
    client="Khách hàng",
    birth_date="Ngày sinh",
    examined_on="Ngày khám",
    valid_until="Có giá trị đến",
    examiner="Người khám",
    printed_on="Ngày in",
    columns=("Mắt", "Cầu", "Trụ", "Trục", "Độ cộng", "Lăng kính", "Thị lực", "PD"),
    right_eye="Mắt phải (OD)",
    left_eye="Mắt trái (OS)",
    pd_binocular="PD hai mắt",
    notation={
        "minus": "Độ trụ được ghi theo quy ước trụ âm.",
        "plus": "Độ trụ được ghi theo quy ước trụ dương.",
    },
    bases={"in": "đáy trong", "out": "đáy ngoài", "up": "đáy trên", "down": "đáy dưới"},
    notes="Ghi chú",
    not_for_contact_lenses="Đơn này dành cho tròng kính đeo mắt, không dùng cho kính áp tròng.",
    signature="Chữ ký người khám",
    footer="{salon} · đơn kính thuốc · trang {page}",
)

POLISH = PrescriptionText(
    title="Recepta na okulary",
    client="Klient",
    birth_date="Data urodzenia",
    examined_on="Data badania",
    valid_until="Ważna do",
    examiner="Badający",
    printed_on="Wydrukowano",
    columns=("Oko", "Sfera", "Cylinder", "Oś", "Addycja", "Pryzmat", "Ostrość wzroku", "PD"),
    right_eye="Prawe (OP)",
    left_eye="Lewe (OL)",
    pd_binocular="PD obuoczne",
    notation={
        "minus": "Cylindry zapisano w notacji minusowej.",
        "plus": "Cylindry zapisano w notacji plusowej.",
    },
    bases={"in": "baza nosowa", "out": "baza skroniowa", "up": "baza górna", "down": "baza dolna"},
    notes="Uwagi",
    not_for_contact_lenses="Recepta dotyczy soczewek okularowych, nie soczewek kontaktowych.",
    signature="Podpis badającego",
    footer="{salon} · recepta na okulary · strona {page}",
)

CHINESE = PrescriptionText(
    title="配镜处方",
    client="顾客",
    birth_date="出生日期",
    examined_on="检查日期",
    valid_until="有效期至",
    examiner="验光师",
    printed_on="打印日期",
    columns=("眼别", "球镜", "柱镜", "轴位", "下加光", "棱镜", "视力", "瞳距"),
    right_eye="右眼 (OD)",
    left_eye="左眼 (OS)",
    pd_binocular="双眼瞳距",
    notation={"minus": "柱镜以负柱镜形式书写。", "plus": "柱镜以正柱镜形式书写。"},
    bases={"in": "基底向内", "out": "基底向外", "up": "基底向上", "down": "基底向下"},
    notes="备注",
    not_for_contact_lenses="本处方用于框架眼镜镜片，不适用于隐形眼镜。",
    signature="验光师签名",
    footer="{salon} · 配镜处方 · 第 {page} 页",
)

PRESCRIPTION_TEXTS = {"en": ENGLISH, "vi": VIETNAMESE, "pl": POLISH, "zh_CN": CHINESE}
