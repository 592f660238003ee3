"""Consents: the clients whose consent was given under an older text and needs asking again,
the owner's texts (a "Texts" tab, for CONSENT_TEMPLATES_MANAGE), and the privacy notice.

The list comes from ConsentService.needs_reconsent (a new template version makes earlier
consents for that purpose outdated); double-click opens the client's card on its Consents tab.
The privacy notice is printed from memory or saved after a warning that the file leaves the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.consent import CONSENT_LANGUAGES
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.consent_labels import purpose_label
from ui.dialogs.client_card import ClientCard
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.i18n import LANGUAGES
from ui.labels import fill
from ui.navigation import nav_title
from ui.pages.consent_templates_panel import ConsentTemplatesPanel
from ui.printing import print_pdf
from ui.widgets.heading import page_heading
from ui.widgets.table_fill import start_refill

_CLIENT_ID = Qt.ItemDataRole.UserRole


class ConsentsPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.heading = page_heading(self)
        self.reconsent_intro = QLabel(self)
        self.reconsent_intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("reconsentList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.load)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = self._build_notice_buttons(vault.settings.language())
        reconsent = QWidget(self)
        reconsent_layout = QVBoxLayout(reconsent)
        reconsent_layout.addWidget(self.reconsent_intro)
        reconsent_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(reconsent, "")
        self.texts: ConsentTemplatesPanel | None = None
        if role_allows(session.role, Permission.CONSENT_TEMPLATES_MANAGE):
            self.texts = ConsentTemplatesPanel(vault, session, self)
            self.tabs.addTab(self.texts, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        # Who to ask again: consents, the texts they were given under, clients' names.
        shows = (RecordKind.CONSENT, RecordKind.CONSENT_TEXTS, RecordKind.CLIENTS)
        self.changes = ChangeFollower(self, vault, shows, self.load, reads_when_shown=True)

    def _build_notice_buttons(self, salon_language: str) -> QHBoxLayout:
        """Refresh, and the privacy notice in a chosen language (print or save)."""
        self.notice_language = QComboBox(self)
        for code in CONSENT_LANGUAGES:
            self.notice_language.addItem(LANGUAGES.get(code, code), code)
        self.notice_language.setCurrentIndex(max(self.notice_language.findData(salon_language), 0))
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("privacyNoticeButton")
        self.notice_menu = QMenu(self)
        self.notice_print = self.notice_menu.addAction("")
        self.notice_print.triggered.connect(lambda: self.print_notice())  # noqa: PLW0108
        self.notice_save = self.notice_menu.addAction("")
        self.notice_save.triggered.connect(self.save_notice)
        self.notice_button.setMenu(self.notice_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notice_language)
        buttons.addWidget(self.notice_button)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        super().showEvent(event)

    def load(self) -> None:
        try:
            due = self._vault.consent.needs_reconsent(self._session)
            names = {
                s.id: s.display_name
                for s in self._vault.clients.summaries(
                    self._session, sorted({d.client_id for d in due})[:500]
                )
            }
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        start_refill(self.table, len(due))
        for row, item in enumerate(due):
            cells = [
                names.get(item.client_id, "…"),
                purpose_label(item.purpose),
                fill(
                    self.tr("version %1 → %2"), str(item.signed_version), str(item.current_version)
                ),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_CLIENT_ID, item.client_id)
                self.table.setItem(row, column, cell)
        self.message.setText(self.tr("%n consent(s) to ask again", "", len(due)))

    def open_row(self, row: int) -> ClientCard | None:
        cell = self.table.item(row, 0)
        if cell is None:
            return None
        try:
            card = ClientCard(self._vault, self._session, int(cell.data(_CLIENT_ID)), self)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        card.show_tab(card.consents_tab)
        card.open()
        return card

    # -- the privacy notice ------------------------------------------------------------------

    def _notice(self) -> bytes | None:
        language = str(self.notice_language.currentData())
        try:
            return self._vault.consent.privacy_notice_pdf(self._session, language)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None

    def print_notice(self, printer: QPrinter | None = None) -> bool:
        """Print the privacy notice; `printer` skips the print dialog (tests)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        pdf = self._notice()
        if pdf is None:
            return False
        try:
            print_pdf(pdf, printer)
        except OSError as error:
            self.message.setText(error_text(error))
            return False
        self.message.setText(self.tr("The privacy notice was sent to the printer."))
        return True

    def save_notice(self) -> Path | None:
        warning = self.tr(
            "The saved file is not encrypted: it leaves the vault. The notice holds no client's"
            " details, only the salon's name, address and rules."
        )
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if QMessageBox.warning(self, self.tr("Save privacy notice"), warning, buttons) != (
            QMessageBox.StandardButton.Ok
        ):
            return None
        language = str(self.notice_language.currentData())
        name = save_file_name(
            self, self.tr("Save privacy notice"), f"privacy-notice-{language}.pdf", "PDF (*.pdf)"
        )
        if name is None:
            return None
        try:  # the services decide where it may land (never in the vault's folder)
            saved = self._vault.consent.save_privacy_notice(self._session, language, name)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Saved to %1."), name))
        return saved

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("consents"))
        self.reconsent_intro.setText(
            self.tr(
                "Consents given under an earlier version of the text. Ask these clients again"
                " when they next come in; until then their earlier answer stands."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Purpose"), self.tr("Text")]
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("To ask again"))
        if self.texts is not None:
            self.tabs.setTabText(1, self.tr("Texts"))
        self.notice_button.setText(self.tr("Privacy notice…"))
        self.notice_print.setText(self.tr("Print…"))
        self.notice_save.setText(self.tr("Save as PDF…"))
