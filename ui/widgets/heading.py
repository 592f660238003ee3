"""A page's title: one size and weight everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def page_heading(parent: QWidget) -> QLabel:
    heading = QLabel(parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    heading.setFont(font)
    return heading
