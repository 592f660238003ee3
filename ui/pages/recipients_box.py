"""Settings, owner only: whom the salon itself passes client data to (an SMS provider, messaging
apps, an accountant …) and which of them are abroad (decision 0041). Listed once here; the
privacy notice, the record of processing and the data report read them from the settings
service. The program itself sends nothing, and the box says so.

A table edited in place with the keyboard: Alt+A adds a row and puts the cursor in its name,
Tab walks the cells, Alt+R removes the current row, Alt+S saves the whole list (one logged
change). The service checks every row and names the one that is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.recipients import Recipient
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.palette import colours, text_style
from ui.widgets.focus import scroll_into_view

NAME, PURPOSE, COUNTRY, SAFEGUARD = range(4)


class RecipientsBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsBox")
        self._vault = vault
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("recipientsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PURPOSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SAFEGUARD, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.abroad_note = QLabel(self)
        self.abroad_note.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addRecipient")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeRecipient")
        self.remove_button.clicked.connect(self.remove_row)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRecipients")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("recipientsStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.abroad_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.save_button)
        self._said: Callable[[], str] = str
        self.read()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.SETTINGS], self.read)

    def read(self) -> None:
        recipients = self._vault.settings.recipients()
        self.table.setRowCount(0)
        for recipient in recipients:
            self._append(recipient)

    def listed(self) -> list[Recipient]:
        """The rows as typed (the service cleans and checks them); empty rows are left out."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, column) for column in (NAME, PURPOSE, COUNTRY, SAFEGUARD)]
            if any(cells):
                rows.append(Recipient(*cells))
        return rows

    def add_row(self) -> None:
        self._append(Recipient("", "", self._vault.settings.salon_country()))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        """The current row; with none, the status line says what to do (never a grey button
        that does not say why)."""
        row = self.table.currentRow()
        if row < 0 or self.table.rowCount() == 0:
            self._say(lambda: self.tr("Choose a row in the list first, then remove it."))
            return
        self.table.removeRow(row)

    def save(self) -> bool:
        try:
            self._vault.settings.set_recipients(self._session, self.listed())
        except SalonVaultError as failed:
            refused = failed  # kept for retranslation: the except name is cleared after
            self._say(lambda: error_text(refused), error=True)
            return False
        self._say(
            lambda: self.tr(
                "Saved. The privacy notice, the record of processing and the data reports name"
                " these recipients from now on."
            )
        )
        return True

    def _append(self, recipient: Recipient) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (recipient.name, recipient.purpose, recipient.country, recipient.safeguard)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _say(self, words: Callable[[], str], error: bool = False) -> None:
        self._said = words
        self.status.setText(words())
        self.status.setStyleSheet(text_style(colours().error) if error else "")
        # The line is at the foot of a long tab: scroll to it once its new words are laid out.
        QTimer.singleShot(0, self, lambda: scroll_into_view(self.status))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recipients and transfers abroad"))
        self.intro.setText(
            self.tr(
                "SalonVault itself sends client data nowhere. List here whom the salon passes"
                " client data to: an SMS provider, messaging apps (Zalo, WeChat, WhatsApp …),"
                " an accountant, an IT helper. The privacy notice, the record of processing and"
                " the data report name them."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("What it receives the data for"),
                self.tr("Country (code)"),
                self.tr("Safeguard, if abroad"),
            ]
        )
        self.abroad_note.setText(
            self.tr(
                "A recipient in another country than the salon's is a transfer abroad; say what"
                " protects it (contract clauses, the client's consent …)."
            )
        )
        self.add_button.setText(self.tr("&Add a recipient"))
        self.remove_button.setText(self.tr("&Remove the row"))
        self.save_button.setText(self.tr("&Save the list"))
        self.status.setText(self._said())
