"""How names, phones and e-mails become searchable text, the way people type them.

Accents and letters like Ł and Đ fold to plain Latin (anyascii), Chinese characters also give
their pinyin syllables (王小明 → "wang xiao ming wangxiaoming"), and the original characters are
kept so typing 小明 finds 王小明. Word order does not matter; each typed word must start a word or
(from three characters on) appear inside one.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

from anyascii import anyascii

from salonvault.domain.chinese_names import is_cjk, whole_name_tokens

_CAMEL = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case ASCII with accents and special letters folded ("Łukasz Đặng" → "lukasz dang")."""
    return " ".join(anyascii(word).lower() for word in _WORD.findall(text))


def search_tokens(text: str) -> list[str]:
    """Every token a name or text can be found by."""
    tokens: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        ascii_word = anyascii(word)
        if any(is_cjk(ch) for ch in word):
            syllables = [s.lower() for s in _CAMEL.findall(ascii_word)]
            tokens.extend(syllables)
            tokens.append("".join(syllables))
            tokens.append(word)  # the characters themselves
        else:
            tokens.append(ascii_word.lower())
    return [t for t in dict.fromkeys(tokens) if t]


def client_search_tokens(family: str, given: str, tags: tuple[str, ...] = ()) -> list[str]:
    """A client's tokens: the name's and the tags' words (the folded name first, which the
    list's sort by name reads), then a Chinese name's whole-name forms (chinese_names.py)."""
    tokens = search_tokens(" ".join([family, given, *tags]))
    return list(dict.fromkeys([*tokens, *whole_name_tokens(family, given)]))


def query_tokens(query: str) -> list[str]:
    """The words a person typed, folded the same way (CJK kept as characters). Full-width
    letters (a Chinese input method left in full-width mode) are plain ones, and characters
    typed straight on from pinyin ("张wei") are two words."""
    tokens: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", query)):
        for cjk, run in groupby(word, is_cjk):
            text = "".join(run)
            tokens.append(text if cjk else anyascii(text).lower())
    return [t for t in tokens if t]


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
