"""ui/palette.py: the only place with colours, and every colour readable in light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui.palette import DARK, LIGHT, Colours, colours

UI = Path(__file__).resolve().parents[2] / "ui"
HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
NAMED_QCOLOR = re.compile(r"QColor\(\s*['\"]")
NAMED_CSS_COLOUR = re.compile(r"\b(?:color|background(?:-color)?)\s*:\s*[a-z]+\s*;")
WCAG_TEXT = 4.5


def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor | str, second: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette(window: str, base: str) -> QPalette:
    """A dark theme as people set one up (Fusion's usual dark colours, or near-black)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {
    "light": light_palette,
    "dark": lambda: dark_palette("#353535", "#2a2a2a"),
    "near-black": lambda: dark_palette("#1e1e1e", "#121212"),
}


def test_no_ui_module_but_the_palette_writes_a_colour() -> None:
    offenders = []
    for module in sorted(UI.rglob("*.py")):
        if module.name == "palette.py" and module.parent == UI:
            continue
        text = module.read_text(encoding="utf-8")
        for pattern in (HEX_COLOUR, NAMED_QCOLOR, NAMED_CSS_COLOUR):
            offenders += [f"{module.relative_to(UI)}: {m.group()}" for m in pattern.finditer(text)]
    assert offenders == []


def test_the_checks_would_see_a_colour() -> None:
    assert HEX_COLOUR.search('label.setStyleSheet("color: #c62828;")')
    assert HEX_COLOUR.search("QColor('#fff')")
    assert NAMED_QCOLOR.search('QColor("white")')
    assert NAMED_CSS_COLOUR.search("color: white; padding: 8px;")
    assert not HEX_COLOUR.search("QLabel#backupReminder { padding: 8px; }")
    assert not NAMED_CSS_COLOUR.search("color: palette(highlight);")


@pytest.mark.parametrize("name", PALETTES)
def test_the_variant_follows_the_window_colour(qapp: QApplication, name: str) -> None:
    expected = LIGHT if name == "light" else DARK
    assert colours(PALETTES[name]()) is expected


@pytest.mark.parametrize("name", PALETTES)
def test_text_roles_read_on_the_window_and_in_lists(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    chosen = colours(palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    too_faint = {
        role: (round(contrast(colour, window), 2), round(contrast(colour, base), 2))
        for role, colour in chosen.text_roles().items()
        if min(contrast(colour, window), contrast(colour, base)) < WCAG_TEXT
    }
    assert too_faint == {}


@pytest.mark.parametrize("variant", [LIGHT, DARK], ids=["light", "dark"])
def test_banners_and_badges_read_on_their_own_background(variant: Colours) -> None:
    too_faint = {
        name: round(contrast(text, background), 2)
        for name, (text, background) in variant.text_on_background().items()
        if contrast(text, background) < WCAG_TEXT
    }
    assert too_faint == {}


@pytest.mark.parametrize("name", PALETTES)
def test_the_note_box_keeps_the_themes_own_text_readable(qapp: QApplication, name: str) -> None:
    """The latest-formula box sets only its background; its text is the theme's."""
    palette = PALETTES[name]()
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast(text, colours(palette).note_background) >= WCAG_TEXT


def test_the_application_palette_is_the_default(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(PALETTES["dark"]())
        assert colours() is DARK
        qapp.setPalette(PALETTES["light"]())
        assert colours() is LIGHT
    finally:
        qapp.setPalette(before)
