"""Clients as a table that reads its rows lazily, a page at a time.

Search and filter results come as a list of ids. The whole list of a big salon (300,000
clients) comes as a `Listing`: its count (the scroll bar) and its pages read by key, each the
clients after the last one of a page before it (issue 24: never every id, never OFFSET); a
jump far down the scroll bar reads the ids from the nearest page known. The rows the view asks
for are read a page at a time through `load_page` (a service call, so the role decides what a
row shows) and only the pages seen last are kept, so memory stays flat however far the list is
scrolled.
Columns are constants; `ID_ROLE` gives the client id. Beside the name, the columns tell namesakes
apart (client number, phone as the role may see it, birth year where held, last visit): all
from the same page of rows, so they cost no extra reading.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Listing:
    """The whole list, read by key: `count()` clients; `after(client_id or None, n)` the next n
    ids in list order; `position(client_id)` its row, or None when it is not listed."""

    count: Callable[[], int]
    after: Callable[[int | None, int], list[int]]
    position: Callable[[int], int | None]


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
        self._ids: list[int] = []  # search or filter results (no listing)
        self._listing: Listing | None = None
        self._count = 0
        self._page_ids: OrderedDict[int, list[int]] = OrderedDict()  # a listing's pages read
        self._anchors: dict[int, int] = {}  # page number: its last client (the next page's key)
        self._pages: OrderedDict[int, dict[int, ClientSummary]] = OrderedDict()

    def set_rows(self, rows: Sequence[ClientSummary]) -> None:
        """Rows already read (search results)."""
        self.set_ids([row.id for row in rows], rows)

    def set_ids(self, ids: list[int], first_rows: Sequence[ClientSummary] = ()) -> None:
        """A list of clients by id; rows are read when the view needs them."""
        self._reset(ids, None)
        for start in range(0, len(first_rows), PAGE_SIZE):
            page = first_rows[start : start + PAGE_SIZE]
            self._pages[start // PAGE_SIZE] = {row.id: row for row in page}
        self.endResetModel()

    def set_listing(self, listing: Listing) -> None:
        """The whole list: its count now, its pages by key as they are seen."""
        self._reset([], listing)
        self.endResetModel()

    def _reset(self, ids: list[int], listing: Listing | None) -> None:
        self.beginResetModel()
        self._ids, self._listing = ids, listing
        self._count = listing.count() if listing is not None else len(ids)
        if self._read_region is not None:  # the salon may have changed its country since
            self._region = self._read_region()
        self._pages.clear()
        self._page_ids.clear()
        self._anchors.clear()

    def client_id(self, row: int) -> int:
        """The client on this row (0 if the list shrank since its count: nobody)."""
        ids = self._ids_of_page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return ids[offset] if offset < len(ids) else 0

    def row_of(self, client_id: int) -> int | None:
        """Where this client is in the list (no row is read; a listing asks the vault)."""
        if self._listing is None:
            try:
                return self._ids.index(client_id)
            except ValueError:
                return None
        for number, ids in self._page_ids.items():
            if client_id in ids:
                return number * PAGE_SIZE + ids.index(client_id)
        row = self._listing.position(client_id)
        return row if row is not None and row < self._count else None

    def _ids_of_page(self, number: int) -> list[int]:
        if self._listing is None:
            return self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        ids = self._page_ids.get(number)
        if ids is not None:
            self._page_ids.move_to_end(number)
            return ids
        # By key from the nearest page known above it (its last client), else from the top;
        # the pages between give their anchors on the way.
        known = sorted(self._anchors)
        place = bisect.bisect_left(known, number)
        start = known[place - 1] + 1 if place else 0
        after = self._anchors[known[place - 1]] if place else None
        walked = self._listing.after(after, (number - start + 1) * PAGE_SIZE)
        for page in range(start, number + 1):
            chunk = walked[(page - start) * PAGE_SIZE : (page - start + 1) * PAGE_SIZE]
            if len(chunk) == PAGE_SIZE:
                self._anchors[page] = chunk[-1]
        ids = walked[(number - start) * PAGE_SIZE :]
        self._page_ids[number] = ids
        while len(self._page_ids) > KEPT_PAGES:
            self._page_ids.popitem(last=False)
        return ids

    def pages_in_memory(self) -> int:
        return len(self._pages)

    def summary(self, row: int) -> ClientSummary | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids_of_page(number)
            loaded = self._load_page(ids) if self._load_page else []
            page = {summary.id: summary for summary in loaded}
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)  # the page seen longest ago
        else:
            self._pages.move_to_end(number)
        client_id = self.client_id(row)
        return page.get(client_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

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
            return self.client_id(index.row())
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
