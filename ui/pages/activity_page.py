"""The owner's activity log: filter by who, client, action, outcome and dates; check the chain,
on its own and against the newest backup.

Everything comes from AuditService, which refuses anyone but the owner. Entries name fields and
counts, never values; client names are looked up for the rows shown, as the owner may see them.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeGuard

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.audit import AuditEntry, AuditFilter, ChainVerdict, Outcome
from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientSummary
from salonvault.domain.errors import SalonVaultError, SessionExpired
from salonvault.domain.session import Session
from salonvault.services.access import local_today
from salonvault.services.exports import ActivityWording, Encryption
from salonvault.services.vault import Vault
from ui.audit_words import AuditWords
from ui.backup_tasks import BackupTasks
from ui.changes import ChangeFollower
from ui.client_facts import picker_label
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.labels import fill, local_time
from ui.navigation import nav_title
from ui.pages.backup_actions import BackupActions
from ui.palette import colours
from ui.qt_dates import from_qdate, to_qdate
from ui.widgets.heading import page_heading
from ui.widgets.table_fill import start_refill

ROW_LIMIT = 500  # newest first; narrow the filter to reach older entries
WHEN, WHO, WHAT, RECORD, DETAILS, WORKSTATION = range(6)
_NAME_BATCH = 100


class ActivityPage(QWidget):
    def __init__(
        self, vault: Vault, session: Session, tasks: BackupTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.words = AuditWords(self)
        self.backup_actions = BackupActions(vault, session, tasks, self)
        self.entries: list[AuditEntry] = []
        self.client_id: int | None = None
        self._staff_names: dict[int, str] = {}
        self._found = 0  # entries matching the filter, and the last check's verdict: both
        self._verdict: ChainVerdict | None = None  # worded again after a language switch

        self.heading = page_heading(self)
        filters = self._build_filters()
        self._build_table()
        checks = self._build_checks()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(checks)
        layout.addWidget(self.verdict)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._fill_choices()
        # The entries are read when the page shows (and each time: the log grows meanwhile),
        # and while it shows, when something is logged (its own checks and exports are).
        self._shown_once = False
        shows = (RecordKind.AUDIT, RecordKind.STAFF, RecordKind.CLIENTS)  # entries, names
        self.changes = ChangeFollower(self, vault, shows, self.reload, reads_when_shown=True)

    # -- building ------------------------------------------------------------------------------

    def _build_filters(self) -> QGridLayout:
        self.staff = QComboBox(self)
        self.action = QComboBox(self)
        self.outcome = QComboBox(self)
        today = to_qdate(local_today(self._vault.clock))
        self.since = _date_edit(self, today.addDays(-30))
        self.until = _date_edit(self, today)
        self.client = QLineEdit(self)
        self.client.setObjectName("clientFilter")
        self.client.returnPressed.connect(self.find_client)
        self.clear_client = QPushButton(self)
        self.clear_client.clicked.connect(self.forget_client)
        self.client_label = QLabel(self)
        self.client_label.setObjectName("clientChosen")
        self.client_label.setWordWrap(True)
        for combo in (self.staff, self.action, self.outcome):
            combo.currentIndexChanged.connect(self.reload)
        # The kinds of action are long sentences in some languages: the box keeps a modest
        # width on the page and its list opens as wide as the longest.
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.setMinimumContentsLength(18)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.reload)
        self.filter_labels = [QLabel(self) for _ in range(6)]
        filters = QGridLayout()
        for column, (label, field) in enumerate(
            zip(
                self.filter_labels,
                (self.staff, self.action, self.outcome, self.since, self.until, self.client),
                strict=True,
            )
        ):
            label.setBuddy(field)
            # Two rows of three, so the page fits a small screen.
            row, place = divmod(column, 3)
            filters.addWidget(label, row * 2, place)
            filters.addWidget(field, row * 2 + 1, place)
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label, 1)
        client_row.addWidget(self.clear_client)
        filters.addLayout(client_row, 4, 2)

        return filters

    def _build_table(self) -> None:
        self.count = QLabel(self)
        self.count.setObjectName("entryCount")
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("activityTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        # The stretched Details column keeps room for its title when long entries fill the
        # others (the table scrolls sideways instead).
        header.setMinimumSectionSize(110)

    def _build_checks(self) -> QHBoxLayout:
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyLog")
        self.verify_button.clicked.connect(self.verify)
        self.against_backup = QPushButton(self)
        self.against_backup.setObjectName("verifyAgainstBackup")
        self.against_backup.clicked.connect(self.verify_against_backup)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("chainVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        checks = QHBoxLayout()
        checks.addWidget(self.verify_button)
        checks.addWidget(self.against_backup)
        checks.addStretch()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportLog")
        self.export_button.clicked.connect(self.choose_export)
        checks.addWidget(self.export_button)

        return checks

    # -- filters -----------------------------------------------------------------------------

    def where(self) -> AuditFilter:
        since = datetime.combine(from_qdate(self.since.date()), time.min).astimezone(UTC)
        until_day: date = from_qdate(self.until.date()) + timedelta(days=1)
        until = datetime.combine(until_day, time.min).astimezone(UTC)
        outcome = self.outcome.currentData()
        return AuditFilter(
            staff_id=self.staff.currentData(),
            action=self.action.currentData(),
            outcome=Outcome(outcome) if outcome else None,
            object_type="client" if self.client_id is not None else None,
            object_id=str(self.client_id) if self.client_id is not None else None,
            since=since,
            until=until,
            limit=ROW_LIMIT + 1,
        )

    def find_client(self) -> QMenu | None:
        """A name or phone typed into the client box: one match is taken, several are offered,
        each with what tells namesakes apart (number, phone digits, birth year, last visit)."""
        text = self.client.text().strip()
        if not text:
            return None
        hits = self._vault.clients.search(self._session, text, include_archived=True)[:15]
        if not hits:
            QMessageBox.information(self, self.tr("Activity log"), self.tr("No client matches."))
            return None
        if len(hits) == 1:
            self.choose_client(hits[0])
            return None
        menu = QMenu(self)
        menu.setObjectName("clientChoices")
        for hit in hits:
            chosen = menu.addAction(picker_label(hit))
            chosen.triggered.connect(lambda _=False, h=hit: self.choose_client(h))
        menu.popup(self.client.mapToGlobal(self.client.rect().bottomLeft()))
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])  # arrows and Enter pick one
        return menu

    def choose_client(self, client: ClientSummary) -> None:
        self.client_id = client.id
        self.client.clear()
        self.client_label.setText(picker_label(client))
        self.clear_client.setEnabled(True)
        self.reload()

    def forget_client(self) -> None:
        self.client_id = None
        self.client_label.setText(self.tr("Every client's entries are shown."))
        self.clear_client.setEnabled(False)
        self.reload()

    def show_failed_sign_ins(self, since: datetime) -> None:
        """The dashboard's failed sign-ins: those entries, from that day to today."""
        self._fill_choices()  # the action list may not hold sign-ins yet
        for combo in (self.staff, self.action, self.outcome, self.since, self.until):
            combo.blockSignals(True)
        try:
            self.staff.setCurrentIndex(0)
            self.action.setCurrentIndex(max(self.action.findData("sign_in"), 0))
            self.outcome.setCurrentIndex(max(self.outcome.findData(Outcome.FAILED.value), 0))
            self.since.setDate(to_qdate(since.astimezone().date()))
            self.until.setDate(to_qdate(local_today(self._vault.clock)))
        finally:
            for combo in (self.staff, self.action, self.outcome, self.since, self.until):
                combo.blockSignals(False)
        self.client_id = None
        self.forget_client()  # reads the entries

    # -- the table ---------------------------------------------------------------------------

    def reload(self) -> None:
        found = self._vault.audit.list(self._session, self.where())
        self.entries = found[:ROW_LIMIT]
        self._staff_names = self._vault.staff.names(self._session)
        clients = self._client_names(self.entries)
        self._found = len(found)
        self._show_count()
        start_refill(self.table, len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                local_time(entry.at),
                self.words.who(entry, self._staff_names),
                self.words.action(entry),
                self._record(entry, clients),
                self.words.details(entry.detail, entry.action),
                entry.workstation,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(
                    fill(self.tr("Entry %1: %2 %3"), entry.seq, entry.action, entry.detail)
                )
                if entry.outcome is not Outcome.OK:
                    cell.setForeground(QColor(colours().error))
                self.table.setItem(row, column, cell)

    def _show_count(self) -> None:
        if self._found > ROW_LIMIT:
            self.count.setText(
                fill(
                    self.tr("The newest %1 matching entries; narrow the filter for older ones."),
                    ROW_LIMIT,
                )
            )
        else:
            self.count.setText(self.tr("%n matching entries", "", self._found))

    def _client_names(self, entries: list[AuditEntry]) -> dict[int, str]:
        ids = sorted(
            {int(e.object_id) for e in entries if e.object_type == "client" and _is_id(e.object_id)}
        )
        names: dict[int, str] = {}
        for start in range(0, len(ids), _NAME_BATCH):
            for summary in self._vault.clients.summaries(
                self._session, ids[start : start + _NAME_BATCH]
            ):
                names[summary.id] = summary.display_name
        return names

    def _record(self, entry: AuditEntry, clients: dict[int, str]) -> str:
        if entry.object_type == "client" and _is_id(entry.object_id):
            number = int(entry.object_id or 0)
            # A client erased since keeps only the number the log always had.
            return clients.get(number, fill(self.tr("client %1"), number))
        if entry.object_type == "staff" and _is_id(entry.object_id):
            return self._staff_names.get(int(entry.object_id or 0), "")
        return ""

    # -- checking the chain ------------------------------------------------------------------

    def verify(self) -> ChainVerdict:
        self._verdict = self._vault.audit.verify(self._session)
        self._show_verdict()
        return self._verdict

    def _show_verdict(self) -> None:
        verdict = self._verdict
        if verdict is None:
            return
        shades = colours()
        if verdict.ok:
            self.verdict.setText(
                self.tr(
                    "The activity log is intact: %n entries checked, none changed, none"
                    " missing, none out of order.",
                    "",
                    verdict.entries_checked,
                )
            )
            banner = (shades.success_banner_background, shades.success_banner_text)
        else:
            self.verdict.setText(
                fill(
                    self.tr(
                        "The activity log has been tampered with or damaged, from entry %1 on"
                        " (%2). Keep this computer as it is and compare with your newest backup."
                    ),
                    verdict.first_broken_seq if verdict.first_broken_seq is not None else "?",
                    verdict.problem or "",
                )
            )
            banner = (shades.failure_banner_background, shades.failure_banner_text)
        self.verdict.setStyleSheet(
            f"QLabel#chainVerdict {{ background: {banner[0]}; color: {banner[1]}; padding: 8px; }}"
        )
        self.verdict.show()

    def verify_against_backup(self) -> bool:
        """Checks the newest backup end to end; its report says whether this vault's log still
        holds the backup's last entry (a cut-off tail or an older vault file shows there)."""
        newest = self._vault.backups.newest_backup_file(self._session)
        if newest is None:
            QMessageBox.information(
                self,
                self.tr("Activity log"),
                self.tr(
                    "No verified backup is within reach. Plug in the backup drive, or make a"
                    " backup first."
                ),
            )
            return False
        return self.backup_actions.verify(newest)

    # -- exporting the filtered entries -------------------------------------------------------

    def choose_export(self) -> Path | None:
        """Encrypted to the recovery key, or plain after the warning; then where."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Export these entries"))
        box.setText(
            self.tr(
                "The matching entries go to a CSV file that leaves the vault. Entries name staff"
                " members and client numbers, never client details. Encrypt it to the recovery"
                " key (it then opens with the Recovery Kit)?"
            )
        )
        encrypted = box.addButton(self.tr("Encrypted"), QMessageBox.ButtonRole.AcceptRole)
        plain = box.addButton(self.tr("Not encrypted"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (encrypted, plain):
            return None
        chosen = save_file_name(self, self.tr("Export to"), "salonvault-activity.csv")
        if chosen is None:
            return None
        return self.export_to(chosen, box.clickedButton() is encrypted)

    def export_to(self, out: Path, encrypted: bool) -> Path | None:
        encryption = Encryption.to_backup_key() if encrypted else None
        try:
            result = self._vault.exports.export_activity(
                self._session, self.where(), out, encryption, not encrypted, wording=self.wording()
            )
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Activity log"), error_text(error))
            return None
        [written] = result.files
        QMessageBox.information(
            self, self.tr("Activity log"), fill(self.tr("Saved to %1."), str(written))
        )
        return written

    def wording(self) -> ActivityWording:
        """The entries in words in the CSV too, beside the codes, as this page shows them."""
        return ActivityWording(
            (self.tr("What"), self.tr("Details")),
            lambda entry: (
                self.words.action(entry),
                self.words.details(entry.detail, entry.action),
            ),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous() and self._shown_once:
            return  # the window restored from the taskbar: not a new look at the page
        self._shown_once = True
        with contextlib.suppress(SessionExpired):  # ended just now: the lock screen follows
            self.reload()

    # -- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            try:
                self._fill_choices()
                if self.isVisible():
                    self.reload()
            except SessionExpired:
                pass  # locked while the language changed: this page is about to go
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("activity"))
        self._show_count()
        self._show_verdict()
        for label, text in zip(
            self.filter_labels,
            (
                self.tr("Staff"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Client (name or phone, Enter)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.clear_client.setText(self.tr("All clients"))
        self.clear_client.setEnabled(self.client_id is not None)
        if self.client_id is None:  # why "All clients" is grey: they are all shown already
            self.client_label.setText(self.tr("Every client's entries are shown."))
        self.verify_button.setText(self.tr("Check the log"))
        self.against_backup.setText(self.tr("Check against the newest backup…"))
        self.export_button.setText(self.tr("Export these entries…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Record"),
                self.tr("Details"),
                self.tr("Computer"),
            ]
        )

    def _fill_choices(self) -> None:
        """Rebuilt in the new language, keeping what was chosen."""
        staff = sorted(self._vault.staff.names(self._session).items(), key=lambda kv: kv[1])
        actions = sorted(
            ((self.words.action_name(a), a) for a in self._vault.audit.actions(self._session)),
            key=lambda pair: pair[0].casefold(),
        )
        choices: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
            (self.staff, self.tr("Everyone"), [(name, staff_id) for staff_id, name in staff]),
            (self.action, self.tr("Every action"), [(text, code) for text, code in actions]),
            (
                self.outcome,
                self.tr("Any outcome"),
                [(self.words.outcome(o), o.value) for o in Outcome],
            ),
        ]
        for combo, everything, items in choices:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(kept) if kept is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)


def _date_edit(parent: QWidget, day: QDate) -> QDateEdit:
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _is_id(text: str | None) -> TypeGuard[str]:
    return text is not None and text.isdigit()
