"""Contraindications a service declares, and which of a client's health items they match.

The matching rule (decision 0037), the same wherever it is used (the visit dialog's warning and
the service that refuses an unacknowledged visit):

1. Texts are folded: Unicode NFKD with the accents dropped, đ→d, ł→l, case-folded; everything
   that is not a letter or digit separates words ("PPD-allergy" → "ppd allergy").
2. A service's term is a built-in (`BuiltInTerm`: a keyword with synonyms in English,
   Vietnamese, Polish and Chinese) or the owner's own word(s).
3. A synonym in Latin script matches a run of whole words of the health item's text, in order;
   a synonym word ending in `*` is a stem and matches any word starting with it ("pregnan*"
   finds "pregnant" and "pregnancy", "ciąż*" finds "ciąża" and "w ciąży").
4. A synonym in Chinese (any CJK character) matches anywhere in the text, spaces ignored.
5. The owner's own words are stems: every word matches words starting with it ("henn" finds
   "henna" and "hennę"); a word the owner types that is itself one of a built-in's synonyms
   becomes that built-in, with all its synonyms ("PPD", "ciąża" → the PPD and pregnancy terms).
6. Every health item counts, of any kind and severity, as long as it is on the record (not
   removed). A wrong match warns once too often; a missed one is what this is here to prevent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from salonvault.domain.clients import HealthItem
from salonvault.domain.roles import Role

MAX_TERMS = 20
MAX_TERM_LENGTH = 60
MIN_OWN_TERM_LENGTH = 3  # folded letters and digits; a Chinese term may be shorter


class BuiltInTerm(StrEnum):
    """Contraindications the program knows in four languages (the owner may add words)."""

    PPD = "ppd"  # para-phenylenediamine and its cousin PTD: oxidation hair and lash dyes
    PREGNANCY = "pregnancy"
    BREASTFEEDING = "breastfeeding"
    ISOTRETINOIN = "isotretinoin"  # oral acne treatment: skin fragile for months after
    RETINOIDS = "retinoids"  # topical retinoids before peels, waxing, lasers
    PHOTOSENSITISING = "photosensitising_medication"
    PACEMAKER = "pacemaker"  # or another implanted device: radio-frequency, electrical care
    EPILEPSY = "epilepsy"  # flashing light (IPL, laser)
    CYANOACRYLATE = "cyanoacrylate"  # lash-extension adhesive
    ANTICOAGULANTS = "anticoagulants"  # bleeding and bruising: injections, microneedling


# Synonyms per built-in: English, then Polish, Vietnamese and Chinese. Folded when used.
SYNONYMS: dict[BuiltInTerm, tuple[str, ...]] = {
    BuiltInTerm.PPD: (
        "ppd", "ptd", "para-phenylenediamine", "paraphenylenediamine", "p-phenylenediamine",
        "phenylenediamine", "toluene-2,5-diamine", "hair dye*", "hair colour*", "hair color*",
        "black henna", "czarn* henn*", "henna đen",  # black henna carries PPD
        "henn* do brwi", "henn* brwi",  # brow "henna" in Poland is an oxidation dye
        "parafenylenodiamin*", "farb* do włosów", "barwnik* do włosów", "reakcj* na farb*",
        "uczuleni* na farb*",
        "thuốc nhuộm", "nhuộm tóc",
        "对苯二胺", "染发", "黑色指甲花",
    ),
    BuiltInTerm.PREGNANCY: (
        "pregnan*", "expecting a baby",
        "ciąż*", "ciężarn*",
        "mang thai", "có thai", "có bầu", "mang bầu", "thai kỳ",
        "怀孕", "妊娠", "孕期", "孕妇",
    ),
    BuiltInTerm.BREASTFEEDING: (
        "breastfeed*", "breast-feed*", "lactat*",
        "karmi* piersi*", "laktac*",
        "cho con bú", "cho bú",
        "哺乳", "母乳喂养",
    ),
    BuiltInTerm.ISOTRETINOIN: (
        "isotretinoin*", "roaccutan*", "accutan*", "absorica", "claravis",
        "izotretynoin*", "aknenormin*", "curacne",
        "异维a酸", "异维甲酸",
    ),
    BuiltInTerm.RETINOIDS: (
        "retinoid*", "retinol*", "tretinoin*", "adapalen*", "tazaroten*",
        "tretynoin*",
        "维a酸", "视黄醇", "阿达帕林",
    ),
    BuiltInTerm.PHOTOSENSITISING: (
        "photosensiti*", "light-sensitising", "doxycyclin*", "tetracyclin*", "amiodaron*",
        "fotouczul*", "światłoczuł*", "uwrażliwiaj* na światło", "doksycyklin*", "tetracyklin*",
        "nhạy cảm ánh sáng", "cảm quang",
        "光敏", "光过敏",
    ),
    BuiltInTerm.PACEMAKER: (
        "pacemaker*", "pace maker*", "defibrillator*",
        "rozrusznik*", "stymulator* serca", "kardiowerter*",
        "máy tạo nhịp",
        "起搏器", "除颤器",
    ),
    BuiltInTerm.EPILEPSY: (
        "epilep*", "seizure*",
        "padaczk*", "napad* drgawk*",
        "động kinh",
        "癫痫", "羊癫疯",
    ),
    BuiltInTerm.CYANOACRYLATE: (
        "cyanoacrylat*", "lash glue*", "lash adhesive*", "eyelash glue*",
        "cyjanoakrylan*", "klej* do rzęs", "reakcj* na klej*", "uczuleni* na klej*",
        "keo nối mi", "keo mi", "phản ứng với keo", "dị ứng keo",
        "氰基丙烯酸", "睫毛胶",
    ),
    BuiltInTerm.ANTICOAGULANTS: (
        "anticoagula*", "blood thinn*", "warfarin*", "acenocoumarol*", "rivaroxaban*",
        "apixaban*", "dabigatran*", "heparin*",
        "antykoagula*", "przeciwzakrzep*", "warfaryn*", "acenokumarol*", "heparyn*",
        "chống đông",
        "抗凝", "华法林",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContraindicationMatch:
    """A health item on the record that a service's term matched. `term` is as the service
    stores it: a `BuiltInTerm` value or the owner's own word(s)."""

    term: str
    item: HealthItem

    @property
    def built_in(self) -> BuiltInTerm | None:
        return built_in(self.term)


@dataclass(frozen=True, slots=True)
class VisitSafety:
    """What the person about to treat a client must see (the visit dialog, the card's banner).

    `items`: the client's health items, severe first, for a role that may read them; None for
    one that may not, which gets only `has_alerts`, `has_severe_alert` and `ask` (the roles
    that may read them: whom to ask). `contraindicated_services`: the services whose declared
    terms match this client's items (ids only, so every role may be told)."""

    items: tuple[HealthItem, ...] | None
    has_alerts: bool
    has_severe_alert: bool
    contraindicated_services: frozenset[int]
    ask: tuple[Role, ...]


# -- folding and patterns ------------------------------------------------------------------

_UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form; separators kept as they are."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_UNDECOMPOSED)


def words(text: str) -> list[str]:
    """The folded words of a text: runs of letters and digits."""
    found: list[str] = []
    current: list[str] = []
    for char in fold(text):
        if char.isalnum():
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def _is_cjk(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK ", "HIRAGANA", "KATAKANA", "HANGUL"))


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One synonym ready to match: a run of words (each exact, or a stem), or a CJK string."""

    parts: tuple[tuple[str, bool], ...]  # (folded word, is a stem)
    cjk: str = ""

    def matches(self, text_words: Sequence[str], text_joined: str) -> bool:
        if self.cjk:
            return self.cjk in text_joined
        size = len(self.parts)
        if size == 0:
            return False
        for start in range(len(text_words) - size + 1):
            if all(
                text_words[start + i].startswith(word) if stem else text_words[start + i] == word
                for i, (word, stem) in enumerate(self.parts)
            ):
                return True
        return False


def _pattern(synonym: str, all_stems: bool = False) -> _Pattern:
    if any(_is_cjk(c) for c in synonym):
        return _Pattern((), cjk="".join(words(synonym)))
    parts: list[tuple[str, bool]] = []
    for chunk in synonym.split():
        stem = all_stems or chunk.endswith("*")
        pieces = words(chunk.rstrip("*"))
        parts += [(piece, False) for piece in pieces[:-1]]
        if pieces:
            parts.append((pieces[-1], stem))
    return _Pattern(tuple(parts))


_BUILT_IN_PATTERNS: dict[BuiltInTerm, tuple[_Pattern, ...]] = {
    term: tuple(_pattern(s) for s in synonyms) for term, synonyms in SYNONYMS.items()
}


def built_in(term: str) -> BuiltInTerm | None:
    try:
        return BuiltInTerm(term)
    except ValueError:
        return None


def _patterns(term: str) -> tuple[_Pattern, ...]:
    known = built_in(term)
    if known is not None:
        return _BUILT_IN_PATTERNS[known]
    return (_pattern(term, all_stems=True),)


def _text_forms(text: str) -> tuple[list[str], str]:
    text_words = words(text)
    return text_words, "".join(text_words)


def term_matches(term: str, text: str) -> bool:
    """Whether a service's term (a built-in's value or the owner's words) matches a text."""
    text_words, joined = _text_forms(text)
    return any(p.matches(text_words, joined) for p in _patterns(term))


def resolve_term(text: str) -> str:
    """What a typed term is stored as: a built-in's value when the text names one (its value,
    or one of its synonyms read as a health item would be), else the text as typed, with its
    spaces tidied. Empty when nothing is left to match."""
    tidy = " ".join(text.split())
    if not tidy:
        return ""
    if (known := built_in(fold(tidy).replace(" ", "_"))) is not None:
        return known.value
    text_words, joined = _text_forms(tidy)
    for term, patterns in _BUILT_IN_PATTERNS.items():
        if any(p.matches(text_words, joined) for p in patterns):
            return term.value
    return tidy


def own_term_too_short(term: str) -> bool:
    """An owner's word so short it would match half the record ("a", "le")."""
    joined = "".join(words(term))
    if any(_is_cjk(c) for c in joined):
        return not joined
    return len(joined) < MIN_OWN_TERM_LENGTH


def find_matches(
    items: Iterable[HealthItem], terms: Sequence[str]
) -> tuple[ContraindicationMatch, ...]:
    """Every (term, item) pair that matches, in the order of the service's terms, then of the
    items (severe first, as they are shown)."""
    ordered = sorted(items, key=severity_order)
    forms = [(item, _text_forms(item.text)) for item in ordered]
    found: list[ContraindicationMatch] = []
    for term in terms:
        patterns = _patterns(term)
        for item, (text_words, joined) in forms:
            if any(p.matches(text_words, joined) for p in patterns):
                found.append(ContraindicationMatch(term, item))
    return tuple(found)


def severity_order(item: HealthItem) -> tuple[int, int]:
    """Severe first, then moderate, then low; older first within one severity."""
    rank = {"severe": 0, "moderate": 1, "low": 2}.get(item.severity.value, 3)
    return rank, item.id
