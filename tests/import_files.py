"""Client lists as salons' old programs and spreadsheets save them, written by the tests."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl

# Windows-1258 has the Vietnamese vowels with their shape marks (â ê ô ơ ư ă) but not with
# tones: a tone is a separate combining mark after the letter, as Windows writes it.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def cp1258_bytes(text: str) -> bytes:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
            out.append(base + "".join(c for c in parts if c in _TONE_MARKS))
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


def csv_text(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    """Rows joined the way Excel writes them (quotes only where a cell needs them)."""

    def cell(value: str) -> str:
        if delimiter in value or '"' in value or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(c) for c in row) + "\r\n" for row in rows)


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    text = csv_text(rows, delimiter)
    data = cp1258_bytes(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes(data)
    return path


def xlsx_bytes(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, datetime | date):
                    cell.number_format = "DD.MM.YYYY"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    path.write_bytes(xlsx_bytes(sheets))
    return path


VIETNAMESE = [
    ["Họ", "Tên", "Số điện thoại", "Ngày sinh", "Dị ứng", "Ghi chú"],
    ["Nguyễn", "Thị Ánh", "0912 345 678", "23/04/1990", "PPD; nickel", "Khách quen, thích màu nâu"],
    ["Trần", "Văn Đức", "0987654321", "01.12.1985", "", ""],
    ["Phạm", "Quốc Việt", "+84 933 445 566", "", "", "Đặt lịch qua Zalo"],
]
POLISH = [
    ["Nazwisko", "Imię", "Telefon", "E-mail", "Data urodzenia", "Uwagi"],
    ["Wąsowska-Żak", "Łucja", "501 234 567", "lucja@example.pl", "23.04.1990", "Źle znosi amoniak"],
    ["Grzegorczyk", "Małgorzata", "+48 602 345 678", "", "", ""],
    ["Świątek", "Zdzisław", "", "ZDZ@Example.PL", "07.07.1979", "Łagodny szampon"],
]
CHINESE = [
    ["姓名", "手机", "生日", "过敏", "标签"],
    ["王小明", "13812345678", "1990-04-23", "染发剂、乳胶", "常客"],
    ["欧阳娜娜", "139 8765 4321", "1985年12月1日", "", "VIP，新客"],
    ["李娜", "+86 137 0000 1111", "", "", ""],
]
