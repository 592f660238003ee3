"""Which fonts the window draws Chinese with (issue 19 item 8, decision 0033).

Left to the system's fallback, a Linux desktop drew 。 and 、 with the first font that has them,
Noto Sans Mongolian, whose punctuation sits raised in the middle of the line and crowds the next
character. So the window names a Simplified Chinese family itself: the system's own where there
is one (Windows, macOS, Linux with Noto CJK), else the Droid Sans Fallback shipped for the PDFs.
In Chinese the CJK family comes first (digits and Latin letters match the characters around
them); in the other languages it comes after the usual font, for Chinese client names.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from salonvault.resources import resource_path

# Best first: Windows, macOS, then Linux packages, then the font we ship.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
_SHIPPED = "DroidSansFallbackFull.ttf"


def load_shipped_fonts() -> None:
    """Make the shipped CJK font known to Qt (a PC without any Chinese font still draws 。)."""
    if "Droid Sans Fallback" not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(resource_path("fonts", _SHIPPED)))


def cjk_families() -> list[str]:
    available = set(QFontDatabase.families())
    return [family for family in CJK_FAMILIES if family in available]


def use_fonts_for(language: str) -> None:
    """The application font's families for `language`; widgets follow the application font."""
    if not isinstance(QGuiApplication.instance(), QApplication):
        return
    load_shipped_fonts()
    font = QFont(QGuiApplication.font())
    usual = [f for f in font.families() or [font.family()] if f not in CJK_FAMILIES]
    cjk = cjk_families()
    families = cjk + usual if language == "zh_CN" else usual + cjk
    if families != font.families():
        font.setFamilies(families)
        QGuiApplication.setFont(font)
        # A widget with a style sheet keeps the font it was polished with (the status bar's
        # bold reminder kept drawing 。 raised): polish those again.
        for widget in QApplication.allWidgets():
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())
