"""Consents: the clients whose consent was given under an older text and needs asking again.

The list comes from ConsentService.needs_reconsent (a new template version makes earlier
consents for that purpose outdated); double-click opens the client's card on its Consents tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.consent_labels import purpose_label
from ui.dialogs.client_card import ClientCard
from ui.labels import fill

_CLIENT_ID = Qt.ItemDataRole.UserRole


class ConsentsPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("reconsentList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.load)
        self.message = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.retranslate()

    def showEvent(self, event: object) -> None:
        self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def load(self) -> None:
        try:
            due = self._vault.consent.needs_reconsent(self._session)
            names = {
                s.id: s.display_name
                for s in self._vault.clients.summaries(
                    self._session, sorted({d.client_id for d in due})[:500]
                )
            }
        except SalonVaultError as error:
            self.message.setText(str(error))
            return
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            cells = [
                names.get(item.client_id, "…"),
                purpose_label(item.purpose),
                fill(
                    self.tr("version %1 → %2"), str(item.signed_version), str(item.current_version)
                ),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_CLIENT_ID, item.client_id)
                self.table.setItem(row, column, cell)
        self.message.setText(self.tr("%n consent(s) to ask again", "", len(due)))

    def open_row(self, row: int) -> ClientCard | None:
        cell = self.table.item(row, 0)
        if cell is None:
            return None
        try:
            card = ClientCard(self._vault, self._session, int(cell.data(_CLIENT_ID)), self)
        except SalonVaultError as error:
            self.message.setText(str(error))
            return None
        card.show_tab(card.consents_tab)
        card.finished.connect(lambda _result: self.load())
        card.open()
        return card

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr(
                "Consents given under an earlier version of the text. Ask these clients again"
                " when they next come in; until then their earlier answer stands."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Purpose"), self.tr("Text")]
        )
        self.refresh_button.setText(self.tr("Refresh"))
