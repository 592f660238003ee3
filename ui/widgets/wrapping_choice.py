"""Check boxes and radio buttons whose words wrap (issue 19 item 7).

A QCheckBox draws its text on one line and asks for all of it as its width: a long Polish or
Vietnamese choice made the Privacy page 892 px wide in the pseudo-language, wider than a
1024-pixel screen has room for. These draw only the indicator and show the words in a
word-wrapped label beside it; the button keeps its whole API (`text()`, `setText()`, checked,
toggled, keyboard focus, a click on the words) and answers `heightForWidth` so layouts give it
the lines it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

_NARROWEST_WORDS = 12  # characters: below this a choice reads one word a line


def _words_beside(button: QAbstractButton, indicator: QStyle.PixelMetric) -> QLabel:
    words = QLabel(button)
    words.setWordWrap(True)
    words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the button's clicks
    layout = QHBoxLayout(button)
    layout.setContentsMargins(_left(button, indicator), 0, 0, 0)
    layout.addWidget(words)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)
    return words


def _left(button: QAbstractButton, indicator: QStyle.PixelMetric) -> int:
    """Where the words start: past the indicator and the style's spacing."""
    style = button.style()
    spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    return int(style.pixelMetric(indicator, None, button) + spacing)


class WrappingCheckBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = QStyle.PixelMetric.PM_IndicatorWidth
        self.words = _words_beside(self, self.indicator)

    def text(self) -> str:
        return self.words.text()

    def setText(self, text: str) -> None:
        self.words.setText(text)
        self.setAccessibleName(text.replace("&", ""))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return _size_hint(self)

    def minimumSizeHint(self) -> QSize:
        return _minimum_size_hint(self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height_for_width(self, width)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the words too, as a plain check box's are


class WrappingRadioButton(QRadioButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        self.words = _words_beside(self, self.indicator)

    def text(self) -> str:
        return self.words.text()

    def setText(self, text: str) -> None:
        self.words.setText(text)
        self.setAccessibleName(text.replace("&", ""))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return _size_hint(self)

    def minimumSizeHint(self) -> QSize:
        return _minimum_size_hint(self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height_for_width(self, width)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


def _indicator_height(button: QAbstractButton) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    kind = (
        QStyle.ContentsType.CT_RadioButton
        if isinstance(button, QRadioButton)
        else QStyle.ContentsType.CT_CheckBox
    )
    return button.style().sizeFromContents(kind, option, QSize(0, 0), button).height()


def _size_hint(button: WrappingCheckBox | WrappingRadioButton) -> QSize:
    """One line's width when it fits in a usual column; the layout narrows it by wrapping."""
    words = button.words.fontMetrics().horizontalAdvance(button.words.text())
    width = _left(button, button.indicator) + min(words, 480) + 2
    return QSize(width, _height_for_width(button, width))


def _minimum_size_hint(button: WrappingCheckBox | WrappingRadioButton) -> QSize:
    narrowest = button.words.fontMetrics().averageCharWidth() * _NARROWEST_WORDS
    width = _left(button, button.indicator) + min(narrowest, button.words.sizeHint().width())
    return QSize(width, _indicator_height(button))


def _height_for_width(button: WrappingCheckBox | WrappingRadioButton, width: int) -> int:
    words = button.words.heightForWidth(max(1, width - _left(button, button.indicator)))
    return max(words, _indicator_height(button))
