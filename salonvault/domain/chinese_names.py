"""Chinese names the way people type them into a search box.

A Chinese receptionist types a whole name as one run, family name first: as characters (张伟),
as pinyin run together (zhangwei) or as the syllables' first letters (zw). A card may hold the
name as family 张 / given 伟, all of it in one field (张伟, 张 伟), or the two fields swapped, so
the whole name is indexed in both orders. Readings come from pypinyin (phrase-aware: 尉迟 is
yuchi, not weichi) and anyascii (what the index used before, so nothing found before is lost);
a family name's first character may also have its surname reading (曾 zeng, 单 shan), and ü is
typed both as v (the input methods' key) and as u.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from importlib import metadata
from itertools import product

from anyascii import anyascii

# Chinese family names of two characters (the common ones); others are one character.
COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "令狐", "夏侯", "独孤", "端木", "西门", "南宫", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳",
    "太史", "申屠", "轩辕", "钟离", "呼延", "歐陽", "司馬", "諸葛", "東方", "長孫", "獨孤", "南宮",
    "鍾離", "軒轅",
))  # fmt: skip
# Characters read differently as a family name than in most words (百家姓 polyphones).
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "單": "shan", "解": "xie", "区": "ou", "區": "ou", "仇": "qiu",
    "朴": "piao", "查": "zha", "盖": "ge", "乐": "yue", "樂": "yue", "覃": "qin", "员": "yun",
    "缪": "miao", "繆": "miao", "繁": "po", "种": "chong", "秘": "bi", "召": "shao", "冼": "xian",
    "翟": "zhai", "祭": "zhai", "折": "she", "句": "gou", "宓": "mi", "佴": "nai", "柏": "bai",
    "藏": "zang", "长": "chang", "長": "chang", "尉": "wei", "能": "nai", "厍": "she",
    "郇": "xun", "牟": "mou", "阚": "kan", "眭": "sui", "隗": "wei", "华": "hua", "華": "hua",
    "任": "ren", "那": "na", "燕": "yan", "纪": "ji", "紀": "ji", "过": "guo", "過": "guo",
    "应": "ying", "應": "ying", "沈": "shen", "蕃": "pi", "都": "du", "六": "lu",
}  # fmt: skip


def _pypinyin_version() -> str:
    try:
        return metadata.version("pypinyin")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        return "bundled"


# Bumped whenever the tokens below change; with pypinyin's version it decides when a vault's
# search index is rebuilt (storage/search_rebuild.py). Read from the metadata, not by importing
# pypinyin: that loads its dictionaries (about 1.5 s and 55 MB), which only a Chinese name needs.
RULES = f"names-2/pypinyin-{_pypinyin_version()}"

_SYLLABLES = re.compile(r"[A-Z][a-z]*|[a-z]+")
_MAX_VARIANTS = 4  # readings kept per part of a name; a name gives at most 4 x 4 x 2 runs


def is_cjk(ch: str) -> bool:
    return "CJK" in unicodedata.name(ch, "") or "\u3040" <= ch <= "\u30ff"


def cjk_only(text: str) -> str:
    return "".join(ch for ch in text if is_cjk(ch))


def split_surname(name: str) -> tuple[str, str]:
    """A Chinese name in one run of characters as (family, given): a two-character family
    name when it is one of the common ones (and something follows), else the first character."""
    cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return name[:cut], name[cut:]


def whole_name_tokens(family: str, given: str) -> list[str]:
    """The extra search tokens of a Chinese name: the characters run together, each reading's
    syllables, the pinyin run together and its initials, in both orders of the two parts.
    Empty for a name without Chinese characters."""
    family_chars, given_chars = cjk_only(family), cjk_only(given)
    if not family_chars and not given_chars:
        return []
    if not family_chars or not given_chars:
        family_chars, given_chars = split_surname(family_chars or given_chars)
    parts = [p for p in (family_chars, given_chars) if p]
    readings = [_readings(part) for part in parts]
    tokens: list[str] = []
    orders = [(0, 1), (1, 0)] if len(parts) == 2 else [(0,)]
    for order in orders:
        tokens.append("".join(parts[i] for i in order))
        for combination in product(*(readings[i] for i in order)):
            syllables = [s for reading in combination for s in reading]
            tokens.append("".join(syllables))
            tokens.append("".join(s[0] for s in syllables))
    for part_readings in readings:
        for reading in part_readings:
            tokens.extend(reading)
            tokens.append("".join(reading))
    return [t for t in dict.fromkeys(tokens) if t]


@cache
def _phrase_reader() -> Callable[..., list[str]]:
    """pypinyin's reader, imported the first time a Chinese name is read (see RULES)."""
    from pypinyin import lazy_pinyin  # noqa: PLC0415

    return lazy_pinyin


def _readings(chars: str) -> list[list[str]]:
    """Ways the characters are read, each a list of syllables (the phrase-aware one first)."""
    phrase = [s.lower() for s in _phrase_reader()(chars, errors="ignore")]
    letters = [s.lower() for s in _SYLLABLES.findall(anyascii(chars))]
    variants = [phrase, letters]
    surname = SURNAME_READINGS.get(chars[0])
    if surname and chars[:2] not in COMPOUND_SURNAMES:
        variants.append([surname, *phrase[1:]])
    with_u = [[s.replace("v", "u") for s in reading] for reading in variants]
    unique = {tuple(r): r for r in [*variants, *with_u] if r and len(r) == len(chars)}
    if not unique:  # characters pypinyin does not know, read as anyascii reads them
        return [letters] if letters else []
    return list(unique.values())[:_MAX_VARIANTS]
