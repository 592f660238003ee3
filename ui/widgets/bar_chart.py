"""A small bar chart drawn with QPainter in the palette's colours, so it reads in light and
dark themes alike (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setAccessibleDescription(", ".join(f"{label}: {value}" for label, value in bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 4
        top = metrics.height() + 4  # room for the values above the bars
        plot = QRectF(self.rect()).adjusted(4, top, -4, -label_height)
        highest = max(value for _, value in self.bars) or 1
        slot = plot.width() / len(self.bars)
        bar_width = max(4.0, slot * 0.62)
        for index, (label, value) in enumerate(self.bars):
            height = plot.height() * value / highest
            left = plot.left() + index * slot + (slot - bar_width) / 2
            bar = QRectF(left, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            value_box = QRectF(
                left - 10, bar.top() - metrics.height() - 2, bar_width + 20, metrics.height()
            )
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, str(value))
            label_box = QRectF(plot.left() + index * slot, plot.bottom() + 2, slot, label_height)
            painter.drawText(
                label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label
            )
        painter.end()
