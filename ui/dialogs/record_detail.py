"""One service record opened (decision 0029, "The window"): its values as the role may see them,
Edit for whoever may change it now and why not next to it, Correct for a locked one, the number
of earlier versions kept, and for a spectacle prescription the paper for the client (print, or
save as PDF through the one door), as the card prints itself (ui/print_actions.py).

Everything comes from one `record` call (one `record.open` entry), filtered by role in the
service: the window never filters.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.records import BuiltIn, ServiceRecord
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.dialogs.record_dialog import RecordDialog, RecordMode
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill, local_time
from ui.palette import colours, text_style
from ui.print_actions import PaperProblem, print_paper, save_paper
from ui.record_words import label_text, record_edit_refusal_text, record_editable_until_text
from ui.widgets.record_view import RecordView


class PrescriptionPaper(QObject):
    """The spectacle prescription on paper for one client: printed through Qt's print dialog, or
    saved as a PDF where the user chooses (the service writes it). `say` reports the outcome."""

    def __init__(
        self,
        parent: QWidget,
        vault: Vault,
        session: Session,
        client_id: int,
        say: Callable[[str, bool], None],
    ) -> None:
        super().__init__(parent)
        self._parent, self._vault, self._session = parent, vault, session
        self._client_id, self._say = client_id, say

    @staticmethod
    def allowed(session: Session) -> bool:
        """The paper is health data: owners and technicians (a receptionist asks them)."""
        return role_allows(session.role, Permission.HEALTH_READ)

    def menu_button(self, record_id: Callable[[], int | None]) -> QPushButton:
        button = QPushButton(self.tr("Prescription &paper"), self._parent)
        button.setObjectName("prescriptionPaper")
        menu = QMenu(button)
        menu.addAction(self.tr("&Print…"), lambda: self.print(record_id()))
        menu.addAction(self.tr("&Save as PDF…"), lambda: self.save_pdf(record_id()))
        button.setMenu(menu)
        return button

    def print(self, record_id: int | None, printer: QPrinter | None = None) -> bool:
        records, session, client = self._vault.records, self._session, self._client_id
        try:
            printed = print_paper(
                self._parent,
                lambda: records.prescription_pdf(session, client, record_id=record_id),
                printer,
            )
        except PaperProblem as problem:
            self._say(str(problem), True)
            return False
        if printed:
            self._say(self.tr("The prescription was sent to the printer."), False)
        return printed

    def save_pdf(self, record_id: int | None, chosen: Path | None = None) -> Path | None:
        records, session, client = self._vault.records, self._session, self._client_id
        try:
            saved = save_paper(
                self._parent,
                self.tr("Save the prescription as PDF"),
                fill(self.tr("prescription-%1.pdf"), client),
                lambda path: records.save_prescription_pdf(
                    session, client, path, record_id=record_id
                ),
                chosen,
            )
        except PaperProblem as problem:
            self._say(str(problem), True)
            return None
        if saved is not None:
            self._say(fill(self.tr("Saved to %1."), saved), False)
        return saved


class RecordDetailDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        record_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDetail")
        self._vault, self._session, self._client_id = vault, session, client_id
        self.record_id = record_id
        self.record: ServiceRecord | None = None
        self.view = RecordView(self)
        holder = QScrollArea(self)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(self.view)
        self.history = QLabel(self)
        self.history.setObjectName("recordHistory")
        self.history.setStyleSheet(text_style(colours().muted))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editRecord")
        self.edit_button.clicked.connect(self.edit)
        self.correct_button = QPushButton(self.tr("&Correct…"), self)
        self.correct_button.setObjectName("correctRecord")
        self.correct_button.clicked.connect(self.correct)
        self.edit_reason = QLabel(self)
        self.edit_reason.setObjectName("recordEditReason")
        self.edit_reason.setWordWrap(True)
        self.edit_reason.setStyleSheet(text_style(colours().muted))
        self.paper = PrescriptionPaper(self, vault, session, client_id, self._say)
        self.paper_button = self.paper.menu_button(lambda: self.record_id)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.paper_button)
        actions.addWidget(self.edit_reason, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(holder, 1)
        layout.addWidget(self.history)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(620, 620)
        self.reload()

    def reload(self) -> None:
        """Read the record again (one logged opening) and show it."""
        try:
            record = self._vault.records.record(self._session, self.record_id)
            right = self._vault.records.edit_right(self._session, self.record_id)
        except SalonVaultError as error:
            self._say(error_text(error), True)
            return
        self.record = record
        cylinder, acuity = self._vault.record_templates.notation()
        names = self._vault.staff.names(self._session)
        self.view.show_record(record, cylinder, acuity, names.get(record.created_by, ""))
        self.setWindowTitle(
            fill(
                self.tr("Record: %1, %2"),
                label_text(record.template.definition.name),
                date_text(record.recorded_on),
            )
        )
        self.history.setText(
            self.tr("%n earlier version(s) kept from changes.", "", record.revisions)
        )
        self.history.setVisible(record.revisions > 0)
        may_write = role_allows(self._session.role, Permission.RECORD_WRITE)
        self.edit_button.setVisible(may_write)
        self.edit_button.setEnabled(right.allowed and not record.withheld)
        self.correct_button.setVisible(may_write and not right.allowed)
        if right.allowed:
            self.edit_reason.setText(record_editable_until_text(right.until))
        elif right.refusal is not None and may_write:
            until = local_time(right.until) if right.until else ""
            self.edit_reason.setText(record_edit_refusal_text(right.refusal, until))
        else:
            self.edit_reason.clear()
        self.edit_reason.setVisible(bool(self.edit_reason.text()))
        is_rx = record.template.family is BuiltIn.SPECTACLE_RX
        self.paper_button.setVisible(is_rx and PrescriptionPaper.allowed(self._session))

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(text_style(colours().error if error else colours().muted))
        self.message.setText(text)
        self.message.show()

    def edit(self) -> RecordDialog | None:
        return self._open_form(RecordMode.EDIT)

    def correct(self) -> RecordDialog | None:
        return self._open_form(RecordMode.CORRECT)

    def _open_form(self, mode: RecordMode) -> RecordDialog | None:
        record = self.record
        if record is None:
            return None
        template = record.template
        if mode is RecordMode.CORRECT:  # a correction is written with the latest version
            template = self._vault.record_templates.template(self._session, template.key)
        dialog = RecordDialog(
            self._vault,
            self._session,
            self._client_id,
            template,
            self,
            visit_id=record.visit_id,
            record=record,
            mode=mode,
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
