"""Helpers for writing the built-in forms compactly, and the questions several forms share."""

from __future__ import annotations

from salonvault.domain.forms import AnswerKind, Choice, Question, Words


def w(en: str, vi: str, pl: str, zh: str) -> Words:
    return {"en": en, "vi": vi, "pl": pl, "zh_CN": zh}


def yes_no(
    key: str,
    text: Words,
    *,
    alert: Words | None = None,
    blocks: bool = False,
    health: bool = True,
) -> Question:
    """A yes/no question; with `alert`, "yes" is a red flag (blocking if `blocks`)."""
    return Question(
        key,
        AnswerKind.YES_NO,
        text,
        red_flags=frozenset({"yes"}) if alert else frozenset(),
        alert=alert or {},
        blocks=blocks,
        health=health,
    )


def free_text(key: str, text: Words, *, health: bool = True) -> Question:
    return Question(key, AnswerKind.TEXT, text, required=False, health=health)


def day(key: str, text: Words, *, required: bool = False, health: bool = True) -> Question:
    return Question(key, AnswerKind.DATE, text, required=required, health=health)


def choice(
    key: str,
    text: Words,
    choices: list[tuple[str, Words]],
    *,
    flags: frozenset[str] = frozenset(),
    alert: Words | None = None,
    blocks: bool = False,
    health: bool = True,
) -> Question:
    return Question(
        key,
        AnswerKind.CHOICE,
        text,
        choices=tuple(Choice(k, label) for k, label in choices),
        red_flags=flags,
        alert=alert or {},
        blocks=blocks,
        health=health,
    )


# -- shared questions ------------------------------------------------------------------------

PREGNANT = yes_no(
    "pregnant",
    w(
        "Are you pregnant, trying to become pregnant or breastfeeding?",
        "Bạn đang mang thai, dự định có thai hoặc đang cho con bú không?",
        "Czy jest Pani w ciąży, planuje ciążę lub karmi piersią?",
        "您是否怀孕、备孕或正在哺乳？",
    ),
    alert=w(
        "Pregnant or breastfeeding (intake form)",
        "Đang mang thai hoặc cho con bú (phiếu tư vấn)",
        "Ciąża lub karmienie piersią (ankieta)",
        "怀孕或哺乳期（咨询表）",
    ),
    blocks=True,
)

ISOTRETINOIN = yes_no(
    "isotretinoin",
    w(
        "Have you taken isotretinoin (Roaccutane, Accutane) in the last 6 months?",
        "Trong 6 tháng qua bạn có dùng isotretinoin (Roaccutane, Accutane) không?",
        "Czy w ostatnich 6 miesiącach przyjmował(a) Pan/Pani izotretynoinę (Roaccutane)?",
        "过去6个月内您是否服用过异维A酸（罗可坦、泰尔丝）？",
    ),
    alert=w(
        "Isotretinoin in the last 6 months",
        "Dùng isotretinoin trong 6 tháng qua",
        "Izotretynoina w ostatnich 6 miesiącach",
        "过去6个月内服用异维A酸",
    ),
    blocks=True,
)

EPILEPSY = yes_no(
    "epilepsy",
    w(
        "Do you have epilepsy or have you ever had a seizure?",
        "Bạn có bị động kinh hoặc từng lên cơn co giật không?",
        "Czy choruje Pan/Pani na padaczkę lub miał(a) kiedyś napad drgawek?",
        "您是否患有癫痫或曾经发作过抽搐？",
    ),
    alert=w("Epilepsy or seizures", "Động kinh hoặc co giật", "Padaczka lub napady", "癫痫或抽搐"),
    blocks=True,
)

PACEMAKER = yes_no(
    "pacemaker",
    w(
        "Do you have a pacemaker, defibrillator or other implanted electronic device?",
        "Bạn có máy tạo nhịp tim, máy khử rung hoặc thiết bị điện tử cấy ghép nào không?",
        "Czy ma Pan/Pani rozrusznik serca, defibrylator lub inne wszczepione urządzenie?",
        "您是否装有心脏起搏器、除颤器或其他植入式电子设备？",
    ),
    alert=w(
        "Pacemaker or implanted device",
        "Có máy tạo nhịp tim hoặc thiết bị cấy ghép",
        "Rozrusznik serca lub wszczepione urządzenie",
        "心脏起搏器或植入设备",
    ),
    blocks=True,
)

SUNBURN = yes_no(
    "sunburn",
    w(
        "Have you had sunburn, a sunbed or self-tan on the area in the last 2 weeks?",
        "Trong 2 tuần qua vùng điều trị có bị cháy nắng, tắm nắng nhân tạo hoặc tự nhuộm da?",
        "Czy w ostatnich 2 tygodniach miał(a) Pan/Pani oparzenie słoneczne, solarium lub"
        " samoopalacz w tym miejscu?",
        "过去2周内治疗部位是否晒伤、使用日光浴床或自助美黑产品？",
    ),
    alert=w(
        "Recent sunburn or tan on the area",
        "Gần đây bị cháy nắng hoặc rám nắng vùng điều trị",
        "Niedawne oparzenie słoneczne lub opalenizna",
        "治疗部位近期晒伤或晒黑",
    ),
    blocks=True,
)

ALLERGIES = free_text(
    "allergies",
    w(
        "Allergies you know of (products, medicines, latex, plasters …)",
        "Các dị ứng bạn biết (sản phẩm, thuốc, cao su latex, băng dán …)",
        "Znane alergie (kosmetyki, leki, lateks, plastry …)",
        "您已知的过敏（产品、药物、乳胶、胶布等）",
    ),
)

MEDICATIONS = free_text(
    "medications",
    w(
        "Medicines, creams or supplements you take now",
        "Thuốc, kem bôi hoặc thực phẩm chức năng bạn đang dùng",
        "Leki, kremy lub suplementy przyjmowane obecnie",
        "您目前使用的药物、药膏或保健品",
    ),
)

COLD_SORES = yes_no(
    "cold_sores",
    w(
        "Do you get cold sores (herpes) around the area to be treated?",
        "Bạn có hay bị mụn rộp (herpes) quanh vùng điều trị không?",
        "Czy miewa Pan/Pani opryszczkę w okolicy zabiegu?",
        "治疗部位周围是否容易长唇疱疹（单纯疱疹）？",
    ),
    alert=w(
        "Cold sores (herpes) near the area",
        "Mụn rộp (herpes) gần vùng điều trị",
        "Opryszczka w okolicy zabiegu",
        "治疗部位附近有疱疹",
    ),
)
