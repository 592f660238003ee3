"""Search results as a table: what ClientService.search returned, nothing more.

Columns are constants; `RAW_ROLE` gives the sortable raw value, `ID_ROLE` the client id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from salonvault.domain.clients import ClientSummary

NAME, PHONE, ALERTS, LAST_VISIT = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []

    def set_rows(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            NAME: QCoreApplication.translate("ClientTable", "Name"),
            PHONE: QCoreApplication.translate("ClientTable", "Phone"),
            ALERTS: QCoreApplication.translate("ClientTable", "Alerts"),
            LAST_VISIT: QCoreApplication.translate("ClientTable", "Last visit"),
        }
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid():
            return None
        client = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return client.id
        if role == RAW_ROLE:
            return _raw(client, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(client, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == ALERTS and client.has_severe_alert:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ALERTS:
            return _alert_words(client)
        return None


def _raw(client: ClientSummary, column: int) -> Any:
    alerts = int(client.has_severe_alert) + int(client.has_alerts)
    last = client.last_visit_on.isoformat() if client.last_visit_on else ""
    return (client.display_name, client.phone or "", alerts, last)[column]


def _display(client: ClientSummary, column: int) -> str:
    if column == NAME:
        return client.display_name
    if column == PHONE:
        return client.phone or ""
    if column == ALERTS:
        if client.has_severe_alert:
            return "⚠ " + QCoreApplication.translate("ClientTable", "severe")
        return "⚠" if client.has_alerts else ""
    return client.last_visit_on.isoformat() if client.last_visit_on else ""


def _alert_words(client: ClientSummary) -> str:
    if client.has_severe_alert:
        return QCoreApplication.translate("ClientTable", "Severe health alert")
    if client.has_alerts:
        return QCoreApplication.translate("ClientTable", "Health alert")
    return ""
