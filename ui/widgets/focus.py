"""Where the keyboard lands when a long action ends. The button that started it was disabled
meanwhile, so Qt moved the focus on to the next widget (often far away: the day sheet button);
the outcome's label takes it instead, so the keyboard stays where the owner was and a screen
reader reads what happened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


def keyboard_readable(label: QLabel) -> QLabel:
    """Let the keyboard land on `label` (and select its text to copy)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return label


def land_on(label: QLabel) -> None:
    """Focus `label`, scrolled into view (setFocus alone does not scroll a scroll area)."""
    label.setFocus(Qt.FocusReason.OtherFocusReason)
    scroll_into_view(label)


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the scroll area `widget` is in so that it shows (a Saved line below the fold)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
