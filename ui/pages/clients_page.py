"""Find or register a client: the search box has focus, results follow the typing.

With the box empty the page lists every client (most recent visit first, or by name from the
Name header), read lazily a page at a time; the filters narrow that list in the vault, and
narrow search results too. Results are what ClientService returns for this role (phones masked
for technicians). The highlighted row is the one acted on: Enter, in the search box or in the
list, opens exactly that client (DESIGN.md §7b), and a re-read keeps the highlight on the same
client, not on the same row.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientFilter, ClientSummary
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.client_facts import SEPARATOR
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill
from ui.models.client_table import (
    ALERTS,
    BORN,
    LAST_VISIT,
    NAME,
    NUMBER,
    PHONE,
    READING_ORDER,
    ClientTableModel,
    Listing,
)
from ui.navigation import NEW_CLIENT_KEYS
from ui.pages.client_filter_bar import ClientFilterBar
from ui.palette import warning_banner_style

TYPING_PAUSE_MS = 120  # search once typing pauses, not on every keystroke
# What a row shows: name, phone, archived (clients), alert flags (health), last visit (visits);
# what the filters test besides: consents and patch tests.
SHOWS = (
    RecordKind.CLIENTS,
    RecordKind.HEALTH,
    RecordKind.VISITS,
    RecordKind.CONSENT,
    RecordKind.PATCH_TESTS,
)
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_T = TypeVar("_T")
_LISTED, _FOUND = "listed", "found"  # the whole (filtered) list, or search results


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
        self.archived_box.toggled.connect(lambda _on: self.refresh())
        self._build_filters(vault, session)
        self._by_name = False
        self._count: tuple[str, int, bool] | None = None  # what the count line says
        self.model = ClientTableModel(self._load_page, self, vault.settings.phone_region)
        self._build_table()
        self.message = QLabel(self)
        self.message.setObjectName("clientCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._open_highlighted)
        self.search_box.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.search_box, 1)
        row.addWidget(self.filters_button)
        row.addWidget(self.archived_box)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.filter_strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._set_tab_order()
        self.retranslate()
        # Read when first shown (nothing at sign-in), then again whenever a row may differ.
        self.changes = ChangeFollower(self, vault, SHOWS, self.refresh, stale=True)
        # Whether birth dates are collected decides the Born column.
        self.fields_collected = ChangeFollower(
            self, vault, (RecordKind.SETTINGS,), self._show_born_column, stale=True
        )

    def _build_filters(self, vault: Vault, session: Session) -> None:
        self.filters_button = QPushButton(self)
        self.filters_button.setObjectName("showFilters")
        self.filters_button.setCheckable(True)
        self.filter_bar = ClientFilterBar(vault, session, self)
        self.filter_bar.hide()
        self.filters_button.toggled.connect(self._show_filter_bar)
        self.filter_bar.changed.connect(self.refresh)
        # Said whenever a filter narrows the list, the bar open or not: a list that looks
        # short for no visible reason is how the wrong client gets picked.
        self.filter_strip = QWidget(self)
        self.filter_strip.setObjectName("filtersOn")
        self.filters_on = QLabel(self.filter_strip)
        self.filters_on.setObjectName("filtersOnText")
        self.filters_on.setWordWrap(True)
        self.filters_on.setStyleSheet(warning_banner_style("QLabel#filtersOnText", framed=True))
        self.clear_filters = QPushButton(self.filter_strip)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.clicked.connect(self.filter_bar.clear)
        strip = QHBoxLayout(self.filter_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.filters_on, 1)
        strip.addWidget(self.clear_filters)
        self.filter_strip.hide()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("clientResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for place, column in enumerate(READING_ORDER):
            header.moveSection(header.visualIndex(column), place)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(LAST_VISIT, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

    def _set_tab_order(self) -> None:
        bar = self.filter_bar
        chain: list[QWidget] = [
            self.search_box,
            self.table,
            self.filters_button,
            bar.tag,
            bar.service,
            bar.technician,
            bar.seen_from_on,
            bar.seen_from,
            bar.seen_before_on,
            bar.seen_before,
            bar.has_alerts,
            bar.needs_consent,
            self.clear_filters,
            self.archived_box,
            self.new_button,
            self.import_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        self.search_box.setFocus()  # ready to type the moment the page shows
        super().showEvent(event)

    # -- reading the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again, keeping the highlight on the same client (a change elsewhere, a filter
        or the archived box: not a new search)."""
        self._timer.stop()
        self.run_search(keep=self.highlighted_client())

    def run_search(self, keep: int | None = None) -> None:
        """The list for what is typed and the filters; `keep`: the client to highlight again if
        still listed (otherwise the first search result; the full list highlights nobody)."""
        self._timer.stop()
        text = self.search_box.text().strip()
        wanted = self.filter_bar.client_filter(self.archived_box.isChecked())
        self._show_filter_state(wanted)
        try:
            if not text and not wanted.narrows:  # every client, read by key as it is scrolled
                self.model.set_listing(self._listing(wanted.include_archived))
                self._count = (_LISTED, self.model.rowCount(), False)
            elif not text:  # those the filters leave, read as they are scrolled
                ids = self._list_ids(wanted)
                self.model.set_ids(ids)
                self._count = (_LISTED, len(ids), True)
            else:
                rows = self._vault.clients.search(
                    self._session, text, include_archived=wanted.include_archived
                )
                if wanted.narrows:
                    passing = set(self._list_ids(wanted))
                    rows = [row for row in rows if row.id in passing]
                self.model.set_rows(rows)
                self._count = (_FOUND, len(rows), wanted.narrows)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        self._show_count()
        self._highlight(keep, first_if_gone=bool(text))

    def _show_count(self) -> None:
        """The count under the list, from the last reading (a language switch re-says it)."""
        if self._count is None:
            return
        kind, count, filtered = self._count
        if kind == _LISTED and filtered:
            self.message.setText(self.tr("%n client(s) match the filters", "", count))
        elif kind == _LISTED:
            self.message.setText(self.tr("%n client(s)", "", count))
        elif filtered:
            self.message.setText(
                self.tr("%n client(s) found among those the filters leave", "", count)
            )
        else:
            self.message.setText(self.tr("%n client(s) found", "", count))

    def _list_ids(self, wanted: ClientFilter) -> list[int]:
        if wanted.narrows:
            return self._vault.clients.filter_ids(self._session, wanted, self._by_name)
        return self._vault.clients.list_ids(self._session, self._by_name, wanted.include_archived)

    def _listing(self, archived: bool) -> Listing:
        """The whole list in the order chosen, read by key (issue 24)."""
        clients, session, by_name = self._vault.clients, self._session, self._by_name
        return Listing(
            count=lambda: clients.list_count(session, archived),
            after=lambda after_id, limit: self._listed(
                lambda: clients.list_after(session, after_id, limit, by_name, archived), []
            ),
            position=lambda client_id: self._listed(
                lambda: clients.list_position(session, client_id, by_name, archived), None
            ),
        )

    def _listed(self, read: Callable[[], _T], otherwise: _T) -> _T:
        try:
            return read()
        except SalonVaultError as error:  # e.g. the session ended: rows show as "…"
            self.message.setText(error_text(error))
            return otherwise

    def _highlight(self, client_id: int | None, first_if_gone: bool) -> None:
        row = self.model.row_of(client_id) if client_id is not None else None
        if row is None and first_if_gone and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))

    def highlighted_client(self) -> int | None:
        row = self.table.currentIndex().row()
        selected = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.model.client_id(row) if selected else None

    def _load_page(self, ids: list[int]) -> list[ClientSummary]:
        try:
            return self._vault.clients.summaries(self._session, ids)
        except SalonVaultError as error:  # e.g. the session ended: rows show as "…"
            self.message.setText(error_text(error))
            return []

    def _sort_by(self, column: int) -> None:
        """The full list sorts in the vault (by name or last visit); search keeps its ranking."""
        if column in (NAME, LAST_VISIT):
            self._by_name = column == NAME
        order = Qt.SortOrder.AscendingOrder if self._by_name else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(NAME if self._by_name else LAST_VISIT, order)
        if not self.search_box.text().strip():
            self.refresh()

    # -- filters -------------------------------------------------------------------------------

    def show_filtered(self, wanted: ClientFilter) -> None:
        """The list behind a figure (the dashboard): this filter alone, nothing typed."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.archived_box.blockSignals(True)
        self.archived_box.setChecked(wanted.include_archived)
        self.archived_box.blockSignals(False)
        self.filter_bar.set_filter(wanted)  # its `changed` reads the list

    def _show_filter_bar(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        if shown:
            self.filter_bar.tag.setFocus()

    def _show_filter_state(self, wanted: ClientFilter) -> None:
        conditions = self.filter_bar.conditions()
        self.filter_strip.setVisible(wanted.narrows)
        self.filters_on.setText(fill(self.tr("Filters on: %1"), SEPARATOR.join(conditions)))
        self._name_filters_button(len(conditions))

    def _name_filters_button(self, count: int) -> None:
        if count:
            self.filters_button.setText(self.tr("&Filters (%n)", "", count))
        else:
            self.filters_button.setText(self.tr("&Filters"))

    # -- keys and opening ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the results; Enter in the list opens
        the highlighted row."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box and key in _MOVES and self.model.rowCount():
            self._move(key)
            return True
        if watched is self.table and key in _OPEN_KEYS:
            self._open_highlighted()
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        last = self.model.rowCount() - 1
        current = self.table.currentIndex().row()
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: page,
            Qt.Key.Key_PageUp: -page,
        }
        target = max(0, min(last, current + steps[Qt.Key(key)]))
        self.table.selectRow(target)
        self.table.scrollTo(self.model.index(target, NAME))

    def _open_highlighted(self) -> ClientCard | None:
        """Enter: the highlighted client. Typed but not searched yet: search first, then the
        top result of what was typed (never a row of the previous results)."""
        if self._timer.isActive():
            self.run_search()
        client_id = self.highlighted_client()
        return self.open_client(client_id) if client_id is not None else None

    def _open_index(self, index: QModelIndex) -> None:
        self.open_client(self.model.client_id(index.row()))

    def open_client(self, client_id: int) -> ClientCard | None:
        try:
            card = ClientCard(self._vault, self._session, client_id, self)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        card.finished.connect(lambda _result: self._card_closed(card))
        card.open()
        return card

    def _card_closed(self, card: ClientCard) -> None:
        if card.merged_into is not None:
            self.open_client(card.merged_into)

    # -- registering and importing -------------------------------------------------------------

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
        """The search turns to the new client, and the new client is the one highlighted, not
        the first of its namesakes; filters that would hide it are cleared."""
        created = dialog.created
        if created is None:
            return
        self.search_box.setText(created.display_name)
        self.run_search(keep=created.id)
        if self.model.row_of(created.id) is None and self.filter_bar.client_filter().narrows:
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.blockSignals(False)
            self.run_search(keep=created.id)

    # -- words ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Find a client: name, phone, e-mail or tag"))
        self.search_box.setAccessibleName(self.tr("Find a client"))
        self.new_button.setText(self.tr("New client…"))
        # After setText, which resets a button's shortcut to its text's mnemonic. From the
        # search box too: a visible button's shortcut reaches it from any field of the window.
        self.new_button.setShortcut(QKeySequence(NEW_CLIENT_KEYS))
        self.new_button.setToolTip(
            fill(
                self.tr("Register a new client (%1)"),
                QKeySequence(NEW_CLIENT_KEYS).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.import_button.setText(self.tr("Import…"))
        self.archived_box.setText(self.tr("Show archived"))
        self.filters_button.setToolTip(self.tr("Narrow the list by tag, service, visits …"))
        self.clear_filters.setText(self.tr("C&lear filters"))
        self.table.setAccessibleName(self.tr("Clients found"))
        self._show_filter_state(self.filter_bar.client_filter(self.archived_box.isChecked()))
        self._show_count()
        self._fit_columns()  # retranslating reads nothing from the vault

    def _fit_columns(self) -> None:
        """Widths from the words and the widest value a column holds, not from the rows (the
        view would read every page of a long list to size by contents)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        widest = {
            NUMBER: "1000000",
            # A foreign number is shown whole, in international format: Chinese ones are long.
            PHONE: "+86 138 0013 8000",
            BORN: "0000",
            ALERTS: "⚠ " + QCoreApplication.translate("ClientTable", "severe"),
            LAST_VISIT: date_text(date(2026, 12, 28)),
        }
        # Room for the sort arrow beside a title ("Lần đến gần nhất ▲" was cut).
        arrow = self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
        for column, sample in widest.items():
            title = header.sectionSizeHint(column) + arrow
            width = max(title, metrics.horizontalAdvance(sample) + 24)
            header.resizeSection(column, width)

    def _show_born_column(self) -> None:
        """Birth years for roles that may see them, where the salon collects birth dates."""
        try:
            collected = "birth_date" in self._vault.clients.collected_fields()
        except SalonVaultError:
            return
        shown = collected and role_allows(self._session.role, Permission.CONTACT_READ)
        self.table.setColumnHidden(BORN, not shown)


_MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
