"""The card's Records tab: the client's service records as a timeline, newest first, each row
saying how many values changed since the previous record of its kind, and the highlighted
record beside it with those values set off (decision 0029, "The window").

The service decides what each role sees (a receptionist gets the record, its dates and the
values that are not health data; `withheld` names the rest): the tab shows what it is given.
Client records (a spectacle prescription) are added here; a treatment's records are added from
the treatment. Enter (or a double click) opens the record with Edit and Correct.

Read the first time the tab is shown, not when the card opens: listing the records is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.records import BuiltIn, RecordScope, ServiceRecord, TemplateSummary
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.record_detail import PrescriptionPaper, RecordDetailDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.record_words import label_text
from ui.widgets.record_view import RecordView

_RECORD_ID = Qt.ItemDataRole.UserRole


class RecordsTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "recordsTab", parent)
        self.records: list[ServiceRecord] = []
        self._loaded = False
        self.heading = QLabel(self.tr("Service records, newest first"), self)
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("recordTimeline")
        self.timeline.setAccessibleName(self.tr("Service records: press Enter to open one"))
        self.heading.setBuddy(self.timeline)
        # Opened once the key press is over, as on the Treatments tab.
        self.timeline.itemActivated.connect(
            lambda item: QTimer.singleShot(0, lambda: self._open_item(item))
        )
        self.timeline.currentRowChanged.connect(self._show_current)
        self.view = RecordView(self)
        view_holder = QScrollArea(self)
        view_holder.setWidgetResizable(True)
        view_holder.setFrameShape(QFrame.Shape.NoFrame)
        view_holder.setWidget(self.view)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("recordsEmpty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(text_style(colours().muted))
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.heading)
        left_column.addWidget(self.timeline, 1)
        left_column.addWidget(self.empty_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(view_holder)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 480])  # the record beside gets the room: R and L columns
        splitter.setChildrenCollapsible(False)

        buttons = self._buttons(session, vault, client_id)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        shows = (RecordKind.RECORDS, RecordKind.RECORD_TEMPLATES)
        self.changes = ChangeFollower(self, vault, shows, self._changed, with_window=True)

    def _buttons(self, session: Session, vault: Vault, client_id: int) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("openRecord")
        self.open_button.clicked.connect(self.open_current)
        self.add_button = QPushButton(self.tr("Add &record"), self)
        self.add_button.setObjectName("addRecord")
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.add_button.setVisible(role_allows(session.role, Permission.RECORD_WRITE))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.paper = PrescriptionPaper(self, vault, session, client_id, self._say)
        self.paper_button = self.paper.menu_button(self.current_id)
        self.paper_button.setVisible(PrescriptionPaper.allowed(session))
        self.paper_reason = QLabel(self)
        self.paper_reason.setObjectName("paperReason")
        self.paper_reason.setWordWrap(True)
        self.paper_reason.setStyleSheet(text_style(colours().muted))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paper_button)
        buttons.addWidget(self.paper_reason, 1)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _changed(self) -> None:
        if self._loaded:
            self.reload()

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """The records (one logged listing), the templates to add from, the current row kept."""
        self._loaded = True
        kept = self.current_id()
        try:
            self.records = self._vault.records.records(self._session, self._client_id)
            templates = self._vault.record_templates.templates(self._session)
        except SalonVaultError as error:
            self._say(error_text(error), True)
            return
        # The prescription paper concerns an optician's salon (or one with an optician's
        # template on), or a client who already has a prescription on file.
        profile = self._vault.settings.business_profile()
        writes_prescriptions = profile.writes_prescriptions(t.latest.family for t in templates)
        self.paper_button.setVisible(
            PrescriptionPaper.allowed(self._session)
            and (
                writes_prescriptions
                or any(r.template.family is BuiltIn.SPECTACLE_RX for r in self.records)
            )
        )
        self.timeline.clear()
        for record in self.records:
            item = QListWidgetItem(self._row_text(record))
            item.setData(_RECORD_ID, record.id)
            if record.changed:
                item.setToolTip(self.tr("Changed values are set off in the record beside."))
            self.timeline.addItem(item)
        self._offer_templates(
            [t for t in templates if t.latest.definition.scope is RecordScope.CLIENT]
        )
        self.empty_hint.setText(self._empty_text(writes_prescriptions))
        self.empty_hint.setVisible(not self.records)
        ids = [r.id for r in self.records]
        self.timeline.setCurrentRow(ids.index(kept) if kept in ids else (0 if ids else -1))
        self._show_current()

    def _empty_text(self, writes_prescriptions: bool) -> str:
        """A salon that writes no prescriptions is not told to add one here."""
        if self.records:
            return ""
        if writes_prescriptions:
            return self.tr(
                "No service records yet. A treatment's records (skin, lashes, laser, lenses) are"
                " added from the treatment; a spectacle prescription here."
            )
        return self.tr(
            "No service records yet. A treatment's records are added from the treatment."
        )

    def _row_text(self, record: ServiceRecord) -> str:
        text = fill(
            self.tr("%1  %2"),
            date_text(record.recorded_on),
            label_text(record.template.definition.name),
        )
        if record.changed:
            text = fill(
                self.tr("%1  ·  %2"), text, self.tr("%n change(s)", "", len(record.changed))
            )
        if record.corrects_record_id is not None:
            text = fill(self.tr("%1  (a correction)"), text)
        return text

    def _offer_templates(self, templates: list[TemplateSummary]) -> None:
        self.add_menu.clear()
        for summary in templates:
            name = label_text(summary.latest.definition.name)
            self.add_menu.addAction(name, self._adder(summary.key))
        self.add_button.setEnabled(bool(templates))
        self.add_button.setToolTip(
            ""
            if templates
            else self.tr(
                "No record for the client is switched on; a treatment's records are added from"
                " the treatment."
            )
        )

    def _adder(self, template_key: str) -> Callable[[], None]:
        def add() -> None:  # no arguments: the menu's `triggered` passes `checked`
            self.add_record(template_key)

        return add

    def current_record(self) -> ServiceRecord | None:
        record_id = self.current_id()
        return next((r for r in self.records if r.id == record_id), None)

    def current_id(self) -> int | None:
        item = self.timeline.currentItem()
        return int(item.data(_RECORD_ID)) if item is not None else None

    def _show_current(self) -> None:
        record = self.current_record()
        self.open_button.setEnabled(record is not None)
        if record is None:
            self.view.clear()
        else:
            cylinder, acuity = self._vault.record_templates.notation()
            self.view.show_record(
                record, cylinder, acuity, self._staff_names.get(record.created_by, "")
            )
        is_rx = record is not None and record.template.family is BuiltIn.SPECTACLE_RX
        self.paper_button.setEnabled(is_rx)
        self.paper_reason.setText(
            "" if is_rx else self.tr("Highlight a spectacle prescription to print it.")
        )
        self.paper_reason.setVisible(self.paper_button.isVisible() and not is_rx)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(text_style(colours().error if error else colours().muted))
        self.message.setText(text)
        self.message.show()

    # -- acting ------------------------------------------------------------------------------

    def add_record(self, template_key: str) -> RecordDialog | None:
        try:
            template = self._vault.record_templates.template(self._session, template_key)
        except SalonVaultError as error:
            self._say(error_text(error), True)
            return None
        dialog = RecordDialog(self._vault, self._session, self._client_id, template, self)
        dialog.open()
        return dialog

    def open_current(self) -> RecordDetailDialog | None:
        item = self.timeline.currentItem()
        return self._open_item(item) if item is not None else None

    def _open_item(self, item: QListWidgetItem) -> RecordDetailDialog:
        """The highlighted record, exactly that one (its id is on the row)."""
        dialog = RecordDetailDialog(
            self._vault, self._session, self._client_id, int(item.data(_RECORD_ID)), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_prescription(self, printer: QPrinter | None = None) -> bool:
        return self.paper.print(self.current_id(), printer)

    def save_prescription(self, chosen: Path | None = None) -> Path | None:
        return self.paper.save_pdf(self.current_id(), chosen)
