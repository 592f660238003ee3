"""The program's own colours, by what they mean, in a light and a dark variant.

Qt's palette covers ordinary text and backgrounds; errors, warnings, alerts and banners need
colours of their own. Every widget takes them from here (a test keeps hex colours out of every
other ui module), and `colours()` picks the variant that reads on the current window colour, so
a dark desktop theme gets light text on dark banners rather than dark red on near-black.
Text roles keep a WCAG contrast of at least 4.5 against the window (tests/ui/test_palette.py).

Widgets read the colours when they are built or refreshed; a theme switched while a window is
open shows in the next window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette


@dataclass(frozen=True)
class Colours:
    # Text on the window or in a list.
    error: str  # refusals, failed runs, severe health items, overdue deadlines
    warning: str  # a backup is due, a code to hand over with care, a pending patch test
    success: str  # a valid patch test
    muted: str  # archived clients, disabled staff
    # Banners and boxes: text on a background of its own.
    warning_banner_background: str
    warning_banner_text: str
    warning_banner_border: str
    failure_banner_background: str  # the log's chain is broken
    failure_banner_text: str
    success_banner_background: str  # the log's chain checks out
    success_banner_text: str
    severe_alert_background: str  # a severe health alert; also the destructive buttons
    severe_alert_text: str
    alert_background: str  # other health alerts
    alert_text: str
    note_background: str  # the latest colour formula, set off from the history below it
    note_border: str
    tag_background: str
    tag_text: str
    badge_text: str  # on the minor and archived badges
    minor_badge: str
    archived_badge: str
    # The same in both variants: a photo is judged on a neutral dark backdrop, and a signature
    # is black ink on white paper (it is stored that way too).
    photo_backdrop: str
    signature_paper: str
    signature_ink: str
    signature_guide: str

    def text_roles(self) -> dict[str, str]:
        """The colours written directly on the window (checked for contrast against it)."""
        return {
            "error": self.error,
            "warning": self.warning,
            "success": self.success,
            "muted": self.muted,
        }

    def text_on_background(self) -> dict[str, tuple[str, str]]:
        """Each banner's and badge's text with its own background (checked for contrast)."""
        return {
            "warning_banner": (self.warning_banner_text, self.warning_banner_background),
            "failure_banner": (self.failure_banner_text, self.failure_banner_background),
            "success_banner": (self.success_banner_text, self.success_banner_background),
            "severe_alert": (self.severe_alert_text, self.severe_alert_background),
            "alert": (self.alert_text, self.alert_background),
            "tag": (self.tag_text, self.tag_background),
            "minor_badge": (self.badge_text, self.minor_badge),
            "archived_badge": (self.badge_text, self.archived_badge),
        }


_SAME_IN_BOTH = {
    "severe_alert_background": "#c62828",
    "severe_alert_text": "#ffffff",
    "alert_background": "#b84d00",
    "alert_text": "#ffffff",
    "badge_text": "#ffffff",
    "minor_badge": "#6a1b9a",
    "archived_badge": "#616161",
    "photo_backdrop": "#202020",
    "signature_paper": "#ffffff",
    "signature_ink": "#000000",
    "signature_guide": "#bbbbbb",
}

LIGHT = Colours(
    error="#c62828",
    warning="#8a5a00",
    success="#256b29",
    muted="#616161",
    warning_banner_background="#fff3e0",
    warning_banner_text="#8a3c00",
    warning_banner_border="#e0c36c",
    failure_banner_background="#fdecea",
    failure_banner_text="#8e1c1c",
    success_banner_background="#e7f4e8",
    success_banner_text="#1b5e20",
    note_background="#fff8e1",
    note_border="#ffcc80",
    tag_background="#e8eaf6",
    tag_text="#1a237e",
    **_SAME_IN_BOTH,
)

DARK = Colours(
    error="#ef9a9a",
    warning="#ffcc80",
    success="#81c784",
    muted="#b0b0b0",
    warning_banner_background="#4e3400",
    warning_banner_text="#ffe0b2",
    warning_banner_border="#8a6d1e",
    failure_banner_background="#4a1c1c",
    failure_banner_text="#ffcdd2",
    success_banner_background="#1e3a20",
    success_banner_text="#c8e6c9",
    note_background="#3e3522",
    note_border="#8d6e3a",
    tag_background="#283593",
    tag_text="#e8eaf6",
    **_SAME_IN_BOTH,
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colours(palette: QPalette | None = None) -> Colours:
    """The variant for `palette`, by default the application's."""
    return DARK if is_dark(palette or QGuiApplication.palette()) else LIGHT


def text_style(colour: str, bold: bool = False) -> str:
    """A label's style sheet for coloured (and optionally bold) text."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


def warning_banner_style(selector: str = "", padding: int = 6, framed: bool = False) -> str:
    """A banner that asks for attention (a missing consent, a backup that is due)."""
    c = colours()
    rules = (
        f"background: {c.warning_banner_background}; color: {c.warning_banner_text};"
        f" padding: {padding}px;"
    )
    if framed:
        rules += f" border: 1px solid {c.warning_banner_border}; border-radius: 4px;"
    return f"{selector} {{ {rules} }}" if selector else rules


def alert_banner_style(severe: bool) -> str:
    """The client card's health alert: severe ones in bold on the severe colour."""
    c = colours()
    if severe:
        return (
            f"background: {c.severe_alert_background}; color: {c.severe_alert_text};"
            " font-weight: bold; padding: 8px;"
        )
    return f"background: {c.alert_background}; color: {c.alert_text}; padding: 8px;"


def acknowledgement_panel_style(selector: str) -> str:
    """The box to tick inside a severe alert: on the window's own input colours, framed in the
    alert's text colour, so the box's outline and its tick read as on any form (on the red
    itself the outline was dark on red, and whether it was ticked hard to tell)."""
    c = colours()
    return (
        f"{selector} {{ background: palette(base); border: 2px solid {c.severe_alert_text};"
        " border-radius: 4px; padding: 0px; }"
        f" {selector} QCheckBox {{ background: palette(base); color: palette(text);"
        " font-weight: bold; padding: 6px; border: none; }"
        f" {selector} QCheckBox::indicator {{ width: 18px; height: 18px; }}"
    )


def danger_button_style() -> str:
    """A button that destroys or merges records: the severe colour while it can be pressed."""
    c = colours()
    return (
        f"QPushButton:enabled {{ color: {c.severe_alert_text};"
        f" background: {c.severe_alert_background}; }}"
    )


def changed_value_style() -> str:
    """A record's value that differs from the previous record of its kind (the card's
    timeline): set off like a note, in bold."""
    c = colours()
    return (
        f"background: {c.note_background}; border: 1px solid {c.note_border};"
        " border-radius: 3px; padding: 1px 4px; font-weight: bold;"
    )
