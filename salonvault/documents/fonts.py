"""The fonts every SalonVault PDF embeds, and markup that picks the right one per character.

No single font covers Vietnamese and Polish *and* Chinese, so text is set in Noto Sans and any
run of characters Noto lacks (Chinese, CJK punctuation) switches to Droid Sans Fallback.
reportlab embeds TrueType fonts as subsets, so a kit carries only the glyphs it prints.
"""

from __future__ import annotations

import threading
import unicodedata
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from salonvault.resources import resource_path

BODY_FONT = "SalonVault-Sans"
BOLD_FONT = "SalonVault-Sans-Bold"
MONO_FONT = "SalonVault-Mono"
CJK_FONT = "SalonVault-CJK"

_FONT_FILES = {
    BODY_FONT: "NotoSans-Regular.ttf",
    BOLD_FONT: "NotoSans-Bold.ttf",
    MONO_FONT: "NotoSansMono-Regular.ttf",
    CJK_FONT: "DroidSansFallbackFull.ttf",
}

# Characters the bundled fonts lack, set as their plain equivalent instead of being dropped: a
# prescription's minus sign (U+2212) printed as nothing would read as a plus power.
_STAND_INS = {"\u2212": "-"}

# reportlab's registry is process-wide; PDFs may be built off the GUI thread, so register once.
_registration_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled fonts with reportlab; cheap and safe to call before every PDF."""
    with _registration_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                path = resource_path("fonts", filename)
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # Paragraph markup (<b>, <font name=…>) looks fonts up by family, bold and italic.
        # Only the body has a bold face; the others keep their one face for every style.
        for bold in (False, True):
            for italic in (False, True):
                addMapping(BODY_FONT, bold, italic, BOLD_FONT if bold else BODY_FONT)
                addMapping(BOLD_FONT, bold, italic, BOLD_FONT)
                addMapping(MONO_FONT, bold, italic, MONO_FONT)
                addMapping(CJK_FONT, bold, italic, CJK_FONT)


def _has_glyph(font_name: str, character: str) -> bool:
    glyphs: dict[int, int] = pdfmetrics.getFont(font_name).face.charToGlyph
    return ord(character) in glyphs


def _needs_cjk_font(character: str, base_font: str) -> bool:
    if character.isspace() or _has_glyph(base_font, character):
        return False
    return _has_glyph(CJK_FONT, character)


def mixed_script_markup(text: str, base_font: str = BODY_FONT) -> str:
    """Escape `text` for Paragraph markup, setting characters `base_font` lacks in the CJK font.

    Text is NFC-normalised first, so Vietnamese typed with combining marks uses Noto's
    precomposed letters instead of stacking marks.
    """
    register_fonts()
    normalised = "".join(
        _STAND_INS[ch] if ch in _STAND_INS and not _has_glyph(base_font, ch) else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    pieces: list[str] = []
    for in_cjk, run in groupby(normalised, key=lambda ch: _needs_cjk_font(ch, base_font)):
        escaped = escape("".join(run))
        pieces.append(f'<font name="{CJK_FONT}">{escaped}</font>' if in_cjk else escaped)
    return "".join(pieces)
