"""A client's consents, for the client card: the current answer per purpose, the history, and
the actions (record, withdraw, print or save the signed form).

Everything goes through the consent service. Withdraw is shown only to roles that may withdraw
(the service refuses the others anyway). Printing goes through Qt's print dialog from memory;
saving warns first that the file leaves the vault.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import HealthKind
from salonvault.domain.consent import ConsentRecord, Purpose, PurposeStatus, Standing
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.client_facts import client_number
from ui.consent_labels import answer_label, method_label, purpose_label
from ui.dialogs.consent_dialog import ConsentDialog
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.formats import moment_text
from ui.labels import fill
from ui.printing import print_pdf

_RECORD_ID = Qt.ItemDataRole.UserRole  # on the first cell of a row: the decision's id


class ConsentsPanel(QWidget):
    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentsPanel")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.statuses: list[PurposeStatus] = []
        self.banner = QLabel(self)
        self.banner.setObjectName("serviceConsentBanner")
        self.banner.setWordWrap(True)
        self.banner.setText(
            self.tr(
                "Not yet informed that visits are recorded: show the client the text before"
                " the service."
            )
        )
        self.status_table = self._table(
            [self.tr("Purpose"), self.tr("Answer"), self.tr("Since"), self.tr("Text version")]
        )
        self.status_table.setAccessibleName(self.tr("Consent per purpose"))
        self.history_table = self._table(
            [self.tr("Purpose"), self.tr("Answer"), self.tr("When"), self.tr("How")]
        )
        self.history_table.setAccessibleName(self.tr("Consent history"))
        self.record_button = QPushButton(self.tr("Record consent…"), self)
        self.record_button.clicked.connect(lambda: self.record())  # noqa: PLW0108 - not `checked`
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setVisible(role_allows(session.role, Permission.CONSENT_WITHDRAW))
        self.print_button = QPushButton(self.tr("Print form…"), self)
        self.print_button.clicked.connect(lambda: self.print_form())  # noqa: PLW0108 - not `checked`
        self.save_button = QPushButton(self.tr("Save form as…"), self)
        self.save_button.clicked.connect(self.save_form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.form_hint = QLabel(self)  # why Print and Save are off, or what they will give
        self.form_hint.setObjectName("formHint")
        self.form_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.record_button,
            self.withdraw_button,
            self.print_button,
            self.save_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.form_hint)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.message)
        self.status_table.itemSelectionChanged.connect(self._update_buttons)
        self.load()
        # The answers, whether a text changed since (re-consent), which purposes the salon asks.
        shows = (RecordKind.CONSENT, RecordKind.CONSENT_TEXTS, RecordKind.SETTINGS)
        self.changes = ChangeFollower(self, vault, shows, self.load)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The purpose takes what is left; dates, answers and "Signed on screen" are never cut
        # (a few rows: sizing to contents reads nothing more).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # -- showing -----------------------------------------------------------------------------

    def load(self) -> None:
        statuses = self._call(lambda: self._vault.consent.status(self._session, self._client_id))
        history = self._call(lambda: self._vault.consent.history(self._session, self._client_id))
        missing = self._call(
            lambda: self._vault.consent.missing_service_consent(self._session, self._client_id)
        )
        if statuses is None or history is None:
            return
        self.statuses = [s for s in statuses if s.enabled or s.record is not None]
        self.banner.setVisible(missing is True)
        self.status_table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            answer = answer_label(status.standing, status.purpose)
            if status.needs_reconsent:
                answer = fill(self.tr("%1 (needs re-consent: the text changed)"), answer)
            record = status.record
            cells = [
                purpose_label(status.purpose),
                answer,
                moment_text(record.recorded_at) if record else "",
                str(record.template_version) if record else "",
            ]
            self._fill_row(self.status_table, row, cells, record)
        self.history_table.setRowCount(len(history))
        for row, record in enumerate(history):
            when = moment_text(record.recorded_at)
            answer = answer_label(Standing(record.decision.value), record.purpose)
            if record.withdrawal is not None:
                withdrawn = moment_text(record.withdrawal.at)
                answer = fill(self.tr("%1, withdrawn %2"), answer, withdrawn)
            how = method_label(record.method)
            if record.paper_reference:
                how = f"{how} ({record.paper_reference})"
            cells = [purpose_label(record.purpose), answer, when, how]
            self._fill_row(self.history_table, row, cells, record)
        self._update_buttons()

    @staticmethod
    def _fill_row(
        table: QTableWidget, row: int, cells: list[str], record: ConsentRecord | None
    ) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(_RECORD_ID, record.id if record else None)
            table.setItem(row, column, item)

    def selected_status(self) -> PurposeStatus | None:
        rows = self.status_table.selectionModel().selectedRows()
        return self.statuses[rows[0].row()] if rows else None

    def select_purpose(self, purpose: Purpose) -> None:
        for row, status in enumerate(self.statuses):
            if status.purpose is purpose:
                self.status_table.selectRow(row)

    def _update_buttons(self) -> None:
        status = self.selected_status()
        record = status.record if status else None
        active = record is not None and record.active
        information = status is not None and status.purpose.information_only
        self.withdraw_button.setEnabled(active and not information)
        # A purpose without an answer prints its blank form, to sign on paper.
        self.print_button.setEnabled(status is not None)
        self.save_button.setEnabled(status is not None)
        if status is None:
            hint = self.tr("Choose a purpose in the table to print or save its form.")
        elif record is None:
            hint = self.tr(
                "No answer on record for this purpose: the form prints blank, for the client"
                " to sign on paper."
            )
        elif information and self.withdraw_button.isVisible():
            hint = self.tr(
                "Visit records are information, not a consent: there is nothing to withdraw."
                " The client may object or ask for the record to be erased."
            )
        elif not active and self.withdraw_button.isVisible():
            hint = self.tr("This consent is not in force, so there is nothing to withdraw.")
        else:
            hint = ""
        self.form_hint.setText(hint)
        self.form_hint.setVisible(bool(hint))

    # -- actions -----------------------------------------------------------------------------

    def record(self, dialog: ConsentDialog | None = None) -> bool:
        """Open the recording dialog (all purposes the salon asks for); True when recorded."""
        dialog = dialog or ConsentDialog(self._vault, self._session, self._client_id, parent=self)
        if dialog.exec() != ConsentDialog.DialogCode.Accepted:
            return False
        self.message.setText(self.tr("Consent recorded."))
        return True

    def withdraw(self) -> None:
        status = self.selected_status()
        if status is None or status.record is None:
            return
        question = self.tr("Withdraw the client's consent for \u201c%1\u201d? It ends now.")
        if status.purpose is Purpose.PHOTOS:
            question = self.tr(
                "Withdraw the client's photo consent? Every photo of this client is deleted"
                " from the vault now. This cannot be undone."
            )
        elif status.purpose is Purpose.PHOTOS_MARKETING:
            question = self.tr(
                "Withdraw the client's consent for \u201c%1\u201d? It ends now. The text the"
                " client signed promises that their photos are removed from the salon's website"
                " and social media pages within 15 days: the program does not publish them, so"
                " someone must remove them there."
            )
        elif status.purpose is Purpose.HEALTH_DATA:
            health_question = self._health_question()
            if health_question is None:
                return
            question = health_question
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Withdraw consent"),
            fill(question, purpose_label(status.purpose)) + "\n\n" + self.tr("Reason (optional):"),
        )
        if not accepted:
            return
        deleted = self._call(
            lambda: self._vault.consent.withdraw(
                self._session, self._client_id, status.purpose, reason
            )
        )
        if deleted is None:
            return
        if status.purpose is Purpose.PHOTOS:
            self.message.setText(self.tr("Consent withdrawn; %n photo(s) deleted.", "", deleted))
        elif status.purpose is Purpose.PHOTOS_MARKETING:
            self.message.setText(
                self.tr(
                    "Consent withdrawn. Remove the client's photos from the salon's website and"
                    " social media pages within 15 days."
                )
            )
        elif status.purpose is Purpose.HEALTH_DATA and deleted:
            self.message.setText(
                self.tr("Consent withdrawn; %n health record(s) deleted.", "", deleted)
            )
        else:
            self.message.setText(self.tr("Consent withdrawn."))

    def _health_question(self) -> str | None:
        """What withdrawing health-data consent deletes, exactly (counts by kind: whoever
        withdraws may not be allowed to read the items themselves). None: could not ask."""
        held = self._call(lambda: self._vault.health_basis.held(self._session, self._client_id))
        if held is None:
            return None
        if held.empty:
            return self.tr(
                "Withdraw the client's consent for \u201c%1\u201d? It ends now. No health"
                " details are held, so nothing is deleted."
            )
        counted = {
            HealthKind.ALLERGY: lambda n: self.tr("%n allergy(ies)", "", n),
            HealthKind.CONDITION: lambda n: self.tr("%n condition(s)", "", n),
            HealthKind.MEDICATION: lambda n: self.tr("%n medication(s)", "", n),
            HealthKind.CONTRAINDICATION: lambda n: self.tr("%n contraindication(s)", "", n),
        }
        lines = [counted[kind](n) for kind, n in held.items.items() if n]
        if held.removed_items:
            lines.append(self.tr("%n removed item(s) kept as history", "", held.removed_items))
        if held.papers:
            lines.append(
                self.tr("%n health paper(s): letters, outside prescriptions", "", held.papers)
            )
        if held.records:
            lines.append(self.tr("%n service record(s) holding health details", "", held.records))
        if held.earlier_versions:
            lines.append(
                self.tr("%n earlier version(s) of changed items", "", held.earlier_versions)
            )
        listed = "\n".join(f"• {line}" for line in lines)
        return fill(
            self.tr(
                "Withdraw the client's health-data consent? These are deleted from the vault"
                " now, and cannot be brought back:\n%1\nThe record of the consent and its"
                " withdrawal stays; patch tests and visits stay."
            ),
            listed,
        )

    def _form(self, use: str) -> bytes | None:
        """The selected purpose's form: the signed one kept in the vault, or a blank one."""
        status = self.selected_status()
        if status is None:
            return None
        if status.record is not None:
            record_id = status.record.id
            pdf = self._call(lambda: self._vault.consent.form_pdf(self._session, record_id, use))
        else:
            purpose = status.purpose
            pdf = self._call(
                lambda: self._vault.consent.form_for(self._session, self._client_id, purpose, use)
            )
        return pdf if isinstance(pdf, bytes) else None

    def print_form(self, printer: QPrinter | None = None) -> bool:
        """Print the selected decision's signed form; `printer` skips the dialog (tests)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        pdf = self._form("print")
        if pdf is None:
            return False
        try:
            print_pdf(pdf, printer)
        except OSError as error:
            self.message.setText(error_text(error))
            return False
        self.message.setText(self.tr("The form was sent to the printer."))
        return True

    def save_form(self) -> Path | None:
        warning = self.tr(
            "The saved file is not encrypted: it leaves the vault with the client's name and"
            " signature. Save it only where the client's records may be kept, and delete it when"
            " it is no longer needed."
        )
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if QMessageBox.warning(self, self.tr("Save form"), warning, buttons) != (
            QMessageBox.StandardButton.Ok
        ):
            return None
        status = self.selected_status()
        if status is None:
            return None
        name = save_file_name(
            self,
            self.tr("Save form"),
            form_file_name(status.purpose, self._client_id),
            "PDF (*.pdf)",
        )
        if name is None:
            return None
        record = status.record
        try:  # the services decide where it may land (never in the vault's folder)
            if record is not None:
                saved = self._vault.consent.save_form(self._session, record.id, name)
            else:
                saved = self._vault.consent.save_form_for(
                    self._session, self._client_id, status.purpose, name
                )
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Saved to %1."), str(saved)))
        return saved

    def _call(self, action: Callable[[], Any]) -> Any:
        """Run a service call; its refusal or error shows under the tables. None on failure."""
        try:
            return action()
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None


def form_file_name(purpose: Purpose, client_id: int) -> str:
    """One name per client and purpose, so two clients' forms never overwrite each other, in
    the user's words ("Thông tin sức khỏe - Số 12.pdf"). The client's number, not their name:
    a file name shows in folder listings, recent-file lists and e-mail attachments that the
    vault's encryption does not cover."""
    name = f"{purpose_label(purpose)} - {client_number(client_id)}"
    return re.sub(_NOT_IN_FILE_NAMES, "-", name).strip(" .") + ".pdf"


_NOT_IN_FILE_NAMES = r'[<>:"/\\|?*\x00-\x1f]'  # what Windows refuses ("Before/after photos")
