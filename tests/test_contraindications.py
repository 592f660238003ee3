"""The contraindication matching rule of decision 0037, with every expected answer worked out
by hand from the rule (fold, words, stems, Chinese anywhere, the owner's words as stems)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from salonvault.domain.clients import HealthItem, HealthKind, Severity
from salonvault.domain.contraindications import (
    SYNONYMS,
    BuiltInTerm,
    find_matches,
    fold,
    own_term_too_short,
    resolve_term,
    term_matches,
    words,
)
from salonvault.services.forms.builtins import BUILT_IN_FORMS

WHEN = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def item(item_id: int, text: str, severity: Severity = Severity.MODERATE) -> HealthItem:
    return HealthItem(item_id, HealthKind.ALLERGY, text, severity, 1, WHEN)


def test_folding_drops_accents_case_and_the_letters_that_do_not_decompose() -> None:
    # ł and đ have no combining accent in Unicode: folded by hand.
    assert fold("Ciąża ŁÓDŹ") == "ciaza lodz"
    assert fold("Động kinh") == "dong kinh"
    assert words("PPD-allergy (severe!)") == ["ppd", "allergy", "severe"]
    assert words("异维A酸 20mg") == ["异维a酸", "20mg"]


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        # PPD: the word "ppd" anywhere, or "hair dye…", in any case.
        (BuiltInTerm.PPD, "PPD allergy", True),
        (BuiltInTerm.PPD, "Allergic to ppd (hair dye)", True),
        (BuiltInTerm.PPD, "reacts to hair dyes", True),  # "dye*" is a stem: dyes
        (BuiltInTerm.PPD, "para-phenylenediamine", True),
        (BuiltInTerm.PPD, "Uczulenie na parafenylenodiaminę", True),  # stem parafenylenodiamin
        (BuiltInTerm.PPD, "uczulenie na farbę do włosów", True),  # farb* do wlosow
        (BuiltInTerm.PPD, "Dị ứng thuốc nhuộm tóc", True),  # "thuoc nhuom"
        (BuiltInTerm.PPD, "对苯二胺过敏", True),  # Chinese: anywhere in the text
        (BuiltInTerm.PPD, "染发剂过敏", True),  # 染发 inside 染发剂
        (BuiltInTerm.PPD, "PPDX reagent", False),  # "ppd" is a whole word, not a stem
        (BuiltInTerm.PPD, "dye in eyeliner", False),  # "dye" alone is not "hair dye"
        (BuiltInTerm.PPD, "Latex", False),
        # Pregnancy in four languages.
        (BuiltInTerm.PREGNANCY, "Pregnant, 12 weeks", True),
        (BuiltInTerm.PREGNANCY, "pregnancy", True),
        (BuiltInTerm.PREGNANCY, "w ciąży (3. miesiąc)", True),  # "ciazy" starts with "ciaz"
        (BuiltInTerm.PREGNANCY, "Ciąża", True),
        (BuiltInTerm.PREGNANCY, "Đang mang thai 5 tháng", True),  # "mang thai"
        (BuiltInTerm.PREGNANCY, "có thai", True),
        (BuiltInTerm.PREGNANCY, "怀孕", True),
        (BuiltInTerm.PREGNANCY, "已怀孕三个月", True),
        (BuiltInTerm.PREGNANCY, "ciężki przypadek", False),  # "ciezki" does not start with "ciaz"
        (BuiltInTerm.PREGNANCY, "công thái học", False),  # "cong" is not "co": whole words
        (BuiltInTerm.PREGNANCY, "thai", False),  # a syllable alone is not the phrase
        # Isotretinoin and its brand names.
        (BuiltInTerm.ISOTRETINOIN, "Roaccutane until March", True),
        (BuiltInTerm.ISOTRETINOIN, "isotretinoin 20 mg", True),
        (BuiltInTerm.ISOTRETINOIN, "Izotretynoina (Aknenormin)", True),
        (BuiltInTerm.ISOTRETINOIN, "服用异维A酸", True),
        (BuiltInTerm.ISOTRETINOIN, "tretinoin cream", False),  # topical: the retinoids term
        (BuiltInTerm.RETINOIDS, "tretinoin cream", True),
        # Pacemaker, epilepsy, photosensitising medication.
        (BuiltInTerm.PACEMAKER, "Has a pacemaker", True),
        (BuiltInTerm.PACEMAKER, "rozrusznik serca", True),
        (BuiltInTerm.PACEMAKER, "máy tạo nhịp tim", True),
        (BuiltInTerm.PACEMAKER, "心脏起搏器", True),
        (BuiltInTerm.EPILEPSY, "Epileptic seizures as a child", True),
        (BuiltInTerm.EPILEPSY, "padaczka", True),
        (BuiltInTerm.EPILEPSY, "bệnh động kinh", True),
        (BuiltInTerm.EPILEPSY, "癫痫", True),
        (BuiltInTerm.PHOTOSENSITISING, "Doxycycline (photosensitising)", True),
        (BuiltInTerm.PHOTOSENSITISING, "leki fotouczulające", True),
        (BuiltInTerm.PHOTOSENSITISING, "thuốc gây nhạy cảm ánh sáng", True),
        (BuiltInTerm.PHOTOSENSITISING, "光敏性药物", True),
        (BuiltInTerm.CYANOACRYLATE, "reaction to lash glue", True),
        (BuiltInTerm.ANTICOAGULANTS, "Takes warfarin", True),
        (BuiltInTerm.ANTICOAGULANTS, "thuốc chống đông máu", True),
    ],
)
def test_built_in_terms_match_in_four_languages(term: str, text: str, expected: bool) -> None:
    assert term_matches(term, text) is expected


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("henn", "Uczulenie na hennę", True),  # the owner's word is a stem
        ("henna", "hennę", False),  # "henne" does not start with "henna"
        ("Nickel", "nickel, cobalt", True),
        ("tea tree", "tea-tree oil", True),  # words in order, separators ignored
        ("tea tree", "tree tea", False),
        ("ngải cứu", "dị ứng NGẢI CỨU", True),
        ("薰衣草", "对薰衣草精油过敏", True),
    ],
)
def test_the_owners_own_words_match_as_stems(term: str, text: str, expected: bool) -> None:
    assert term_matches(term, text) is expected


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("PPD", "ppd"),
        ("  para-phenylenediamine ", "ppd"),
        ("hair dye", "ppd"),
        ("ciąża", "pregnancy"),
        ("mang thai", "pregnancy"),
        ("怀孕", "pregnancy"),
        ("Roaccutane", "isotretinoin"),
        ("photosensitising medication", "photosensitising_medication"),
        ("Pacemaker", "pacemaker"),
        ("henna   powder", "henna powder"),  # the owner's own: spaces tidied, else as typed
        ("   ", ""),
    ],
)
def test_a_typed_term_that_names_a_built_in_becomes_it(typed: str, stored: str) -> None:
    assert resolve_term(typed) == stored


def test_too_short_own_words_are_told_apart_from_short_chinese_ones() -> None:
    assert own_term_too_short("ab")
    assert own_term_too_short("a-b")
    assert not own_term_too_short("abc")
    assert not own_term_too_short("漆")  # lacquer: one character is a word


def test_find_matches_names_every_pair_severe_first() -> None:
    items = [
        item(1, "Latex", Severity.LOW),
        item(2, "PPD (hair dye)", Severity.MODERATE),
        item(3, "Allergic to para-phenylenediamine", Severity.SEVERE),
        item(4, "Pregnant", Severity.LOW),
    ]
    found = find_matches(items, ["ppd", "pregnancy", "nickel"])
    # Terms in the service's order; within a term, severe before moderate before low.
    assert [(m.term, m.item.id) for m in found] == [("ppd", 3), ("ppd", 2), ("pregnancy", 4)]
    assert found[0].built_in is BuiltInTerm.PPD
    assert find_matches(items, []) == ()


def test_every_built_in_has_synonyms_that_match_themselves() -> None:
    """Each synonym, written as a health item, is found by its own term (a typo in a stem or a
    Chinese synonym would make it match nothing)."""
    for term, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            assert term_matches(term, synonym.replace("*", "")), (term, synonym)


# What each consultation form's red-flag alert (decision 0038: it becomes a health item on the
# card) must be found by, in all four languages; worked out from the alerts' words.
FORM_ALERTS = {
    "pregnant": {BuiltInTerm.PREGNANCY, BuiltInTerm.BREASTFEEDING},
    "epilepsy": {BuiltInTerm.EPILEPSY},
    "pacemaker": {BuiltInTerm.PACEMAKER},
    "blood_thinners": {BuiltInTerm.ANTICOAGULANTS},
    "dye_reaction": {BuiltInTerm.PPD},  # pl "reakcja na farbę": reakcj* na farb*
    "black_henna": {BuiltInTerm.PPD},  # zh 黑色指甲花, vi "henna đen", and "PPD" itself
    "isotretinoin": {BuiltInTerm.ISOTRETINOIN},
    "retinoids": {BuiltInTerm.RETINOIDS},
    "photosensitising": {BuiltInTerm.PHOTOSENSITISING},  # pl uwrażliwiaj* na światło
    "adhesive_reaction": {BuiltInTerm.CYANOACRYLATE},  # pl reakcj* na klej*, vi phản ứng với keo
}


def test_the_consultation_forms_red_flag_alerts_are_found_in_four_languages() -> None:
    alerts = {
        q.key: q.alert for form in BUILT_IN_FORMS.values() for q in form.questions() if q.alert
    }
    assert FORM_ALERTS.keys() <= alerts.keys()
    for key, expected in FORM_ALERTS.items():
        for language in ("en", "vi", "pl", "zh_CN"):
            text = alerts[key][language]
            found = {t for t in BuiltInTerm if term_matches(t, text)}
            assert expected <= found, (key, language, text, found)
