"""The text of a saved Recovery Kit PDF, so the kit itself opens the vault: the wizard saves the
kit as a PDF, and an owner on a new PC has that file, not an age identity file.

PDFium reads the file from memory; only the text is kept, and only long enough to find the key.
"""

from __future__ import annotations

from salonvault.domain.errors import ValidationError

MAX_KIT_BYTES = 20 * 1024 * 1024
MAX_KIT_PAGES = 10


def kit_text(data: bytes) -> str:
    # PDFium is loaded when a kit is read, not with the program (50 ms of every start).
    import pypdfium2  # noqa: PLC0415

    if len(data) > MAX_KIT_BYTES:
        raise ValidationError("documents.pdf_far_larger_than_recovery", field="recovery_key")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise ValidationError(
            "documents.pdf_cannot_read_open_recovery",
            field="recovery_key",
        ) from None
    try:
        if len(document) > MAX_KIT_PAGES:
            raise ValidationError("documents.pdf_recovery_kit", field="recovery_key")
        texts = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()
