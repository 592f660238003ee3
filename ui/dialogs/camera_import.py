"""Pick photos from the camera's folder (a memory card, a phone synced to this PC).

The folder is remembered per PC in QSettings, and only its path: nothing about any client. The
newest pictures are shown as small previews decoded in memory; nothing is copied. Deleting the
originals after the import is offered, off by default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.services.photos import PHOTO_SUFFIXES
from ui.file_dialogs import folder_name
from ui.labels import fill

CAMERA_FOLDER_KEY = "photos/camera_folder"
NEWEST_SHOWN = 40
PREVIEW = QSize(120, 120)


def remembered_camera_folder() -> Path | None:
    saved = QSettings().value(CAMERA_FOLDER_KEY)
    if not saved:
        return None
    folder = Path(str(saved))
    return folder if folder.is_dir() else None


def remember_camera_folder(folder: Path) -> None:
    QSettings().setValue(CAMERA_FOLDER_KEY, str(folder))


def choose_camera_folder(parent: QWidget, start: Path | None = None) -> Path | None:
    """Qt's own folder dialog (no desktop thumbnailer gets to look at the photos)."""
    return folder_name(
        parent,
        QCoreApplication.translate("CameraImportDialog", "Choose the camera folder"),
        start,
        QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
    )


def newest_photos(folder: Path, limit: int = NEWEST_SHOWN) -> list[Path]:
    """The newest pictures in the folder (not its subfolders), newest first."""
    found: list[tuple[float, Path]] = []
    try:
        for path in folder.iterdir():
            if path.suffix.lower() in PHOTO_SUFFIXES and path.is_file():
                found.append((path.stat().st_mtime, path))
    except OSError:
        return []
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [path for _mtime, path in found[:limit]]


class CameraImportDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraImport")
        self.setWindowTitle(self.tr("Import from camera folder"))
        self.folder = folder
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change folder…"), self)
        self.change_button.clicked.connect(self.change_folder)
        self.photos = QListWidget(self)
        self.photos.setObjectName("cameraPhotos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(PREVIEW)
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.photos.setAccessibleName(self.tr("Photos in the camera folder"))
        self.empty_label = QLabel(self.tr("No photos in this folder."), self)
        self.delete_originals = QCheckBox(self.tr("Delete the original files after import"), self)
        self.delete_originals.setChecked(False)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.photos.itemSelectionChanged.connect(self._selection_changed)
        self._pending: list[QListWidgetItem] = []
        self._previews = QTimer(self)
        self._previews.setInterval(0)
        self._previews.timeout.connect(self._next_preview)

        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.photos, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.delete_originals)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.load(folder)

    def load(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(fill(self.tr("Folder: %1"), folder))
        self.photos.clear()
        self._pending = []
        for path in newest_photos(folder):
            item = QListWidgetItem(path.name, self.photos)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setSizeHint(QSize(PREVIEW.width() + 24, PREVIEW.height() + 36))
            self._pending.append(item)
        self.empty_label.setVisible(self.photos.count() == 0)
        self._selection_changed()
        if self._pending:
            self._previews.start()  # one preview per turn of the event loop: no freeze

    def change_folder(self) -> None:
        chosen = choose_camera_folder(self, self.folder)
        if chosen is not None:
            remember_camera_folder(chosen)
            self.load(chosen)

    def selected_paths(self) -> list[Path]:
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.photos.selectedItems()]

    def _selection_changed(self) -> None:
        self.import_button.setEnabled(bool(self.photos.selectedItems()))

    def _next_preview(self) -> None:
        if not self._pending:
            self._previews.stop()
            return
        item = self._pending.pop(0)
        reader = QImageReader(str(item.data(Qt.ItemDataRole.UserRole)))
        reader.setAutoTransform(True)  # upright, as the import will store it
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))
