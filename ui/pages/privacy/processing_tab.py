"""The record of processing for the owner, under the law of the salon's country: what the salon's
settings make of it, shown on screen, and saved as PDF where the owner chooses. For a salon in
China or Vietnam, a reminder of the impact assessment the law asks for, and its draft made from
the same facts (decision 0041)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.jurisdiction import Regime, regime_for
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.labels import fill


class ProcessingRecordTab(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("processingPreview")
        self.preview.setReadOnly(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProcessingRecord")
        self.save_button.clicked.connect(self.save_pdf)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.assessment_reminder = QLabel(self)
        self.assessment_reminder.setObjectName("impactAssessmentReminder")
        self.assessment_reminder.setWordWrap(True)
        self.assessment_button = QPushButton(self)
        self.assessment_button.setObjectName("saveImpactAssessment")
        self.assessment_button.clicked.connect(self.save_assessment)
        self._regime = regime_for(vault.settings.salon_country())  # read here, not in retranslate
        due = vault.processing_record.impact_assessment_due()
        self.assessment_reminder.setVisible(due)
        self.assessment_button.setVisible(due)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.assessment_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.assessment_reminder)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def reload(self) -> None:
        """The record as the settings make it now, in the salon's language; the reminder follows
        the salon's country, which may have changed on the Settings page."""
        self._regime = regime_for(self._vault.settings.salon_country())
        due = self._vault.processing_record.impact_assessment_due()
        self.assessment_reminder.setVisible(due)
        self.assessment_button.setVisible(due)
        self.retranslate()
        try:
            record = self._vault.processing_record.record(self._session)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        self.preview.setPlainText(record.plain_text())

    def save_pdf(self) -> Path | None:
        title = self.tr("Save the record of processing")
        warning = self.tr(
            "The saved file is not encrypted: it leaves the vault. It holds no client's details,"
            " only the salon's name, address, settings and rules."
        )
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if QMessageBox.warning(self, title, warning, buttons) != QMessageBox.StandardButton.Ok:
            return None
        name = save_file_name(self, title, "record-of-processing.pdf", "PDF (*.pdf)")
        if name is None:
            return None
        try:  # the services decide where it may land (never in the vault's folder)
            saved = self._vault.processing_record.save_pdf(self._session, name)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Saved to %1."), name))
        return saved

    def save_assessment(self) -> Path | None:
        title = self.tr("Save the impact-assessment draft")
        name = save_file_name(self, title, "impact-assessment.pdf", "PDF (*.pdf)")
        if name is None:
            return None
        try:
            saved = self._vault.processing_record.save_impact_assessment(self._session, name)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(fill(self.tr("Saved to %1."), name))
        return saved

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # settings may have changed on another page
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "The record of processing activities is made from the salon's settings, under"
                " the law of the salon's country: the consent purposes switched on, the client"
                " fields collected, the recipients listed in Settings, the retention rules and"
                " what SalonVault does to protect the records. It is in the salon's language;"
                " complete the parts in [square brackets] on paper."
            )
        )
        regime = self._regime
        if regime is Regime.CHINA:
            self.assessment_reminder.setText(
                self.tr(
                    "A duty under China's PIPL (Art. 55-56): before keeping health data, carry"
                    " out a personal information protection impact assessment, and keep it and"
                    " this record for at least 3 years. SalonVault drafts it from the same facts."
                )
            )
        elif regime is Regime.VIETNAM:
            self.assessment_reminder.setText(
                self.tr(
                    "A duty under Vietnam's Personal Data Protection Law (91/2025/QH15): keep a"
                    " personal data processing impact-assessment dossier. SalonVault drafts it"
                    " from the same facts; check it against the form in force."
                )
            )
        self.assessment_button.setText(self.tr("Save the impact-assessment &draft…"))
        self.save_button.setText(self.tr("Save as PDF…"))
