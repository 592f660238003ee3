"""A read file's rows as a table, the same for CSV and workbooks: header or not, limits."""

from __future__ import annotations

import re

from salonvault.domain.errors import ImportFileError
from salonvault.domain.imports import CellValue, SourceRow, SourceTable

MAX_ROWS = 100_000
MAX_COLUMNS = 200
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$")


def table_from_rows(
    kind: str,
    rows: list[tuple[int, tuple[CellValue, ...]]],
    encoding: str = "",
    detected: str = "",
    delimiter: str = "",
    sheet: str = "",
    sheets: tuple[str, ...] = (),
) -> SourceTable:
    """The first non-empty row is the header, unless it looks like data (a phone, an e-mail, a
    date): then every column is unnamed and mapped by its content, and no row is lost."""
    filled = [(line, cells) for line, cells in rows if any(_text(c) for c in cells)]
    if not filled:
        raise ImportFileError("imports.file_holds_rows_import")
    widest = max(len(cells) for _, cells in filled)
    if widest > MAX_COLUMNS:
        raise ImportFileError(
            "imports.file_has_columns_most_can", widest=widest, max_columns=MAX_COLUMNS
        )
    first = filled[0][1]
    has_header = not any(_looks_like_data(cell) for cell in first)
    if has_header:
        width = len(first) if kind == "csv" else widest
        headers = tuple(_text(c) for c in first) + ("",) * (width - len(first))
        data = filled[1:]
    else:
        width = len(first) if kind == "csv" else widest
        headers = ("",) * width
        data = filled
    if len(data) > MAX_ROWS:
        raise too_many_rows()
    return SourceTable(
        kind=kind,
        headers=headers,
        rows=tuple(SourceRow(line, cells) for line, cells in data),
        has_header=has_header,
        encoding=encoding,
        detected_encoding=detected,
        delimiter=delimiter,
        sheet=sheet,
        sheets=sheets,
    )


def _text(cell: CellValue) -> str:
    return "" if cell is None else str(cell).strip()


def _looks_like_data(cell: CellValue) -> bool:
    if cell is None or isinstance(cell, str | bool):
        text = _text(cell)
        digits = sum(ch.isdigit() for ch in text)
        return bool(
            _EMAIL_LIKE.match(text)
            or (_PHONE_LIKE.match(text) and digits >= 7)
            or _DATE_LIKE.match(text)
        )
    return True  # a number or a date is never a column's name


def too_many_rows() -> ImportFileError:
    return ImportFileError("imports.file_has_more_than_rows", max_rows=MAX_ROWS)
