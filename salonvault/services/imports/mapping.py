"""Which column fills which client field: by its header in English, Vietnamese, Polish or
Chinese, else by what its values look like; a mapping saved at the last import with the same
headers comes first. The owner can change every choice before anything is imported.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from anyascii import anyascii

from salonvault.domain.errors import ValidationError
from salonvault.domain.imports import (
    COLLECTED_SWITCH,
    FULL_NAME_FIELDS,
    MULTI_COLUMN_FIELDS,
    CellValue,
    ColumnMap,
    ImportField,
    MappedBy,
    MappingSuggestion,
    SourceTable,
)
from salonvault.services.clients.fields import not_collected_words
from salonvault.services.imports.rows import looks_like_date

F = ImportField
# Header words, written as header_key() folds them (accents off, lower case, CJK kept).
HEADER_WORDS: dict[ImportField, tuple[str, ...]] = {
    F.FAMILY_NAME: (
        "family name", "last name", "lastname", "surname", "familyname",
        "ho", "ho khach hang",
        "nazwisko",
        "姓", "姓氏",
    ),
    F.GIVEN_NAME: (
        "given name", "first name", "firstname", "forename", "givenname",
        "ten", "ten khach",
        "imie", "imiona",
        "名", "名字",
    ),
    F.FULL_NAME: (
        "full name", "fullname", "name", "client", "client name", "customer", "customer name",
        "ten khach hang", "khach hang",
        "klient", "klientka",
        "姓名", "客户", "客户姓名", "顾客", "顾客姓名", "客户名称",
    ),
    F.FULL_NAME_FAMILY_FIRST: ("ho va ten", "ho ten", "nazwisko i imie", "nazwisko imie"),
    F.FULL_NAME_GIVEN_FIRST: ("imie i nazwisko", "imie nazwisko"),
    F.PHONE: (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile phone", "cell",
        "cell phone", "mobile number", "cell number", "mobile no",
        "so dien thoai", "dien thoai", "sdt", "so dt", "dt", "di dong", "so di dong",
        "telefon", "nr telefonu", "numer telefonu", "telefon komorkowy", "komorka", "tel kom",
        "电话", "手机", "手机号", "手机号码", "电话号码", "联系电话", "联系方式",
    ),
    F.EMAIL: (
        "email", "e mail", "mail", "email address", "e mail address",
        "thu dien tu", "dia chi email",
        "adres email", "adres e mail",
        "邮箱", "电子邮件", "电子邮箱", "邮件",
    ),
    F.BIRTH_DATE: (
        "birth date", "date of birth", "dob", "birthday", "born",
        "ngay sinh", "sinh nhat", "ngay thang nam sinh",
        "data urodzenia", "urodziny", "data ur",
        "出生日期", "生日", "出生年月日",
    ),
    F.ADDRESS: ("address", "dia chi", "adres", "adres zamieszkania", "地址", "住址"),
    F.LANGUAGE: ("language", "ngon ngu", "jezyk", "语言"),
    F.GUARDIAN: (
        "guardian", "parent", "parent or guardian",
        "nguoi giam ho", "phu huynh",
        "opiekun", "opiekun prawny", "rodzic",
        "监护人", "家长",
    ),
    F.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "client notes", "customer notes",
        "memo", "client memo",
        "ghi chu",
        "uwagi", "notatki", "notatka",
        "备注", "说明",
    ),
    F.ALLERGIES: (
        "allergies", "allergy", "di ung", "alergie", "alergia", "uczulenia", "过敏", "过敏史",
    ),
    F.TAGS: ("tags", "tag", "labels", "nhan", "the", "tagi", "etykiety", "标签"),
    F.LAST_VISIT: (
        "last visit", "last visit date", "last seen", "last appointment", "last appointment date",
        "last booking", "last booking date", "date of last visit", "last visited",
        "lan den gan nhat",
        "lan cuoi", "lan den cuoi", "ngay den cuoi", "lan ghe cuoi",
        "ostatnia wizyta", "data ostatniej wizyty",
        "最后到店", "最近到店", "上次到店", "最近一次到店", "最后消费", "上次消费",
    ),
}  # fmt: skip
# Headers salon programs export that are no client field here; their columns are never guessed
# by content ("Added Date" is when the old program got the client, not a visit; an id of 8
# digits is not a phone). Left out, and the owner may still map them by hand.
NOT_A_FIELD = frozenset((
    "added", "added date", "date added", "created", "created date", "creation date",
    "date created", "created at", "created on", "customer since", "client since", "member since",
    "date joined", "joined", "first visit", "first visit date", "first appointment",
    "first appointment date", "creation source", "source", "client source", "referral source",
    "id", "client id", "customer id", "reference id", "square customer id", "client number",
    "customer number", "member id", "barcode", "card number", "loyalty card",
    "total spend", "total spent", "total sales", "transaction count", "visits", "visit count",
    "number of visits", "points", "points balance", "balance", "no shows", "cancellations",
    "postal code", "postcode", "zip", "zip code",
    "data dodania", "data utworzenia", "data rejestracji", "klient od", "pierwsza wizyta",
    "liczba wizyt", "kod pocztowy",
    "ngay tao", "ngay them", "ngay dang ky", "lan dau", "lan den dau", "ma khach hang",
    "so lan den",
    "创建时间", "创建日期", "添加时间", "注册时间", "注册日期", "首次到店", "客户编号", "会员编号",
    "消费次数", "到店次数",
))  # fmt: skip
# Words too general to find inside a longer header: "Client Notes", "Client ID", "Customer
# Since", "Company Name" are not names (they still count when they are the whole header).
_WHOLE_HEADER_ONLY = frozenset(
    ("client", "customer", "name", "klient", "klientka", "khach hang", "客户", "顾客")
)
_BY_KEY = {word: field for field, words in HEADER_WORDS.items() for word in words}
_LONGEST_FIRST = sorted((w for w in _BY_KEY if w not in _WHOLE_HEADER_ONLY), key=len, reverse=True)
_SEPARATORS = re.compile(r"[\s_\-./:()\[\]#*]+")
_PHONE_CELL = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_EMAIL_CELL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SAMPLE = 200
_SHARE = 0.8  # of a column's filled cells must look alike for a guess by content
_RECENT_YEARS = 15  # dates within this many years: last visits; older ones: birth dates
MAX_SAVED_MAPPINGS = 20


def header_key(header: str) -> str:
    """ "Số điện thoại" → "so dien thoai"; "E-mail:" → "e mail"; 电话 stays 电话."""
    text = unicodedata.normalize("NFKC", header).casefold()
    folded = "".join(ch if _is_cjk(ch) else anyascii(ch).lower() for ch in text)
    return " ".join(_SEPARATORS.sub(" ", folded).split())


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def field_for_header(header: str) -> ImportField | None:
    key = header_key(header)
    if not key:
        return None
    if key in _BY_KEY:
        return _BY_KEY[key]
    # "Số điện thoại di động", "Telefon (komórka)": a known phrase inside a longer header.
    for word in _LONGEST_FIRST:
        if (len(word) >= 4 or _is_cjk(word[0])) and _contains_words(key, word):
            return _BY_KEY[word]
    return None


def names_no_field(header: str) -> bool:
    """A header salon programs use for something that is not a client field here."""
    key = header_key(header)
    if key in NOT_A_FIELD:
        return True
    return field_for_header(header) is None and any(
        (" " in word or _is_cjk(word[0])) and _contains_words(key, word) for word in NOT_A_FIELD
    )


def _contains_words(key: str, word: str) -> bool:
    if _is_cjk(word[0]):
        return word in key and len(word) >= 2
    return f" {word} " in f" {key} "


def field_for_content(values: Sequence[CellValue], today: date) -> ImportField | None:
    """Phone-like, e-mail-like or date-like columns (80% of their filled cells)."""
    filled = [v for v in values if v is not None and str(v).strip()][:_SAMPLE]
    if not filled:
        return None
    texts = [str(v).strip() for v in filled]
    if _share(texts, lambda t: bool(_EMAIL_CELL.match(t))) >= _SHARE:
        return F.EMAIL
    dates = [looks_like_date(v) for v in filled]
    if sum(d is not None for d in dates) / len(filled) >= _SHARE:
        years = sorted(d.year for d in dates if d is not None)
        recent = years[len(years) // 2] >= today.year - _RECENT_YEARS
        return F.LAST_VISIT if recent else F.BIRTH_DATE
    if _share(texts, _phone_like) >= _SHARE:
        return F.PHONE
    return None


def _phone_like(text: str) -> bool:
    return bool(_PHONE_CELL.match(text)) and sum(ch.isdigit() for ch in text) >= 7


NOT_COLLECTED_MARK = "!"  # in a saved mapping: left out because the salon did not collect it


def _share(texts: list[str], test: Callable[[str], bool]) -> float:
    return sum(test(t) for t in texts) / len(texts)


def suggest(
    table: SourceTable,
    collected: frozenset[str],
    saved: Mapping[str, str] | None,
    today: date,
) -> MappingSuggestion:
    """The saved mapping for these headers, else by header, else by content. A field takes one
    column (notes, allergies and tags may take several); fields the salon does not collect are
    left out, and the suggestion says so."""
    if saved is not None:
        return _from_saved(table, collected, saved)
    columns: list[ImportField | None] = [None] * table.width
    mapped_by: list[MappedBy] = [MappedBy.NONE] * table.width
    values = _column_values(table)
    # Headers first, then content for the columns left: a column of dates without a known
    # header must not take the last visit from the "Last Visit Date" column after it.
    by_header = [field_for_header(h) for h in table.headers]
    by_content = [
        None
        if by_header[i] is not None or names_no_field(h)
        else field_for_content(values[i], today)
        for i, h in enumerate(table.headers)
    ]
    for how, guesses in ((MappedBy.HEADER, by_header), (MappedBy.CONTENT, by_content)):
        for index, found in enumerate(guesses):
            if found is None:
                continue
            if not _is_collected(found, collected):
                mapped_by[index] = MappedBy.NOT_COLLECTED
            elif not _already_filled(found, columns):
                columns[index], mapped_by[index] = found, how
    if {F.FAMILY_NAME, F.GIVEN_NAME} & set(columns):  # "Name" beside the parts: a display copy
        for index, field in enumerate(columns):
            if field in FULL_NAME_FIELDS:
                columns[index], mapped_by[index] = None, MappedBy.NONE
    return MappingSuggestion(tuple(columns), tuple(mapped_by), saved=False)


def _from_saved(
    table: SourceTable, collected: frozenset[str], saved: Mapping[str, str]
) -> MappingSuggestion:
    """The mapping kept from the last import with these headers. A column it left out only
    because the salon did not collect that field then ("!field") is mapped again once the
    salon collects it: switching birth dates on must not leave the birth-date column out."""
    kept = list(columns_from_names(table.headers, saved, strict=False))
    mapped_by = [MappedBy.SAVED if c else MappedBy.NONE for c in kept]
    left_out = {h: v[1:] for h, v in saved.items() if v.startswith(NOT_COLLECTED_MARK)}
    for index, field in enumerate(columns_from_names(table.headers, left_out, strict=False)):
        if field is None or kept[index] is not None:
            continue
        if not _is_collected(field, collected):
            mapped_by[index] = MappedBy.NOT_COLLECTED
        elif not _already_filled(field, kept):
            kept[index], mapped_by[index] = field, MappedBy.HEADER
    return MappingSuggestion(tuple(kept), tuple(mapped_by), saved=True)


def saved_names(
    headers: Sequence[str], columns: ColumnMap, collected: frozenset[str]
) -> dict[str, str]:
    """The mapping to remember: `names_from_columns`, and "!field" for a column whose header
    names a field the salon does not collect (left out for that reason alone)."""
    names = names_from_columns(headers, columns)
    for header, column in zip(headers, columns, strict=True):
        found = field_for_header(header) if header and column is None else None
        if found is not None and not _is_collected(found, collected):
            names[header] = NOT_COLLECTED_MARK + found.value
    return names


def _already_filled(field: ImportField, columns: list[ImportField | None]) -> bool:
    if field in MULTI_COLUMN_FIELDS:
        return False
    if field in FULL_NAME_FIELDS:
        return any(c in FULL_NAME_FIELDS for c in columns)
    return field in columns


def _column_values(table: SourceTable) -> list[list[CellValue]]:
    found: list[list[CellValue]] = [[] for _ in table.headers]
    for row in table.rows[: _SAMPLE * 2]:
        for index, cell in enumerate(row.cells[: len(found)]):
            found[index].append(cell)
    return found


def _is_collected(field: ImportField, collected: frozenset[str]) -> bool:
    switch = COLLECTED_SWITCH.get(field)
    return switch is None or switch in collected


def check_mapping(columns: ColumnMap, collected: frozenset[str]) -> None:
    """Refuse a mapping that cannot work, in one sentence, before any row is looked at."""
    chosen = [c for c in columns if c is not None]
    for field in chosen:
        if not _is_collected(field, collected):
            label = not_collected_words(COLLECTED_SWITCH[field])
            raise ValidationError(
                "imports.salon_does_collect_leave_column", field="mapping", label=label
            )
        if field not in MULTI_COLUMN_FIELDS and chosen.count(field) > 1:
            raise ValidationError(
                "imports.two_columns_mapped_choose_one", field="mapping", field_value=field.value
            )
    full = [c for c in chosen if c in FULL_NAME_FIELDS]
    parts = {F.FAMILY_NAME, F.GIVEN_NAME} & set(chosen)
    if len(full) > 1 or (full and parts):
        raise ValidationError(
            "imports.map_either_one_full_name",
            field="mapping",
        )
    if not full and F.FAMILY_NAME not in chosen:
        raise ValidationError(
            "imports.map_column_family_name_full",
            field="mapping",
        )


# -- mappings by header name: the mapping file and the saved mappings --------------------------


def columns_from_names(
    headers: Sequence[str], by_header: Mapping[str, str], strict: bool = True
) -> ColumnMap:
    """{"column header": "field"} as one field per column (headers matched exactly, then
    ignoring case and spaces). `strict`: an unknown field or header is an error."""
    exact = {h: i for i, h in reversed(list(enumerate(headers)))}
    loose = {" ".join(h.casefold().split()): i for i, h in reversed(list(enumerate(headers)))}
    columns: list[ImportField | None] = [None] * len(headers)
    for header, name in by_header.items():
        index = exact.get(header, loose.get(" ".join(str(header).casefold().split())))
        field = _field_named(name)
        if index is None or field is None:
            if strict and field is None:
                known = ", ".join(f.value for f in ImportField)
                raise ValidationError(
                    "imports.unknown_field_mapping_fields", field="mapping", name=name, known=known
                )
            if strict:
                raise ValidationError(
                    "imports.mapping_names_column_file_does", field="mapping", header=header
                )
            continue
        columns[index] = field
    return tuple(columns)


def _field_named(name: object) -> ImportField | None:
    if name in {f.value for f in ImportField}:
        return ImportField(str(name))
    return None


def names_from_columns(headers: Sequence[str], columns: ColumnMap) -> dict[str, str]:
    """The mapping as {"column header": "field"}; columns without a header cannot be saved."""
    return {h: c.value for h, c in zip(headers, columns, strict=True) if c is not None and h}


def mapping_key(headers: Sequence[str]) -> str:
    """The saved mapping's key: the set of headers, however they are ordered."""
    canonical = json.dumps(sorted(header_key(h) for h in headers), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def parse_mapping_json(text: str) -> dict[str, str]:
    """A mapping file: one JSON object {"column header": "field", …}."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        message = getattr(error, "msg", "too deeply nested")
        raise ValidationError("imports.mapping_file_json", message=message) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValidationError("imports.mapping_file_holds_one_json")
    return data
