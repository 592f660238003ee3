"""Reading client lists: real files in the encodings and delimiters salons' old programs use,
Excel workbooks, and files that cannot be read (each refused in one clear sentence)."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from salonvault.domain.errors import ImportFileError, ImportFileUnreadable, ValidationError
from salonvault.services.imports import read as import_read
from salonvault.services.imports import table as import_table
from salonvault.services.imports.read import read_bytes, read_path
from tests.import_files import (
    CHINESE,
    POLISH,
    VIETNAMESE,
    cp1258_bytes,
    csv_text,
    write_csv,
    write_xlsx,
    xlsx_bytes,
)


def cells(table: object) -> list[list[object]]:
    return [list(row.cells) for row in table.rows]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("cp1258", "cp1258"),
    ],
)
def test_vietnamese_in_each_encoding_reads_back_as_nfc(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = write_csv(tmp_path / "khach.csv", VIETNAMESE, encoding, delimiter=";")
    table = read_path(path, language="vi")
    assert table.encoding == expected and table.detected_encoding == expected
    assert table.delimiter == ";"
    assert table.headers == tuple(VIETNAMESE[0])
    assert cells(table) == VIETNAMESE[1:]
    for row in cells(table):
        for cell in row:
            assert unicodedata.is_normalized("NFC", str(cell))


def test_cp1258_really_holds_separate_tone_marks(tmp_path: Path) -> None:
    """The test file is what Windows writes: "ễ" as ê + a combining tilde, which the reader
    joins again; without NFC the name would not match a search for Nguyễn."""
    raw = cp1258_bytes("Nguyễn")
    assert raw.decode("cp1258") != "Nguyễn"
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Nguyễn"
    table = read_bytes(cp1258_bytes("Họ,Tên\nNguyễn,Ánh\n"), language="en")
    assert table.encoding == "cp1258" and cells(table) == [["Nguyễn", "Ánh"]]


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859-2", "utf-8"])
def test_polish_with_semicolons(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "klienci.csv", POLISH, encoding, delimiter=";")
    table = read_path(path, language="pl")
    assert table.delimiter == ";"
    assert cells(table) == POLISH[1:]
    assert table.encoding == encoding


def test_cp1250_is_told_from_cp1258_by_its_letters_whatever_the_salon_language(
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path / "klienci.csv", POLISH, "cp1250", delimiter=";")
    assert read_path(path, language="vi").encoding == "cp1250"
    path = write_csv(tmp_path / "khach.csv", VIETNAMESE, "cp1258", delimiter=";")
    assert read_path(path, language="pl").encoding == "cp1258"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_chinese_gbk_with_each_delimiter(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "客户.csv", CHINESE, "gbk", delimiter=delimiter)
    table = read_path(path, language="zh_CN")
    assert table.encoding == "gb18030"  # GBK's superset: reads every GBK file
    assert table.delimiter == delimiter
    assert table.headers == tuple(CHINESE[0])
    assert cells(table) == CHINESE[1:]


def test_traditional_chinese_big5(tmp_path: Path) -> None:
    rows = [["姓名", "電話"], ["陳美玲", "0912345678"], ["張偉", "0987654321"]]
    table = read_path(write_csv(tmp_path / "big5.csv", rows, "big5"), language="zh_CN")
    assert table.encoding == "big5" and cells(table) == rows[1:]


def test_quoted_cells_keep_separators_and_newlines(tmp_path: Path) -> None:
    rows = [["Name", "Notes"], ["Anna Nowak", 'likes "ash", cool tones\nsecond line']]
    table = read_bytes(csv_text(rows).encode())
    assert table.delimiter == "," and cells(table) == rows[1:]


def test_the_owner_can_correct_the_encoding(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "klienci.csv", POLISH, "iso8859-2", delimiter=";")
    table = read_path(path, encoding="cp1250", language="pl")
    assert table.encoding == "cp1250"
    assert table.detected_encoding == "iso8859-2"
    with pytest.raises(ImportFileError, match="cannot be read as utf-8") as error:
        read_path(path, encoding="utf-8")
    assert "choose the encoding" in str(error.value)
    with pytest.raises(ValidationError, match="Unknown encoding 'klingon'"):
        read_path(path, encoding="klingon")


def test_a_file_without_a_header_row_loses_no_row(tmp_path: Path) -> None:
    rows = [["Nguyễn Thị Ánh", "0912345678"], ["Trần Văn Đức", "0987654321"]]
    table = read_bytes(csv_text(rows).encode())
    assert not table.has_header and table.headers == ("", "")
    assert cells(table) == rows


def test_rows_of_other_lengths_are_kept_for_the_preview_to_refuse(tmp_path: Path) -> None:
    text = "Family,Given,Phone\nNowak,Ewa,+48501234567\nKowal,Jan\nLis,Ola,1,2\n\n,,\n"
    table = read_bytes(text.encode())
    assert [len(row.cells) for row in table.rows] == [3, 2, 4]
    assert [row.line for row in table.rows] == [2, 3, 4]  # the blank lines are not rows


def test_xlsx_first_sheet_by_default_dates_and_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        {
            "Clients": [
                ["Family name", "Given name", "Phone", "Birth date", None],
                ["Nowak", "Ewa", 501234567, datetime(1990, 4, 23)],
                [None, None, None, None],
                ["Kowalski", "Jan", "+48 602 345 678", date(1985, 12, 1)],
            ],
            "Notes": [["Nothing", "here"]],
        },
    )
    table = read_path(path)
    assert table.kind == "xlsx" and table.sheet == "Clients"
    assert table.sheets == ("Clients", "Notes")
    assert table.headers == ("Family name", "Given name", "Phone", "Birth date")
    assert cells(table) == [
        ["Nowak", "Ewa", 501234567, date(1990, 4, 23)],
        ["Kowalski", "Jan", "+48 602 345 678", date(1985, 12, 1)],
    ]
    assert [row.line for row in table.rows] == [2, 4]
    other = read_path(path, sheet="Notes")
    assert other.sheet == "Notes" and other.headers == ("Nothing", "here")
    with pytest.raises(ValidationError, match="no sheet 'Kunden'; its sheets are: Clients, Notes"):
        read_path(path, sheet="Kunden")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "holds no rows"),
        (b"\r\n,,\r\n , \r\n", "holds no rows"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old-style Excel file"),
        (b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
        (b"name\x00,phone\x00\n" * 20, "does not look like a CSV"),
    ],
)
def test_unreadable_files_get_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_bytes(data)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_path(path)


def test_a_workbook_that_would_unpack_too_far(monkeypatch: pytest.MonkeyPatch) -> None:
    from salonvault.services.imports import xlsx as import_xlsx

    data = xlsx_bytes({"A": [["Name"], ["x" * 5000]]})
    monkeypatch.setattr(import_xlsx, "MAX_UNPACKED_BYTES", 4000)
    with pytest.raises(ImportFileError, match="would unpack to more than"):
        read_bytes(data)


def test_size_and_row_limits(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", [["Name"]] + [[f"Client {i}"] for i in range(30)])
    monkeypatch.setattr(import_read, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportFileError, match="larger than 0 MB; split it"):
        read_path(path)
    monkeypatch.setattr(import_read, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(import_read, "MAX_ROWS", 20)  # the reader stops at it
    monkeypatch.setattr(import_table, "MAX_ROWS", 20)  # the message names it
    with pytest.raises(ImportFileError, match="more than 20 rows; split it"):
        read_path(path)


def test_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileUnreadable, match=r"Could not read gone\.csv") as error:
        read_path(tmp_path / "gone.csv")
    assert error.value.exit_code == 9


def test_a_csv_has_no_sheets() -> None:
    with pytest.raises(ValidationError, match="A CSV file has no sheets"):
        read_bytes(b"Name\nAnna\n", sheet="Sheet1")
