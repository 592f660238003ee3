"""Reading a client list: CSV in any common encoding and delimiter, or an Excel workbook.

The file is read into memory once and never copied to disk. Text is decoded strictly (a byte that
does not fit the encoding is an error, not a silent "?"), then normalised to NFC: Vietnamese in
Windows-1258 arrives with separate tone marks, and a name must be stored the way the counter
types it, or search and duplicate checks would miss it. Every failure is an ImportFileError with
a sentence saying what to do (decision 0014).
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from pathlib import Path

from salonvault.domain.errors import ImportFileError, ImportFileUnreadable, ValidationError
from salonvault.domain.imports import CellValue, SourceTable
from salonvault.files.inbound import FileTooBig, NotARegularFile, read_bounded
from salonvault.services.imports.table import MAX_ROWS, table_from_rows, too_many_rows

MAX_FILE_BYTES = 64 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
# The legacy code pages of the salons SalonVault is for: Vietnam, Poland, China (Simplified
# and Traditional). Detection only ever chooses among these, UTF-8 and a BOM's own encoding.
LEGACY_ENCODINGS = ("cp1258", "cp1250", "iso8859_2", "gb18030", "big5")
# What the owner may pick when detection chose wrong (plus any codec name on the command line).
CHOOSABLE_ENCODINGS = (
    "utf-8",
    "utf-16",
    "cp1258",
    "cp1250",
    "iso8859-2",
    "gb18030",
    "big5",
    "cp1252",
)
# On a tie, the salon's own language decides which legacy code page is more likely.
_PREFERRED = {"vi": ("cp1258",), "pl": ("cp1250", "iso8859_2"), "zh_CN": ("gb18030", "big5")}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the old binary formats
_DETECT_SAMPLE = 256 * 1024
_SNIFF_LINES = 50
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0306\u031b")
_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def read_path(
    path: Path, encoding: str | None = None, sheet: str | None = None, language: str = "en"
) -> SourceTable:
    return read_bytes(read_limited(path), encoding, sheet, language)


def read_limited(path: Path) -> bytes:
    """The file's bytes, never more than the limit, and only from a regular file (a device or a
    pipe never ends: see `salonvault.files.inbound`)."""
    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except NotARegularFile:
        raise ImportFileUnreadable(
            "imports.file_device_pipe_export_client", path_name=path.name
        ) from None
    except FileTooBig:
        raise _too_big() from None
    except OSError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: OSError) -> ImportFileUnreadable:
    reason = error.strerror or type(error).__name__
    return ImportFileUnreadable("imports.could_read", path_name=path.name, reason=reason)


def read_bytes(
    data: bytes, encoding: str | None = None, sheet: str | None = None, language: str = "en"
) -> SourceTable:
    """A CSV or XLSX file's bytes as a table; `encoding` overrides detection (CSV only)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big()
    if data.startswith(_XLSX_MAGIC):
        from salonvault.services.imports.xlsx import read_xlsx  # noqa: PLC0415 - openpyxl when needed

        return read_xlsx(data, sheet)
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError("imports.old_style_excel_file_xls")
    if sheet:
        raise ValidationError("imports.csv_file_has_sheets_leave", field="sheet")
    text, used, detected = decode(data, encoding, language)
    delimiter = choose_delimiter(text)
    return table_from_rows("csv", _csv_rows(text, delimiter), used, detected, delimiter)


# -- encodings -------------------------------------------------------------------------------


def check_encoding(name: str) -> str:
    """A codec Python knows for text, by its canonical name; else a clear refusal."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        choices = ", ".join(CHOOSABLE_ENCODINGS)
        raise ValidationError(
            "imports.unknown_encoding_use_one", field="encoding", name=name, choices=choices
        ) from None
    return info.name


def decode(data: bytes, encoding: str | None, language: str) -> tuple[str, str, str]:
    """(text in NFC, the encoding used, the encoding detection chose)."""
    if encoding:
        used = check_encoding(encoding)
        try:
            detected = detect_encoding(data, language)
        except ImportFileError:
            detected = ""  # the owner's choice is what counts
    else:
        detected = used = detect_encoding(data, language)
    try:
        text = data.decode(used)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            "imports.encoding_does_not_fit", encoding=used, byte=error.start + 1
        ) from None
    except (LookupError, ValueError, TypeError):
        raise ImportFileError("imports.file_cannot_read", used=used) from None
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    if "\x00" in text:
        raise ImportFileError("imports.file_does_look_like_csv")
    return text, used, detected


def detect_encoding(data: bytes, language: str = "en") -> str:
    """A BOM decides; else UTF-8 if the bytes are valid UTF-8; else the legacy code page that
    charset-normalizer and the letters of each language find most plausible."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    if b"\x00" in data[:_DETECT_SAMPLE]:
        raise ImportFileError("imports.file_does_look_like_csv")
    sample = _non_ascii_lines(data)
    ranked = _ranked_candidates(sample, language)
    for name in ranked:  # the whole file must decode, not only the sample
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return codecs.lookup(name).name
    raise ImportFileError("imports.file_s_encoding_could_recognised")


def _non_ascii_lines(data: bytes) -> bytes:
    """Up to 256 KiB of the lines that hold non-ASCII bytes: what tells code pages apart."""
    picked: list[bytes] = []
    size = 0
    for line in data.splitlines(keepends=True):
        if not line.isascii():
            picked.append(line)
            size += len(line)
            if size >= _DETECT_SAMPLE:
                break
    return b"".join(picked)[: _DETECT_SAMPLE * 2]


def _ranked_candidates(sample: bytes, language: str) -> list[str]:
    import charset_normalizer  # noqa: PLC0415 - only when a file is imported (30 ms)

    found = charset_normalizer.from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS))
    chaos = {m.encoding: m.chaos for m in found if m.encoding in LEGACY_ENCODINGS}
    preferred = _PREFERRED.get(language, ())

    def rank(name: str) -> tuple[float, float, int, int]:
        letters = _letter_score(sample, name)
        order = preferred.index(name) if name in preferred else len(preferred)
        return (
            -round(letters, 1),
            round(chaos.get(name, 1.0), 2),
            order,
            LEGACY_ENCODINGS.index(name),
        )

    decodable = [name for name in LEGACY_ENCODINGS if _decodes(sample, name)]
    return sorted(decodable, key=rank)


def _decodes(sample: bytes, name: str) -> bool:
    try:
        sample.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _letter_score(sample: bytes, name: str) -> float:
    """The share of non-ASCII characters that are letters of the language the code page is
    for: Windows-1250 read as 1258 gives "£" and "¿" where "Ł" and "ż" were meant."""
    text = sample.decode(name, errors="replace")
    if name == "cp1258":
        text = unicodedata.normalize("NFC", text)
    others = [ch for ch in text if not ch.isascii()]
    if not others:
        return 0.0
    return sum(_belongs(ch, name) for ch in others) / len(others)


def _belongs(ch: str, encoding: str) -> bool:
    if encoding in ("gb18030", "big5"):
        return (
            "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        )
    if encoding == "cp1258":
        marks = set(unicodedata.normalize("NFD", ch)[1:])
        return ch in "đĐ" or bool(marks & _VIETNAMESE_MARKS) or ch in "âêôÂÊÔ"
    return ch in _POLISH or ch in "óÓéÉüÜöÖäÄčČšŠžŽřŘěĚůŮ"


# -- CSV ---------------------------------------------------------------------------------------


def choose_delimiter(text: str) -> str:
    """csv.Sniffer's choice among , ; tab | when it gives a steady column count, else the
    candidate that does (a one-column file gets a comma)."""
    lines = text.splitlines()[:_SNIFF_LINES]
    sample = "\n".join(lines)
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _steadiness(sample, d) for d in DELIMITERS}
    splitting = [d for d in DELIMITERS if scores[d][1] > 1]  # gives the header 2+ columns
    if sniffed in splitting and scores[sniffed][0] >= 0.8:
        return sniffed
    return max(splitting, key=lambda d: scores[d]) if splitting else ","


def _steadiness(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the header's column count, that count)."""
    try:
        rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
    except csv.Error:
        return 0.0, 0
    if not rows:
        return 0.0, 0
    width = len(rows[0])
    return sum(len(r) == width for r in rows) / len(rows), width


def _csv_rows(text: str, delimiter: str) -> list[tuple[int, tuple[CellValue, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, tuple[CellValue, ...]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, tuple(cells)))
            start = reader.line_num + 1
            if len(rows) > MAX_ROWS + 1:
                raise too_many_rows()
    except csv.Error as error:
        raise ImportFileError(
            "imports.line_cannot_read_csv_fix", line_num=reader.line_num, error=str(error)
        ) from None
    return rows


def _too_big() -> ImportFileError:
    return ImportFileError("imports.file_too_big", megabytes=MAX_FILE_BYTES // (1024 * 1024))
