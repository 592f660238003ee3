"""The breach register for the owner: what the salon's country's law asks (incident_rules.py),
the incidents with their 72-hour clock, the form to record or edit one, and the two notification
drafts saved as PDF where the owner chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.incidents import ClockState, Incident, NotificationClock
from salonvault.domain.jurisdiction import regime_for
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.labels import fill, local_time
from ui.pages.privacy.incident_form import IncidentForm, status_label
from ui.pages.privacy.incident_rules import notification_rule
from ui.palette import colours

COL_NUMBER, COL_DISCOVERED, COL_SUMMARY, COL_CLIENTS, COL_STATUS, COL_CLOCK = range(6)


class IncidentsTab(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.incidents: list[Incident] = []
        self._regime = regime_for(vault.settings.salon_country())  # not read in retranslate
        self.rule = QLabel(self)
        self.rule.setObjectName("incidentRule")
        self.rule.setWordWrap(True)

        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("incidents")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self._make_buttons()
        self.message = QLabel(self)
        self.message.setObjectName("incidentMessage")
        self.message.setWordWrap(True)
        self.form = IncidentForm(
            lambda scope, categories: vault.incidents.affected(session, scope, categories),
            vault.clock.now,
            self,
        )
        self.form.save_requested.connect(self.save)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.rule)
        top_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.authority_button)
        buttons.addWidget(self.clients_button)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        form_area = QScrollArea(self)  # the form is long; the window must still fit a laptop
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(self.form)
        splitter.addWidget(form_area)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.reload()
        self.changes = ChangeFollower(
            self, vault, [RecordKind.INCIDENTS], self._reload_keeping, reads_when_shown=True
        )

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newIncident")
        self.new_button.clicked.connect(self.new_incident)
        self.authority_button = QPushButton(self)
        self.authority_button.setObjectName("saveAuthorityNotice")
        self.authority_button.clicked.connect(lambda: self.save_notice("authority"))
        self.clients_button = QPushButton(self)
        self.clients_button.setObjectName("saveClientNotice")
        self.clients_button.clicked.connect(lambda: self.save_notice("clients"))

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        try:
            self.incidents = self._vault.incidents.list(self._session)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.incidents))
        for row, incident in enumerate(self.incidents):
            clock = self._vault.incidents.clock(incident)
            first_line = (incident.summary.splitlines() or [""])[0]
            cells = {
                COL_NUMBER: str(incident.id),
                COL_DISCOVERED: local_time(incident.discovered_at),
                COL_SUMMARY: first_line if len(first_line) <= 80 else first_line[:79] + "…",
                COL_CLIENTS: str(incident.affected.clients),
                COL_STATUS: status_label(incident.status),
                COL_CLOCK: self.clock_text(clock),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column == COL_CLOCK and clock.state in (
                    ClockState.OVERDUE,
                    ClockState.NOTIFIED_LATE,
                ):
                    item.setForeground(QBrush(QColor(colours().error)))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if select is not None:
            self._select(select)
        self._update_buttons()

    def _reload_keeping(self) -> None:
        selected = self.selected()
        self.reload(select=selected.id if selected else None)

    def _select(self, incident_id: int) -> None:
        rows = [r for r, i in enumerate(self.incidents) if i.id == incident_id]
        if rows:
            self.table.selectRow(rows[0])

    def clock_text(self, clock: NotificationClock) -> str:
        texts = {
            ClockState.RUNNING: self.tr("%1 h left to notify (by %2)"),
            ClockState.OVERDUE: self.tr("Overdue by %1 h (deadline %2)"),
            ClockState.NOTIFIED_IN_TIME: self.tr("Notified after %1 h, in time"),
            ClockState.NOTIFIED_LATE: self.tr("Notified %1 h after the deadline"),
            ClockState.CLOSED: self.tr("Closed without notifying"),
        }
        return fill(texts[clock.state], clock.hours, local_time(clock.deadline))

    def selected(self) -> Incident | None:
        rows = self.table.selectionModel().selectedRows()
        return self.incidents[rows[0].row()] if rows else None

    def _selected(self) -> None:
        incident = self.selected()
        if incident is not None:
            self.form.show_incident(incident)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.authority_button.setEnabled(chosen)
        self.clients_button.setEnabled(chosen)

    def new_incident(self) -> None:
        self.table.clearSelection()
        self.form.clear()
        self.message.clear()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> Incident | None:
        self.form.clear_errors()
        editing = self.form.editing
        try:
            data = self.form.data()
            if editing is None:
                saved = self._vault.incidents.record(self._session, data)
            else:
                saved = self._vault.incidents.update(self._session, editing, data)
        except ValidationError as error:
            self.form.show_error(error)
            return None
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Incident no. %1 saved."), saved.id))
        self._select(saved.id)  # the list has it already (the change notice)
        self._update_buttons()
        self.form.show_incident(saved)
        return saved

    def save_notice(self, to: str) -> Path | None:
        """Save a draft notification as PDF: a file that leaves the vault, so the owner is told
        and chooses where it goes."""
        incident = self.selected()
        if incident is None:
            return None
        if to == "authority":
            title = self.tr("Save the notice to the authority")
            suggested = f"incident-{incident.id}-authority.pdf"
        else:
            title = self.tr("Save the letter to clients")
            suggested = f"incident-{incident.id}-clients.pdf"
        warning = self.tr(
            "The saved file is not encrypted: it leaves the vault. It holds your description of"
            " the incident and the counts, no client's name. It is a draft: complete it before"
            " sending."
        )
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if QMessageBox.warning(self, title, warning, buttons) != QMessageBox.StandardButton.Ok:
            return None
        name = save_file_name(self, title, suggested, "PDF (*.pdf)")
        if name is None:
            return None
        try:  # the services decide where it may land (never in the vault's folder)
            saved = self._vault.incidents.save_notice(self._session, incident.id, to, name)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Saved to %1."), name))
        return saved

    # -- words -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._regime = regime_for(self._vault.settings.salon_country())  # Settings may change it
        self.rule.setText(notification_rule(self._regime))
        self._reload_keeping()  # the clock moved on
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Discovered"),
                self.tr("What happened"),
                self.tr("Clients"),
                self.tr("Status"),
                self.tr("72-hour clock"),
            ]
        )
        self.rule.setText(notification_rule(self._regime))
        self.new_button.setText(self.tr("New incident"))
        self.authority_button.setText(self.tr("Save notice to the authority…"))
        self.clients_button.setText(self.tr("Save letter to clients…"))
