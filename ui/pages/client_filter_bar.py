"""The client list's filters (issue 18 item 12): tag, service, technician, last visit on or
after / before, health alerts, consent still needed. Every condition set must hold; the vault
sorts and narrows (`ClientService.filter_ids`), and the list keeps reading a page at a time.

Only what the role may filter by is offered: who did a treatment is for owner and technicians
(receptionists see dates and services only, DESIGN.md §4); "needs consent" only where the salon
asks for consent to keep records. The dashboard's figures open lists with two conditions that
have no field here (registered since, patch test running out): they show in `describe()` and go
with Clear like the others.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientFilter
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import SalonService
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.formats import date_text
from ui.labels import fill, local_time
from ui.qt_dates import from_qdate, to_qdate

TYPING_PAUSE_MS = 250  # a tag is filtered once typing pauses
# The choices offered: services and staff by name; whether consent is asked (a setting).
CHOICES_FROM = (RecordKind.SERVICES, RecordKind.STAFF, RecordKind.SETTINGS)


class ClientFilterBar(QWidget):
    changed = Signal()  # the filter is different now

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFilters")
        self._vault = vault
        self._session = session
        self._registered_from: datetime | None = None  # set by the dashboard only
        self._patch_window: tuple[date, date] | None = None
        self._services: list[SalonService] = []
        self._staff: list[tuple[int, str]] = []
        self.tag = QLineEdit(self)
        self.tag.setObjectName("filterTag")
        self.tag.setClearButtonEnabled(True)
        self._tag_timer = QTimer(self)
        self._tag_timer.setSingleShot(True)
        self._tag_timer.setInterval(TYPING_PAUSE_MS)
        self._tag_timer.timeout.connect(self.changed)
        self.tag.textChanged.connect(lambda _text: self._tag_timer.start())
        self.tag.returnPressed.connect(self._tag_now)
        self.service = QComboBox(self)
        self.service.setObjectName("filterService")
        self.technician = QComboBox(self)
        self.technician.setObjectName("filterTechnician")
        today = to_qdate(local_today(vault.clock))
        self.seen_from_on = QCheckBox(self)
        self.seen_from_on.setObjectName("filterSeenFrom")
        self.seen_from = _date_edit(self, today.addMonths(-1))
        self.seen_before_on = QCheckBox(self)
        self.seen_before_on.setObjectName("filterSeenBefore")
        self.seen_before = _date_edit(self, today.addMonths(-6))
        self.has_alerts = QCheckBox(self)
        self.has_alerts.setObjectName("filterAlerts")
        self.needs_consent = QCheckBox(self)
        self.needs_consent.setObjectName("filterNeedsConsent")
        self.labels = {name: QLabel(self) for name in ("tag", "service", "technician")}
        for name, field in (
            ("tag", self.tag),
            ("service", self.service),
            ("technician", self.technician),
        ):
            self.labels[name].setBuddy(field)
        may_see_who = role_allows(session.role, Permission.TREATMENT_READ)
        self.technician.setVisible(may_see_who)
        self.labels["technician"].setVisible(may_see_who)
        for combo in (self.service, self.technician):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.seen_from_on, self.seen_before_on, self.has_alerts, self.needs_consent):
            box.toggled.connect(lambda _on: self._boxes_changed())
        self.seen_from.dateChanged.connect(lambda _day: self._date_changed(self.seen_from_on))
        self.seen_before.dateChanged.connect(lambda _day: self._date_changed(self.seen_before_on))
        self._lay_out()
        self._boxes_changed(emit=False)
        self.retranslate()
        # The choices are read when the bar first opens (nothing at sign-in), then kept fresh.
        self.choices = ChangeFollower(self, vault, CHOICES_FROM, self.fill_choices, stale=True)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, name in enumerate(("tag", "service", "technician")):
            grid.addWidget(self.labels[name], 0, column)
        grid.addWidget(self.tag, 1, 0)
        grid.addWidget(self.service, 1, 1)
        grid.addWidget(self.technician, 1, 2)
        dates = QHBoxLayout()
        pairs = ((self.seen_from_on, self.seen_from), (self.seen_before_on, self.seen_before))
        for box, edit in pairs:
            dates.addWidget(box)
            dates.addWidget(edit)
            dates.addSpacing(12)
        dates.addStretch()
        grid.addLayout(dates, 2, 0, 1, 3)
        # A line of their own: beside the dates, "needs consent" was cut in Vietnamese.
        ticks = QHBoxLayout()
        ticks.addWidget(self.has_alerts)
        ticks.addSpacing(12)
        ticks.addWidget(self.needs_consent)
        ticks.addStretch()
        grid.addLayout(ticks, 3, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    # -- the filter ----------------------------------------------------------------------------

    def client_filter(self, include_archived: bool = False) -> ClientFilter:
        # Hidden (not merely collapsed with the bar): not this role's to filter by.
        technician = None if self.technician.isHidden() else self.technician.currentData()
        return ClientFilter(
            tag=self.tag.text().strip(),
            service_id=self.service.currentData(),
            technician_id=technician,
            last_visit_from=from_qdate(self.seen_from.date())
            if self.seen_from_on.isChecked()
            else None,
            last_visit_before=from_qdate(self.seen_before.date())
            if self.seen_before_on.isChecked()
            else None,
            has_alerts=self.has_alerts.isChecked(),
            needs_consent=self.needs_consent.isChecked() and not self.needs_consent.isHidden(),
            registered_from=self._registered_from,
            patch_test_runs_out=self._patch_window,
            include_archived=include_archived,
        )

    def set_filter(self, wanted: ClientFilter) -> None:
        """Every field as `wanted` says (the dashboard's lists); one `changed` at the end."""
        if self.choices.stale:  # not opened yet: the choices to set are not there
            self.choices.reload_now()
        self.blockSignals(True)
        try:
            self.clear()
            self.tag.setText(wanted.tag)
            self._tag_timer.stop()
            _choose(self.service, wanted.service_id)
            _choose(self.technician, wanted.technician_id)
            for box, edit, day in (
                (self.seen_from_on, self.seen_from, wanted.last_visit_from),
                (self.seen_before_on, self.seen_before, wanted.last_visit_before),
            ):
                box.setChecked(day is not None)
                if day is not None:
                    edit.setDate(to_qdate(day))
            self.has_alerts.setChecked(wanted.has_alerts)
            self.needs_consent.setChecked(wanted.needs_consent)
            self._registered_from = wanted.registered_from
            self._patch_window = wanted.patch_test_runs_out
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        """Every condition off (the dates keep their days, ready for the next tick)."""
        was = self.signalsBlocked()
        self.blockSignals(True)
        try:
            self.tag.clear()
            self._tag_timer.stop()
            self.service.setCurrentIndex(0)
            self.technician.setCurrentIndex(0)
            for box in (self.seen_from_on, self.seen_before_on, self.has_alerts):
                box.setChecked(False)
            self.needs_consent.setChecked(False)
            self._registered_from = None
            self._patch_window = None
        finally:
            self.blockSignals(was)
        if not was:
            self.changed.emit()

    def conditions(self) -> list[str]:
        """Each condition on, as a phrase of its own, for the "filters on" line."""
        wanted = self.client_filter()
        phrases: list[str] = []
        if wanted.tag:
            phrases.append(fill(self.tr("tag “%1”"), wanted.tag))
        if wanted.service_id is not None:
            phrases.append(fill(self.tr("service: %1"), self.service.currentText()))
        if wanted.technician_id is not None:
            phrases.append(fill(self.tr("by %1"), self.technician.currentText()))
        if wanted.last_visit_from is not None:
            phrases.append(
                fill(self.tr("last visit on or after %1"), date_text(wanted.last_visit_from))
            )
        if wanted.last_visit_before is not None:
            phrases.append(fill(self.tr("not seen since %1"), date_text(wanted.last_visit_before)))
        if wanted.has_alerts:
            phrases.append(self.tr("with health alerts"))
        if wanted.needs_consent:
            phrases.append(self.tr("not yet informed about visit records"))
        if wanted.registered_from is not None:
            phrases.append(fill(self.tr("registered since %1"), local_time(wanted.registered_from)))
        if wanted.patch_test_runs_out is not None:
            first, last = wanted.patch_test_runs_out
            phrases.append(
                fill(
                    self.tr("patch test runs out between %1 and %2"),
                    date_text(first),
                    date_text(last),
                )
            )
        return phrases

    def _tag_now(self) -> None:
        self._tag_timer.stop()
        self.changed.emit()

    def _date_changed(self, box: QCheckBox) -> None:
        if box.isChecked():  # a day with its box unticked filters nothing
            self.changed.emit()

    def _boxes_changed(self, emit: bool = True) -> None:
        self.seen_from.setEnabled(self.seen_from_on.isChecked())
        self.seen_before.setEnabled(self.seen_before_on.isChecked())
        if emit:
            self.changed.emit()

    # -- the choices ---------------------------------------------------------------------------

    def fill_choices(self) -> None:
        """Services (switched-off ones too: their visits stay) and staff, keeping the choice."""
        try:
            self._services = self._vault.catalogue.services(self._session, include_inactive=True)
            self._staff = sorted(
                self._vault.staff.names(self._session).items(), key=lambda kv: kv[1]
            )
            asked = self._vault.consent.purposes(self._session)[Purpose.SERVICE_RECORDS]
        except SalonVaultError:
            return  # the session ended: the page goes with it
        was = self.client_filter()
        self.blockSignals(True)
        try:
            self._show_choices()
            self.needs_consent.setVisible(asked)
            if not asked:
                self.needs_consent.setChecked(False)
        finally:
            self.blockSignals(False)
        if self.client_filter() != was:  # a chosen service or person is gone
            self.changed.emit()

    def _show_choices(self) -> None:
        """The choices last read, in today's language (reads nothing from the vault)."""
        entries = [
            (
                service.name
                if service.active
                else fill(self.tr("%1 (no longer offered)"), service.name),
                service.id,
            )
            for service in self._services
        ]
        _refill(self.service, self.tr("Any service"), entries)
        _refill(self.technician, self.tr("Anyone"), [(name, sid) for sid, name in self._staff])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.blockSignals(True)  # the same choices, in other words
            try:
                self._show_choices()
            finally:
                self.blockSignals(False)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels["tag"].setText(self.tr("&Tag"))
        self.labels["service"].setText(self.tr("Ser&vice"))
        self.labels["technician"].setText(self.tr("Tec&hnician"))
        self.tag.setPlaceholderText(self.tr("any tag"))
        self.seen_from_on.setText(self.tr("Last visit on or after"))
        self.seen_before_on.setText(self.tr("Not seen since"))
        self.has_alerts.setText(self.tr("Has health alerts"))
        self.needs_consent.setText(self.tr("Not yet informed about visit records"))
        self.seen_from.setAccessibleName(self.tr("Last visit on or after"))
        self.seen_before.setAccessibleName(self.tr("Not seen since"))


def _date_edit(parent: QWidget, day: QDate) -> QDateEdit:
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _choose(combo: QComboBox, data: int | None) -> None:
    index = combo.findData(data) if data is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, int]]) -> None:
    kept = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in entries:
        combo.addItem(text, data)
    _choose(combo, kept)
