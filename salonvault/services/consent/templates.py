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
        raise ValidationError("consent.consent_text_empty", field="text")
    if len(cleaned) > MAX_TEMPLATE:
        raise ValidationError(
            "consent.consent_text_has_most_characters", field="text", max_template=MAX_TEMPLATE
        )
    if is_not_text(cleaned, allow_newlines=True) or any(
        unicodedata.category(ch) == "Co" for ch in cleaned
    ):
        raise ValidationError("consent.consent_text_contains_characters_text", "text")
    return cleaned


def clean_signature(data: bytes) -> bytes:
    """A signature image from the pad: a real PNG within the size limits, re-encoded from its
    pixels (greyscale on white), so nothing but the strokes is kept."""
    if not data:
        raise ValidationError("consent.signature_empty_ask_client_sign", "signature")
    if len(data) > SIGNATURE_MAX_BYTES:
        raise ValidationError("consent.signature_image_too_large", field="signature")
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("consent.signature_png_image", field="signature")
    try:
        with Image.open(io.BytesIO(data), formats=("PNG",)) as image:
            width, height = image.size
            if not (
                SIGNATURE_MIN_SIZE[0] <= width <= SIGNATURE_MAX_SIZE[0]
                and SIGNATURE_MIN_SIZE[1] <= height <= SIGNATURE_MAX_SIZE[1]
            ):
                raise ValidationError(
                    "consent.signature_size",
                    "signature",
                    width=width,
                    height=height,
                    min_width=SIGNATURE_MIN_SIZE[0],
                    min_height=SIGNATURE_MIN_SIZE[1],
                    max_width=SIGNATURE_MAX_SIZE[0],
                    max_height=SIGNATURE_MAX_SIZE[1],
                )
            image.load()
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError("consent.signature_image_cannot_read", "signature") from None
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    grey = flat.convert("L")
    darkest = grey.getextrema()[0]
    if isinstance(darkest, (int, float)) and darkest > 200:  # no stroke darker than light grey
        raise ValidationError("consent.signature_empty_ask_client_sign", "signature")
    out = io.BytesIO()
    grey.save(out, "PNG", optimize=True)
    return out.getvalue()
