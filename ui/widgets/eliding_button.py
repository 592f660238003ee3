"""A flat button whose sentence is cut with "…" where the window is too narrow for all of it.

For a status-bar reminder (the whole sentence also stands on the page it opens): the window
stays within a small laptop's screen in every language, and the whole sentence is the button's
tooltip and accessible name, so nothing is lost to a screen reader or a hovering mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

SHORTEST = 160  # pixels: enough for the sentence's first words


class ElidingButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        """The whole sentence, however much of it shows."""
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        shown = self.fontMetrics().horizontalAdvance(super().text())
        whole = self.fontMetrics().horizontalAdvance(self._full)
        return QSize(hint.width() - shown + whole + 6, hint.height())  # bold style sheets round up

    def minimumSizeHint(self) -> QSize:
        return QSize(min(SHORTEST, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        padding = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())
        room = max(self.width() - padding, 0)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown if self.width() > 0 else self._full)
