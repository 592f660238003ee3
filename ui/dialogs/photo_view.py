"""One photo, or a before and an after side by side, scaled to fit the window.

The dialog gets photos the panel already opened through the service (one `photo.view` entry per
opening); it never asks the vault again, so resizing or repainting logs nothing. The JPEG bytes
are decoded in memory and the dialog deletes itself when closed, images and all: no file, no
cache.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.photos import PhotoImage, PhotoKind
from ui.palette import colours


def decode(jpeg: bytes) -> QImage:
    """The stored JPEG as an image, decoded in memory only."""
    # PySide6 takes the format name as str (bytes are refused at run time); its stub says bytes.
    return QImage.fromData(jpeg, cast(bytes, "JPEG"))


class ScaledImage(QLabel):
    """Shows an image as large as fits, keeping its proportions, at any window size."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet(f"background: {colours().photo_backdrop};")

    def sizeHint(self) -> QSize:
        return QSize(480, 600)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.image.isNull():
            return
        scaled = self.image.scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class PhotoViewDialog(QDialog):
    """The compare view with a before and an after (or a viewer with one photo)."""

    def __init__(
        self, photos: list[PhotoImage], captions: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.photos = sorted(photos, key=lambda p: p.info.kind is PhotoKind.AFTER)
        if len(self.photos) == 2 and {p.info.kind for p in self.photos} == set(PhotoKind):
            self.setWindowTitle(self.tr("Compare before and after"))
        else:
            self.setWindowTitle(self.tr("Photo"))
        self.images: list[ScaledImage] = []
        row = QHBoxLayout()
        for photo in self.photos:
            column = QVBoxLayout()
            heading = QLabel(self._heading(photo, captions.get(photo.info.id, "")), self)
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            image = ScaledImage(decode(photo.jpeg), self)
            image.setAccessibleName(heading.text())
            self.images.append(image)
            column.addWidget(heading)
            column.addWidget(image, 1)
            row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(1000 if len(self.photos) > 1 else 560, 700)

    def _heading(self, photo: PhotoImage, caption: str) -> str:
        kind = self.tr("Before") if photo.info.kind is PhotoKind.BEFORE else self.tr("After")
        return f"{kind} — {caption}" if caption else kind
