"""Starter service lists per kind of business, in the four languages of the program.

The set-up wizard offers them and the owner edits them; nothing here is required. Durations are
typical appointment lengths; prices are left for the owner (they depend on town and currency).
A patch test is marked where the products' makers ask for a skin test before each use (oxidation
hair colour, lash and brow tints and adhesives) or where a laser's or IPL's settings are tried on
a small area first. Contraindications (decision 0037) are the ones the products' instructions
and usual consultation forms name: PPD for oxidation dyes and tints, the lash adhesive for
extensions, isotretinoin and retinoids for waxing and peels, pregnancy, photosensitising
medication and epilepsy for lasers and IPL, anticoagulants for needles.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.contraindications import BuiltInTerm as T

LANGUAGES = ("en", "vi", "pl", "zh_CN")


@dataclass(frozen=True, slots=True)
class _Starter:
    names: tuple[str, str, str, str]  # en, vi, pl, zh_CN
    group: tuple[str, str, str, str]
    minutes: int
    patch_test: bool = False
    contraindications: tuple[T, ...] = ()


_CUT = ("Cut and style", "Cắt và tạo kiểu", "Strzyżenie i stylizacja", "剪发造型")
_COLOUR = ("Colour", "Nhuộm", "Koloryzacja", "染发")
_HAIR_CARE = ("Care", "Chăm sóc", "Pielęgnacja", "护理")
_NAILS = ("Nails", "Móng", "Paznokcie", "美甲")
_FACE_BODY = ("Face and body", "Mặt và cơ thể", "Twarz i ciało", "面部和身体")
_LASH_BROW = ("Lashes and brows", "Mi và lông mày", "Rzęsy i brwi", "睫毛和眉毛")
_CONSULT = ("Consultations", "Tư vấn", "Konsultacje", "咨询")
_SKIN = ("Skin", "Da", "Skóra", "皮肤")
_LIGHT = ("Laser and light", "Laser và ánh sáng", "Laser i światło", "激光和光疗")
_INJECT = ("Injections", "Tiêm", "Iniekcje", "注射")
_EYE_TESTS = ("Eye tests", "Khám mắt", "Badania wzroku", "视力检查")
_CONTACTS = ("Contact lenses", "Kính áp tròng", "Soczewki kontaktowe", "隐形眼镜")
_SPECTACLES = ("Spectacles", "Kính mắt", "Okulary", "框架眼镜")

_STARTERS: dict[BusinessKind, tuple[_Starter, ...]] = {
    BusinessKind.HAIR: (
        _Starter(
            (
                "Women's cut and blow-dry",
                "Cắt và sấy tạo kiểu nữ",
                "Strzyżenie damskie z modelowaniem",
                "女士剪发吹造型",
            ),
            _CUT,
            60,
        ),
        _Starter(("Men's cut", "Cắt tóc nam", "Strzyżenie męskie", "男士剪发"), _CUT, 30),
        _Starter(
            ("Children's cut", "Cắt tóc trẻ em", "Strzyżenie dziecięce", "儿童剪发"), _CUT, 30
        ),
        _Starter(("Blow-dry", "Sấy tạo kiểu", "Modelowanie", "吹造型"), _CUT, 45),
        _Starter(
            ("Full-head colour", "Nhuộm toàn bộ tóc", "Koloryzacja całych włosów", "全头染发"),
            _COLOUR,
            120,
            patch_test=True,
            contraindications=(T.PPD,),
        ),
        _Starter(
            ("Root colour", "Nhuộm chân tóc", "Koloryzacja odrostów", "补染发根"),
            _COLOUR,
            90,
            patch_test=True,
            contraindications=(T.PPD,),
        ),
        _Starter(
            ("Highlights or balayage", "Highlight hoặc balayage", "Pasemka lub balayage", "挑染"),
            _COLOUR,
            150,
            patch_test=True,
            contraindications=(T.PPD,),
        ),
        _Starter(
            ("Toner", "Phủ bóng màu", "Tonowanie", "调色"),
            _COLOUR,
            30,
            patch_test=True,
            contraindications=(T.PPD,),
        ),
        _Starter(("Perm", "Uốn tóc", "Trwała ondulacja", "烫发"), _HAIR_CARE, 120),
        _Starter(
            ("Conditioning treatment", "Hấp phục hồi tóc", "Zabieg regenerujący", "深层护发"),
            _HAIR_CARE,
            30,
        ),
        _Starter(
            ("Keratin smoothing", "Duỗi keratin", "Keratynowe wygładzanie", "角蛋白顺直"),
            _HAIR_CARE,
            150,
            contraindications=(T.PREGNANCY,),
        ),
    ),
    BusinessKind.BEAUTY: (
        _Starter(("Manicure", "Làm móng tay", "Manicure", "手部美甲"), _NAILS, 45),
        _Starter(
            ("Gel manicure", "Sơn gel móng tay", "Manicure hybrydowy", "甲油胶美甲"), _NAILS, 60
        ),
        _Starter(("Pedicure", "Làm móng chân", "Pedicure", "足部美甲"), _NAILS, 60),
        _Starter(("Facial", "Chăm sóc da mặt", "Zabieg na twarz", "面部护理"), _FACE_BODY, 60),
        _Starter(
            ("Waxing", "Wax lông", "Depilacja woskiem", "蜜蜡脱毛"),
            _FACE_BODY,
            30,
            contraindications=(T.ISOTRETINOIN, T.RETINOIDS),
        ),
        _Starter(("Massage", "Massage", "Masaż", "按摩"), _FACE_BODY, 60),
        _Starter(
            ("Lash extensions", "Nối mi", "Przedłużanie rzęs", "嫁接睫毛"),
            _LASH_BROW,
            120,
            patch_test=True,
            contraindications=(T.CYANOACRYLATE,),
        ),
        _Starter(
            ("Lash lift", "Uốn mi", "Lifting rzęs", "睫毛烫翘"), _LASH_BROW, 60, patch_test=True
        ),
        _Starter(
            ("Brow and lash tint", "Nhuộm mày và mi", "Henna brwi i rzęs", "眉毛和睫毛染色"),
            _LASH_BROW,
            30,
            patch_test=True,
            contraindications=(T.PPD,),
        ),
    ),
    BusinessKind.CLINIC: (
        _Starter(("Consultation", "Tư vấn", "Konsultacja", "面诊咨询"), _CONSULT, 30),
        _Starter(
            ("Chemical peel", "Peel da hóa học", "Peeling chemiczny", "化学换肤"),
            _SKIN,
            45,
            contraindications=(T.ISOTRETINOIN, T.RETINOIDS, T.PREGNANCY, T.PHOTOSENSITISING),
        ),
        _Starter(
            ("Microneedling", "Lăn kim", "Mikroigłowanie", "微针"),
            _SKIN,
            60,
            contraindications=(T.ISOTRETINOIN, T.ANTICOAGULANTS, T.PREGNANCY),
        ),
        _Starter(
            ("Laser hair removal", "Triệt lông bằng laser", "Depilacja laserowa", "激光脱毛"),
            _LIGHT,
            45,
            patch_test=True,
            contraindications=(T.PREGNANCY, T.PHOTOSENSITISING, T.ISOTRETINOIN, T.EPILEPSY),
        ),
        _Starter(
            ("IPL skin rejuvenation", "Trẻ hóa da bằng IPL", "Fotoodmładzanie IPL", "IPL光子嫩肤"),
            _LIGHT,
            45,
            patch_test=True,
            contraindications=(T.PREGNANCY, T.PHOTOSENSITISING, T.ISOTRETINOIN, T.EPILEPSY),
        ),
        _Starter(
            (
                "Anti-wrinkle injections",
                "Tiêm chống nhăn",
                "Iniekcje przeciwzmarszczkowe",
                "除皱注射",
            ),
            _INJECT,
            30,
            contraindications=(T.PREGNANCY, T.BREASTFEEDING, T.ANTICOAGULANTS),
        ),
        _Starter(
            ("Dermal filler", "Tiêm chất làm đầy", "Wypełniacz skórny", "皮肤填充注射"),
            _INJECT,
            45,
            contraindications=(T.PREGNANCY, T.BREASTFEEDING, T.ANTICOAGULANTS),
        ),
    ),
    BusinessKind.OPTICIAN: (
        _Starter(("Eye examination", "Khám mắt", "Badanie wzroku", "验光检查"), _EYE_TESTS, 30),
        _Starter(
            (
                "Contact lens fitting",
                "Đo và thử kính áp tròng",
                "Dobór soczewek kontaktowych",
                "隐形眼镜验配",
            ),
            _CONTACTS,
            45,
        ),
        _Starter(
            (
                "Contact lens aftercare",
                "Tái khám kính áp tròng",
                "Kontrola soczewek kontaktowych",
                "隐形眼镜复查",
            ),
            _CONTACTS,
            20,
        ),
        _Starter(
            ("Spectacle dispensing", "Chọn gọng và cắt kính", "Dobór okularów", "配镜"),
            _SPECTACLES,
            30,
        ),
        _Starter(
            (
                "Repair and adjustment",
                "Sửa và chỉnh kính",
                "Naprawa i regulacja okularów",
                "眼镜维修和调整",
            ),
            _SPECTACLES,
            15,
        ),
    ),
}


def starter_services(kinds: list[BusinessKind], language: str) -> list[ServiceInput]:
    """The starter list for these kinds in `language` (English for any other), in the order
    shown; a name shared by two kinds appears once."""
    column = LANGUAGES.index(language) if language in LANGUAGES else 0
    seen: set[str] = set()
    result: list[ServiceInput] = []
    for kind in BusinessKind:
        if kind not in kinds:
            continue
        for starter in _STARTERS[kind]:
            name = starter.names[column]
            if name.casefold() in seen:
                continue
            seen.add(name.casefold())
            result.append(
                ServiceInput(
                    name=name,
                    group=starter.group[column],
                    duration_minutes=starter.minutes,
                    requires_patch_test=starter.patch_test,
                    contraindications=tuple(t.value for t in starter.contraindications),
                )
            )
    return result
