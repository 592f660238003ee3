"""Exports for the owner: all clients and visits (CSV or JSON) or one channel's marketing list,
plain or encrypted with age. The service checks the role, refuses a plain file unless it was
confirmed, writes safely and logs counts; this tab explains and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.consent import MARKETING_CHANNELS, Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.exports import Encryption, ExportResult
from salonvault.services.vault import Vault
from ui.consent_labels import purpose_label
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.wrapping_choice import WrappingCheckBox, WrappingRadioButton

WHAT_CSV, WHAT_JSON, WHAT_MARKETING = range(3)
PLAIN, PASSPHRASE, BACKUP_KEY = range(3)
MIN_PASSPHRASE = 12


class ExportsTab(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.last_result: ExportResult | None = None

        self.what_box = QGroupBox(self)
        self.what = QButtonGroup(self)
        self.what_buttons = [WrappingRadioButton(self.what_box) for _ in range(3)]
        self.channel = QComboBox(self.what_box)
        self.channel.setObjectName("marketingChannel")
        for purpose in MARKETING_CHANNELS:
            self.channel.addItem(purpose_label(purpose), purpose.value)
        what_layout = QVBoxLayout(self.what_box)
        for index, button in enumerate(self.what_buttons):
            self.what.addButton(button, index)
            what_layout.addWidget(button)
        what_layout.addWidget(self.channel)
        self.what_buttons[WHAT_CSV].setChecked(True)
        self.what.idToggled.connect(self._update)

        self._build_protection()
        self.warning = QLabel(self)
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(text_style(colours().error))
        self.error.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.choose_file_and_export)

        layout = QVBoxLayout(self)
        layout.addWidget(self.what_box)
        layout.addWidget(self.how_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.export_button)
        layout.addStretch()
        self.retranslate()

    def _build_protection(self) -> None:
        self.how_box = QGroupBox(self)
        self.how = QButtonGroup(self)
        self.how_buttons = [WrappingRadioButton(self.how_box) for _ in range(3)]
        self.passphrase = QLineEdit(self.how_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit(self.how_box)
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_form = QFormLayout()
        self.passphrase_labels = [QLabel(self.how_box), QLabel(self.how_box)]
        self.passphrase_form.addRow(self.passphrase_labels[0], self.passphrase)
        self.passphrase_form.addRow(self.passphrase_labels[1], self.passphrase_again)
        self.confirm_plain = WrappingCheckBox(self.how_box)
        self.confirm_plain.setObjectName("confirmPlain")
        how_layout = QVBoxLayout(self.how_box)
        for index, button in enumerate(self.how_buttons):
            self.how.addButton(button, index)
            how_layout.addWidget(button)
        how_layout.addLayout(self.passphrase_form)
        how_layout.addWidget(self.confirm_plain)
        self.how_buttons[BACKUP_KEY].setChecked(True)
        self.how.idToggled.connect(self._update)

    # -- choices -----------------------------------------------------------------------------

    def _update(self) -> None:
        how = self.how.checkedId()
        self.channel.setEnabled(self.what.checkedId() == WHAT_MARKETING)
        for widget in (self.passphrase, self.passphrase_again, *self.passphrase_labels):
            widget.setVisible(how == PASSPHRASE)
        self.confirm_plain.setVisible(how == PLAIN)
        if how == PLAIN:
            self.warning.setText(
                self.tr(
                    "The file leaves the vault unencrypted: whoever gets it can read the client"
                    " records in it. Keep it safe and delete it when it is no longer needed."
                )
            )
            self.warning.setStyleSheet(text_style(colours().error, bold=True))
        else:
            self.warning.setText(
                self.tr(
                    "The file leaves the vault encrypted with age: it opens only with the"
                    " passphrase or the recovery key chosen here (for example `age -d`)."
                )
            )
            self.warning.setStyleSheet("")

    def encryption(self) -> Encryption | None:
        """The chosen encryption; raises a plain message when a passphrase is not usable."""
        how = self.how.checkedId()
        if how == BACKUP_KEY:
            return Encryption.to_backup_key()
        if how == PASSPHRASE:
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                raise _Refused(self.tr("The passphrase needs at least 12 characters."))
            if self.passphrase.text() != self.passphrase_again.text():
                raise _Refused(self.tr("The two passphrases differ."))
            return Encryption.with_passphrase(self.passphrase.text())
        if not self.confirm_plain.isChecked():
            raise _Refused(self.tr("Tick the box to confirm an unencrypted file."))
        return None

    # -- exporting ---------------------------------------------------------------------------

    def choose_file_and_export(self) -> ExportResult | None:
        self.error.clear()
        try:
            self.encryption()
        except _Refused as refused:
            self.error.setText(str(refused))
            return None
        json_chosen = self.what.checkedId() == WHAT_JSON
        suggested = "salonvault-export.json" if json_chosen else "salonvault-export.csv"
        chosen = save_file_name(self, self.tr("Export to"), suggested)
        return self.export_to(chosen) if chosen is not None else None

    def export_to(self, out: Path) -> ExportResult | None:
        self.error.clear()
        try:
            encryption = self.encryption()
            plain = encryption is None
            exports, session = self._vault.exports, self._session
            what = self.what.checkedId()
            if what == WHAT_CSV:
                result = exports.export_csv(session, out, encryption, plain)
            elif what == WHAT_JSON:
                result = exports.export_json(session, out, encryption, plain)
            else:
                channel = Purpose(self.channel.currentData())
                result = exports.export_marketing(session, channel, out, encryption, plain)
        except (_Refused, SalonVaultError) as error:
            self.error.setText(error_text(error))
            return None
        self.last_result = result
        self.passphrase.clear()
        self.passphrase_again.clear()
        files = "\n".join(str(path) for path in result.files)
        QMessageBox.information(
            self,
            self.tr("Export"),
            fill(self.tr("Exported %1 clients to:\n%2"), result.clients, files),
        )
        return result

    # -- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.what_box.setTitle(self.tr("What"))
        self.what_buttons[WHAT_CSV].setText(
            self.tr("All clients and visits, for a spreadsheet (two CSV files)")
        )
        self.what_buttons[WHAT_JSON].setText(
            self.tr("Everything, machine-readable (JSON: health, visits, consents)")
        )
        self.what_buttons[WHAT_MARKETING].setText(
            self.tr("Marketing list: clients who agreed to this channel, with that contact only")
        )
        for index, purpose in enumerate(MARKETING_CHANNELS):
            self.channel.setItemText(index, purpose_label(purpose))
        self.how_box.setTitle(self.tr("Protection"))
        self.how_buttons[BACKUP_KEY].setText(
            self.tr("Encrypted to the salon's recovery key (opens with the Recovery Kit)")
        )
        self.how_buttons[PASSPHRASE].setText(self.tr("Encrypted with a passphrase"))
        self.how_buttons[PLAIN].setText(self.tr("Not encrypted"))
        self.passphrase_labels[0].setText(self.tr("Passphrase (12+ characters)"))
        self.passphrase_labels[1].setText(self.tr("Passphrase again"))
        self.confirm_plain.setText(
            self.tr("I understand that this file is readable by anyone who gets it")
        )
        self.export_button.setText(self.tr("Export…"))
        self._update()


class _Refused(Exception):
    """A choice on this tab that cannot be used, in one sentence."""
