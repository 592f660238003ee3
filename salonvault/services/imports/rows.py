"""One spreadsheet row as the client the counter would have typed: cells to a ClientInput.

Only the reading of cells is here (dates in the ways salons write them, a full name split in its
script's order, lists of allergies and tags). Every field rule is the client service's own: the
ClientInput goes through ClientService.prepare like a form's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from anyascii import anyascii

from salonvault.domain.chinese_names import split_surname
from salonvault.domain.clients import ClientInput, display_name
from salonvault.domain.errors import ValidationError
from salonvault.domain.imports import (
    FULL_NAME_FIELDS,
    CellValue,
    ColumnMap,
    ImportField,
    SourceTable,
)
from salonvault.domain.messages import Message
from salonvault.domain.search_text import fold
from salonvault.services.clients import fields

F = ImportField
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})$")
_CJK_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_TIME_PART = re.compile(
    r"^(.*?)(?:,?[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)$"
)
# Programs made for English speakers write months as words: "5 Mar 2024", "05-Mar-2024",
# "Mar 5, 2024", "March 5 2024"; Polish ones may write "5 mar 2024" or "5 marca 2024".
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-]+([^\W\d_]{3,12})\.?[\s\-,]+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTHS = {
    **{m: n for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )},
    **{m: n for n, m in enumerate(
        ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paz", "lis", "gru"), 1
    )},
}  # fmt: skip
_LIST_SPLIT = re.compile(r"[;,\n|、，；]+")
# Marks that appear in Vietnamese and hardly anywhere else (breve, horn, hook, dot below).
_VIETNAMESE_MARKS = frozenset("\u0306\u031b\u0309\u0323")
_VIETNAMESE_FAMILY_NAMES = frozenset((
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "lam", "trinh", "dao", "cao", "luong", "mai",
    "ha", "ta", "chu", "doan", "quach", "luu", "kieu", "tong", "thai",
))  # fmt: skip
LANGUAGE_WORDS = {
    "en": ("en", "english", "angielski", "tieng anh", "英语", "英文"),
    "vi": ("vi", "vietnamese", "tieng viet", "wietnamski", "越南语", "越南文"),
    "pl": ("pl", "polish", "polski", "tieng ba lan", "波兰语"),
    "zh_CN": ("zh", "zh_cn", "zh cn", "chinese", "中文", "汉语", "chinski", "tieng trung"),
}
_LANGUAGE_BY_WORD = {word: code for code, words in LANGUAGE_WORDS.items() for word in words}


@dataclass(frozen=True, slots=True)
class RowContext:
    """What reading a row needs besides its cells: settled once per import."""

    columns: ColumnMap
    width: int  # the header's column count (a CSV row with another count is refused)
    strict_width: bool  # CSV: yes; XLSX rows simply end early
    day_first: tuple[bool, ...]  # per column: 03/04/1990 is 3 April (else 4 March)
    today: date


@dataclass(frozen=True, slots=True)
class ParsedRow:
    data: ClientInput
    last_visit: date | None


def parse_row(cells: Sequence[CellValue], context: RowContext) -> ParsedRow:
    """The row as a ClientInput (not yet checked by the field rules); ValidationError when a
    cell cannot be read at all."""
    if context.strict_width and len(cells) != context.width:
        raise ValidationError(
            "imports.row_has_cells_where_header",
            field="row",
            cells_count=len(cells),
            width=context.width,
        )
    values: dict[ImportField, list[CellValue]] = {}
    day_first: dict[ImportField, bool] = {}
    for index, field in enumerate(context.columns):
        if field is not None and index < len(cells):
            values.setdefault(field, []).append(cells[index])
            day_first[field] = context.day_first[index]

    def text(field: ImportField) -> str:
        return " ".join(cell_text(v) for v in values.get(field, []) if cell_text(v))

    family, given = text(F.FAMILY_NAME), text(F.GIVEN_NAME)
    for field in FULL_NAME_FIELDS & set(values):
        family, given = split_full_name(text(field), field)
    # The field's words as a message of their own: the window says them in its language.
    birth = _date_of(values, F.BIRTH_DATE, day_first, Message("imports.birth_date_words"))
    last_visit = _date_of(values, F.LAST_VISIT, day_first, Message("imports.last_visit_words"))
    if last_visit is not None and last_visit > context.today:
        raise ValidationError("imports.last_visit_future", field="last_visit")
    notes = "\n".join(cell_text(v) for v in values.get(F.NOTES, []) if cell_text(v))
    minor = (
        birth is not None
        and birth <= context.today
        and (fields.age_on(birth, context.today) < fields.AGE_OF_MAJORITY)
    )
    data = ClientInput(
        family_name=family,
        given_name=given,
        phone=text(F.PHONE),
        email=text(F.EMAIL),
        birth_date=birth,
        address=text(F.ADDRESS),
        language=language_code(text(F.LANGUAGE)),
        notes=notes,
        allergies=split_list(values.get(F.ALLERGIES, [])),
        is_minor=minor,
        guardian=text(F.GUARDIAN),
        tags=split_list(values.get(F.TAGS, [])),
    )
    return ParsedRow(data, last_visit)


def row_name(cells: Sequence[CellValue], columns: ColumnMap) -> str:
    """The name a row gives, however broken its other cells (to recognise it in a list)."""
    parts: dict[ImportField, str] = {}
    for index, field in enumerate(columns[: len(cells)]):
        if field in FULL_NAME_FIELDS or field in (F.FAMILY_NAME, F.GIVEN_NAME):
            parts[field] = f"{parts.get(field, '')} {cell_text(cells[index])}".strip()
    for field in FULL_NAME_FIELDS & set(parts):
        return display_name(*split_full_name(parts[field], field))
    return display_name(parts.get(F.FAMILY_NAME, ""), parts.get(F.GIVEN_NAME, ""))


def phone_cells(table: SourceTable, columns: ColumnMap) -> list[str]:
    """The text of every filled cell of the columns mapped to the phone, row by row."""
    indexes = [i for i, field in enumerate(columns) if field is F.PHONE]
    return [
        text
        for row in table.rows
        for i in indexes
        if i < len(row.cells) and (text := cell_text(row.cells[i]))
    ]


def cell_text(value: CellValue) -> str:
    """A cell as text: whole numbers without ".0" (a phone in an Excel number cell), dates in
    ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def split_list(cells: Sequence[CellValue]) -> tuple[str, ...]:
    """ "PPD; latex, nickel" → three items (also 、 and ， as Chinese lists write them)."""
    items: list[str] = []
    for cell in cells:
        items += [part.strip() for part in _LIST_SPLIT.split(cell_text(cell)) if part.strip()]
    return tuple(dict.fromkeys(items))


def language_code(text: str) -> str:
    """ "Tiếng Việt", "polski", "中文", "vi" → the code the record keeps; unknown stays as it is
    (and the field rule refuses it with its own sentence)."""
    if not text:
        return ""
    key = " ".join(fold(text).split()) if not _has_cjk(text) else text.strip()
    return _LANGUAGE_BY_WORD.get(key, _LANGUAGE_BY_WORD.get(text.strip().lower(), text.strip()))


# -- names -------------------------------------------------------------------------------------


def split_full_name(text: str, field: ImportField = F.FULL_NAME) -> tuple[str, str]:
    """(family, given). Chinese: the first character (or a two-character family name), the
    rest; Vietnamese: the first word, the rest; Polish and English: the last word, the rest.
    The column's field can say the order outright."""
    words = text.split()
    if not words:
        return "", ""
    if len(words) == 1 and _has_cjk(words[0]):
        return split_surname(words[0])
    if len(words) == 1:
        return words[0], ""
    family_first = field is F.FULL_NAME_FAMILY_FIRST or (
        field is F.FULL_NAME and (_has_cjk(text) or looks_vietnamese(words))
    )
    if family_first:
        return words[0], " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


def looks_vietnamese(words: Sequence[str]) -> bool:
    marks = set(unicodedata.normalize("NFD", " ".join(words)))
    if marks & _VIETNAMESE_MARKS or any(ch in "đĐ" for ch in "".join(words)):
        return True
    return fold(words[0]) in _VIETNAMESE_FAMILY_NAMES


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


# -- dates -------------------------------------------------------------------------------------


def _date_of(
    values: dict[ImportField, list[CellValue]],
    field: ImportField,
    day_first: dict[ImportField, bool],
    label: str,
) -> date | None:
    cells = [v for v in values.get(field, []) if cell_text(v)]
    if not cells:
        return None
    return parse_date(cells[0], day_first.get(field, True), label, field.value)


def parse_date(value: CellValue, day_first: bool, label: str, field: str) -> date:
    """A date as salons write it: a date cell, 1990-04-23, 23.04.1990, 23/04/1990 (04/23/1990
    when the column is month-first), 1990年4月23日. 31.02.1990 is refused as no real date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    parts = _date_parts(text, day_first)
    if parts is None:
        raise ValidationError("imports.not_a_date", field, label=label, text=text[:40])
    try:
        return date(*parts)
    except ValueError:
        raise ValidationError("imports.real_date", field=field, label=label, text=text) from None


def _date_parts(text: str, day_first: bool) -> tuple[int, int, int] | None:
    timed = _TIME_PART.match(text)
    if timed and timed.group(1):
        text = timed.group(1).strip()
    cjk = _CJK_DATE.match(text)
    if cjk:
        return int(cjk[1]), int(cjk[2]), int(cjk[3])
    worded = _worded_date(text)
    if worded is not None:
        return worded
    numeric = _NUMERIC_DATE.match(text)
    if not numeric:
        return None
    first, second, third = numeric.groups()
    if len(first) == 4:
        return int(first), int(second), int(third)
    if len(third) not in (2, 4) or len(first) > 2:
        return None
    day, month = (first, second) if day_first else (second, first)
    return _full_year(third), int(month), int(day)


def _worded_date(text: str) -> tuple[int, int, int] | None:
    """A date with its month as a word, English or Polish (None when it is not one)."""
    day_first = _DAY_MONTH_YEAR.match(text)
    month_first = _MONTH_DAY_YEAR.match(text) if day_first is None else None
    if day_first is not None:
        day, word, year = day_first.groups()
    elif month_first is not None:
        word, day, year = month_first.groups()
    else:
        return None
    month = _MONTHS.get(anyascii(word).lower()[:3])
    return None if month is None else (int(year), month, int(day))


def _full_year(text: str) -> int:
    """Two-digit years: 00-29 are 2000s, 30-99 are 1900s (birth dates and visits both fit)."""
    year = int(text)
    if len(text) == 4:
        return year
    return 2000 + year if year < 30 else 1900 + year


def looks_like_date(value: CellValue) -> date | None:
    """The date a cell holds, read either way round; None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    for day_first in (True, False):
        parts = _date_parts(value.strip(), day_first)
        if parts is not None:
            try:
                return date(*parts)
            except ValueError:
                continue
    return None


def day_first_for(values: Sequence[CellValue]) -> bool:
    """Day-first unless the column's own values show month-first (a "second" number over 12):
    salons in Vietnam, Poland and Britain write the day first; China writes the year first."""
    return date_order(values) is not False


def date_order(values: Sequence[CellValue]) -> bool | None:
    """True: the column shows day-first (a first number over 12); False: month-first (a
    second number over 12, as American programs write them); None: it does not say."""
    month_first = False
    for value in values:
        if not isinstance(value, str):
            continue
        numeric = _NUMERIC_DATE.match(value.strip().split(" ")[0])
        if numeric and len(numeric[1]) <= 2:
            if int(numeric[1]) > 12:
                return True
            if int(numeric[2]) > 12:
                month_first = True
    return False if month_first else None
