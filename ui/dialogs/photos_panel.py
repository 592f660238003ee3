"""A client's before/after photos, for the client card (owner and technician only).

Without active photo consent the panel shows that, a button that opens the consent dialog for
photos, and nothing else. With it: a table of thumbnails, one row per treatment (before |
after), adding from a file or the camera folder, the compare view, removing a photo, and
withdrawing the consent (which deletes every photo, after a confirmation that says so).

Everything goes through the vault's services; images are decoded in memory and never written to
a file. The thumbnails are fetched once, when the panel is first shown (one `photo.list` entry);
imports run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.changes import RecordKind
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.photos import PhotoKind, Thumbnail
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.photos import read_photo_file
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.camera_import import (
    CameraImportDialog,
    choose_camera_folder,
    remember_camera_folder,
    remembered_camera_folder,
)
from ui.dialogs.consent_dialog import ConsentDialog
from ui.dialogs.photo_view import PhotoViewDialog, decode
from ui.error_text import error_text
from ui.file_dialogs import open_file_names
from ui.formats import date_text
from ui.labels import fill
from ui.operations import Operations

THUMB = QSize(150, 150)
_VISIT_COLUMN, _BEFORE_COLUMN, _AFTER_COLUMN = 0, 1, 2
_PHOTO_ID = Qt.ItemDataRole.UserRole  # on before/after cells: the photo's id


class PhotosPanel(QWidget):
    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photosPanel")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.operations = Operations(self)
        self.thumbnails: list[Thumbnail] = []
        self._loaded = False
        self.consent_active = False
        self._visit_names: dict[int, str] = {}

        self.consent_label = QLabel(self)
        self.consent_label.setWordWrap(True)
        self.record_consent_button = QPushButton(self.tr("Record photo consent…"), self)
        self.record_consent_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("Withdraw photo consent…"), self)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self._may_withdraw = role_allows(session.role, Permission.CONSENT_WITHDRAW)

        self.content = QWidget(self)
        self.kind = QComboBox(self.content)
        self.kind.addItem(self.tr("Before"), PhotoKind.BEFORE)
        self.kind.addItem(self.tr("After"), PhotoKind.AFTER)
        self.kind.setAccessibleName(self.tr("Before or after"))
        self.visit = QComboBox(self.content)
        self.visit.setAccessibleName(self.tr("Treatment"))
        self.add_file_button = QPushButton(self.tr("Add photo from file…"), self.content)
        self.add_file_button.clicked.connect(self.add_from_file)
        self.camera_button = QPushButton(self.tr("Import from camera folder…"), self.content)
        self.camera_button.clicked.connect(self.import_from_camera_folder)
        self.table = self._make_table()
        self.compare_button = QPushButton(self.tr("Compare before and after…"), self.content)
        self.compare_button.clicked.connect(self.compare_current)
        self.remove_button = QPushButton(self.tr("Remove photo…"), self.content)
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty_label = QLabel(self.tr("No photos yet."), self.content)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self._show_consent_state(vault.photo_consent.is_active(session, client_id))
        # Photo consent given or withdrawn elsewhere (the card's Consents tab). Its own photos
        # it keeps in step itself: a re-read would list (and log) every thumbnail again.
        self.changes = ChangeFollower(
            self, vault, [RecordKind.CONSENT], self.consent_changed, with_window=True
        )

    def _make_table(self) -> QTableWidget:
        """Thumbnails in rows per treatment: treatment | before | after."""
        table = QTableWidget(0, 3, self.content)
        table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        table.setObjectName("photoTable")
        table.setHorizontalHeaderLabels([self.tr("Treatment"), self.tr("Before"), self.tr("After")])
        table.setIconSize(THUMB)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(THUMB.height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(_VISIT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (_BEFORE_COLUMN, _AFTER_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, THUMB.width() + 12)
        table.setAccessibleName(self.tr("Photos by treatment"))
        table.cellDoubleClicked.connect(self.compare)
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _lay_out(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.visit, 1)
        adding.addWidget(self.add_file_button)
        adding.addWidget(self.camera_button)
        actions = QHBoxLayout()
        actions.addWidget(self.compare_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(adding)
        content.addWidget(self.empty_label)
        content.addWidget(self.table, 1)
        content.addLayout(actions)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_label, 1)
        consent.addWidget(self.record_consent_button)
        consent.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(consent)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.message)

    # -- consent -----------------------------------------------------------------------------

    def _show_consent_state(self, active: bool) -> None:
        self.consent_active = active
        if active:
            self.consent_label.setText(self.tr("Photo consent: given."))
        else:
            self.consent_label.setText(
                self.tr(
                    "Photo consent: not recorded. Before/after photos can be taken and kept only"
                    " after the client agrees."
                )
            )
        self.record_consent_button.setVisible(not active)
        self.withdraw_button.setVisible(active and self._may_withdraw)
        self.content.setVisible(active)
        # Without photos the panel is one line: it takes no room from the rest of the card.
        vertical = QSizePolicy.Policy.Preferred if active else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.updateGeometry()

    def record_consent(self) -> None:
        """The consent dialog for photos alone: the text, agree or refuse, the signature."""
        dialog = ConsentDialog(
            self._vault, self._session, self._client_id, [Purpose.PHOTOS], parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        active = self._call(
            lambda: self._vault.photo_consent.is_active(self._session, self._client_id)
        )
        if active is True:
            self.message.setText(self.tr("Photo consent recorded."))
            self._show_consent_state(True)
            self.load()
        else:
            self.message.setText(self.tr("The client refused photos; the refusal is recorded."))

    def withdraw_consent(self) -> None:
        count = len(self.thumbnails)
        answer = QMessageBox.warning(
            self,
            self.tr("Withdraw photo consent"),
            self.tr(
                "Withdraw the client's photo consent? %n photo(s) of this client will be"
                " deleted from the vault now. This cannot be undone.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self._call(
            lambda: self._vault.photo_consent.withdraw(self._session, self._client_id)
        )
        if deleted is None:
            return
        self.thumbnails = []
        self._fill_table()
        self._show_consent_state(False)
        self.message.setText(
            self.tr("Photo consent withdrawn; %n photo(s) deleted.", "", int(deleted))
        )

    # -- thumbnails --------------------------------------------------------------------------

    def consent_changed(self) -> None:
        """The client's photo consent may have been recorded or withdrawn: ask again, and read
        the photos afresh when next shown."""
        active = self._call(
            lambda: self._vault.photo_consent.is_active(self._session, self._client_id)
        )
        self._loaded = False
        if not active:
            self.thumbnails = []
            self._fill_table()
        self._show_consent_state(bool(active))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.consent_active:
            return
        if self._loaded:
            self._load_visits()  # a treatment may have been added meanwhile (not logged)
        else:
            self.load()

    def load(self) -> None:
        """Fetch the thumbnails (one `photo.list` entry) and the treatments to file them under."""
        self._load_visits()
        found = self._call(lambda: self._vault.photos.thumbnails(self._session, self._client_id))
        if found is None:
            return
        self._loaded = True
        self.thumbnails = list(found)
        self._fill_table()

    def _load_visits(self) -> None:
        chosen = self.visit.currentData()
        visits = self._call(lambda: self._vault.treatments.history(self._session, self._client_id))
        self._visit_names = {
            v.id: f"{date_text(v.visited_on)}  {v.service_name}" for v in visits or []
        }
        self.visit.clear()
        self.visit.addItem(self.tr("No treatment"), None)
        for visit_id, name in self._visit_names.items():
            self.visit.addItem(name, visit_id)
        if chosen is not None and self.visit.findData(chosen) >= 0:
            self.visit.setCurrentIndex(self.visit.findData(chosen))
        elif self._visit_names:
            self.visit.setCurrentIndex(1)  # the newest treatment: usually today's

    def _fill_table(self) -> None:
        """One row per treatment (and per pair when there are several), before | after."""
        self.table.setRowCount(0)
        groups: dict[tuple[int | None, str], dict[PhotoKind, list[Thumbnail]]] = {}
        for thumb in self.thumbnails:
            info = thumb.info
            key = (info.visit_id, "" if info.visit_id is not None else info.taken_on.isoformat())
            groups.setdefault(key, {PhotoKind.BEFORE: [], PhotoKind.AFTER: []})[info.kind].append(
                thumb
            )
        for (visit_id, taken_on), kinds in groups.items():
            label = self._visit_names.get(visit_id or -1) if visit_id is not None else None
            if label is None:
                label = fill(self.tr("%1 (no treatment)"), taken_on) if taken_on else "—"
            pairs = max(len(kinds[PhotoKind.BEFORE]), len(kinds[PhotoKind.AFTER]))
            for index in range(pairs):
                row = self.table.rowCount()
                self.table.insertRow(row)
                visit_item = QTableWidgetItem(label)
                visit_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, _VISIT_COLUMN, visit_item)
                for kind, column in (
                    (PhotoKind.BEFORE, _BEFORE_COLUMN),
                    (PhotoKind.AFTER, _AFTER_COLUMN),
                ):
                    if index < len(kinds[kind]):
                        self.table.setItem(row, column, self._photo_item(kinds[kind][index]))
        self.empty_label.setVisible(not self.thumbnails)
        self.table.setVisible(bool(self.thumbnails))
        self._update_buttons()

    def _photo_item(self, thumb: Thumbnail) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setIcon(QIcon(QPixmap.fromImage(decode(thumb.jpeg))))
        item.setData(_PHOTO_ID, thumb.info.id)
        item.setToolTip(date_text(thumb.info.taken_on))
        return item

    def _update_buttons(self) -> None:
        has_photos = bool(self.thumbnails)
        self.compare_button.setEnabled(has_photos)
        self.remove_button.setEnabled(bool(self.selected_photo_ids()))

    def selected_photo_ids(self) -> list[int]:
        ids = [item.data(_PHOTO_ID) for item in self.table.selectedItems()]
        return [int(i) for i in ids if i is not None]

    # -- adding ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.operations.busy

    def add_from_file(self) -> None:
        paths = open_file_names(
            self,
            self.tr("Choose photos"),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # no desktop thumbnail caches
        )
        if paths:
            self.import_files(paths)

    def import_from_camera_folder(self) -> CameraImportDialog | None:
        folder = remembered_camera_folder() or choose_camera_folder(self)
        if folder is None:
            return None
        remember_camera_folder(folder)
        dialog = CameraImportDialog(folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.import_files(
                dialog.selected_paths(), delete_originals=dialog.delete_originals.isChecked()
            )
        )
        dialog.open()
        return dialog

    def import_files(self, paths: list[Path], delete_originals: bool = False) -> None:
        """Add the files as the chosen kind and treatment, off the GUI thread."""
        kind = PhotoKind(self.kind.currentData())
        visit_id = self.visit.currentData()
        vault, session, client_id = self._vault, self._session, self._client_id

        def work() -> list[tuple[Path, Thumbnail | None, str]]:
            results: list[tuple[Path, Thumbnail | None, str]] = []
            for path in paths:
                try:
                    data = read_photo_file(path)
                    added = vault.photos.add_photo(session, client_id, data, kind, visit_id)
                except SalonVaultError as error:
                    results.append((path, None, error_text(error)))
                    continue
                problem = ""
                if delete_originals:
                    try:
                        path.unlink()
                    except OSError as error:
                        problem = error.strerror or type(error).__name__
                results.append((path, added, problem))
            return results

        self._set_busy(True)
        self.message.setText(self.tr("Adding photos…"))
        self.operations.run(work, self._imported, self._import_failed)

    def _imported(self, results: list[tuple[Path, Thumbnail | None, str]]) -> None:
        if not isValid(self):
            return  # the card closed (or the screen locked) while the import ran
        self._set_busy(False)
        added = [thumb for _path, thumb, _problem in results if thumb is not None]
        self.thumbnails.extend(added)
        self._fill_table()
        lines = [self.tr("%n photo(s) added.", "", len(added))]
        for path, thumb, problem in results:
            if thumb is None:
                lines.append(fill(self.tr("%1: %2"), path.name, problem))
            elif problem:
                lines.append(
                    fill(
                        self.tr("%1 was added but the original could not be deleted (%2)."),
                        path.name,
                        problem,
                    )
                )
        self.message.setText("\n".join(lines))

    def _import_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.message.setText(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.add_file_button, self.camera_button, self.withdraw_button):
            button.setDisabled(busy)

    # -- viewing and removing ----------------------------------------------------------------

    def compare_current(self) -> PhotoViewDialog | None:
        return self.compare()

    def compare(self, row: int | None = None, column: int | None = None) -> PhotoViewDialog | None:
        """The compare view: the selected photos, or the row's before and after (one entry)."""
        ids = self.selected_photo_ids()
        if row is not None and column in (_BEFORE_COLUMN, _AFTER_COLUMN):
            item = self.table.item(row, column)
            ids = [int(item.data(_PHOTO_ID))] if item is not None else []
        elif len(ids) != 2:
            current = self.table.currentRow() if row is None else row
            ids = self._row_photos(max(0, current))
        if not ids:
            return None
        photos = self._call(
            lambda: self._vault.photos.open_photos(self._session, self._client_id, ids[:2])
        )
        if photos is None:
            return None
        captions = {p.info.id: self._caption(p.info.id) for p in photos}
        dialog = PhotoViewDialog(photos, captions, self)
        dialog.open()
        return dialog

    def _row_photos(self, row: int) -> list[int]:
        ids = []
        for column in (_BEFORE_COLUMN, _AFTER_COLUMN):
            item = self.table.item(row, column)
            if item is not None:
                ids.append(int(item.data(_PHOTO_ID)))
        return ids

    def _caption(self, photo_id: int) -> str:
        for thumb in self.thumbnails:
            if thumb.info.id == photo_id:
                name = self._visit_names.get(thumb.info.visit_id or -1)
                return name or date_text(thumb.info.taken_on)
        return ""

    def remove_selected(self) -> None:
        ids = self.selected_photo_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove %n photo(s) from the vault? This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for photo_id in ids:
            removed = self._call(
                partial(self._vault.photos.remove_photo, self._session, self._client_id, photo_id)
            )
            if removed is None:
                break  # the refusal or error is shown; what was removed so far stays removed
            self.thumbnails = [t for t in self.thumbnails if t.info.id != photo_id]
        self._fill_table()

    # -- helpers -----------------------------------------------------------------------------

    def _call(self, action: Callable[[], Any]) -> Any:
        """Run a service call; its refusal or error shows below the photos. None on failure."""
        self.message.clear()
        try:
            result = action()
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        return True if result is None else result
