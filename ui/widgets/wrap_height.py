"""Windows as tall as their wrapped words need (issue 19 item 8).

Qt sizes a window from its layout's minimum size, which does not ask a word-wrapped label how
tall it is at the width it gets: a sentence one line longer in Polish lost its last line (the
add-staff dialog's intro and its error line). `fit_wrapped_height` grows the window to what its
layout needs at its width, after the window is shown or its width or words change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def fit_wrapped_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    screen = window.screen().availableGeometry().height() if window.screen() else needed
    if window.height() < needed <= screen:
        window.resize(window.width(), needed)


class WrappedHeightKeeper(QObject):
    """Watches a window: shown, resized or its layout changed → fit its height again."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Python may have let go of this keeper's attributes while Qt still tears down.
        window = getattr(self, "_window", None)
        if (
            window is not None
            and watched is window
            and event.type()
            in (
                QEvent.Type.Show,
                QEvent.Type.Resize,
                QEvent.Type.LayoutRequest,
            )
        ):
            QTimer.singleShot(0, self, self._fit)  # not at all once the window is gone
        return False

    def _fit(self) -> None:
        window = getattr(self, "_window", None)
        if window is not None and isValid(window):
            fit_wrapped_height(window)
