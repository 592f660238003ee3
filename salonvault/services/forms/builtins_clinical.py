"""The built-in forms for skin peels, laser/IPL, lashes and brows, and an optician's eye-test
history (decision 0038 cites the sources)."""

from __future__ import annotations

from salonvault.domain.forms import AnswerKind, FormDefinition, Question, Section
from salonvault.services.forms.builtin_parts import (
    ALLERGIES,
    COLD_SORES,
    EPILEPSY,
    ISOTRETINOIN,
    MEDICATIONS,
    PACEMAKER,
    PREGNANT,
    SUNBURN,
    choice,
    day,
    free_text,
    w,
    yes_no,
)

_INTRO = w(
    "Please answer honestly: some treatments are not safe with some conditions or medicines.",
    "Vui lòng trả lời trung thực: một số liệu trình không an toàn với một số bệnh hoặc thuốc.",
    "Prosimy o szczere odpowiedzi: niektóre zabiegi są niebezpieczne przy pewnych chorobach"
    " lub lekach.",
    "请如实回答：某些疗程在特定疾病或药物下并不安全。",
)
_HEALTH = w("Your health", "Sức khỏe của bạn", "Zdrowie", "您的健康状况")
_SKIN = w("Your skin", "Làn da của bạn", "Skóra", "您的皮肤")

_RETINOIDS = yes_no(
    "retinoids",
    w(
        "Have you used retinoid creams (tretinoin, retinol) or exfoliating acids in the last week?",
        "Trong tuần qua bạn có dùng kem retinoid (tretinoin, retinol) hoặc axit tẩy da chết không?",
        "Czy w ostatnim tygodniu stosował(a) Pan/Pani retinoidy (tretynoina, retinol) lub kwasy"
        " złuszczające?",
        "过去一周内您是否使用过维A酸类（维A酸、视黄醇）或去角质酸类产品？",
    ),
    alert=w(
        "Retinoids or acids in the last week",
        "Dùng retinoid hoặc axit trong tuần qua",
        "Retinoidy lub kwasy w ostatnim tygodniu",
        "过去一周使用维A酸或酸类",
    ),
    blocks=True,
)

_PHOTOSENSITISING = yes_no(
    "photosensitising",
    w(
        "Do you take medicines that make skin sensitive to light (some antibiotics such as"
        " doxycycline, St John's wort, gold therapy)?",
        "Bạn có dùng thuốc làm da nhạy cảm với ánh sáng (một số kháng sinh như doxycycline,"
        " cỏ St John, liệu pháp vàng) không?",
        "Czy przyjmuje Pan/Pani leki uwrażliwiające na światło (niektóre antybiotyki, np."
        " doksycyklina, dziurawiec, preparaty złota)?",
        "您是否服用使皮肤对光敏感的药物（如多西环素等抗生素、圣约翰草、金制剂）？",
    ),
    alert=w(
        "Light-sensitising medicine",
        "Dùng thuốc gây nhạy cảm ánh sáng",
        "Leki uwrażliwiające na światło",
        "服用光敏性药物",
    ),
    blocks=True,
)

SKIN_PEEL = FormDefinition(
    title=w(
        "Skin and chemical peel consultation",
        "Phiếu tư vấn chăm sóc da và peel",
        "Konsultacja pielęgnacji i peelingu chemicznego",
        "皮肤护理与化学换肤咨询表",
    ),
    intro=_INTRO,
    sections=(
        Section("health", _HEALTH, (ALLERGIES, MEDICATIONS, PREGNANT, ISOTRETINOIN)),
        Section(
            "skin",
            _SKIN,
            (
                _RETINOIDS,
                COLD_SORES,
                SUNBURN,
                yes_no(
                    "recent_resurfacing",
                    w(
                        "Waxing, laser, microneedling or a peel on the face in the last 2 weeks?",
                        "Trong 2 tuần qua mặt có tẩy lông bằng sáp, laser, lăn kim"
                        " hoặc peel không?",
                        "Woskowanie, laser, mikronakłuwanie lub peeling twarzy w ostatnich"
                        " 2 tygodniach?",
                        "过去2周内面部是否做过蜜蜡脱毛、激光、微针或换肤？",
                    ),
                    alert=w(
                        "Recent resurfacing or waxing",
                        "Gần đây có tác động bề mặt da",
                        "Niedawny zabieg złuszczający lub depilacja",
                        "近期做过皮肤磨削或脱毛",
                    ),
                    blocks=True,
                ),
                yes_no(
                    "keloid",
                    w(
                        "Do you scar easily or form raised (keloid) scars?",
                        "Bạn có dễ để lại sẹo hoặc sẹo lồi không?",
                        "Czy łatwo powstają u Pana/Pani blizny lub bliznowce?",
                        "您是否容易留疤或长瘢痕疙瘩？",
                    ),
                    alert=w(
                        "Keloid or easy scarring",
                        "Cơ địa sẹo lồi",
                        "Skłonność do bliznowców",
                        "瘢痕体质",
                    ),
                ),
                choice(
                    "skin_type",
                    w(
                        "Your skin in the sun",
                        "Da bạn khi ra nắng",
                        "Skóra na słońcu",
                        "您的皮肤日晒反应",
                    ),
                    [
                        (
                            "burns",
                            w(
                                "Always burns, never tans",
                                "Luôn cháy nắng, không rám",
                                "Zawsze się pali, nie opala",
                                "总是晒伤，从不晒黑",
                            ),
                        ),
                        (
                            "sometimes",
                            w(
                                "Burns, then tans",
                                "Cháy nắng rồi rám",
                                "Pali się, potem opala",
                                "先晒伤后晒黑",
                            ),
                        ),
                        (
                            "tans",
                            w(
                                "Rarely burns, tans well",
                                "Ít cháy nắng, rám đều",
                                "Rzadko się pali, dobrze opala",
                                "很少晒伤，容易晒黑",
                            ),
                        ),
                        (
                            "never",
                            w(
                                "Never burns",
                                "Không bao giờ cháy nắng",
                                "Nigdy się nie pali",
                                "从不晒伤",
                            ),
                        ),
                    ],
                ),
            ),
        ),
    ),
    resign_months=6,
)

LASER_IPL = FormDefinition(
    title=w(
        "Laser and IPL consultation",
        "Phiếu tư vấn laser và IPL",
        "Konsultacja zabiegu laserowego i IPL",
        "激光与强脉冲光咨询表",
    ),
    intro=_INTRO,
    sections=(
        Section(
            "health",
            _HEALTH,
            (
                ALLERGIES,
                MEDICATIONS,
                PREGNANT,
                ISOTRETINOIN,
                _PHOTOSENSITISING,
                EPILEPSY,
                PACEMAKER,
            ),
        ),
        Section(
            "area",
            w("The area to be treated", "Vùng điều trị", "Obszar zabiegu", "治疗部位"),
            (
                SUNBURN,
                COLD_SORES,
                yes_no(
                    "tattoo_area",
                    w(
                        "Are there tattoos, permanent make-up or dark moles on the area?",
                        "Vùng điều trị có hình xăm, phun xăm hoặc nốt ruồi sẫm màu không?",
                        "Czy w tym miejscu są tatuaże, makijaż permanentny lub ciemne znamiona?",
                        "治疗部位是否有纹身、半永久妆或深色痣？",
                    ),
                    alert=w(
                        "Tattoo or dark moles on the area",
                        "Có hình xăm hoặc nốt ruồi sẫm",
                        "Tatuaż lub ciemne znamiona",
                        "治疗部位有纹身或深色痣",
                    ),
                ),
                Question(
                    "last_session",
                    AnswerKind.DATE,
                    w(
                        "Date of your last laser or IPL session, if any",
                        "Ngày làm laser hoặc IPL gần nhất (nếu có)",
                        "Data ostatniego zabiegu laserowego lub IPL (jeśli był)",
                        "上次激光或强脉冲光治疗日期（如有）",
                    ),
                    required=False,
                    health=False,
                ),
            ),
        ),
    ),
    resign_months=6,
)

LASH_BROW = FormDefinition(
    title=w(
        "Lash and brow consultation",
        "Phiếu tư vấn nối mi và chân mày",
        "Konsultacja rzęs i brwi",
        "睫毛与眉毛咨询表",
    ),
    intro=_INTRO,
    sections=(
        Section(
            "eyes",
            w("Your eyes", "Đôi mắt của bạn", "Oczy", "您的眼睛"),
            (
                yes_no(
                    "eye_infection",
                    w(
                        "Do you have an eye infection, conjunctivitis or blepharitis now?",
                        "Hiện bạn có bị nhiễm trùng mắt, viêm kết mạc hoặc viêm bờ mi không?",
                        "Czy ma Pan/Pani obecnie infekcję oka, zapalenie spojówek lub brzegów"
                        " powiek?",
                        "您目前是否有眼部感染、结膜炎或睑缘炎？",
                    ),
                    alert=w("Eye infection", "Nhiễm trùng mắt", "Infekcja oka", "眼部感染"),
                    blocks=True,
                ),
                yes_no(
                    "eye_surgery",
                    w(
                        "Have you had eye surgery (including laser vision correction) in the last"
                        " 3 months?",
                        "Trong 3 tháng qua bạn có phẫu thuật mắt (kể cả mổ mắt bằng laser) không?",
                        "Czy w ostatnich 3 miesiącach miał(a) Pan/Pani operację oczu (także"
                        " laserową korekcję wzroku)?",
                        "过去3个月内您是否做过眼部手术（包括激光矫视）？",
                    ),
                    alert=w(
                        "Recent eye surgery",
                        "Mới phẫu thuật mắt",
                        "Niedawna operacja oczu",
                        "近期眼部手术",
                    ),
                    blocks=True,
                ),
                yes_no(
                    "adhesive_reaction",
                    w(
                        "Have you reacted to lash glue, tint or nail glue (cyanoacrylate)?",
                        "Bạn từng bị phản ứng với keo nối mi, thuốc nhuộm mi"
                        " hoặc keo dán móng chưa?",
                        "Czy wystąpiła reakcja na klej do rzęs, hennę lub klej do paznokci?",
                        "您是否对睫毛胶、染睫剂或美甲胶（氰基丙烯酸酯）有过反应？",
                    ),
                    alert=w(
                        "Reaction to lash glue or tint",
                        "Phản ứng với keo hoặc thuốc nhuộm mi",
                        "Reakcja na klej lub hennę",
                        "对睫毛胶或染剂过敏",
                    ),
                    blocks=True,
                ),
                yes_no(
                    "contact_lenses",
                    w(
                        "Do you wear contact lenses?",
                        "Bạn có đeo kính áp tròng không?",
                        "Czy nosi Pan/Pani soczewki kontaktowe?",
                        "您是否佩戴隐形眼镜？",
                    ),
                    health=False,
                ),
                yes_no(
                    "lash_loss",
                    w(
                        "Do you have lash or brow loss (alopecia, chemotherapy, pulling)?",
                        "Bạn có bị rụng mi hoặc chân mày (rụng tóc, hóa trị, tật nhổ) không?",
                        "Czy występuje utrata rzęs lub brwi (łysienie, chemioterapia, wyrywanie)?",
                        "您是否有睫毛或眉毛脱落（脱发症、化疗、拔毛癖）？",
                    ),
                ),
                ALLERGIES,
            ),
        ),
    ),
    resign_months=12,
)

EYE_TEST = FormDefinition(
    title=w("Eye-test history", "Tiền sử khám mắt", "Wywiad przed badaniem wzroku", "验光病史问卷"),
    intro=w(
        "These questions help the optometrist check your eyes safely and completely.",
        "Các câu hỏi giúp chuyên viên đo mắt kiểm tra mắt bạn an toàn và đầy đủ.",
        "Pytania pomagają optometryście bezpiecznie i dokładnie zbadać wzrok.",
        "这些问题帮助验光师安全、全面地检查您的眼睛。",
    ),
    sections=(
        Section(
            "now",
            w("Your eyes now", "Tình trạng mắt hiện tại", "Oczy obecnie", "您目前的眼睛状况"),
            (
                day(
                    "last_eye_test",
                    w(
                        "Date of your last eye test",
                        "Ngày khám mắt gần nhất",
                        "Data ostatniego badania wzroku",
                        "上次验光日期",
                    ),
                ),
                choice(
                    "wears",
                    w(
                        "What do you wear?",
                        "Bạn đang dùng gì?",
                        "Co Pan/Pani nosi?",
                        "您目前佩戴什么？",
                    ),
                    [
                        ("nothing", w("Nothing", "Không dùng", "Nic", "不戴")),
                        ("glasses", w("Glasses", "Kính gọng", "Okulary", "框架眼镜")),
                        (
                            "contacts",
                            w("Contact lenses", "Kính áp tròng", "Soczewki kontaktowe", "隐形眼镜"),
                        ),
                        ("both", w("Both", "Cả hai", "Jedno i drugie", "两者都戴")),
                    ],
                    health=False,
                ),
                yes_no(
                    "sudden_change",
                    w(
                        "Sudden loss of vision, new flashes or floaters, or a painful red eye?",
                        "Đột ngột giảm thị lực, chớp sáng hoặc ruồi bay mới, hoặc mắt đỏ đau?",
                        "Nagła utrata wzroku, nowe błyski lub męty, albo bolesne zaczerwienienie"
                        " oka?",
                        "是否有突然视力下降、新出现的闪光或飞蚊，或眼睛红痛？",
                    ),
                    alert=w(
                        "Sudden vision change, flashes or red eye: urgent",
                        "Thay đổi thị lực đột ngột, chớp sáng hoặc mắt đỏ: khẩn",
                        "Nagła zmiana wzroku, błyski lub czerwone oko: pilne",
                        "视力突变、闪光或红眼：紧急",
                    ),
                    blocks=True,
                ),
                yes_no(
                    "headaches",
                    w(
                        "Do you get headaches or double vision?",
                        "Bạn có bị đau đầu hoặc nhìn đôi không?",
                        "Czy miewa Pan/Pani bóle głowy lub podwójne widzenie?",
                        "您是否有头痛或复视？",
                    ),
                ),
            ),
        ),
        Section(
            "history",
            w(
                "Health and family history",
                "Tiền sử sức khỏe và gia đình",
                "Zdrowie i historia rodzinna",
                "健康与家族病史",
            ),
            (
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
                yes_no(
                    "high_blood_pressure",
                    w(
                        "Do you have high blood pressure?",
                        "Bạn có bị cao huyết áp không?",
                        "Czy ma Pan/Pani nadciśnienie?",
                        "您是否有高血压？",
                    ),
                ),
                yes_no(
                    "glaucoma_family",
                    w(
                        "Has a parent, brother or sister had glaucoma?",
                        "Cha mẹ hoặc anh chị em ruột có ai bị glôcôm (cườm nước) không?",
                        "Czy rodzic lub rodzeństwo chorowało na jaskrę?",
                        "您的父母或兄弟姐妹是否患有青光眼？",
                    ),
                    alert=w(
                        "Family history of glaucoma",
                        "Gia đình có người bị glôcôm",
                        "Jaskra w rodzinie",
                        "青光眼家族史",
                    ),
                ),
                yes_no(
                    "eye_injury",
                    w(
                        "Have you had an eye injury, eye surgery or a lazy eye?",
                        "Bạn từng bị chấn thương mắt, phẫu thuật mắt hoặc nhược thị chưa?",
                        "Czy był uraz oka, operacja oka lub niedowidzenie (leniwe oko)?",
                        "您是否有过眼外伤、眼部手术或弱视？",
                    ),
                ),
                MEDICATIONS,
                choice(
                    "drives",
                    w(
                        "Do you drive?",
                        "Bạn có lái xe không?",
                        "Czy prowadzi Pan/Pani samochód?",
                        "您是否驾车？",
                    ),
                    [
                        ("no", w("No", "Không", "Nie", "否")),
                        ("day", w("By day", "Ban ngày", "W dzień", "白天")),
                        (
                            "day_night",
                            w("Day and night", "Cả ngày lẫn đêm", "W dzień i w nocy", "白天和夜间"),
                        ),
                    ],
                    health=False,
                ),
                free_text(
                    "screen_use",
                    w(
                        "Your work and screen use",
                        "Công việc và thời gian dùng màn hình",
                        "Praca i korzystanie z ekranów",
                        "您的工作及屏幕使用情况",
                    ),
                    health=False,
                ),
            ),
        ),
    ),
    resign_months=24,
)
