"""How names, phones and e-mails become searchable text, the way people type them.

Accents and letters like Ł and Đ fold to plain Latin (anyascii), Chinese characters also give
their pinyin syllables (王小明 → "wang xiao ming wangxiaoming"), and the original characters are
kept so typing 小明 finds 王小明. Word order does not matter; each typed word must start a word or
(from three characters on) appear inside one.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_CAMEL = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _is_cjk(ch: str) -> bool:
    return "CJK" in unicodedata.name(ch, "") or "\u3040" <= ch <= "\u30ff"


def fold(text: str) -> str:
    """Lower-case ASCII with accents and special letters folded ("Łukasz Đặng" → "lukasz dang")."""
    return " ".join(anyascii(word).lower() for word in _WORD.findall(text))


def search_tokens(text: str) -> list[str]:
    """Every token a name or text can be found by."""
    tokens: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        ascii_word = anyascii(word)
        if any(_is_cjk(ch) for ch in word):
            syllables = [s.lower() for s in _CAMEL.findall(ascii_word)]
            tokens.extend(syllables)
            tokens.append("".join(syllables))
            tokens.append(word)  # the characters themselves
        else:
            tokens.append(ascii_word.lower())
    return [t for t in dict.fromkeys(tokens) if t]


def query_tokens(query: str) -> list[str]:
    """The words a person typed, folded the same way (CJK kept as characters and as pinyin)."""
    tokens: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", query)):
        if any(_is_cjk(ch) for ch in word):
            tokens.append(word)
        else:
            tokens.append(anyascii(word).lower())
    return [t for t in tokens if t]


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
