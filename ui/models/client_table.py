"""Clients as a table that reads its rows lazily: ids first, rows a page at a time.

The whole list of a big salon is 100,000 ids (under 1 MB); the rows the view asks for are read a
page at a time through `load_page` (a service call, so the role decides what a row shows) and
only the pages seen last are kept, so memory stays flat however far the list is scrolled.
Columns are constants; `ID_ROLE` gives the client id. Beside the name, the columns tell namesakes
apart (client number, phone as the role may see it, birth year where held, last visit): all
from the same page of rows, so they cost no extra reading.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
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
from ui.formats import date_text, phone_text
from ui.palette import colours

# Logical columns; the page shows them in READING_ORDER (new ones were added at the end so
# code that names a column by its constant keeps working).
NAME, PHONE, ALERTS, LAST_VISIT, NUMBER, BORN = range(6)
READING_ORDER = (NAME, NUMBER, PHONE, BORN, ALERTS, LAST_VISIT)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
KEPT_PAGES = 12  # about a dozen screens of rows

_Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[list[int]], list[ClientSummary]]


class ClientTableModel(QAbstractTableModel):
    def __init__(
        self,
        load_page: PageLoader | None = None,
        parent: Any = None,
        phone_region: Callable[[], str] | None = None,
    ) -> None:
        """`phone_region`: the salon's phone country, read once per list (phones are shown in
        its national format)."""
        super().__init__(parent)
        self._load_page = load_page
        self._read_region = phone_region
        self._region = phone_region() if phone_region else ""
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ClientSummary]] = OrderedDict()

    def set_rows(self, rows: Sequence[ClientSummary]) -> None:
        """Rows already read (search results)."""
        self.set_ids([row.id for row in rows], rows)

    def set_ids(self, ids: list[int], first_rows: Sequence[ClientSummary] = ()) -> None:
        """A list of clients by id; rows are read when the view needs them."""
        self.beginResetModel()
        self._ids = ids
        if self._read_region is not None:  # the salon may have changed its country since
            self._region = self._read_region()
        self._pages.clear()
        for start in range(0, len(first_rows), PAGE_SIZE):
            page = first_rows[start : start + PAGE_SIZE]
            self._pages[start // PAGE_SIZE] = {row.id: row for row in page}
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int | None:
        """Where this client is in the list (a scan of ids: no row is read)."""
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def pages_in_memory(self) -> int:
        return len(self._pages)

    def summary(self, row: int) -> ClientSummary | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            loaded = self._load_page(ids) if self._load_page else []
            page = {summary.id: summary for summary in loaded}
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)  # the page seen longest ago
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(READING_ORDER)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == NUMBER:
            return QCoreApplication.translate(
                "ClientTable", "The client number: the same on the card, in the log and on forms"
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:  # numbers line up; no row is read for it
            if index.column() in (NUMBER, BORN):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in _ROLES_SHOWN:
            return None
        client = self.summary(index.row())
        column = index.column()
        if client is None:  # gone since the list was made, or not readable now
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == NAME else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(client, column, self._region)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ALERTS and client.has_severe_alert:
                return QBrush(QColor(colours().error))
            return QBrush(QColor(colours().muted)) if client.archived else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ALERTS:
            return _alert_words(client)
        return None


_ROLES_SHOWN = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleTextRole,
}


def column_title(column: int) -> str | None:
    titles = {
        NAME: QCoreApplication.translate("ClientTable", "Name"),
        PHONE: QCoreApplication.translate("ClientTable", "Phone"),
        ALERTS: QCoreApplication.translate("ClientTable", "Alerts"),
        LAST_VISIT: QCoreApplication.translate("ClientTable", "Last visit"),
        NUMBER: QCoreApplication.translate("ClientTable", "No."),
        BORN: QCoreApplication.translate("ClientTable", "Born"),
    }
    return titles.get(column)


def _display(client: ClientSummary, column: int, region: str) -> str:  # noqa: PLR0911
    if column == NAME:
        if client.archived:
            return (
                client.display_name + " " + QCoreApplication.translate("ClientTable", "(archived)")
            )
        return client.display_name
    if column == PHONE:
        return phone_text(client.phone, region) if client.phone and region else client.phone or ""
    if column == ALERTS:
        if client.has_severe_alert:
            return "⚠ " + QCoreApplication.translate("ClientTable", "severe")
        return "⚠" if client.has_alerts else ""
    if column == NUMBER:
        return str(client.id)
    if column == BORN:
        return str(client.birth_year) if client.birth_year is not None else ""
    return date_text(client.last_visit_on) if client.last_visit_on else ""


def _alert_words(client: ClientSummary) -> str:
    if client.has_severe_alert:
        return QCoreApplication.translate("ClientTable", "Severe health alert")
    if client.has_alerts:
        return QCoreApplication.translate("ClientTable", "Health alert")
    return ""
