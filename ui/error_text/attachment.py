"""The window's words for the core's "attachment.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class AttachmentErrors(QObject):
    """Methods are named after the key's second part."""

    def empty(self, p: Params) -> str:
        return fill(
            self.tr("The file %1 is empty."),
            p.text("name"),
        )

    def too_large(self, p: Params) -> str:
        return fill(
            self.tr("The file %1 is larger than %2 MB; scan it at a lower resolution."),
            p.text("name"),
            p.text("limit"),
        )

    def unreadable_file(self, p: Params) -> str:
        return fill(
            self.tr("The file %1 could not be read."),
            p.text("name"),
        )

    def not_accepted(self, p: Params) -> str:
        return fill(
            self.tr("%1 is not a PDF, JPEG or PNG file."),
            p.text("name"),
        )

    def disguised(self, p: Params) -> str:
        return fill(
            self.tr("%1 is named as a %2 but is %3; nothing was stored."),
            p.text("name"),
            p.text("claimed"),
            p.text("looks_like"),
        )

    def too_many_pages(self, p: Params) -> str:
        return fill(
            self.tr("%1 has more than %2 pages; split it and attach the parts."),
            p.text("name"),
            p.text("limit"),
        )

    def bomb(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 would take far too much memory to open (more than %2 megapixels or a "
                "compressed bomb); nothing was stored."
            ),
            p.text("name"),
            p.text("limit"),
        )

    def locked(self, p: Params) -> str:
        return fill(
            self.tr("%1 is protected by a password; save an unprotected copy and attach that."),
            p.text("name"),
        )

    def damaged(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is damaged or incomplete (was it still being copied?); nothing was stored."
            ),
            p.text("name"),
        )

    def claimed_pdf(self, p: Params) -> str:
        return self.tr("PDF")

    def claimed_picture(self, p: Params) -> str:
        return self.tr("JPEG or PNG picture")

    def looks_like_pdf(self, p: Params) -> str:
        return self.tr("a PDF")

    def looks_like_jpeg(self, p: Params) -> str:
        return self.tr("a JPEG picture")

    def looks_like_png(self, p: Params) -> str:
        return self.tr("a PNG picture")

    def looks_like_zip(self, p: Params) -> str:
        return self.tr("a ZIP archive (or an Office document)")

    def looks_like_office(self, p: Params) -> str:
        return self.tr("an Office document")

    def looks_like_rtf(self, p: Params) -> str:
        return self.tr("a Word (RTF) document")

    def looks_like_program(self, p: Params) -> str:
        return self.tr("a program")

    def looks_like_gif(self, p: Params) -> str:
        return self.tr("a GIF picture")

    def looks_like_tiff(self, p: Params) -> str:
        return self.tr("a TIFF picture")

    def looks_like_webp(self, p: Params) -> str:
        return self.tr("a WebP picture")

    def looks_like_heic(self, p: Params) -> str:
        return self.tr("an HEIC photo")

    def looks_like_archive(self, p: Params) -> str:
        return self.tr("a compressed archive")

    def looks_like_html(self, p: Params) -> str:
        return self.tr("a web page (HTML)")

    def looks_like_xml(self, p: Params) -> str:
        return self.tr("an XML or SVG file")

    def looks_like_unknown(self, p: Params) -> str:
        return self.tr("something else")
