"""A pseudo-language for layout tests (issue 19 item 7), and a finder of clipped widgets.

`PseudoTranslator` answers every `tr()` with the source made 40 % longer, its letters accented
and CJK characters added (the widest text of the four real languages is Vietnamese and Polish
words and Chinese glyphs): a layout that survives it survives the translations to come.
Placeholders (%1, %n), mnemonics (&), HTML tags and entities are kept as they are.

`layout_problems(window)` lists what a person would see cut: a label, button or check box
narrower than its text, a word-wrapped label shorter than its lines, a table header section
narrower than its title, a table cell narrower than its value, and siblings in one layout that
overlap.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtCore import QTranslator as _QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

from ui.widgets.wrapping_choice import WrappingCheckBox, WrappingRadioButton

GROWTH = 0.4
_KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&)")
_ACCENTS = str.maketrans(
    "aeiouycnszlAEIOUYCNSZL",
    "áęîõüýçñšžłÁĘÎÕÜÝÇÑŠŽŁ",
)
_PAD = "ŁĘ漢字ǍỸ"  # Polish, Vietnamese and Chinese shapes, the widest of each


def pseudo(text: str) -> str:
    """'Save %1' → 'Šávę %1 ŁĘ漢'. Text without letters (a symbol, a number) stays."""
    if not any(ch.isalpha() for ch in text):
        return text
    parts = _KEEP.split(text)
    out = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    extra = max(2, round(len(_KEEP.sub("", text)) * GROWTH))
    padding = (_PAD * (extra // len(_PAD) + 1))[:extra]
    return f"{out} {padding}"


class PseudoTranslator(_QTranslator):
    """Every string of every context, through `pseudo` (Qt's own words too)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


SLACK = 2  # pixels of rounding a style may take


def layout_problems(window: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or _inside_a_scroll_area(widget):
            continue
        found += _clipped(widget)
        layout = widget.layout()
        if layout is not None:
            found += _overlaps(widget, layout)
    return found


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()[:40]
    parent = widget.parentWidget()
    where = parent.objectName() if parent is not None else ""
    return f"{type(widget).__name__} {widget.objectName() or ''}@{where} {text!r}"


def _clipped(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())  # margins and padding included
            if widget.height() + SLACK < needed:
                return [f"{_name(widget)}: {widget.height()} px high, needs {needed}"]
            return []
        needed = widget.minimumSizeHint().width()
        if widget.width() + SLACK < needed:
            return [f"{_name(widget)}: {widget.width()} px wide, needs {needed}"]
        return []
    if isinstance(widget, QPushButton) and widget.text():
        # Its words and icon, not its size hint: a style widens short buttons (↑, ✕) anyway.
        words = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        needed = widget.fontMetrics().horizontalAdvance(words) + icon + 8
        if widget.width() + SLACK < needed:
            return [f"{_name(widget)}: {widget.width()} px wide, needs {needed}"]
        return []
    if isinstance(widget, (WrappingCheckBox, WrappingRadioButton)):
        return []  # its words are a word-wrapped label, measured as one
    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        needed = widget.sizeHint().width()
        if widget.width() + SLACK < needed:
            return [f"{_name(widget)}: {widget.width()} px wide, needs {needed}"]
        return []
    if isinstance(widget, QComboBox):
        needed = widget.minimumSizeHint().width()
        if widget.width() + SLACK < needed:
            return [f"{_name(widget)}: {widget.width()} px wide, needs {needed}"]
        return []
    if isinstance(widget, QTableView):
        return _table_clipped(widget)
    return []


def _table_clipped(table: QTableView) -> list[str]:
    found = []
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        width = header.sectionSize(column)
        title = header.sectionSizeFromContents(column).width()
        if width + SLACK < title:
            found.append(f"{_name(table)} header {column}: {width} px, title needs {title}")
        # The rows on screen: what a person reads without scrolling sideways.
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            cells = _widest_cell(table, column)
            if width + SLACK < cells:
                found.append(f"{_name(table)} column {column}: {width} px, a value needs {cells}")
    return found


def _widest_cell(table: QAbstractItemView, column: int) -> int:
    model = table.model()
    widest = 0
    for row in range(min(model.rowCount(), 30)):
        index = model.index(row, column)
        if not index.data(Qt.ItemDataRole.DisplayRole):
            continue
        widest = max(widest, table.sizeHintForIndex(index).width())
    return widest


def _overlaps(owner: QWidget, layout: QLayout) -> list[str]:
    shown = [w for w in _layout_widgets(layout) if w.isVisible() and not w.isWindow()]
    found = []
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            a, b = _in(owner, first), _in(owner, second)
            overlap = a.intersected(b)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(f"{_name(first)} overlaps {_name(second)} in {_name(owner)}")
    return found


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _layout_widgets(item.layout())
    return widgets


def _in(owner: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(owner, widget.rect().topLeft()), widget.size())


def _inside_a_scroll_area(widget: QWidget) -> bool:
    """A widget in a scroll area's viewport may be larger than what shows: it scrolls."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
