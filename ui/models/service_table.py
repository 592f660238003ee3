"""The service catalogue as a table model for the owner's Services page (one row a service)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from salonvault.domain.treatments import SalonService
from salonvault.services.money import format_price
from ui.labels import fill

COLUMN_NAME, COLUMN_GROUP, COLUMN_MINUTES, COLUMN_PRICE, COLUMN_PATCH, COLUMN_ACTIVE = range(6)
COLUMN_COUNT = 6
SERVICE_ROLE = Qt.ItemDataRole.UserRole  # the SalonService itself
_NO_PARENT = QModelIndex()


class ServiceTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._services: list[SalonService] = []
        self._currency = ""
        self._language = "en"

    def set_services(self, services: list[SalonService], currency: str, language: str) -> None:
        self.beginResetModel()
        self._services = services
        self._currency = currency
        self._language = language
        self.endResetModel()

    def service_at(self, row: int) -> SalonService | None:
        return self._services[row] if 0 <= row < len(self._services) else None

    def row_of(self, service_id: int) -> int:
        for row, service in enumerate(self._services):
            if service.id == service_id:
                return row
        return -1

    def services(self) -> list[SalonService]:
        return list(self._services)

    def ids(self) -> list[int]:
        return [s.id for s in self._services]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._services)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        service = self.service_at(index.row())
        if service is None:
            return None
        if role == SERVICE_ROLE:
            return service
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(service, index.column())

    def _cell(self, service: SalonService, column: int) -> str:
        minutes, price = service.duration_minutes, service.price_minor
        minutes_text = QCoreApplication.translate("ServiceTable", "%1 min")
        cells = {
            COLUMN_NAME: service.name,
            COLUMN_GROUP: service.group,
            COLUMN_MINUTES: "" if minutes is None else fill(minutes_text, minutes),
            COLUMN_PRICE: "" if price is None else self._price(price),
            COLUMN_PATCH: _yes_no(service.requires_patch_test),
            COLUMN_ACTIVE: _yes_no(service.active),
        }
        return cells.get(column, "")

    def _price(self, minor: int) -> str:
        return format_price(minor, self._currency, self._language)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ServiceTable", "Service"),
            QCoreApplication.translate("ServiceTable", "Group"),
            QCoreApplication.translate("ServiceTable", "Usual length"),
            QCoreApplication.translate("ServiceTable", "Usual price"),
            QCoreApplication.translate("ServiceTable", "Patch test"),
            QCoreApplication.translate("ServiceTable", "Offered"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("ServiceTable", "Yes")
    return QCoreApplication.translate("ServiceTable", "No")
