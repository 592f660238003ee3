"""A page whose issue has not landed yet says so plainly (and shows nothing of any client)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.heading import page_heading


class PlaceholderPage(QWidget):
    def __init__(self, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = page_heading(self)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch()
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self._title())
        self.body.setText(
            self.tr("This page is not ready yet; it comes in a later update of this version.")
        )
