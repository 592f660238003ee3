"""The card's Papers tab: scanned or photographed paper kept in the vault (issue 23 item 2).

Each role sees what the service hands it: receptionists see the other kinds and a line saying
how many health papers are held for the owner and technicians. The list is read (and logged as
`attachment.list`) the first time the tab shows, not when the card opens. Enter or a double
click opens the highlighted paper in the viewer; files are chosen through the file-dialog
helper and read into memory by the service, which keeps only cleaned pages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.attachments import AttachmentInfo, AttachmentKind
from salonvault.domain.changes import RecordKind
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.access import local_today
from salonvault.services.attachments import may_read, may_write, read_attachment_file
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.consent_labels import purpose_label
from ui.dialogs.attachment_view import AttachmentViewDialog
from ui.dialogs.card_tabs.base import CardTab
from ui.error_text import error_text
from ui.file_dialogs import open_file_name
from ui.formats import date_text
from ui.labels import attachment_kind_label, fill
from ui.qt_dates import from_qdate, to_qdate
from ui.widgets.form_dialog import FormDialog


class AttachmentsTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "attachments", parent)
        self._shown: list[AttachmentInfo] = []
        self.writable = [k for k in AttachmentKind if may_write(session.role, k)]
        self.table = self._list_table(
            "attachmentList",
            [
                self.tr("Dated"),
                self.tr("Paper"),
                self.tr("Pages"),
                self.tr("Note"),
                self.tr("Added by"),
            ],
            stretch=3,
        )
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("healthPapersHidden")
        self.hidden_note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Attach a scan…"), self)
        self.add_button.setObjectName("attachScan")
        self.add_button.clicked.connect(self.ask_add)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.clicked.connect(self.ask_remove)
        self.why_not = QLabel(self)
        self.why_not.setObjectName("attachWhyNot")
        self.why_not.setWordWrap(True)
        if not self.writable:
            self.add_button.setEnabled(False)
            self.why_not.setText(self.tr("Scanned papers are added by the owner or reception."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.why_not, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.changes = ChangeFollower(
            self, vault, [RecordKind.ATTACHMENTS], self.reload, stale=True
        )

    def reload(self) -> None:
        listing = self._vault.attachments.listing(self._session, self._client_id)
        self._shown = [info for info, _thumbnail in listing.shown]
        self.table.setRowCount(len(self._shown))
        for row, info in enumerate(self._shown):
            cells = [
                date_text(info.dated_on),
                attachment_kind_label(info.kind),
                str(info.page_count),
                info.note,
                self._staff_names.get(info.added_by, "—"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.hidden_note.setText(
            self.tr(
                "%n health paper(s) (doctor's letters, prescriptions) are held for the owner"
                " and technicians.",
                "",
                listing.health_hidden,
            )
        )
        self.hidden_note.setVisible(listing.health_hidden > 0)
        if self._shown:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.open_button.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None and may_write(self._session.role, info.kind))

    def open_selected(self) -> AttachmentViewDialog | None:
        info = self.selected()
        if info is None or not may_read(self._session.role, info.kind):
            return None
        try:
            opened = self._vault.attachments.open(self._session, self._client_id, info.id)
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Scanned paper"), error_text(error))
            return None
        viewer = AttachmentViewDialog(opened, self.window())
        viewer.open()
        return viewer

    def ask_add(self) -> AddAttachmentDialog | None:
        if not self.writable:
            return None
        dialog = AddAttachmentDialog(self._vault, self._session, self._client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_remove(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove scanned paper"),
            fill(
                self.tr("Remove the %1 of %2 from the vault? This cannot be undone."),
                attachment_kind_label(info.kind),
                date_text(info.dated_on),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._vault.attachments.remove(self._session, self._client_id, info.id)
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Scanned paper"), error_text(error))


class AddAttachmentDialog(FormDialog):
    """The file, what paper it is, its date, a note, and for a paper consent the consent it
    proves. The file is read into memory and cleaned by the service; nothing is copied."""

    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addAttachment")
        self.setWindowTitle(self.tr("Attach a scanned paper"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.path = QLineEdit(self)
        self.path.setObjectName("attachmentFile")
        self.path.setPlaceholderText(self.tr("a PDF, JPEG or PNG file"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self.choose_file)
        row = QWidget(self)
        file_row = QHBoxLayout(row)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.kind = QComboBox(self)
        self.kind.setObjectName("attachmentKind")
        for kind in AttachmentKind:
            if may_write(session.role, kind):
                self.kind.addItem(attachment_kind_label(kind), kind.value)
        self.dated = QDateEdit(self)
        self.dated.setCalendarPopup(True)
        self.dated.setDisplayFormat("yyyy-MM-dd")
        today = local_today(vault.clock)
        self.dated.setMaximumDate(to_qdate(today))
        self.dated.setMinimumDate(to_qdate(date(1900, 1, 1)))
        self.dated.setDate(to_qdate(today))
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self.consent = QComboBox(self)
        self.consent.setObjectName("attachmentConsent")
        for record_id, purpose, signed in vault.attachments.paper_consents(session, client_id):
            label = purpose_label(Purpose(purpose))
            self.consent.addItem(
                fill(self.tr("%1, signed %2"), label, date_text(signed)), record_id
            )
        self.consent_label = QLabel(self.tr("Proves the consent"), self)
        self.add_field(self.tr("&File"), row, "file", focus_on_error=self.path)
        self.add_field(self.tr("&Paper"), self.kind, "kind")
        self.add_field(self.tr("&Date on the paper"), self.dated, "dated_on")
        self.add_field(self.tr("&Note"), self.note, "note")
        self.add_field(self.consent_label, self.consent, "consent")
        self.no_consent = QLabel(
            self.tr("Record the paper consent on the Consents tab first (signed on paper)."), self
        )
        self.no_consent.setWordWrap(True)
        self.body.addWidget(self.no_consent)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, self.sizeHint().height())

    def choose_file(self) -> None:
        chosen = open_file_name(
            self,
            self.tr("Choose the scanned paper"),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # no desktop thumbnail caches
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def _kind_changed(self) -> None:
        is_consent = self.kind.currentData() == AttachmentKind.PAPER_CONSENT.value
        self.consent.setVisible(is_consent)
        self.consent_label.setVisible(is_consent)
        self.no_consent.setVisible(is_consent and self.consent.count() == 0)

    def save_form(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self.show_error("file", self.tr("Choose the file of the scanned paper."))
            return False
        path = Path(text)
        kind = AttachmentKind(self.kind.currentData())
        consent = self.consent.currentData() if kind is AttachmentKind.PAPER_CONSENT else None
        with self.busy():
            self._vault.attachments.add(
                self._session,
                self._client_id,
                read_attachment_file(path),
                path.name,
                kind,
                from_qdate(self.dated.date()),
                self.note.text(),
                consent,
            )
        return True
