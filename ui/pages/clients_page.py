"""Find or register a client: the search box has focus, results follow the typing.

With the box empty the page lists every client (most recent visit first, or by name from the
Name header), read lazily a page at a time. Results are what ClientService returns for this
role (phones masked for technicians).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientSummary
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.models.client_table import LAST_VISIT, NAME, ClientTableModel

TYPING_PAUSE_MS = 120  # search once typing pauses, not on every keystroke
# What a row shows: name, phone, archived (clients), alert flags (health), last visit (visits).
SHOWS = (RecordKind.CLIENTS, RecordKind.HEALTH, RecordKind.VISITS)


class ClientsPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("clientSearch")
        self.search_box.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setVisible(role_allows(session.role, Permission.CONTACT_WRITE))
        self.new_button.clicked.connect(self.new_client)
        self.import_button = self._import_button(session)
        self.archived_box = QCheckBox(self)
        self.archived_box.setObjectName("showArchived")
        self.archived_box.setVisible(role_allows(session.role, Permission.CONTACT_WRITE))
        self.archived_box.toggled.connect(lambda _on: self.run_search())
        self._by_name = False
        self.model = ClientTableModel(self._load_page, self)
        self.table = QTableView(self)
        self.table.setObjectName("clientResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(LAST_VISIT, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        self.table.doubleClicked.connect(self._open_index)
        self.message = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._open_first)
        self.search_box.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.search_box, 1)
        row.addWidget(self.archived_box)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        # Read when first shown (nothing at sign-in), then again whenever a row may differ.
        self.changes = ChangeFollower(self, vault, SHOWS, self.run_search, stale=True)

    def showEvent(self, event: QShowEvent) -> None:
        self.search_box.setFocus()  # ready to type the moment the page shows
        super().showEvent(event)

    def run_search(self) -> None:
        text = self.search_box.text().strip()
        archived = self.archived_box.isChecked()
        try:
            if not text:  # every client, read as the list is scrolled
                ids = self._vault.clients.list_ids(self._session, self._by_name, archived)
                self.model.set_ids(ids)
                self.message.setText(self.tr("%n client(s)", "", len(ids)))
                return
            rows = self._vault.clients.search(self._session, text, include_archived=archived)
        except SalonVaultError as error:
            self.message.setText(str(error))
            return
        self.model.set_rows(rows)
        self.message.setText(self.tr("%n client(s) found", "", len(rows)))
        if rows:
            self.table.selectRow(0)

    def _load_page(self, ids: list[int]) -> list[ClientSummary]:
        try:
            return self._vault.clients.summaries(self._session, ids)
        except SalonVaultError as error:  # e.g. the session ended: rows show as "…"
            self.message.setText(str(error))
            return []

    def _sort_by(self, column: int) -> None:
        """The full list sorts in the vault (by name or last visit); search keeps its ranking."""
        if column in (NAME, LAST_VISIT):
            self._by_name = column == NAME
        order = Qt.SortOrder.AscendingOrder if self._by_name else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(NAME if self._by_name else LAST_VISIT, order)
        if not self.search_box.text().strip():
            self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the results."""
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                current = self.table.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                target = max(0, min(self.model.rowCount() - 1, current + step))
                self.table.selectRow(target)
                return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        self._timer.stop()
        self.run_search()
        row = self.table.currentIndex().row()
        if row >= 0:
            self.open_client(self.model.client_id(row))

    def _open_index(self, index: QModelIndex) -> None:
        self.open_client(self.model.client_id(index.row()))

    def open_client(self, client_id: int) -> ClientCard | None:
        try:
            card = ClientCard(self._vault, self._session, client_id, self)
        except SalonVaultError as error:
            self.message.setText(str(error))
            return None
        card.finished.connect(lambda _result: self._card_closed(card))
        card.open()
        return card

    def _card_closed(self, card: ClientCard) -> None:
        if card.merged_into is not None:
            self.open_client(card.merged_into)

    def new_client(self) -> ClientDialog:
        dialog = ClientDialog(self._vault, self._session, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _import_button(self, session: Session) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName("importClients")
        button.setVisible(role_allows(session.role, Permission.IMPORT))  # the owner's
        button.clicked.connect(self.import_clients)
        return button

    def import_clients(self) -> ImportWizard:
        """The owner's import wizard (the list follows the new clients by itself)."""
        wizard = ImportWizard(self._vault, self._session, self)
        wizard.open()
        return wizard

    def _created(self, dialog: ClientDialog) -> None:
        if dialog.created is not None:  # not a refresh: the search turns to the new client
            self.search_box.setText(dialog.created.display_name)
            self.run_search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Find a client: name, phone, e-mail or tag"))
        self.search_box.setAccessibleName(self.tr("Find a client"))
        self.new_button.setText(self.tr("New client…"))
        self.import_button.setText(self.tr("Import…"))
        self.archived_box.setText(self.tr("Show archived"))
        self.table.setAccessibleName(self.tr("Clients found"))
