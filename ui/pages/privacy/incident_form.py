"""The form that records or edits one incident. It only lays out fields and reads them; the
service checks them and names the field at fault, shown beside it. The clients a scope covers
are counted by the service as the owner chooses, before anything is saved: once the form shows
(not when the Privacy page is built, issue 24), once per choice (not once per field filled in)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.incidents import (
    MAX_MANUAL_COUNT,
    AffectedCount,
    AffectedScope,
    DataCategory,
    Incident,
    IncidentInput,
    IncidentStatus,
    ScopeKind,
)
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.qt_dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime

Counter = Callable[[AffectedScope, frozenset[DataCategory]], AffectedCount]
FIELDS = (
    "summary",
    "occurred_at",
    "discovered_at",
    "categories",
    "scope",
    "registered_from",
    "registered_to",
    "manual_count",
    "consequences",
    "measures",
    "status",
    "authority_notified_at",
)

_DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def _local(moment: datetime) -> QDateTime:
    return to_qdatetime(moment.astimezone().replace(tzinfo=None))


def _aware(edit: QDateTimeEdit) -> datetime:
    return from_qdatetime(edit.dateTime()).astimezone()  # the counter PC's local time, offset


def _day(edit: QDateEdit) -> date:
    return from_qdate(edit.date())


class IncidentForm(QGroupBox):
    save_requested = Signal()

    def __init__(
        self, count: Counter, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._now = now  # the services' clock, so "now" on the form is the service's now
        self.editing: int | None = None
        self._filling = False  # clear() or show_incident() is setting the fields
        # What the count shown was taken for, while the form shows (a repeat reads nothing).
        self._counted: tuple[AffectedScope, frozenset[DataCategory]] | None = None
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._make_fields()
        self._lay_out()
        self.retranslate()
        self.clear()

    def _make_fields(self) -> None:
        self.summary = QPlainTextEdit(self)
        self.summary.setMaximumHeight(70)
        self.occurred_known = QCheckBox(self)
        self.occurred = self._datetime_edit()
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        self.discovered = self._datetime_edit()
        self.category_boxes = {c: QCheckBox(self) for c in DataCategory}
        self.scope = QComboBox(self)
        for kind in ScopeKind:
            self.scope.addItem("", kind)
        self.registered_from = QDateEdit(self)
        self.registered_to = QDateEdit(self)
        for day_edit in (self.registered_from, self.registered_to):
            day_edit.setCalendarPopup(True)
            day_edit.setDisplayFormat("yyyy-MM-dd")
        self.manual_count = QSpinBox(self)
        self.manual_count.setRange(0, MAX_MANUAL_COUNT)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("affectedCount")
        self.count_label.setWordWrap(True)
        self.consequences = QPlainTextEdit(self)
        self.consequences.setMaximumHeight(60)
        self.measures = QPlainTextEdit(self)
        self.measures.setMaximumHeight(60)
        self.status = QComboBox(self)
        for status in IncidentStatus:
            self.status.addItem("", status)
        self.notified = QCheckBox(self)
        self.notified_at = self._datetime_edit()
        self.notified.toggled.connect(self.notified_at.setEnabled)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveIncident")
        self.save_button.clicked.connect(self.save_requested)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        categories = QWidget(self)
        boxes = QGridLayout(categories)
        boxes.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.category_boxes.values()):
            boxes.addWidget(box, index // 2, index % 2)
            box.toggled.connect(self.refresh_count)
        scope_row = QWidget(self)
        scope_line = QHBoxLayout(scope_row)
        scope_line.setContentsMargins(0, 0, 0, 0)
        for part in (self.scope, self.registered_from, self.registered_to, self.manual_count):
            scope_line.addWidget(part)
        scope_line.addStretch(1)
        self.scope.currentIndexChanged.connect(self.refresh_count)
        self.registered_from.dateChanged.connect(self.refresh_count)
        self.registered_to.dateChanged.connect(self.refresh_count)
        self.manual_count.valueChanged.connect(self.refresh_count)
        rows: list[tuple[str, QWidget]] = [
            ("summary", self.summary),
            ("occurred_at", self._pair(self.occurred_known, self.occurred)),
            ("discovered_at", self.discovered),
            ("categories", categories),
            ("scope", scope_row),
            ("registered_from", self.count_label),
            ("consequences", self.consequences),
            ("measures", self.measures),
            ("status", self.status),
            ("authority_notified_at", self._pair(self.notified, self.notified_at)),
        ]
        for row, (name, widget) in enumerate(rows):
            caption, error = QLabel(self), QLabel(self)
            error.setStyleSheet(text_style(colours().error))
            error.setWordWrap(True)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(error, row, 2)
            self.captions[name], self.errors[name] = caption, error
        # The scope's other fields report beside the scope.
        for name in ("registered_to", "manual_count"):
            self.errors[name] = self.errors["registered_from"]
        grid.addWidget(self.save_button, len(rows), 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

    def _datetime_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit(self, calendarPopup=True)
        edit.setDisplayFormat(_DATETIME_FORMAT)
        return edit

    def _pair(self, switch: QCheckBox, edit: QWidget) -> QWidget:
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(switch)
        line.addWidget(edit, 1)
        return holder

    # -- showing and reading -----------------------------------------------------------------

    def clear(self) -> None:
        """A new incident: discovered now, the date of the breach not yet known."""
        with self._filling_in():
            self._clear_fields()
        self.retranslate()
        self.refresh_count()

    def _clear_fields(self) -> None:
        self.editing = None
        now = _local(self._now())
        self.summary.clear()
        self.occurred_known.setChecked(False)
        self.occurred.setEnabled(False)
        self.occurred.setDateTime(now)
        self.discovered.setDateTime(now)
        for category, box in self.category_boxes.items():
            box.setChecked(category is DataCategory.IDENTITY)
        self.scope.setCurrentIndex(0)
        today = now.date()
        self.registered_from.setDate(today.addYears(-1))
        self.registered_to.setDate(today)
        self.manual_count.setValue(0)
        self.consequences.clear()
        self.measures.clear()
        self.status.setCurrentIndex(0)
        self.notified.setChecked(False)
        self.notified_at.setEnabled(False)
        self.notified_at.setDateTime(now)
        self.clear_errors()

    @contextmanager
    def _filling_in(self) -> Iterator[None]:
        """Each field set fires the count; the caller counts once, after."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    def show_incident(self, incident: Incident) -> None:
        with self._filling_in():
            self._clear_fields()
            self._fill(incident)
        self.retranslate()
        self.refresh_count()

    def _fill(self, incident: Incident) -> None:
        self.editing = incident.id
        self.summary.setPlainText(incident.summary)
        if incident.occurred_at is not None:
            self.occurred_known.setChecked(True)
            self.occurred.setDateTime(_local(incident.occurred_at))
        self.discovered.setDateTime(_local(incident.discovered_at))
        for category, box in self.category_boxes.items():
            box.setChecked(category in incident.categories)
        scope = incident.scope
        self.scope.setCurrentIndex(self.scope.findData(scope.kind))
        if scope.registered_from is not None and scope.registered_to is not None:
            self.registered_from.setDate(to_qdate(scope.registered_from))
            self.registered_to.setDate(to_qdate(scope.registered_to))
        self.manual_count.setValue(scope.manual_count or 0)
        self.consequences.setPlainText(incident.consequences)
        self.measures.setPlainText(incident.measures)
        self.status.setCurrentIndex(self.status.findData(incident.status))
        if incident.authority_notified_at is not None:
            self.notified.setChecked(True)
            self.notified_at.setDateTime(_local(incident.authority_notified_at))

    def chosen_scope(self) -> AffectedScope:
        kind = ScopeKind(self.scope.currentData())
        if kind is ScopeKind.REGISTERED_BETWEEN:
            return AffectedScope(kind, _day(self.registered_from), _day(self.registered_to))
        if kind is ScopeKind.MANUAL:
            return AffectedScope(kind, manual_count=self.manual_count.value())
        return AffectedScope(kind)

    def chosen_categories(self) -> frozenset[DataCategory]:
        return frozenset(c for c, box in self.category_boxes.items() if box.isChecked())

    def data(self) -> IncidentInput:
        return IncidentInput(
            summary=self.summary.toPlainText(),
            discovered_at=_aware(self.discovered),
            categories=self.chosen_categories(),
            scope=self.chosen_scope(),
            occurred_at=_aware(self.occurred) if self.occurred_known.isChecked() else None,
            consequences=self.consequences.toPlainText(),
            measures=self.measures.toPlainText(),
            status=IncidentStatus(self.status.currentData()),
            authority_notified_at=_aware(self.notified_at) if self.notified.isChecked() else None,
        )

    def refresh_count(self) -> None:
        """Show how many clients the chosen scope covers now (counted by the service), once
        the form shows and its fields are filled in; a choice already counted while the form
        shows is not counted again."""
        kind = ScopeKind(self.scope.currentData())
        self.registered_from.setVisible(kind is ScopeKind.REGISTERED_BETWEEN)
        self.registered_to.setVisible(kind is ScopeKind.REGISTERED_BETWEEN)
        self.manual_count.setVisible(kind is ScopeKind.MANUAL)
        if self._filling or not self.isVisible():
            return  # counted after filling in, or by showEvent
        chosen = (self.chosen_scope(), self.chosen_categories())
        if kind is not ScopeKind.MANUAL and chosen == self._counted:
            return
        self._counted = None
        self.errors["registered_from"].clear()
        if kind is ScopeKind.MANUAL:
            self.count_label.setText(self.tr("The number you give is used as it is."))
            return
        try:
            counted = self._count(*chosen)
        except ValidationError as error:
            self.count_label.clear()
            self.show_error(error)
            return
        except SalonVaultError as error:
            self.count_label.setText(error_text(error))
            return
        parts = [
            fill(self.tr("%1: %2"), category_label(c), n) for c, n in counted.by_category.items()
        ]
        text = fill(self.tr("Clients concerned now: %1"), counted.clients)
        self.count_label.setText(f"{text} ({'; '.join(parts)})" if parts else text)
        self._counted = chosen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_count()

    def hideEvent(self, event: QHideEvent) -> None:
        self._counted = None  # "now": counted again when the form next shows
        super().hideEvent(event)

    # -- errors ------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()

    def show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field or "", self.errors["summary"]).setText(error_text(error))

    # -- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(
            fill(self.tr("Incident no. %1"), self.editing)
            if self.editing
            else self.tr("New incident")
        )
        captions = {
            "summary": self.tr("What happened"),
            "occurred_at": self.tr("When it happened"),
            "discovered_at": self.tr("When it was discovered"),
            "categories": self.tr("Which data"),
            "scope": self.tr("Which clients"),
            "registered_from": "",
            "consequences": self.tr("Likely consequences"),
            "measures": self.tr("Measures taken"),
            "status": self.tr("Status"),
            "authority_notified_at": self.tr("Authority notified"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.summary.setPlaceholderText(
            self.tr("Describe the incident without naming clients (the log never copies it).")
        )
        self.occurred_known.setText(self.tr("Known"))
        self.notified.setText(self.tr("Yes, on"))
        for category, box in self.category_boxes.items():
            box.setText(category_label(category))
        scopes = {
            ScopeKind.ALL_CLIENTS: self.tr("All clients"),
            ScopeKind.WITH_HEALTH: self.tr("Clients with health data"),
            ScopeKind.WITH_PHOTOS: self.tr("Clients with photos"),
            ScopeKind.REGISTERED_BETWEEN: self.tr("Clients registered between"),
            ScopeKind.MANUAL: self.tr("A number I give"),
        }
        for index in range(self.scope.count()):
            self.scope.setItemText(index, scopes[ScopeKind(self.scope.itemData(index))])
        for index in range(self.status.count()):
            self.status.setItemText(
                index, status_label(IncidentStatus(self.status.itemData(index)))
            )
        self.save_button.setText(self.tr("Save the incident"))


def category_label(category: DataCategory) -> str:
    names = {
        DataCategory.IDENTITY: QCoreApplication.translate("Incidents", "Names and notes"),
        DataCategory.CONTACT: QCoreApplication.translate("Incidents", "Contact details"),
        DataCategory.HEALTH: QCoreApplication.translate("Incidents", "Health data"),
        DataCategory.TREATMENTS: QCoreApplication.translate("Incidents", "Visits and treatments"),
        DataCategory.PHOTOS: QCoreApplication.translate("Incidents", "Photos"),
        DataCategory.CONSENTS: QCoreApplication.translate("Incidents", "Consents and signatures"),
    }
    return names[category]


def status_label(status: IncidentStatus) -> str:
    names = {
        IncidentStatus.OPEN: QCoreApplication.translate("Incidents", "Being handled"),
        IncidentStatus.CONTAINED: QCoreApplication.translate("Incidents", "Contained"),
        IncidentStatus.CLOSED: QCoreApplication.translate("Incidents", "Closed"),
    }
    return names[status]
