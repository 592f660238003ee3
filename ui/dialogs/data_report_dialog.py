"""The client data report from the owner's client card: choose the language and the files,
read the warning, pick where to save.

The files are plain, unencrypted copies: saving them is the owner's explicit choice, to hand
the client what they asked for. The service checks the permission and logs each file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientView
from salonvault.domain.data_report import REPORT_LANGUAGES
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.labels import fill

_LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "pl": "Polski", "zh_CN": "中文（简体）"}


class DataReportDialog(QDialog):
    def __init__(
        self, vault: Vault, session: Session, view: ClientView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataReportDialog")
        self.setWindowTitle(self.tr("Client data report"))
        self._vault, self._session, self._view = vault, session, view
        layout = QVBoxLayout(self)

        what = QLabel(
            fill(
                self.tr(
                    "Everything held on %1: the record, health, visits, patch tests, photos,"
                    " consents with their texts, and the log of who opened the record. For the"
                    " client's request to see their data or to have a copy."
                ),
                view.display_name,
            ),
            self,
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        self.warning = QLabel(
            self.tr(
                "The saved files are not encrypted: they leave the vault. Save them only to hand"
                " to the client (a USB stick, or print the PDF), and delete your copy afterwards."
            ),
            self,
        )
        self.warning.setObjectName("dataReportWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.warning)

        form = QFormLayout()
        self.language = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language.addItem(_LANGUAGE_NAMES[code], code)
        try:
            default = vault.data_report.report_language(session, view.id)
        except SalonVaultError:
            default = "en"
        self.language.setCurrentIndex(REPORT_LANGUAGES.index(default))
        form.addRow(self.tr("Language of the report:"), self.language)
        self.pdf_box = QCheckBox(self.tr("Readable report (PDF)"), self)
        self.pdf_box.setChecked(True)
        self.json_box = QCheckBox(self.tr("Machine-readable copy (JSON, photos included)"), self)
        self.json_box.setChecked(True)
        form.addRow(self.tr("Files:"), self.pdf_box)
        form.addRow("", self.json_box)
        layout.addLayout(form)

        self.message = QLabel(self)
        self.message.setObjectName("dataReportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("saveDataReport")
        self.save_button.clicked.connect(self.ask_and_save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        for box in (self.pdf_box, self.json_box):
            box.toggled.connect(self._update_button)

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.pdf_box.isChecked() or self.json_box.isChecked())

    def ask_and_save(self) -> list[Path]:
        """Ask where (one name: the PDF and the JSON are saved side by side), then save."""
        pdf = self.pdf_box.isChecked()
        suffix, kind = (".pdf", "PDF (*.pdf)") if pdf else (".json", "JSON (*.json)")
        suggested = f"data-report-client-{self._view.id}{suffix}"
        name = save_file_name(self, self.tr("Save the client data report"), suggested, kind)
        if name is None:
            return []
        return self.save_to(name)

    def save_to(self, path: Path) -> list[Path]:
        """Write the chosen files next to `path` (its name without the suffix, + .pdf/.json)."""
        wanted = [
            f for f, box in (("pdf", self.pdf_box), ("json", self.json_box)) if box.isChecked()
        ]
        language = str(self.language.currentData())
        reports = self._vault.data_report
        saved: list[Path] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # the services decide where they may land (never in the vault's folder), 0600
            for file_format in wanted:
                target = path.with_suffix(f".{file_format}")
                if file_format == "pdf":
                    reports.save_pdf(self._session, self._view.id, target, language)
                else:
                    reports.save_json(self._session, self._view.id, target)
                saved.append(target)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return saved
        finally:
            QApplication.restoreOverrideCursor()
        self.message.setText(fill(self.tr("Saved: %1"), ", ".join(str(p) for p in saved)))
        return saved
