"""Print one of our PDFs through Qt's print system, from memory (no temp file ever).

PDFium (pypdfium2) renders each page at the printer's resolution; QPainter draws it on the page.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_RENDER_DPI = 300  # enough for text and QR codes; keeps memory bounded for big pages


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        # Shown as it is by every caller ("Could not print: %1"): in the screen's language.
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be opened."))
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before PDFium frees its buffer
            target = painter.viewport()
            painter.drawImage(_fit(image, target), image)
            page.close()
    finally:
        painter.end()
        document.close()


def _fit(image: QImage, target: QRect) -> QRect:
    """The largest rectangle with the image's proportions inside `target`, top-left aligned."""
    ratio = min(target.width() / image.width(), target.height() / image.height())
    return QRect(target.x(), target.y(), int(image.width() * ratio), int(image.height() * ratio))
