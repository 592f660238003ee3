"""Settings, Service records (owner): the consultation forms. Which services each guards
(decision 0038): a guarded service asks for the form before a visit and is stopped by its
unreviewed red flags. A copy of a built-in becomes the salon's own form, whose questions the
owner edits (each save a new version), and when each form is signed again (decision 0045).
Every change goes through the form service, which checks and logs it; the list follows its
change notices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.forms import (
    MAX_RESIGN_MONTHS,
    MIN_RESIGN_MONTHS,
    FormVersion,
    ResignRule,
    words,
)
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.form_editor import FormEditorDialog
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog

FORM, VERSION, ORIGIN, RESIGN, GUARDS = range(5)


class ResignRuleDialog(FormDialog):
    """When a signed form is due again: after months, and on a change of health details. Not a
    new version of the form: no one is asked to sign again because the rule changed."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        version: FormVersion,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resignRule")
        self._vault, self._session, self._key = vault, session, version.form_key
        self.setWindowTitle(fill(self.tr("When %1 is signed again"), title))
        rule = vault.forms.resign_rule(session, version.form_key)
        self.months = QSpinBox(self)
        self.months.setObjectName("resignMonths")
        self.months.setRange(MIN_RESIGN_MONTHS, MAX_RESIGN_MONTHS)
        self.months.setValue(rule.months)
        self.months.setSuffix(self.tr(" months"))
        self.on_health_change = QCheckBox(
            self.tr("Also as soon as the client's health details change"), self
        )
        self.on_health_change.setObjectName("resignOnHealthChange")
        self.on_health_change.setChecked(rule.on_health_change)
        hint = QLabel(
            self.tr(
                "Forms already signed follow the new rule at once; changing it makes no new"
                " version, so no one signs again because of it."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style(colours().muted))
        months_label = QLabel(self.tr("Signed again &after"), self)
        months_label.setBuddy(self.months)
        self.add_field(months_label, self.months, "resign_months")
        self.form.addRow("", self.on_health_change)
        self.body.addWidget(hint)

    def rule(self) -> ResignRule:
        return ResignRule(self.months.value(), self.on_health_change.isChecked())

    def save_form(self) -> bool:
        with self.busy():
            self._vault.forms.set_resign_rule(self._session, self._key, self.rule())
        return True


class FormServicesDialog(FormDialog):
    """The services a consultation form guards; none ticked: it guards no service."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        version: FormVersion,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault, self._session, self._key = vault, session, version.form_key
        self.setWindowTitle(fill(self.tr("Services guarded by %1"), title))
        guarded = set(vault.forms.services_of(session, version.form_key))
        self.services = QListWidget(self)
        self.services.setObjectName("formServices")
        for service in vault.catalogue.services(session):
            item = QListWidgetItem(service.name, self.services)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = service.id in guarded
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if self.services.count():
            self.services.setCurrentRow(0)
        hint = QLabel(
            self.tr(
                "Space ticks a service. Before a ticked service the client signs this form,"
                " and its red flags stop the service until they are reviewed."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style(colours().muted))
        self.body.addWidget(hint)
        self.add_field(self.tr("Services"), self.services, "service_id")

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.services.item(i) for i in range(self.services.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save_form(self) -> bool:
        with self.busy():
            self._vault.forms.set_services(self._session, self._key, self.chosen())
        return True


class ConsultationFormsBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consultation forms"), parent)
        self.setObjectName("consultationFormsBox")
        self._vault, self._session = vault, session
        self.versions: list[FormVersion] = []
        self.has_services = False
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("consultationForms")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Form"),
                self.tr("Version"),
                self.tr("Made by"),
                self.tr("Signed again"),
                self.tr("Asked before"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GUARDS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._make_buttons()
        self.reason = QLabel(self)
        self.reason.setObjectName("formsReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(text_style(colours().muted))
        note = QLabel(
            self.tr(
                "A form is asked before the services it guards. A built-in form changes only"
                " with the program: copy it to make the salon's own and edit its questions."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(text_style(colours().muted))
        buttons = QHBoxLayout()
        for button in (
            self.copy_button,
            self.edit_button,
            self.rule_button,
            self.services_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.table)
        column.addLayout(buttons)
        column.addWidget(self.edit_reason)
        column.addWidget(self.reason)
        column.addWidget(self.status)
        self.reload()
        shows = (RecordKind.FORM_VERSIONS, RecordKind.SERVICES)
        self.changes = ChangeFollower(self, vault, shows, self.reload)

    def _make_buttons(self) -> None:
        self.services_button = QPushButton(self.tr("Ser&vices…"), self)
        self.services_button.setObjectName("formServicesButton")
        # Lambdas: `clicked` passes `checked`, which is not a form or a name.
        self.services_button.clicked.connect(lambda: self.choose_services())  # noqa: PLW0108
        self.copy_button = QPushButton(self.tr("Cop&y…"), self)
        self.copy_button.setObjectName("copyFormButton")
        self.copy_button.clicked.connect(lambda: self.copy_selected())  # noqa: PLW0108
        self.edit_button = QPushButton(self.tr("&Edit questions…"), self)
        self.edit_button.setObjectName("editFormButton")
        self.edit_button.clicked.connect(lambda: self.edit_selected())  # noqa: PLW0108
        self.rule_button = QPushButton(self.tr("Signed a&gain…"), self)
        self.rule_button.setObjectName("resignRuleButton")
        self.rule_button.clicked.connect(lambda: self.edit_rule())  # noqa: PLW0108
        self.edit_reason = QLabel(self)
        self.edit_reason.setObjectName("formsEditReason")
        self.edit_reason.setWordWrap(True)
        self.edit_reason.setStyleSheet(text_style(colours().muted))
        self.status = QLabel(self)
        self.status.setObjectName("formsStatus")
        self.status.setWordWrap(True)

    def form_title(self, version: FormVersion) -> str:
        return words(version.definition.title, self._vault.settings.language())

    def reload(self) -> None:
        kept = self.current()
        self.versions = self._vault.forms.forms(self._session)
        services = self._vault.catalogue.services(self._session, True)
        self.has_services = any(s.active for s in services)
        names = {s.id: s.name for s in services}
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            guarded = self._vault.forms.services_of(self._session, version.form_key)
            rule = self._vault.forms.resign_rule(self._session, version.form_key)
            months = self.tr("%n month(s)", "", rule.months)
            cells = {
                FORM: self.form_title(version),
                VERSION: str(version.version),
                ORIGIN: self.tr("built in") if version.built_in else self.tr("the salon"),
                RESIGN: fill(self.tr("%1 or when health details change"), months)
                if rule.on_health_change
                else months,
                GUARDS: ", ".join(sorted(names.get(i, "?") for i in guarded))
                or self.tr("no service yet"),
            }
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        keys = [v.form_key for v in self.versions]
        target = keys.index(kept.form_key) if kept is not None and kept.form_key in keys else 0
        if keys:
            self.table.setCurrentCell(target, FORM)
        self._update_buttons()

    def current(self) -> FormVersion | None:
        row = self.table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def select(self, form_key: str) -> None:
        keys = [v.form_key for v in self.versions]
        self.table.setCurrentCell(keys.index(form_key), FORM)

    def _update_buttons(self) -> None:
        version = self.current()
        chosen = version is not None
        own = version is not None and not version.built_in
        for button in (self.copy_button, self.rule_button):
            button.setEnabled(chosen)
        self.edit_button.setEnabled(own)
        self.services_button.setEnabled(chosen and self.has_services)
        self.edit_reason.setText(
            self.tr("A built-in form changes only with the program: copy it to edit it.")
            if chosen and not own
            else ""
        )
        if not self.has_services:
            self.reason.setText(
                self.tr("The salon has no services yet: add them under Services first.")
            )
        elif not chosen:
            self.reason.setText(self.tr("Choose a form in the list first."))
        else:
            self.reason.setText("")

    def copy_selected(self, name: str | None = None) -> str | None:
        """A copy of the chosen form as the salon's own, named in the salon's language."""
        version = self.current()
        if version is None:
            return None
        if name is None:
            suggested = fill(self.tr("%1 (ours)"), self.form_title(version))
            name, ok = QInputDialog.getText(
                self,
                self.tr("Copy a form"),
                self.tr("Name of the copy"),
                QLineEdit.EchoMode.Normal,
                suggested,
            )
            if not ok:
                return None
        try:
            copy = self._vault.forms.copy_form(self._session, version.form_key, name)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return None
        self.reload()
        self.select(copy.form_key)
        self.status.setText(
            fill(self.tr("Copied as %1: change its questions with Edit questions…"), name.strip())
        )
        return copy.form_key

    def edit_selected(self) -> FormEditorDialog | None:
        version = self.current()
        if version is None or version.built_in:
            return None
        dialog = FormEditorDialog(self._vault, self._session, version, self)
        dialog.open()
        return dialog

    def edit_rule(self) -> ResignRuleDialog | None:
        version = self.current()
        if version is None:
            return None
        dialog = ResignRuleDialog(
            self._vault, self._session, version, self.form_title(version), self
        )
        dialog.open()
        return dialog

    def choose_services(self) -> QDialog | None:
        version = self.current()
        if version is None or not self.has_services:
            return None
        dialog = FormServicesDialog(
            self._vault, self._session, version, self.form_title(version), self
        )
        dialog.open()
        return dialog
