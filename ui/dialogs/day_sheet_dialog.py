"""Today's clients on paper, for the technicians: each with their health alerts, pinned notes,
patch-test status and today's services, as the printing role may see them (decision 0027).

The program keeps no diary, so "today's clients" is a list made here: it starts with the
clients who have a treatment recorded for today, and the counter adds the ones expected later
(from the salon's own diary) by searching, namesakes told apart by number, phone digits, birth
year and last visit. The list is not stored: it is printed or saved now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientSummary
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.access import local_today
from salonvault.services.printouts import MAX_DAY_SHEET
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.print_actions import PaperProblem, print_paper, save_paper

_CLIENT_ID = Qt.ItemDataRole.UserRole


def namesake_line(summary: ClientSummary) -> str:
    """The name and what tells namesakes apart: number, phone digits, birth year, last visit."""

    parts = [
        summary.display_name,
        fill(QCoreApplication.translate("DaySheetDialog", "no. %1"), summary.id),
    ]
    if summary.phone_last_digits:
        parts.append(f"…{summary.phone_last_digits}")
    if summary.birth_year:
        parts.append(
            fill(QCoreApplication.translate("DaySheetDialog", "born %1"), summary.birth_year)
        )
    if summary.last_visit_on:
        parts.append(
            fill(
                QCoreApplication.translate("DaySheetDialog", "last visit %1"),
                date_text(summary.last_visit_on),
            )
        )
    return " · ".join(parts)


class DaySheetDialog(QDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySheet")
        self._vault = vault
        self._session = session
        today = date_text(local_today(vault.clock))
        self.setWindowTitle(fill(self.tr("Today's clients, %1"), today))
        intro = QLabel(
            self.tr(
                "For the technicians: each client with their alerts, pinned notes, patch test"
                " and today's services. Clients with a treatment recorded for today are on the"
                " list; add the ones expected later. The list is not kept: print or save it now."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("daySheetSearch")
        self.search_box.setPlaceholderText(self.tr("Find a client to add: name or phone"))
        self.search_box.setAccessibleName(self.tr("Find a client to add"))
        self.search_box.textChanged.connect(self.search)
        self.search_box.returnPressed.connect(self._enter_in_search)
        self.results = QListWidget(self)
        self.results.setObjectName("daySheetResults")
        self.results.setAccessibleName(self.tr("Clients found: Enter adds the highlighted one"))
        self.results.itemActivated.connect(self._add_item)
        self.add_button = QPushButton(self.tr("&Add to the list"), self)
        self.add_button.clicked.connect(self.add_current)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("daySheetClients")
        self.chosen.setAccessibleName(self.tr("Today's list: Delete removes the highlighted one"))
        heading = QLabel(self.tr("&Today's list"), self)
        heading.setBuddy(self.chosen)
        self.remove_button = QPushButton(self.tr("&Remove from the list"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.chosen.installEventFilter(self)  # Delete removes the highlighted client
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print_clicked)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.clicked.connect(self._save_clicked)
        for button in (self.add_button, self.remove_button, self.print_button, self.save_button):
            button.setAutoDefault(False)  # Enter belongs to the search box and the lists
        self.why_off = QLabel(self)
        self.why_off.setStyleSheet(text_style(colours().muted))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out(intro, heading)
        self.resize(720, 600)
        self._start_list()

    def _lay_out(self, intro: QLabel, heading: QLabel) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        found = QHBoxLayout()
        found.addWidget(self.results, 1)
        found.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignTop)
        listed = QHBoxLayout()
        listed.addWidget(self.chosen, 1)
        listed.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignTop)
        papers = QHBoxLayout()
        papers.addWidget(self.print_button)
        papers.addWidget(self.save_button)
        papers.addWidget(self.why_off, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_box)
        layout.addLayout(found, 1)
        layout.addWidget(heading)
        layout.addLayout(listed, 2)
        layout.addLayout(papers)
        layout.addWidget(self.message)
        layout.addWidget(close)

    # -- the list ----------------------------------------------------------------------------

    def _start_list(self) -> None:
        try:
            ids = self._vault.printouts.clients_seen_today(self._session)
            for summary in self._vault.clients.summaries(self._session, ids):
                self._append(summary)
        except SalonVaultError as error:
            self._say(error_text(error), error=True)
        self._update_buttons()

    def client_ids(self) -> list[int]:
        return [int(self.chosen.item(i).data(_CLIENT_ID)) for i in range(self.chosen.count())]

    def _append(self, summary: ClientSummary) -> None:
        if summary.id in self.client_ids():
            return
        item = QListWidgetItem(namesake_line(summary))
        item.setData(_CLIENT_ID, summary.id)
        self.chosen.addItem(item)

    def search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        try:
            found = self._vault.clients.search(self._session, text)
        except SalonVaultError as error:
            self._say(error_text(error), error=True)
            return
        for summary in found:
            item = QListWidgetItem(namesake_line(summary))
            item.setData(_CLIENT_ID, summary.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, summary)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _enter_in_search(self) -> None:
        """Enter in the search box goes to the results; Enter there adds the highlighted."""
        if self.results.count():
            self.results.setFocus()

    def add_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._add_item(item)

    def _add_item(self, item: QListWidgetItem) -> None:
        """Exactly the highlighted client (its number is on the row)."""
        if self.chosen.count() >= MAX_DAY_SHEET:
            self._say(fill(self.tr("A day sheet lists at most %1 clients."), MAX_DAY_SHEET), True)
            return
        summary = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(summary, ClientSummary):
            self._append(summary)
        self.message.clear()
        self._update_buttons()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.chosen
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        has_clients = self.chosen.count() > 0
        self.print_button.setEnabled(has_clients)
        self.save_button.setEnabled(has_clients)
        self.remove_button.setEnabled(has_clients)
        self.why_off.setText("" if has_clients else self.tr("Add at least one client first."))

    # -- papers ------------------------------------------------------------------------------

    def _print_clicked(self) -> None:
        self.print_sheet()

    def _save_clicked(self) -> None:
        self.save_sheet()

    def print_sheet(self, printer: QPrinter | None = None) -> bool:
        ids = self.client_ids()
        try:
            printed = print_paper(
                self, lambda: self._vault.printouts.day_sheet_pdf(self._session, ids), printer
            )
        except PaperProblem as problem:
            self._say(str(problem), error=True)
            return False
        if printed:
            self._say(self.tr("The day sheet was sent to the printer."))
        return printed

    def save_sheet(self, chosen: Path | None = None) -> Path | None:
        ids = self.client_ids()
        day = local_today(self._vault.clock).isoformat()
        try:
            saved = save_paper(
                self,
                self.tr("Save the day sheet as PDF"),
                fill(self.tr("clients-%1.pdf"), day),
                lambda path: self._vault.printouts.save_day_sheet(self._session, ids, path),
                chosen,
            )
        except PaperProblem as problem:
            self._say(str(problem), error=True)
            return None
        if saved is not None:
            self._say(fill(self.tr("Saved to %1."), saved))
        return saved

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(text_style(colours().error if error else colours().muted))
        self.message.setText(text)
