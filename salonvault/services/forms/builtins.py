"""The built-in consultation forms (decision 0038 cites the sources for each question).

Changing a definition here adds its next version when a vault opens (`install_built_ins`); forms
signed on the old version then ask for re-signing.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from salonvault.domain.forms import FormDefinition, Section
from salonvault.services.forms.builtin_parts import (
    ALLERGIES,
    EPILEPSY,
    MEDICATIONS,
    PACEMAKER,
    PREGNANT,
    choice,
    day,
    free_text,
    w,
    yes_no,
)
from salonvault.services.forms.builtins_clinical import EYE_TEST, LASER_IPL, LASH_BROW, SKIN_PEEL


class BuiltInForm(StrEnum):
    GENERAL = "general_intake"
    HAIR_COLOUR = "hair_colour"
    SKIN_PEEL = "skin_peel"
    LASER_IPL = "laser_ipl"
    LASH_BROW = "lash_brow"
    EYE_TEST = "eye_test_history"


_INTRO = w(
    "Please answer honestly: your answers keep you safe and stay private in the salon's"
    " encrypted records.",
    "Vui lòng trả lời trung thực: câu trả lời giúp bạn an toàn và được lưu riêng tư trong hồ sơ"
    " mã hóa của tiệm.",
    "Prosimy o szczere odpowiedzi: służą Pana/Pani bezpieczeństwu i są przechowywane poufnie"
    " w zaszyfrowanej kartotece salonu.",
    "请如实回答：您的回答保障您的安全，并保密存放在本店的加密记录中。",
)

# Pregnancy does not stop a general or colour service by itself: it is noted for the technician.
PREGNANT_NOTED = replace(PREGNANT, blocks=False)

_HEALTH = w("Your health", "Sức khỏe của bạn", "Zdrowie", "您的健康状况")

_SKIN_CONDITIONS = yes_no(
    "skin_condition",
    w(
        "Do you have eczema, psoriasis, broken skin or an infection on the area?",
        "Vùng điều trị có chàm, vảy nến, da trầy xước hoặc nhiễm trùng không?",
        "Czy w tym miejscu występuje egzema, łuszczyca, uszkodzona skóra lub infekcja?",
        "治疗部位是否有湿疹、银屑病、破损皮肤或感染？",
    ),
    alert=w(
        "Skin condition or broken skin on the area",
        "Bệnh da hoặc da trầy xước ở vùng điều trị",
        "Choroba skóry lub uszkodzona skóra",
        "治疗部位有皮肤病或破损",
    ),
    blocks=True,
)

GENERAL = FormDefinition(
    title=w(
        "General beauty intake", "Phiếu tư vấn làm đẹp chung", "Ankieta ogólna", "美容综合咨询表"
    ),
    intro=_INTRO,
    sections=(
        Section(
            "health",
            _HEALTH,
            (
                ALLERGIES,
                MEDICATIONS,
                PREGNANT_NOTED,
                yes_no(
                    "diabetes",
                    w(
                        "Do you have diabetes?",
                        "Bạn có bị tiểu đường không?",
                        "Czy choruje Pan/Pani na cukrzycę?",
                        "您是否患有糖尿病？",
                    ),
                    alert=w("Diabetes", "Tiểu đường", "Cukrzyca", "糖尿病"),
                ),
                EPILEPSY,
                PACEMAKER,
                yes_no(
                    "blood_thinners",
                    w(
                        "Do you take blood thinners (warfarin, aspirin daily …)?",
                        "Bạn có dùng thuốc chống đông máu (warfarin, aspirin hằng ngày …) không?",
                        "Czy przyjmuje Pan/Pani leki przeciwzakrzepowe (warfaryna, aspiryna …)?",
                        "您是否服用抗凝血药（华法林、每日阿司匹林等）？",
                    ),
                    alert=w(
                        "Blood thinners",
                        "Dùng thuốc chống đông máu",
                        "Leki przeciwzakrzepowe",
                        "服用抗凝血药",
                    ),
                ),
                _SKIN_CONDITIONS,
                yes_no(
                    "recent_surgery",
                    w(
                        "Have you had surgery or a cosmetic procedure in the last 3 months?",
                        "Trong 3 tháng qua bạn có phẫu thuật hoặc thủ thuật thẩm mỹ nào không?",
                        "Czy w ostatnich 3 miesiącach miał(a) Pan/Pani operację lub zabieg"
                        " medycyny estetycznej?",
                        "过去3个月内您是否做过手术或医美项目？",
                    ),
                ),
            ),
        ),
        Section(
            "about",
            w("About your visit", "Về lần hẹn này", "O wizycie", "关于本次服务"),
            (
                free_text(
                    "goals",
                    w(
                        "What would you like from today's treatment?",
                        "Bạn mong muốn gì từ dịch vụ hôm nay?",
                        "Czego oczekuje Pan/Pani po dzisiejszym zabiegu?",
                        "您希望今天的服务达到什么效果？",
                    ),
                    health=False,
                ),
            ),
        ),
    ),
)

HAIR_COLOUR = FormDefinition(
    title=w(
        "Hair colour consultation",
        "Phiếu tư vấn nhuộm tóc",
        "Konsultacja koloryzacji",
        "染发咨询表",
    ),
    intro=_INTRO,
    sections=(
        Section(
            "reactions",
            w(
                "Reactions and sensitivity",
                "Phản ứng và mẫn cảm",
                "Reakcje i uczulenia",
                "过敏反应与敏感",
            ),
            (
                yes_no(
                    "dye_reaction",
                    w(
                        "Have you ever reacted to a hair dye (itching, swelling, rash)?",
                        "Bạn đã từng bị phản ứng với thuốc nhuộm tóc (ngứa, sưng, phát ban) chưa?",
                        "Czy kiedykolwiek wystąpiła reakcja na farbę do włosów (swędzenie, obrzęk,"
                        " wysypka)?",
                        "您是否曾对染发剂有过反应（瘙痒、肿胀、皮疹）？",
                    ),
                    alert=w(
                        "Earlier reaction to hair dye",
                        "Từng phản ứng với thuốc nhuộm tóc",
                        "Wcześniejsza reakcja na farbę",
                        "曾对染发剂过敏",
                    ),
                    blocks=True,
                ),
                yes_no(
                    "black_henna",
                    w(
                        "Have you ever had a temporary 'black henna' tattoo?",
                        "Bạn đã từng xăm hình tạm thời bằng 'henna đen' chưa?",
                        "Czy miał(a) Pan/Pani kiedyś tymczasowy tatuaż z 'czarnej henny'?",
                        "您是否做过“黑色指甲花”临时纹身？",
                    ),
                    alert=w(
                        "Black henna tattoo (PPD sensitisation risk)",
                        "Từng xăm henna đen (nguy cơ mẫn cảm PPD)",
                        "Tatuaż z czarnej henny (ryzyko uczulenia na PPD)",
                        "做过黑色指甲花纹身（PPD致敏风险）",
                    ),
                    blocks=True,
                ),
                _SKIN_CONDITIONS,
                day(
                    "last_patch_test",
                    w(
                        "Date of your last skin (patch) test, if any",
                        "Ngày thử phản ứng da gần nhất (nếu có)",
                        "Data ostatniej próby uczuleniowej (jeśli była)",
                        "上次皮肤（斑贴）测试日期（如有）",
                    ),
                ),
            ),
        ),
        Section(
            "hair",
            w("Your hair", "Mái tóc của bạn", "Włosy", "您的头发"),
            (
                choice(
                    "recent_chemical",
                    w(
                        "Chemical treatments in the last 6 months",
                        "Xử lý hóa chất trong 6 tháng qua",
                        "Zabiegi chemiczne w ostatnich 6 miesiącach",
                        "过去6个月内的化学处理",
                    ),
                    [
                        ("none", w("None", "Không có", "Brak", "无")),
                        (
                            "colour",
                            w(
                                "Colour or bleach",
                                "Nhuộm hoặc tẩy",
                                "Farba lub rozjaśnianie",
                                "染发或漂发",
                            ),
                        ),
                        ("henna", w("Henna", "Henna", "Henna", "指甲花染")),
                        (
                            "relaxer",
                            w(
                                "Relaxer, perm or keratin",
                                "Duỗi, uốn hoặc keratin",
                                "Prostowanie, trwała lub keratyna",
                                "拉直、烫发或角蛋白",
                            ),
                        ),
                    ],
                    health=False,
                ),
                PREGNANT_NOTED,
                MEDICATIONS,
            ),
        ),
    ),
    resign_months=6,
)


BUILT_IN_FORMS: dict[BuiltInForm, FormDefinition] = {
    BuiltInForm.GENERAL: GENERAL,
    BuiltInForm.HAIR_COLOUR: HAIR_COLOUR,
    BuiltInForm.SKIN_PEEL: SKIN_PEEL,
    BuiltInForm.LASER_IPL: LASER_IPL,
    BuiltInForm.LASH_BROW: LASH_BROW,
    BuiltInForm.EYE_TEST: EYE_TEST,
}
