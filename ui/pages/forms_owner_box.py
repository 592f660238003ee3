"""Settings, Service records (owner): which services each consultation form guards (decision
0038). A guarded service asks for the form before a visit and is stopped by its unreviewed red
flags. Every change goes through the form service, which checks and logs it; the list follows
its change notices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.forms import FormVersion, words
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog

FORM, VERSION, RESIGN, GUARDS = range(4)


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
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("consultationForms")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Form"),
                self.tr("Version"),
                self.tr("Signed again after"),
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
        self.services_button = QPushButton(self.tr("Ser&vices…"), self)
        self.services_button.setObjectName("formServicesButton")
        # A lambda: `clicked` passes `checked`, which is not a form.
        self.services_button.clicked.connect(lambda: self.choose_services())  # noqa: PLW0108
        self.reason = QLabel(self)
        self.reason.setObjectName("formsReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(text_style(colours().muted))
        note = QLabel(
            self.tr(
                "A form is asked before the services it guards; the months before it is signed"
                " again come with the form's version."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(text_style(colours().muted))
        buttons = QHBoxLayout()
        buttons.addWidget(self.services_button)
        buttons.addWidget(self.reason, 1)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.reload()
        shows = (RecordKind.FORM_VERSIONS, RecordKind.SERVICES)
        self.changes = ChangeFollower(self, vault, shows, self.reload)

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
            months = version.definition.resign_months
            cells = {
                FORM: self.form_title(version),
                VERSION: str(version.version),
                RESIGN: self.tr("%n month(s)", "", months),
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
        chosen = self.current() is not None
        self.services_button.setEnabled(chosen and self.has_services)
        if not self.has_services:
            self.reason.setText(
                self.tr("The salon has no services yet: add them under Services first.")
            )
        elif not chosen:
            self.reason.setText(self.tr("Choose a form in the list first."))
        else:
            self.reason.setText("")

    def choose_services(self) -> QDialog | None:
        version = self.current()
        if version is None or not self.has_services:
            return None
        dialog = FormServicesDialog(
            self._vault, self._session, version, self.form_title(version), self
        )
        dialog.open()
        return dialog
