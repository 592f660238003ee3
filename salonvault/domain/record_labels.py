"""The built-in record templates' words in the four languages: template names, field labels,
choices and zones (decision 0029). One table for the window (ui/record_words.py) and the papers
(the data report), so a prescription's "Sphere" reads the same on screen and on paper.

A built-in's definition keeps English labels and stable choice keys (records and JSON exports
carry the keys); these rows say them in the reader's language. An owner's copy keeps the
built-in's labels, so it is translated too; a label or choice the owner typed is shown as typed.
Words for the prescription follow documents/prescription_text.py.
"""

from __future__ import annotations

from salonvault.domain.records import FieldSpec

LANGUAGES = ("en", "vi", "pl", "zh_CN")

# English label: Vietnamese, Polish, Simplified Chinese.
_LABELS: dict[str, tuple[str, str, str]] = {
    # templates
    "Spectacle prescription": ("Đơn kính thuốc", "Recepta na okulary", "配镜处方"),
    "Contact-lens fitting": ("Lắp kính áp tròng", "Dobór soczewek kontaktowych", "隐形眼镜验配"),
    "Skin analysis": ("Phân tích da", "Analiza skóry", "皮肤分析"),
    "Lash map": ("Sơ đồ nối mi", "Mapa rzęs", "睫毛图"),
    "Laser / IPL": ("Laser / IPL", "Laser / IPL", "激光 / IPL"),
    # spectacle prescription
    "Prescription": ("Độ kính", "Recepta", "处方"),
    "Sphere": ("Cầu", "Sfera", "球镜"),
    "Cylinder": ("Trụ", "Cylinder", "柱镜"),
    "Axis": ("Trục", "Oś", "轴位"),
    "Addition": ("Độ cộng", "Addycja", "下加光"),
    "Prism (horizontal)": ("Lăng kính (ngang)", "Pryzmat (poziomy)", "棱镜（水平）"),
    "Base (horizontal)": ("Đáy (ngang)", "Baza (pozioma)", "基底（水平）"),
    "Prism (vertical)": ("Lăng kính (dọc)", "Pryzmat (pionowy)", "棱镜（垂直）"),
    "Base (vertical)": ("Đáy (dọc)", "Baza (pionowa)", "基底（垂直）"),
    "Visual acuity": ("Thị lực", "Ostrość wzroku", "视力"),
    "PD": ("PD", "PD", "瞳距"),
    "PD (binocular)": ("PD hai mắt", "PD obuoczne", "双眼瞳距"),
    "Examiner": ("Người khám", "Badający", "验光师"),
    "Examined on": ("Ngày khám", "Data badania", "检查日期"),
    "Valid until": ("Có giá trị đến", "Ważna do", "有效期至"),
    "Notes": ("Ghi chú", "Uwagi", "备注"),
    # contact lenses
    "Lens": ("Kính áp tròng", "Soczewka", "镜片"),
    "Design": ("Thiết kế", "Rodzaj", "设计"),
    "Base curve": ("Độ cong đáy", "Promień krzywizny", "基弧"),
    "Diameter": ("Đường kính", "Średnica", "直径"),
    "Power": ("Độ", "Moc", "度数"),
    "Lens brand": ("Hãng kính", "Marka soczewek", "镜片品牌"),
    "Replacement": ("Chu kỳ thay", "Wymiana", "更换周期"),
    "Fitted on": ("Ngày lắp", "Data doboru", "验配日期"),
    "Aftercare due": ("Hẹn tái khám", "Kontrola do", "复查日期"),
    # skin
    "Fitzpatrick type": ("Loại da Fitzpatrick", "Fototyp Fitzpatricka", "Fitzpatrick 皮肤分型"),
    "Skin type": ("Loại da", "Rodzaj skóry", "皮肤类型"),
    "Concerns": ("Vấn đề da", "Problemy skóry", "皮肤问题"),
    "Products used": ("Sản phẩm đã dùng", "Użyte produkty", "所用产品"),
    "Reactions": ("Phản ứng", "Reakcje", "反应"),
    # lashes
    "Technique": ("Kỹ thuật", "Technika", "技法"),
    "Style": ("Kiểu", "Styl", "款式"),
    "Map": ("Sơ đồ", "Mapa", "分区图"),
    "Length": ("Độ dài", "Długość", "长度"),
    "Curl": ("Độ cong", "Skręt", "卷翘度"),
    "Thickness": ("Độ dày", "Grubość", "粗细"),
    "Glue (brand, batch)": ("Keo (hãng, lô)", "Klej (marka, partia)", "胶水（品牌、批号）"),
    "Removal notes": ("Ghi chú tháo mi", "Uwagi o zdejmowaniu", "卸除备注"),
    # laser
    "Device": ("Thiết bị", "Urządzenie", "设备"),
    "Wavelength": ("Bước sóng", "Długość fali", "波长"),
    "Treated areas": ("Vùng điều trị", "Obszary zabiegowe", "治疗部位"),
    "Fluence": ("Mật độ năng lượng", "Fluencja", "能量密度"),
    "Spot size": ("Kích thước điểm", "Wielkość plamki", "光斑大小"),
    "Pulse duration": ("Độ dài xung", "Czas impulsu", "脉宽"),
    "Passes": ("Số lượt", "Liczba przejść", "遍数"),
    "Test patch": ("Thử vùng nhỏ", "Próba na skórze", "测试光斑"),
    "Test-patch interval": ("Khoảng cách từ lần thử", "Odstęp od próby", "测试间隔"),
    "Eye protection worn": ("Có đeo bảo vệ mắt", "Ochrona oczu założona", "已佩戴护目镜"),
    "Skin response": ("Phản ứng của da", "Reakcja skóry", "皮肤反应"),
}

# Choice and zone key: English, Vietnamese, Polish, Simplified Chinese. Curl letters and
# Fitzpatrick numerals are written the same everywhere and are not listed.
_CHOICES: dict[str, tuple[str, str, str, str]] = {
    "right": ("right eye", "mắt phải", "oko prawe", "右眼"),
    "left": ("left eye", "mắt trái", "oko lewe", "左眼"),
    "in": ("in", "trong", "nosowa", "向内"),
    "out": ("out", "ngoài", "skroniowa", "向外"),
    "up": ("up", "trên", "górna", "向上"),
    "down": ("down", "dưới", "dolna", "向下"),
    "spherical": ("spherical", "cầu", "sferyczna", "球面"),
    "toric": ("toric", "toric", "toryczna", "散光"),
    "multifocal": ("multifocal", "đa tròng", "wieloogniskowa", "多焦点"),
    "toric_multifocal": (
        "toric multifocal",
        "toric đa tròng",
        "toryczna wieloogniskowa",
        "散光多焦点",
    ),
    "daily": ("daily", "hằng ngày", "jednodniowe", "日抛"),
    "two_weekly": ("two-weekly", "hai tuần", "dwutygodniowe", "双周抛"),
    "monthly": ("monthly", "hằng tháng", "miesięczne", "月抛"),
    "quarterly": ("quarterly", "ba tháng", "kwartalne", "季抛"),
    "yearly": ("yearly", "hằng năm", "roczne", "年抛"),
    "normal": ("normal", "thường", "normalna", "中性"),
    "dry": ("dry", "khô", "sucha", "干性"),
    "oily": ("oily", "dầu", "tłusta", "油性"),
    "combination": ("combination", "hỗn hợp", "mieszana", "混合性"),
    "sensitive": ("sensitive", "nhạy cảm", "wrażliwa", "敏感性"),
    "acne": ("acne", "mụn", "trądzik", "痤疮"),
    "pigmentation": ("pigmentation", "sắc tố", "przebarwienia", "色素沉着"),
    "redness": ("redness", "đỏ da", "zaczerwienienia", "泛红"),
    "rosacea": ("rosacea", "trứng cá đỏ", "trądzik różowaty", "玫瑰痤疮"),
    "fine_lines": ("fine lines", "nếp nhăn nhỏ", "drobne zmarszczki", "细纹"),
    "wrinkles": ("wrinkles", "nếp nhăn", "zmarszczki", "皱纹"),
    "dehydration": ("dehydration", "thiếu nước", "odwodnienie", "缺水"),
    "enlarged_pores": ("enlarged pores", "lỗ chân lông to", "rozszerzone pory", "毛孔粗大"),
    "scarring": ("scarring", "sẹo", "blizny", "疤痕"),
    "sensitivity": ("sensitivity", "nhạy cảm", "nadwrażliwość", "敏感"),
    "classic": ("classic", "cổ điển", "klasyczna", "单根"),
    "hybrid": ("hybrid", "lai", "hybrydowa", "混合"),
    "volume": ("volume", "volume", "objętościowa", "开花"),
    "mega_volume": ("mega volume", "mega volume", "mega objętość", "超浓密开花"),
    "natural": ("natural", "tự nhiên", "naturalny", "自然"),
    "cat_eye": ("cat eye", "mắt mèo", "kocie oko", "猫眼"),
    "doll_eye": ("doll eye", "mắt búp bê", "oko lalki", "娃娃眼"),
    "squirrel": ("squirrel", "sóc", "wiewiórka", "松鼠眼"),
    "open_eye": ("open eye", "mắt mở", "otwarte oko", "开眼"),
    "inner": ("inner corner", "đầu mắt", "kącik wewnętrzny", "内眼角"),
    "inner_middle": ("inner middle", "giữa trong", "środek wewnętrzny", "内中段"),
    "middle": ("middle", "giữa", "środek", "中段"),
    "outer_middle": ("outer middle", "giữa ngoài", "środek zewnętrzny", "外中段"),
    "outer": ("outer corner", "đuôi mắt", "kącik zewnętrzny", "外眼角"),
    "face": ("face", "mặt", "twarz", "面部"),
    "upper_lip": ("upper lip", "môi trên", "wąsik", "上唇"),
    "chin": ("chin", "cằm", "broda", "下巴"),
    "neck": ("neck", "cổ", "szyja", "颈部"),
    "underarms": ("underarms", "nách", "pachy", "腋下"),
    "arms": ("arms", "tay", "ręce", "手臂"),
    "hands": ("hands", "bàn tay", "dłonie", "手部"),
    "chest": ("chest", "ngực", "klatka piersiowa", "胸部"),
    "abdomen": ("abdomen", "bụng", "brzuch", "腹部"),
    "back": ("back", "lưng", "plecy", "背部"),
    "bikini": ("bikini", "bikini", "bikini", "比基尼区"),
    "legs": ("legs", "chân", "nogi", "腿部"),
    "feet": ("feet", "bàn chân", "stopy", "足部"),
    "not_done": ("not done", "chưa làm", "nie wykonano", "未做"),
    "no_reaction": ("no reaction", "không phản ứng", "bez reakcji", "无反应"),
    "mild_reaction": ("mild reaction", "phản ứng nhẹ", "łagodna reakcja", "轻微反应"),
    "reaction": ("reaction", "có phản ứng", "reakcja", "有反应"),
}


def label_in(label: str, language: str) -> str:
    """A template's name or a field's label in `language`: a built-in's translated, any other
    (the owner's) as typed."""
    row = _LABELS.get(label)
    if row is None or language not in LANGUAGES[1:]:
        return label
    return row[LANGUAGES.index(language) - 1]


def choice_in(key: str, language: str) -> str:
    """A choice or zone key in `language`: a built-in's translated, the owner's with spaces
    for underscores."""
    row = _CHOICES.get(key)
    if row is None:
        return key.replace("_", " ")
    return row[LANGUAGES.index(language) if language in LANGUAGES else 0]


# The eyes' column headings, as the prescription paper heads them (documents/prescription_text).
_EYE_HEADINGS = {
    "en": ("Right (R)", "Left (L)"),
    "vi": ("Mắt phải (OD)", "Mắt trái (OS)"),
    "pl": ("Prawe (OP)", "Lewe (OL)"),
    "zh_CN": ("右眼 (OD)", "左眼 (OS)"),
}


def eye_heading_in(eye: str, language: str) -> str:
    right, left = _EYE_HEADINGS.get(language, _EYE_HEADINGS["en"])
    return right if eye == "right" else left


_YES_NO = {"en": ("yes", "no"), "vi": ("có", "không"), "pl": ("tak", "nie"), "zh_CN": ("是", "否")}


def yes_no_in(value: bool, language: str) -> str:
    yes, no = _YES_NO.get(language, _YES_NO["en"])
    return yes if value else no


def field_labels_in(fields: tuple[FieldSpec, ...], language: str) -> dict[str, str]:
    """Every field's label by its path ("notes", "rx.sphere"), for files that carry keys."""
    labels: dict[str, str] = {}
    for spec in fields:
        labels[spec.key] = label_in(spec.label, language)
        for part in spec.parts:
            labels[f"{spec.key}.{part.key}"] = label_in(part.label, language)
    return labels


def known_label(label: str) -> bool:
    return label in _LABELS


def known_choice(key: str) -> bool:
    return key in _CHOICES
