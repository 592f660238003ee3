"""Columns to fields (headers in four languages, content), names split in their script's order,
dates as salons write them, and the mapping file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from salonvault.domain.errors import ValidationError
from salonvault.domain.imports import ImportField, MappedBy, SourceRow, SourceTable
from salonvault.services.imports.mapping import (
    check_mapping,
    columns_from_names,
    field_for_content,
    field_for_header,
    mapping_key,
    names_from_columns,
    parse_mapping_json,
    suggest,
)
from salonvault.services.imports.rows import (
    day_first_for,
    language_code,
    parse_date,
    split_full_name,
    split_list,
)

F = ImportField
TODAY = date(2026, 11, 22)
ALL = frozenset({"phone", "email", "birth_date", "address", "guardian"})


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ", F.FAMILY_NAME),
        ("Tên", F.GIVEN_NAME),
        ("Họ và tên", F.FULL_NAME_FAMILY_FIRST),
        ("Số điện thoại", F.PHONE),
        ("SĐT", F.PHONE),
        ("Ngày sinh", F.BIRTH_DATE),
        ("Dị ứng", F.ALLERGIES),
        ("Ghi chú", F.NOTES),
        ("Nazwisko", F.FAMILY_NAME),
        ("Imię", F.GIVEN_NAME),
        ("Imię i nazwisko", F.FULL_NAME_GIVEN_FIRST),
        ("Nazwisko i imię", F.FULL_NAME_FAMILY_FIRST),
        ("Telefon", F.PHONE),
        ("Telefon (komórka)", F.PHONE),
        ("Data urodzenia", F.BIRTH_DATE),
        ("Ostatnia wizyta", F.LAST_VISIT),
        ("姓", F.FAMILY_NAME),
        ("名", F.GIVEN_NAME),
        ("姓名", F.FULL_NAME),
        ("电话", F.PHONE),
        ("手机", F.PHONE),
        ("手机号码（必填）", F.PHONE),
        ("邮箱", F.EMAIL),
        ("生日", F.BIRTH_DATE),
        ("标签", F.TAGS),
        ("Full name", F.FULL_NAME),
        ("Client first name", F.GIVEN_NAME),
        ("E-mail:", F.EMAIL),
        ("Last visit", F.LAST_VISIT),
        ("Allergies", F.ALLERGIES),
        ("Favourite colour", None),
        ("", None),
    ],
)
def test_headers_in_four_languages(header: str, field: ImportField | None) -> None:
    assert field_for_header(header) is field


def test_columns_guessed_from_their_content() -> None:
    assert field_for_content(["0912 345 678", "+48 501 234 567", ""], TODAY) is F.PHONE
    assert field_for_content(["a@b.pl", "Hoa@Example.VN", None], TODAY) is F.EMAIL
    assert field_for_content(["23.04.1990", datetime(1985, 1, 2), "1979-07-07"], TODAY) is (
        F.BIRTH_DATE
    )
    assert field_for_content(["03.11.2026", "2025-12-01", "15/10/2024"], TODAY) is F.LAST_VISIT
    assert field_for_content(["blonde", "ash", "12"], TODAY) is None
    assert field_for_content([None, ""], TODAY) is None


def table(headers: list[str], *rows: list[object]) -> SourceTable:
    return SourceTable(
        "csv",
        tuple(headers),
        tuple(SourceRow(i + 2, tuple(r)) for i, r in enumerate(rows)),  # type: ignore[arg-type]
    )


def test_suggestion_by_header_then_content_once_per_field_and_only_collected_fields() -> None:
    found = suggest(
        table(
            ["Name", "Nazwisko", "Imię", "Kontakt", "Tel", "Ngày sinh", "Uwagi", "Ghi chú"],
            ["Ewa Nowak", "Nowak", "Ewa", "+48 501 234 567", "501234567", "1990-04-23", "a", "b"],
        ),
        frozenset({"phone", "email"}),
        None,
        TODAY,
    )
    assert found.columns == (
        None,  # "Name" beside the family and given names: a display copy
        F.FAMILY_NAME,
        F.GIVEN_NAME,
        None,  # phone-like, but a column whose header says phone takes it (decision 0034)
        F.PHONE,  # by its header
        None,  # birth dates are not collected by this salon
        F.NOTES,
        F.NOTES,  # two note columns are joined
    )
    assert found.mapped_by[4] is MappedBy.HEADER and found.mapped_by[3] is MappedBy.NONE
    assert found.mapped_by[5] is MappedBy.NOT_COLLECTED
    assert not found.saved


def test_a_saved_mapping_comes_first_and_is_keyed_by_the_set_of_headers() -> None:
    headers = ["Klient", "Telefon", "Uwagi"]
    saved = {"Klient": "full_name_family_first", "Uwagi": "allergies"}
    found = suggest(table(headers, ["Nowak Ewa", "1", "x"]), ALL, saved, TODAY)
    assert found.saved and found.columns == (F.FULL_NAME_FAMILY_FIRST, None, F.ALLERGIES)
    assert found.mapped_by == (MappedBy.SAVED, MappedBy.NONE, MappedBy.SAVED)
    assert mapping_key(headers) == mapping_key(["Uwagi", "klient", "Telefon"])
    assert mapping_key(headers) != mapping_key(["Klient", "Telefon"])
    assert names_from_columns(headers, found.columns) == saved


def test_mapping_file_and_its_refusals() -> None:
    headers = ("Nazwisko", "Imię", "Telefon")
    assert columns_from_names(
        headers, parse_mapping_json('{"nazwisko": "family_name", "Telefon": "phone"}')
    ) == (F.FAMILY_NAME, None, F.PHONE)
    with pytest.raises(ValidationError, match="Unknown field 'surname' in the mapping"):
        columns_from_names(headers, {"Nazwisko": "surname"})
    with pytest.raises(ValidationError, match="names a column 'Email' that the file does not"):
        columns_from_names(headers, {"Email": "email"})
    with pytest.raises(ValidationError, match="not JSON"):
        parse_mapping_json("{nope")
    with pytest.raises(ValidationError, match="one JSON object of texts"):
        parse_mapping_json('["family_name"]')


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ((F.GIVEN_NAME, F.PHONE), "Map a column to the family name"),
        ((F.FULL_NAME, F.FAMILY_NAME), "either one full-name column"),
        ((F.FAMILY_NAME, F.PHONE, F.PHONE), "Two columns are mapped to phone"),
        ((F.FAMILY_NAME, F.BIRTH_DATE), "does not collect birth dates"),
    ],
)
def test_mappings_that_cannot_work(columns: tuple[ImportField, ...], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_mapping(columns, frozenset({"phone"}))


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("Nguyễn Thị Mỹ Duyên", F.FULL_NAME, ("Nguyễn", "Thị Mỹ Duyên")),
        ("Nguyen Van An", F.FULL_NAME, ("Nguyen", "Van An")),  # typed without accents
        ("Łucja Wąsowska-Żak", F.FULL_NAME, ("Wąsowska-Żak", "Łucja")),
        ("Anna Maria Kowalska", F.FULL_NAME, ("Kowalska", "Anna Maria")),
        ("Kowalska Anna", F.FULL_NAME_FAMILY_FIRST, ("Kowalska", "Anna")),
        ("Trần Mai", F.FULL_NAME_GIVEN_FIRST, ("Mai", "Trần")),
        ("王小明", F.FULL_NAME, ("王", "小明")),
        ("欧阳娜娜", F.FULL_NAME, ("欧阳", "娜娜")),
        ("王 小明", F.FULL_NAME, ("王", "小明")),
        ("Madonna", F.FULL_NAME, ("Madonna", "")),
        ("  ", F.FULL_NAME, ("", "")),
    ],
)
def test_full_names_split_in_their_scripts_order(
    text: str, field: ImportField, expected: tuple[str, str]
) -> None:
    assert split_full_name(text, field) == expected


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("23.04.1990", True, date(1990, 4, 23)),
        ("23/04/1990", True, date(1990, 4, 23)),
        ("04/23/1990", False, date(1990, 4, 23)),
        ("1990-04-23", True, date(1990, 4, 23)),
        ("1990/4/3", True, date(1990, 4, 3)),
        ("1990年4月23日", True, date(1990, 4, 23)),
        ("1990-04-23 00:00:00", True, date(1990, 4, 23)),
        ("23.04.90", True, date(1990, 4, 23)),
        ("01.02.05", True, date(2005, 2, 1)),
        (datetime(1990, 4, 23, 12, 30), True, date(1990, 4, 23)),
    ],
)
def test_dates_as_salons_write_them(value: object, day_first: bool, expected: date) -> None:
    assert parse_date(value, day_first, "birth date", "birth_date") == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31.02.1990", 'The birth date "31.02.1990" is not a real date.'),
        ("1990-13-01", 'The birth date "1990-13-01" is not a real date.'),
        ("next Tuesday", 'The birth date "next Tuesday" is not a date'),
        (19900423, 'The birth date "19900423" is not a date'),
    ],
)
def test_impossible_and_unreadable_dates(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(value, True, "birth date", "birth_date")  # type: ignore[arg-type]
    assert str(error.value).startswith(message) and error.value.field == "birth_date"


def test_a_column_shows_whether_it_writes_the_month_first() -> None:
    assert day_first_for(["03/04/1990", "25/12/1985"])
    assert not day_first_for(["03/04/1990", "12/25/1985"])
    assert day_first_for(["03/04/1990", None, datetime(1990, 1, 1)])  # undecided: day first


def test_lists_and_languages() -> None:
    assert split_list(["PPD; latex, nickel", "latex", "染发剂、乳胶"]) == (
        "PPD",
        "latex",
        "nickel",
        "染发剂",
        "乳胶",
    )
    assert [language_code(t) for t in ("Tiếng Việt", "polski", "中文", "EN", "", "Klingon")] == [
        "vi",
        "pl",
        "zh_CN",
        "en",
        "",
        "Klingon",  # left for the field rule to refuse in its own words
    ]
