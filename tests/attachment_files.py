"""Files for the attachment tests, made in memory: clean and metadata-laden scans, bombs and
disguised files."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, PngImagePlugin

SECRET = "Hidden-Author-Quyen-7731"  # planted in every kind of metadata; must never be stored


def noisy(size: tuple[int, int] = (900, 1200)) -> Image.Image:
    """Incompressible pixels, so each stored page has bytes found nowhere else."""
    return Image.effect_noise(size, 60).convert("RGB")


def jpeg_with_metadata(size: tuple[int, int] = (900, 1200)) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = SECRET  # Artist
    exif[0x010E] = SECRET  # ImageDescription
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{SECRET}</dc:creator></x:xmpmeta>'
    out = io.BytesIO()
    noisy(size).save(
        out,
        "JPEG",
        quality=90,
        exif=exif,
        icc_profile=b"\x00" * 16 + SECRET.encode(),
        comment=SECRET.encode(),
        xmp=xmp.encode(),
    )
    return out.getvalue()


def png_with_metadata(size: tuple[int, int] = (800, 600)) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", SECRET)
    info.add_itxt("XML:com.adobe.xmp", f"<x:xmpmeta>{SECRET}</x:xmpmeta>")
    out = io.BytesIO()
    noisy(size).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture (a decompression bomb's first step)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )


def png_with_text_bomb() -> bytes:
    """A small picture whose compressed text chunk inflates to 64 MB."""
    out = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(out, "PNG")
    clean = out.getvalue()
    bomb = _chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"\x00" * (64 * 1024 * 1024), 9))
    return clean[:33] + bomb + clean[33:]


def _pdf(objects: list[bytes], root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """A PDF with a correct cross-reference table from numbered object bodies (1-based)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        extra_trailer,
        xref,
    )
    return bytes(out)


def pdf_with_everything_hidden() -> bytes:
    """One page of drawn text plus document info, XMP, JavaScript and an embedded file."""
    secret = SECRET.encode()
    content = b"BT /F1 24 Tf 72 720 Td (Referral letter) Tj ET 0 0 1 rg 72 600 200 80 re f"
    xmp = b"<x:xmpmeta><dc:creator>" + secret + b"</dc:creator></x:xmpmeta>"
    embedded = b"embedded payload " + secret
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /OpenAction 7 0 R"
        b" /Names << /JavaScript << /Names [(a) 7 0 R] >>"
        b" /EmbeddedFiles << /Names [(x.txt) 9 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp)
        + xmp
        + b"\nendstream",
        b"<< /S /JavaScript /JS (app.alert('" + secret + b"');) >>",
        b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(embedded)
        + embedded
        + b"\nendstream",
        b"<< /Type /Filespec /F (x.txt) /EF << /F 8 0 R >> >>",
        b"<< /Author (" + secret + b") /Title (" + secret + b") /Producer (scanner) >>",
    ]
    return _pdf(objects, extra_trailer=b"/Info 10 0 R ")


def pdf_with_pages(count: int, size: tuple[int, int] = (595, 842)) -> bytes:
    """`count` pages that all are one page object (a page-count bomb costs a few bytes each)."""
    content = b"BT /F1 18 Tf 72 720 Td (Page) Tj ET"
    kids = b" ".join(b"3 0 R" for _ in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>" % size,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objects)


def pdf_locked() -> bytes:
    """A PDF that opens only with a password (reportlab's standard encryption)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(
        out, encrypt=pdfencrypt.StandardEncryption("user-secret", "owner-secret", strength=128)
    )
    page.drawString(72, 720, "Prescription")
    page.showPage()
    page.save()
    return out.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
