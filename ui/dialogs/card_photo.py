"""The card's photo, to recognise the client (decision 0022): one of the client's own photos,
shown in the card's header to the owner and the technicians, only while photo consent is active.

Choose one of the client's photos, or add one from a file (kept as a photo of the client, not
of a treatment, so the photo consent governs it like every other); remove it from the card
(the photo itself stays). Without consent the buttons are off and the box says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.photos import PhotoKind, Thumbnail
from salonvault.domain.session import Session
from salonvault.services.photos import read_photo_file
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.photo_view import decode
from ui.error_text import error_text
from ui.file_dialogs import open_file_name
from ui.formats import date_text
from ui.palette import colours, text_style

CARD_PHOTO_SIZE = QSize(88, 88)
_PHOTO_ID = Qt.ItemDataRole.UserRole


class CardPhotoBox(QWidget):
    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPhoto")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.photo_id: int | None = None
        self.image = QLabel(self)
        self.image.setObjectName("cardPhotoImage")
        self.image.setFixedSize(CARD_PHOTO_SIZE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)
        self.image.setStyleSheet(
            f"background: {colours().photo_backdrop}; {text_style(colours().muted)}"
        )
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setObjectName("chooseCardPhoto")
        self.choose_button.clicked.connect(self.choose)
        self.add_button = QPushButton(self.tr("Add photo…"), self)
        self.add_button.setObjectName("addCardPhoto")
        self.add_button.clicked.connect(self.add_from_file)
        self.clear_button = QPushButton(self.tr("Remove from card"), self)
        self.clear_button.setObjectName("clearCardPhoto")
        self.clear_button.clicked.connect(self.clear)
        for button in (self.choose_button, self.add_button, self.clear_button):
            button.setAutoDefault(False)
        self.reason = QLabel(self)
        self.reason.setObjectName("cardPhotoReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(text_style(colours().muted))
        self.reason.setMaximumWidth(260)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.image, 0, 0, 4, 1)
        grid.addWidget(self.choose_button, 0, 1)
        grid.addWidget(self.add_button, 1, 1)
        grid.addWidget(self.clear_button, 2, 1)
        grid.addWidget(self.reason, 3, 1)
        self.reload()
        # Consent given or withdrawn, a photo added or removed: show what holds now.
        kinds = (RecordKind.PHOTOS, RecordKind.CONSENT)
        self.changes = ChangeFollower(self, vault, kinds, self.reload)

    def reload(self) -> None:
        """Show the card photo (a logged viewing when there is one) and what may be done."""
        try:
            consent = self._vault.photo_consent.is_active(self._session, self._client_id)
            thumbnail = self._vault.photos.card_photo(self._session, self._client_id)
        except SalonVaultError as error:
            self.reason.setText(error_text(error))
            return
        self._show(thumbnail)
        for button in (self.choose_button, self.add_button):
            button.setEnabled(consent)
        self.clear_button.setVisible(thumbnail is not None)
        self.reason.setText(
            ""
            if consent
            else self.tr(
                "A photo on the card needs the client's photo consent (record it on the Photos"
                " tab)."
            )
        )
        self.reason.setVisible(not consent)

    def _show(self, thumbnail: Thumbnail | None) -> None:
        if thumbnail is None:
            self.photo_id = None
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No photo"))
            return
        self.photo_id = thumbnail.info.id
        pixmap = QPixmap.fromImage(decode(thumbnail.jpeg)).scaled(
            CARD_PHOTO_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image.setPixmap(pixmap)
        self.image.setAccessibleName(self.tr("The client's photo"))

    def choose(self) -> ChooseCardPhotoDialog | None:
        try:
            thumbnails = self._vault.photos.thumbnails(self._session, self._client_id)
        except SalonVaultError as error:
            self.reason.setText(error_text(error))
            self.reason.show()
            return None
        dialog = ChooseCardPhotoDialog(thumbnails, self.photo_id, self)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen_id()))
        dialog.open()
        return dialog

    def _chosen(self, photo_id: int | None) -> None:
        if photo_id is None:
            return
        try:
            self._vault.photos.set_card_photo(self._session, self._client_id, photo_id)
        except SalonVaultError as error:
            self.reason.setText(error_text(error))
            self.reason.show()
            return
        self.reload()

    def add_from_file(self, path: Path | None = None) -> bool:
        """A new photo of the client (not of a treatment), shown on the card."""
        if path is None:
            path = open_file_name(
                self,
                self.tr("Choose a photo for the card"),
                self.tr("Photos (*.jpg *.jpeg *.png *.webp)"),
                options=QFileDialog.Option.DontUseNativeDialog,  # no desktop thumbnail caches
            )
            if path is None:
                return False
        try:
            added = self._vault.photos.add_photo(
                self._session, self._client_id, read_photo_file(path), PhotoKind.BEFORE
            )
            self._vault.photos.set_card_photo(self._session, self._client_id, added.info.id)
        except SalonVaultError as error:
            self.reason.setText(error_text(error))
            self.reason.show()
            return False
        self.reload()
        return True

    def clear(self) -> None:
        try:
            self._vault.photos.clear_card_photo(self._session, self._client_id)
        except SalonVaultError as error:
            self.reason.setText(error_text(error))
            self.reason.show()
            return
        self.reload()


class ChooseCardPhotoDialog(QDialog):
    """The client's photos as thumbnails; Enter or OK takes the highlighted one."""

    def __init__(
        self, thumbnails: list[Thumbnail], current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chooseCardPhoto")
        self.setWindowTitle(self.tr("Photo on the card"))
        self.photos = QListWidget(self)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(120, 120))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setAccessibleName(self.tr("The client's photos"))
        for thumb in thumbnails:
            kind = self.tr("Before") if thumb.info.kind is PhotoKind.BEFORE else self.tr("After")
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(decode(thumb.jpeg))),
                f"{date_text(thumb.info.taken_on)} {kind}",
            )
            item.setData(_PHOTO_ID, thumb.info.id)
            self.photos.addItem(item)
            if thumb.info.id == current:
                self.photos.setCurrentItem(item)
        if self.photos.currentItem() is None and self.photos.count():
            self.photos.setCurrentRow(0)
        self.photos.itemActivated.connect(lambda _item: self.accept())
        self.empty = QLabel(self.tr("The client has no photos yet: add one instead."), self)
        self.empty.setVisible(not thumbnails)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(thumbnails))
        layout = QVBoxLayout(self)
        layout.addWidget(self.photos, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen_id(self) -> int | None:
        item = self.photos.currentItem()
        return int(item.data(_PHOTO_ID)) if item is not None else None
