"""The consent texts: shipped defaults in salonvault/resources/consent/<language>/<purpose>.txt, the
placeholders filled with the salon's details, and the checks on the owner's own versions."""

from __future__ import annotations

import io
import unicodedata

from PIL import Image, UnidentifiedImageError

from salonvault.domain.consent import Purpose
from salonvault.domain.errors import ValidationError
from salonvault.resources import resource_path
from salonvault.services.clients.fields import is_not_text

MAX_TEMPLATE = 6000
SIGNATURE_MAX_BYTES = 512 * 1024
SIGNATURE_MIN_SIZE = (40, 20)
SIGNATURE_MAX_SIZE = (4000, 2000)
_EMPTY_ADDRESS_FORMS = (" ({salon_address})", "（{salon_address}）", ", {salon_address}")


def shipped_text(purpose: Purpose, language: str) -> str:
    """The default text shipped with the program (template version 1)."""
    path = resource_path("consent", language, f"{purpose.value}.txt")
    return clean_template(path.read_text(encoding="utf-8"))


def fill(template: str, salon_name: str, salon_address: str) -> str:
    """The exact text a client is shown: placeholders replaced by the salon's details.

    An address on several lines is joined with commas; with no address, the bracket or comma
    around its placeholder goes too, so the sentence still reads well.
    """
    address = ", ".join(line.strip() for line in salon_address.splitlines() if line.strip())
    text = template
    if not address:
        for form in _EMPTY_ADDRESS_FORMS:
            text = text.replace(form, "")
    return text.replace("{salon_name}", salon_name).replace("{salon_address}", address)


def clean_template(text: str) -> str:
    cleaned = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = cleaned.strip()
    if not cleaned:
        raise ValidationError("The consent text is empty.", field="text")
    if len(cleaned) > MAX_TEMPLATE:
        raise ValidationError(
            f"The consent text has at most {MAX_TEMPLATE} characters.", field="text"
        )
    if is_not_text(cleaned, allow_newlines=True) or any(
        unicodedata.category(ch) == "Co" for ch in cleaned
    ):
        raise ValidationError("The consent text contains characters that are not text.", "text")
    return cleaned


def clean_signature(data: bytes) -> bytes:
    """A signature image from the pad: a real PNG within the size limits, re-encoded from its
    pixels (greyscale on white), so nothing but the strokes is kept."""
    if not data:
        raise ValidationError("The signature is empty; ask the client to sign.", "signature")
    if len(data) > SIGNATURE_MAX_BYTES:
        raise ValidationError("The signature image is too large.", field="signature")
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("The signature is not a PNG image.", field="signature")
    try:
        with Image.open(io.BytesIO(data), formats=("PNG",)) as image:
            width, height = image.size
            if not (
                SIGNATURE_MIN_SIZE[0] <= width <= SIGNATURE_MAX_SIZE[0]
                and SIGNATURE_MIN_SIZE[1] <= height <= SIGNATURE_MAX_SIZE[1]
            ):
                raise ValidationError(
                    f"The signature image is {width}x{height} pixels; it must be from"
                    f" {SIGNATURE_MIN_SIZE[0]}x{SIGNATURE_MIN_SIZE[1]} to"
                    f" {SIGNATURE_MAX_SIZE[0]}x{SIGNATURE_MAX_SIZE[1]}.",
                    field="signature",
                )
            image.load()
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError("The signature image cannot be read.", "signature") from None
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    grey = flat.convert("L")
    darkest = grey.getextrema()[0]
    if isinstance(darkest, (int, float)) and darkest > 200:  # no stroke darker than light grey
        raise ValidationError("The signature is empty; ask the client to sign.", "signature")
    out = io.BytesIO()
    grey.save(out, "PNG", optimize=True)
    return out.getvalue()
