"""The card's Activity tab (owner only): who opened or changed this client's record, and when.

The entries come from AuditService.client_activity, which refuses anyone without
Permission.AUDIT_READ; the card adds the tab only for the owner. Details are field names and
counts, never values (that is how the activity log is written). Entries logged about a record
later merged into this one are included and marked with that record's number.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.audit import AuditEntry, Outcome
from salonvault.domain.changes import RecordKind
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.audit_words import AuditWords
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.labels import fill, local_time
from ui.palette import colours
from ui.widgets.table_fill import start_refill

WHEN, WHO, WHAT, DETAILS = range(4)


class ActivityTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "activity", parent)
        self.entries: list[AuditEntry] = []
        self.words = AuditWords(self)
        intro = QLabel(
            self.tr("Everything the activity log holds about this client, newest first."), self
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("activityList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.reload()
        # Most of what happens on the card is logged (openings, reports, comparisons too).
        self.changes = ChangeFollower(self, vault, [RecordKind.AUDIT], self.reload)

    def reload(self) -> None:
        self.entries = self._vault.audit.client_activity(self._session, self._client_id)
        start_refill(self.table, len(self.entries))
        for row, entry in enumerate(self.entries):
            details = self.words.details(entry.detail, entry.action)  # as the log page words it
            if entry.object_id != str(self._client_id):  # logged before a merge, on the other id
                merged_in = fill(self.tr("Merged-in record %1"), entry.object_id)
                details = f"{merged_in} · {details}" if details else merged_in
            cells = [
                local_time(entry.at),
                self.words.who(entry, self._staff_names),
                self.words.action(entry),
                details,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(entry.detail if column == DETAILS else text)
                if entry.outcome is not Outcome.OK:
                    cell.setForeground(QColor(colours().error))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """Wrapped details need their rows measured once the column has its real width."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
