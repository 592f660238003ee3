"""Reading an Excel workbook (.xlsx) with openpyxl: read-only, values only, one sheet.

The workbook is opened from memory (no temporary copy). A ZIP whose parts would unpack to far
more than any client list (a "zip bomb") is refused before openpyxl sees it.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import openpyxl  # type: ignore[import-untyped]

from salonvault.domain.errors import ImportFileError, ValidationError
from salonvault.domain.imports import CellValue, SourceTable
from salonvault.services.imports.table import MAX_COLUMNS, MAX_ROWS, table_from_rows

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_PARTS = 10_000


def read_xlsx(data: bytes, sheet: str | None) -> SourceTable:
    _check_zip(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise _unreadable() from None
    try:
        names = tuple(str(name) for name in workbook.sheetnames)
        if not names:
            raise ImportFileError("imports.workbook_has_sheets")
        if sheet and sheet not in names:
            raise ValidationError(
                "imports.no_such_sheet", "sheet", sheet=sheet, sheets=", ".join(names)
            )
        chosen = sheet or names[0]
        rows = _sheet_rows(workbook[chosen])
    except (ImportFileError, ValidationError):
        raise
    except Exception:
        raise _unreadable() from None
    finally:
        workbook.close()
    return table_from_rows("xlsx", rows, sheet=chosen, sheets=names)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _unreadable() from None
    if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
        raise ImportFileError("imports.workbook_would_unpack_more_than")


def _sheet_rows(worksheet: Any) -> list[tuple[int, tuple[CellValue, ...]]]:
    if not hasattr(worksheet, "iter_rows"):
        raise ImportFileError("imports.sheet_chart_table_choose_another")
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()  # the stored "used range" may be wrong; read every row
    rows: list[tuple[int, tuple[CellValue, ...]]] = []
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        cells = list(values)
        while cells and (cells[-1] is None or cells[-1] == ""):
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise ImportFileError(
                "imports.row_has_columns_most_can",
                number=number,
                cells_count=len(cells),
                max_columns=MAX_COLUMNS,
            )
        if not cells:
            continue  # an empty row (formatting alone keeps many of them in a sheet)
        rows.append((number, tuple(_cell(value) for value in cells)))
        if len(rows) > MAX_ROWS + 1:
            raise ImportFileError("imports.sheet_has_more_than_rows", max_rows=MAX_ROWS)
    return rows


def _cell(value: Any) -> CellValue:
    """Dates stay dates (a midnight datetime is a date); anything else unusual becomes text."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, date):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)


def _unreadable() -> ImportFileError:
    return ImportFileError("imports.file_readable_excel_workbook_xlsx")
