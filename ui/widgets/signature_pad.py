"""A signature pad: the client signs with a mouse, a finger or a pen; Clear starts again.

Strokes are kept as lists of points and drawn again at any size; `png_bytes()` renders them in
black on a transparent background to a PNG in memory (the consent service checks and stores it).
"""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.palette import colours

PEN_WIDTH = 3.0
MIN_POINTS = 2  # a dot or a stray click is not a signature


class _Canvas(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setMinimumSize(QSize(360, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- input: mouse, pen (tablet) and finger (touch) all add points to the current stroke --

    def _begin(self, point: QPointF) -> None:
        self.strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            if event.type() == QTouchEvent.Type.TouchBegin:
                self._begin(point)
            elif event.type() == QTouchEvent.Type.TouchUpdate:
                self._extend(point)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paper = colours()
        painter.fillRect(self.rect(), QColor(paper.signature_paper))
        painter.setPen(QPen(QColor(paper.signature_guide), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self.draw_strokes(painter)
        painter.end()

    def draw_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colours().signature_ink), PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
            for start, end in itertools.pairwise(stroke):
                painter.drawLine(start, end)


class SignaturePad(QWidget):
    """The pad with its Clear button. `changed` fires when a stroke ends or the pad clears."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.canvas.setObjectName("signatureCanvas")
        self.canvas.setAccessibleName(self.tr("Signature pad"))
        self.canvas.changed.connect(self.changed)
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.clicked.connect(self.clear)
        hint = QLabel(self.tr("Sign above the line with the mouse, a finger or a pen."), self)
        hint.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(below)

    def clear(self) -> None:
        self.canvas.strokes.clear()
        self.canvas.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return sum(len(stroke) for stroke in self.canvas.strokes) < MIN_POINTS

    def png_bytes(self) -> bytes:
        """The strokes, black on transparent, at the pad's size, as PNG bytes (in memory)."""
        size = self.canvas.size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.canvas.draw_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the format name as str (bytes are refused at run time); its stub says bytes.
        image.save(buffer, cast(bytes, "PNG"))
        buffer.close()
        return bytes(data.data())
