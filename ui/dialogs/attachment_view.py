"""One attachment's pages, in a zoomable view inside the program (issue 23 item 2).

The pages come from the service already opened (one `attachment.open` entry); they are JPEGs
rebuilt from pixels when the paper was attached, decoded here in memory. Nothing is written to
a file and no outside viewer is started; the dialog deletes itself, pages and all, when closed.
Keyboard: Page Up / Page Down turn pages, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.attachments import OpenedAttachment
from ui.dialogs.photo_view import decode
from ui.formats import date_text
from ui.labels import attachment_kind_label, fill
from ui.palette import colours

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


class AttachmentViewDialog(QDialog):
    def __init__(self, opened: OpenedAttachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened = opened
        info = opened.info
        title = fill(
            self.tr("%1 of %2"), attachment_kind_label(info.kind), date_text(info.dated_on)
        )
        self.setWindowTitle(title)
        self.page_index = 0
        self.zoom: float | None = None  # None: fit the page to the window
        self._image = QImage()
        self._build_page_area()
        self.page_label = QLabel(self)
        self.page_label.setObjectName("attachmentPageNumber")
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.fit_button = QPushButton(self.tr("&Fit page"), self)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)
        self._add_shortcuts()
        controls = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            controls.addWidget(button)
        controls.addWidget(self.page_label)
        controls.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            controls.addWidget(button)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if info.note:
            note = QLabel(info.note, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(controls)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(closing)
        self.resize(820, 760)
        self.show_page(0)
        self.scroller.setFocus()

    def _build_page_area(self) -> None:
        self.picture = QLabel(self)
        self.picture.setObjectName("attachmentPage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setStyleSheet(f"background: {colours().photo_backdrop};")
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Fitting follows the room the page has: the viewport's own size, which the layout
        # settles after the dialog's first resize (the page opened as a speck before).
        self.scroller.viewport().installEventFilter(self)

    def _add_shortcuts(self) -> None:
        keyed: tuple[tuple[QKeySequence, Callable[[], None]], ...] = (
            # Ctrl++ and Ctrl+= (the same key without Shift on most layouts), Ctrl+-
            (QKeySequence("Ctrl++"), lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence("Ctrl+-"), lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.show_page(self.page_index + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.show_page(self.page_index - 1)),
        )
        for keys, action in keyed:
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(action)

    def show_page(self, index: int) -> None:
        pages = self.opened.pages
        if not 0 <= index < len(pages):
            return
        self.page_index = index
        self._image = decode(pages[index].jpeg)
        self.page_label.setText(fill(self.tr("Page %1 of %2"), index + 1, len(pages)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(pages) - 1)
        self._paint()

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.shown_scale() * factor))
        self._paint()

    def fit(self) -> None:
        self.zoom = None
        self._paint()

    def shown_scale(self) -> float:
        """The page's scale as shown now (the fitted one when fitting)."""
        if self.zoom is not None:
            return self.zoom
        if self._image.isNull():
            return 1.0
        room = self.scroller.viewport().size()
        return float(
            min(
                max(room.width() - 8, 1) / self._image.width(),
                max(room.height() - 8, 1) / self._image.height(),
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self._paint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.zoom is None:
            self._paint()
        return super().eventFilter(watched, event)

    def _paint(self) -> None:
        if self._image.isNull():
            return
        scale = self.shown_scale()
        width = max(1, round(self._image.width() * scale))
        scaled = self._image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(scaled))
