"""Turn a scanned or photographed paper (PDF, JPEG, PNG) into the pages the vault keeps.

Everything happens in memory, once, when the file is attached; nothing is written anywhere.
The bytes decide what a file is, never its name, and a name that says otherwise is refused (a
ZIP or an HTML page named `.pdf` or `.png`). Limits are checked before the slow work: the file
size before reading it all, the page count before rendering a page.

A PDF is rasterised page by page with PDFium (pypdfium2, already the program's PDF reader) and
only the pixels are kept; a picture goes through the photos' own cleaning
(`services/photos/image.py`: parser allowlist, decompression bombs as errors, upright, sRGB).
Each page is then saved as a fresh JPEG. So document info, XMP, JavaScript, embedded files,
forms, EXIF, ICC profiles and comments of the original cannot reach the vault: the pages are
built from pixels alone (decision 0030).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from salonvault.domain.attachments import (
    AttachmentPage,
    AttachmentProblem,
    AttachmentRefused,
    SourceFormat,
)
from salonvault.services.photos.image import (
    PictureUnreadable,
    clean_picture,
    encode_jpeg,
    max_megapixels,
)

if TYPE_CHECKING:
    import pypdfium2

MAX_FILE_BYTES = 32 * 1024 * 1024  # a 20-page colour scan at 300 dpi is about 20 MB
MAX_PAGES = 20  # letters and consents are 1 to 4 pages; a longer file is split
PAGE_LONG_SIDE = 2000  # pixels: an A4 page at about 170 dpi, small print still readable
PAGE_QUALITY = 85
THUMBNAIL_LONG_SIDE = 320
THUMBNAIL_QUALITY = 80
_PDF_POINTS_PER_INCH = 72
_MAX_RENDER_DPI = 300  # a tiny page is not blown up past this
_PASSWORD_ERROR = 4  # PDFium's FPDF_ERR_PASSWORD

_SUFFIX_CLAIMS = {".pdf": "pdf", ".jpg": "picture", ".jpeg": "picture", ".png": "picture"}
ATTACHMENT_SUFFIXES = tuple(_SUFFIX_CLAIMS)
# What a refused file's bytes look like, by their first bytes (keys; words in the domain).
_LOOKS_LIKE: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0", "office"),
    (b"{\\rtf", "rtf"),
    (b"MZ", "program"),
    (b"\x7fELF", "program"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"Rar!", "archive"),
    (b"7z\xbc\xaf", "archive"),
    (b"\x1f\x8b", "archive"),
)


@dataclass(frozen=True, slots=True)
class PreparedAttachment:
    source_format: SourceFormat
    pages: tuple[AttachmentPage, ...]
    thumbnail: bytes

    @property
    def stored_bytes(self) -> int:
        return sum(len(page.jpeg) for page in self.pages)


def read_attachment_file(path: Path) -> bytes:
    """A file's bytes, refusing one over the size cap before reading it all."""
    try:
        with path.open("rb") as source:
            data = source.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise AttachmentRefused(AttachmentProblem.UNREADABLE_FILE, path.name) from None
    return data


def prepare_attachment(data: bytes, name: str) -> PreparedAttachment:
    """The cleaned pages of the file called `name`, or AttachmentRefused with one reason."""
    if not data:
        raise AttachmentRefused(AttachmentProblem.EMPTY, name)
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentRefused(
            AttachmentProblem.TOO_LARGE, name, limit=MAX_FILE_BYTES // (1024 * 1024)
        )
    claimed = _SUFFIX_CLAIMS.get(Path(name).suffix.lower())
    found = sniff(data)
    if claimed is None:
        raise AttachmentRefused(AttachmentProblem.NOT_ACCEPTED, name)
    if found is None or (found is SourceFormat.PDF) != (claimed == "pdf"):
        looks_like = found.value if found is not None else _looks_like(data)
        raise AttachmentRefused(
            AttachmentProblem.DISGUISED, name, claimed=claimed, looks_like=looks_like
        )
    pictures = _pdf_pages(data, name) if found is SourceFormat.PDF else [_picture(data, name)]
    pages = tuple(_page(number, picture) for number, picture in enumerate(pictures, start=1))
    thumbnail = pictures[0].copy()
    thumbnail.thumbnail((THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE), Image.Resampling.LANCZOS)
    return PreparedAttachment(found, pages, encode_jpeg(thumbnail, THUMBNAIL_QUALITY))


def sniff(data: bytes) -> SourceFormat | None:
    """PDF, JPEG or PNG by the file's first bytes (None: none of them)."""
    if data.startswith(b"%PDF-"):
        return SourceFormat.PDF
    if data.startswith(b"\xff\xd8\xff"):
        return SourceFormat.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return SourceFormat.PNG
    return None


def _looks_like(data: bytes) -> str:
    for magic, what in _LOOKS_LIKE:
        if data.startswith(magic):
            return what
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script")):
        return "html"
    if head.startswith((b"<?xml", b"<svg")):
        return "xml"
    if head[4:12].startswith(b"ftyp"):
        return "heic"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    return "unknown"


def _picture(data: bytes, name: str) -> Image.Image:
    try:
        return clean_picture(data, PAGE_LONG_SIDE, formats=("JPEG", "PNG"))
    except PictureUnreadable as error:
        if error.reason in ("bomb", "text_bomb"):
            raise AttachmentRefused(AttachmentProblem.BOMB, name, limit=max_megapixels()) from None
        raise AttachmentRefused(AttachmentProblem.DAMAGED, name) from None


def _pdf_pages(data: bytes, name: str) -> list[Image.Image]:
    # PDFium is loaded when a PDF is attached, not with the program (50 ms of every start).
    import pypdfium2  # noqa: PLC0415

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if error.err_code == _PASSWORD_ERROR:
            raise AttachmentRefused(AttachmentProblem.LOCKED, name) from None
        raise AttachmentRefused(AttachmentProblem.DAMAGED, name) from None
    try:
        count = len(document)
        if count == 0:
            raise AttachmentRefused(AttachmentProblem.DAMAGED, name)
        if count > MAX_PAGES:  # before rendering anything: a page-count bomb costs nothing
            raise AttachmentRefused(AttachmentProblem.TOO_MANY_PAGES, name, limit=MAX_PAGES)
        return [_render(document, index, name) for index in range(count)]
    finally:
        document.close()


def _render(document: pypdfium2.PdfDocument, index: int, name: str) -> Image.Image:
    import pypdfium2  # noqa: PLC0415 - loaded by _pdf_pages already

    try:
        page = document[index]
        try:
            width, height = page.get_size()
            longest = max(width, height, 1.0)
            # Fit the long side to PAGE_LONG_SIDE, whatever size the page claims to be.
            scale = min(PAGE_LONG_SIDE / longest, _MAX_RENDER_DPI / _PDF_POINTS_PER_INCH)
            bitmap = page.render(scale=scale, may_draw_forms=False)
            try:
                picture = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    except (pypdfium2.PdfiumError, ValueError, OSError, MemoryError):
        raise AttachmentRefused(AttachmentProblem.DAMAGED, name) from None
    # A new image from the pixels alone, as the photos are.
    clean = Image.new("RGB", picture.size, "white")
    clean.paste(picture)
    return clean


def _page(number: int, picture: Image.Image) -> AttachmentPage:
    jpeg = encode_jpeg(picture, PAGE_QUALITY)
    return AttachmentPage(
        number=number,
        width=picture.width,
        height=picture.height,
        jpeg=jpeg,
        sha256=hashlib.sha256(jpeg).hexdigest(),
    )
