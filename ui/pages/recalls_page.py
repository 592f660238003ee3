"""Recalls: the lists staff work through (decision 0039): eye tests and contact-lens aftercare
due, patch tests running out, lapsed clients, birthdays. A phone shows only where the client's
consent covers that contact; otherwise the row says why. Each line can be marked called,
booked or not now (until a day); Enter opens the client's card.

Keyboard: the list's choice (Alt+L), the date (Alt+U), the table, then Called (Alt+C), Booked
(Alt+B), Not now (Alt+N) with its day (Alt+H), Open card (Alt+O). The keys are read once
(SQL, sorted); rows are read a page at a time, the next page on "Show more".
"""

from __future__ import annotations

import itertools
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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
from salonvault.domain.recalls import RecallKey, RecallKind, RecallList, RecallMark, RecallRow
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.client_card import ClientCard
from ui.error_text import error_text
from ui.labels import fill, local_time
from ui.navigation import nav_title
from ui.palette import colours, text_style
from ui.qt_dates import from_qdate, to_qdate
from ui.recall_labels import no_contact_label, recall_kind_label, recall_mark_label
from ui.widgets.heading import page_heading

PAGE_ROWS = 200
DEFAULT_DAYS_AHEAD = 30
NOT_NOW_DAYS = 14
(COLUMN_CLIENT, COLUMN_NUMBER, COLUMN_DUE, COLUMN_WHAT, COLUMN_CONTACT, COLUMN_MARK) = range(6)
_KEY = Qt.ItemDataRole.UserRole


class RecallsPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._may_mark = role_allows(session.role, Permission.RECALLS_MARK)
        self._listing: RecallList | None = None
        self._kinds_stale = False
        self._shown = 0
        self.heading = page_heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.kind_label = QLabel(self)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("recallKind")
        self.kind_label.setBuddy(self.kind_box)
        self.due_label = QLabel(self)
        self.due_box = QDateEdit(self)
        self.due_box.setObjectName("recallDueBy")
        self.due_box.setCalendarPopup(True)
        self.due_box.setDisplayFormat("yyyy-MM-dd")
        self.due_label.setBuddy(self.due_box)
        self.refresh_button = QPushButton(self)
        self._build_table()
        self._build_actions()
        self.why = QLabel(self)  # why the buttons are grey
        self.why.setWordWrap(True)
        self.why.setStyleSheet(text_style(colours().muted))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._layout()
        self.retranslate()
        self._fill_kinds()
        self.kind_box.currentIndexChanged.connect(self.load)
        self.due_box.dateChanged.connect(self.load)
        self.refresh_button.clicked.connect(self.load)
        self._reset_dates()
        shows = (
            RecordKind.RECORDS,
            RecordKind.PATCH_TESTS,
            RecordKind.VISITS,
            RecordKind.CLIENTS,
            RecordKind.CONSENT,
            RecordKind.SETTINGS,
            RecordKind.RECALLS,
        )
        self.changes = ChangeFollower(self, vault, shows, self.load, reads_when_shown=True)

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("recallList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_CLIENT, QHeaderView.ResizeMode.Stretch)
        # The stretched client column keeps room for its title when long reasons fill the
        # others (the table scrolls sideways instead), as the activity log's does.
        header.setMinimumSectionSize(110)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.show_more)
        self.count = QLabel(self)

    def _build_actions(self) -> None:
        self.called_button = QPushButton(self)
        self.called_button.setObjectName("recallCalled")
        self.called_button.clicked.connect(lambda: self.mark(RecallMark.CALLED))
        self.booked_button = QPushButton(self)
        self.booked_button.setObjectName("recallBooked")
        self.booked_button.clicked.connect(lambda: self.mark(RecallMark.BOOKED))
        self.not_now_button = QPushButton(self)
        self.not_now_button.setObjectName("recallNotNow")
        self.not_now_button.clicked.connect(lambda: self.mark(RecallMark.NOT_NOW))
        self.hide_label = QLabel(self)
        self.hide_until = QDateEdit(self)
        self.hide_until.setObjectName("recallHideUntil")
        self.hide_until.setCalendarPopup(True)
        self.hide_until.setDisplayFormat("yyyy-MM-dd")
        self.hide_label.setBuddy(self.hide_until)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))

    def _layout(self) -> None:
        choices = QHBoxLayout()
        choices.addWidget(self.kind_label)
        choices.addWidget(self.kind_box)
        choices.addSpacing(12)
        choices.addWidget(self.due_label)
        choices.addWidget(self.due_box)
        choices.addStretch(1)
        choices.addWidget(self.refresh_button)
        paging = QHBoxLayout()
        paging.addWidget(self.count, 1)
        paging.addWidget(self.more_button)
        actions = QHBoxLayout()
        for widget in (
            self.called_button,
            self.booked_button,
            self.not_now_button,
            self.hide_label,
            self.hide_until,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addLayout(actions)
        layout.addWidget(self.why)
        layout.addWidget(self.message)
        order = (
            self.kind_box,
            self.due_box,
            self.refresh_button,
            self.table,
            self.more_button,
            self.called_button,
            self.booked_button,
            self.not_now_button,
            self.hide_until,
            self.open_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _reset_dates(self) -> None:
        today = local_today(self._vault.clock)
        self.due_box.blockSignals(True)
        self.due_box.setDate(to_qdate(today + timedelta(days=DEFAULT_DAYS_AHEAD)))
        self.due_box.blockSignals(False)
        self.hide_until.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.hide_until.setDate(to_qdate(today + timedelta(days=NOT_NOW_DAYS)))

    def _fill_kinds(self) -> None:
        current = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("Every list"), None)
        try:
            kinds = self._vault.recalls.kinds(self._session)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            kinds = []
        for kind in kinds:
            self.kind_box.addItem(recall_kind_label(kind), kind.value)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(current), 0))
        self.kind_box.blockSignals(False)

    # -- reading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._kinds_stale:  # the language changed while hidden
            self._kinds_stale = False
            self._fill_kinds()
        self.load()
        super().showEvent(event)

    def show_kind(self, kind: RecallKind) -> None:
        """One list."""
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind.value), 0))

    def show_every_list(self) -> None:
        """Every list, due within the usual days: what the dashboard's figure counts."""
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(0)
        self.kind_box.blockSignals(False)
        self._reset_dates()
        self.load()

    def load(self) -> None:
        selected, selected_row = self.current_key(), self.table.currentRow()
        data = self.kind_box.currentData()
        kind = RecallKind(data) if data else None
        try:
            self._listing = self._vault.recalls.list(
                self._session, kind, from_qdate(self.due_box.date())
            )
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        self.message.clear()
        self.table.setRowCount(0)
        self._shown = 0
        self.show_more()
        if selected is not None:
            self._select(selected, selected_row)
        elif self.table.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def show_more(self) -> None:
        if self._listing is None:
            return
        keys = self._listing.keys[self._shown : self._shown + PAGE_ROWS]
        try:
            rows = self._vault.recalls.page(self._session, keys)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        self._shown += len(keys)
        first = self.table.rowCount()
        self.table.setRowCount(first + len(rows))
        for offset, row in enumerate(rows):
            self._put(first + offset, row)
        total = len(self._listing.keys)
        self.count.setText(self.tr("%n line(s) to work through", "", total))
        self.more_button.setVisible(self._shown < total)

    def _put(self, index: int, row: RecallRow) -> None:
        mark = ""
        if row.mark is not None:
            mark = fill(
                self.tr("%1 · %2 · %3"),
                recall_mark_label(row.mark.mark),
                local_time(row.mark.marked_at),
                row.mark.marked_by,
            )
        contact = row.phone or (no_contact_label(row.no_contact) if row.no_contact else "")
        cells = {
            COLUMN_CLIENT: f"{row.family_name} {row.given_name}".strip(),
            COLUMN_NUMBER: str(row.client_number),
            COLUMN_DUE: row.due_on.isoformat(),
            COLUMN_WHAT: recall_kind_label(row.key.kind),
            COLUMN_CONTACT: contact,
            COLUMN_MARK: mark,
        }
        for column, text in cells.items():
            cell = QTableWidgetItem(text)
            cell.setData(_KEY, row.key)
            if column == COLUMN_CONTACT and not row.phone:
                cell.setToolTip(text)
            self.table.setItem(index, column, cell)

    def current_key(self) -> RecallKey | None:
        cell = self.table.item(self.table.currentRow(), COLUMN_CLIENT)
        if cell is None or not cell.isSelected():
            return None
        key = cell.data(_KEY)
        return key if isinstance(key, RecallKey) else None

    def _select(self, key: RecallKey, row: int) -> None:
        for index in range(self.table.rowCount()):
            cell = self.table.item(index, COLUMN_CLIENT)
            if cell is not None and cell.data(_KEY) == key:
                self.table.selectRow(index)
                return
        if self.table.rowCount():  # marked off the list: the line that took its place
            self.table.selectRow(min(max(row, 0), self.table.rowCount() - 1))

    # -- acting ------------------------------------------------------------------------------

    def mark(self, mark: RecallMark) -> bool:
        key = self.current_key()
        if key is None or not self._may_mark:
            return False
        until = from_qdate(self.hide_until.date()) if mark is RecallMark.NOT_NOW else None
        try:
            self._vault.recalls.mark(self._session, key, mark, until)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return False
        # The change notice has re-read the list, keeping the line or the one in its place.
        self.table.setFocus()
        return True

    def open_row(self, row: int) -> ClientCard | None:
        cell = self.table.item(row, COLUMN_CLIENT)
        key = cell.data(_KEY) if cell is not None else None
        if not isinstance(key, RecallKey):
            return None
        try:
            card = ClientCard(self._vault, self._session, key.client_id, self)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        card.open()
        return card

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_row(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _update_buttons(self) -> None:
        chosen = self.current_key() is not None
        for button in (self.called_button, self.booked_button, self.not_now_button):
            button.setEnabled(chosen and self._may_mark)
        self.hide_until.setEnabled(chosen and self._may_mark)
        self.open_button.setEnabled(chosen)
        if not self._may_mark:
            self.why.setText(
                self.tr("Marking lines is for staff who contact clients (owner, reception).")
            )
        elif not chosen:
            self.why.setText(self.tr("Choose a line in the list to mark it or open the card."))
        else:
            self.why.clear()

    # -- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The list's names come from the services: read now only if shown (a hidden page,
            # or one whose window outlived its vault, reads when it next shows).
            if self.isVisible():
                self._fill_kinds()
                self.load()
            else:
                self._kinds_stale = True
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("recalls"))
        self.intro.setText(
            self.tr(
                "Clients to call or write to because something is due. A phone number shows"
                " only where the client agreed to that kind of contact. Marked booked, or not"
                " now until a day, a line leaves the list."
            )
        )
        self.kind_label.setText(self.tr("&List:"))
        self.due_label.setText(self.tr("D&ue by:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("No."),
                self.tr("Due"),
                self.tr("What"),
                self.tr("Contact"),
                self.tr("Marked"),
            ]
        )
        self.more_button.setText(self.tr("Show more"))
        self.called_button.setText(self.tr("&Called"))
        self.booked_button.setText(self.tr("&Booked"))
        self.not_now_button.setText(self.tr("&Not now"))
        self.hide_label.setText(self.tr("until t&he day:"))
        self.open_button.setText(self.tr("&Open card"))
        self._update_buttons()
