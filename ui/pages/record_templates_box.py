"""Settings, Service records (owner): how prescriptions are written (minus or plus cylinder;
decimal, 6/x or 20/x acuity) and the record templates: built-ins and the salon's own, switched
on and off, copied, given more fields and health marks, offered for chosen services
(decision 0029, "The window"). Every change goes through the record template service, which
checks and logs it; the list follows its change notices.

What the salon does decides what is listed (the business profile, decision 0037): the
optician's templates and the prescription's notation show for an optician, or while such a
template is on; a change of the salon's kinds shows or hides them at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.records import (
    AcuityNotation,
    CylinderNotation,
    RecordScope,
    TemplateSummary,
)
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.template_fields_dialog import TemplateFieldsDialog
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.record_words import acuity_notation_text, cylinder_notation_text, label_text
from ui.widgets.form_dialog import FormDialog

NAME, SCOPE, VERSION, ORIGIN, ACTIVE, SERVICES = range(6)


class NotationBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prescriptions"), parent)
        self.setObjectName("notationBox")
        self._vault, self._session = vault, session
        cylinder, acuity = vault.record_templates.notation()
        self.cylinder = QComboBox(self)
        for notation in CylinderNotation:
            self.cylinder.addItem(cylinder_notation_text(notation), notation)
        self.cylinder.setCurrentIndex(self.cylinder.findData(cylinder))
        self.acuity = QComboBox(self)
        for acuity_notation in AcuityNotation:
            self.acuity.addItem(acuity_notation_text(acuity_notation), acuity_notation)
        self.acuity.setCurrentIndex(self.acuity.findData(acuity))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveNotation")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Records keep what the examiner wrote; the card and the paper show every"
                " prescription this way (a plus cylinder is transposed to minus, and back)."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(text_style(colours().muted))
        form = QFormLayout(self)
        cylinder_label = QLabel(self.tr("&Cylinder"), self)
        cylinder_label.setBuddy(self.cylinder)
        acuity_label = QLabel(self.tr("Visual &acuity"), self)
        acuity_label.setBuddy(self.acuity)
        form.addRow(note)
        form.addRow(cylinder_label, self.cylinder)
        form.addRow(acuity_label, self.acuity)
        form.addRow(self.save_button, self.status)

    def save(self) -> bool:
        try:
            self._vault.record_templates.set_notation(
                self._session, self.cylinder.currentData(), self.acuity.currentData()
            )
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return False
        self.status.setText(self.tr("Saved."))
        return True


class ServicesChoiceDialog(FormDialog):
    """The services a visit template is offered for; none ticked: every treatment."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        summary: TemplateSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault, self._session, self._key = vault, session, summary.key
        self.setWindowTitle(
            fill(self.tr("Services for %1"), label_text(summary.latest.definition.name))
        )
        self.services = QListWidget(self)
        self.services.setObjectName("templateServices")
        for service in vault.catalogue.services(session):
            item = QListWidgetItem(service.name, self.services)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = service.id in summary.service_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        if self.services.count():
            self.services.setCurrentRow(0)
        hint = QLabel(
            self.tr("Space ticks a service. With none ticked, every treatment offers it."), self
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style(colours().muted))
        self.body.addWidget(hint)
        self.add_field(self.tr("Services"), self.services, "service_ids")

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.services.item(i) for i in range(self.services.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save_form(self) -> bool:
        with self.busy():
            self._vault.record_templates.set_services(self._session, self._key, self.chosen())
        return True


class RecordTemplatesBox(QGroupBox):
    """`writes_prescriptions` (and its signal, on every re-read): whether the prescription's
    notation concerns the salon, for the Prescriptions box beside this one."""

    prescriptions_changed = Signal(bool)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record templates"), parent)
        self.setObjectName("recordTemplatesBox")
        self._vault, self._session = vault, session
        self.summaries: list[TemplateSummary] = []
        self.writes_prescriptions = False
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("recordTemplates")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Template"),
                self.tr("Kept for"),
                self.tr("Version"),
                self.tr("Made by"),
                self.tr("On"),
                self.tr("Offered with"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.switch_button = QPushButton(self.tr("Switch &on or off"), self)
        self.switch_button.clicked.connect(self.toggle_selected)
        # Not Alt+Y: the consultation forms' Copy… below on the same tab has it.
        self.copy_button = QPushButton(self.tr("Co&py…"), self)
        # Lambdas: `clicked` passes `checked`, which is not a name.
        self.copy_button.clicked.connect(lambda: self.copy_selected())  # noqa: PLW0108
        self.fields_button = QPushButton(self.tr("&Fields…"), self)
        self.fields_button.clicked.connect(lambda: self.edit_fields())  # noqa: PLW0108
        self.services_button = QPushButton(self.tr("&Services…"), self)
        self.services_button.clicked.connect(lambda: self.choose_services())  # noqa: PLW0108
        self.reason = QLabel(self)
        self.reason.setObjectName("templateReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(text_style(colours().muted))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.switch_button,
            self.copy_button,
            self.fields_button,
            self.services_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)
        column.addWidget(self.reason)
        column.addWidget(self.status)
        self.reload()
        # SETTINGS: the salon's kinds decide which built-ins are listed.
        shows = (RecordKind.RECORD_TEMPLATES, RecordKind.SERVICES, RecordKind.SETTINGS)
        self.changes = ChangeFollower(self, vault, shows, self.reload)

    def reload(self) -> None:
        kept = self.current()
        every = self._vault.record_templates.templates(self._session, include_inactive=True)
        profile = self._vault.settings.business_profile()
        self.summaries = [
            s
            for s in every
            if not (s.latest.built_in and s.latest.family is not None)
            or profile.lists_built_in(s.latest.family, s.active)
        ]
        self.writes_prescriptions = profile.writes_prescriptions(
            s.latest.family for s in every if s.active
        )
        self.prescriptions_changed.emit(self.writes_prescriptions)
        names = {s.id: s.name for s in self._vault.catalogue.services(self._session, True)}
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            latest = summary.latest
            client = latest.definition.scope is RecordScope.CLIENT
            offered = (
                self.tr("the client's card")
                if client
                else ", ".join(names.get(i, "?") for i in summary.service_ids)
                or self.tr("every treatment")
            )
            cells = {
                NAME: label_text(latest.definition.name),
                SCOPE: self.tr("the client") if client else self.tr("a treatment"),
                VERSION: str(latest.version),
                ORIGIN: self.tr("built in") if latest.built_in else self.tr("the salon"),
                ACTIVE: self.tr("on") if summary.active else self.tr("off"),
                SERVICES: offered,
            }
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        keys = [s.key for s in self.summaries]
        target = keys.index(kept.key) if kept is not None and kept.key in keys else 0
        if keys:
            self.table.setCurrentCell(target, NAME)
        self._update_buttons()

    def current(self) -> TemplateSummary | None:
        row = self.table.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def select(self, key: str) -> None:
        keys = [s.key for s in self.summaries]
        self.table.setCurrentCell(keys.index(key), NAME)

    def _update_buttons(self) -> None:
        summary = self.current()
        for button in (self.switch_button, self.copy_button):
            button.setEnabled(summary is not None)
        own = summary is not None and not summary.latest.built_in
        for_visits = (
            summary is not None and summary.latest.definition.scope is RecordScope.VISIT
        )  # fmt: skip
        self.fields_button.setEnabled(own)
        self.services_button.setEnabled(for_visits)
        reasons = []
        if summary is not None and not own:
            reasons.append(
                self.tr("A built-in template changes only with the program: copy it to add fields.")
            )
        if summary is not None and not for_visits:
            reasons.append(self.tr("A record kept for the client is offered on the card."))
        self.reason.setText(" ".join(reasons))

    def toggle_selected(self) -> bool:
        summary = self.current()
        if summary is None:
            return False
        try:
            self._vault.record_templates.set_active(self._session, summary.key, not summary.active)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return False
        if summary.key not in {s.key for s in self.summaries}:  # re-read on the change notice
            self.status.setText(
                fill(
                    self.tr(
                        "%1 is off and no longer listed: an optician's templates are listed"
                        " when the salon's kinds include Optician (Salon tab)."
                    ),
                    label_text(summary.latest.definition.name),
                )
            )
        return True

    def copy_selected(self, name: str | None = None) -> str | None:
        summary = self.current()
        if summary is None:
            return None
        if name is None:
            suggested = fill(self.tr("%1 (ours)"), label_text(summary.latest.definition.name))
            name, ok = QInputDialog.getText(
                self,
                self.tr("Copy a template"),
                self.tr("Name of the copy"),
                QLineEdit.EchoMode.Normal,
                suggested,
            )
            if not ok:
                return None
        try:
            copy = self._vault.record_templates.copy_template(self._session, summary.key, name)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return None
        self.reload()
        self.select(copy.key)
        self.status.setText(fill(self.tr("Copied as %1: add fields to it with Fields…"), name))
        return copy.key

    def edit_fields(self) -> TemplateFieldsDialog | None:
        summary = self.current()
        if summary is None or summary.latest.built_in:
            return None
        dialog = TemplateFieldsDialog(self._vault, self._session, summary.latest, self)
        dialog.accepted.connect(
            lambda: self._fields_saved(dialog, label_text(summary.latest.definition.name))
        )
        dialog.open()
        return dialog

    def _fields_saved(self, dialog: TemplateFieldsDialog, name: str) -> None:
        if dialog.saved is not None:  # the "Copied as …: add fields" line is done with
            self.status.setText(fill(self.tr("%1: version %2 saved."), name, dialog.saved.version))

    def choose_services(self) -> QDialog | None:
        summary = self.current()
        if summary is None or summary.latest.definition.scope is not RecordScope.VISIT:
            return None
        dialog = ServicesChoiceDialog(self._vault, self._session, summary, self)
        dialog.open()
        return dialog
