"""Settings, owner only: how the vault opens on this PC. By itself, with a key kept in this
PC's key store, or only after the owner's passphrase (DESIGN.md §2). The set-up wizard asks
once; this box lets the owner change it later. KeyService checks the owner and words the rules
(a passphrase of 12+ characters); this box only asks and shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.errors import SalonVaultError, SessionExpired
from salonvault.domain.session import Session
from salonvault.services.keys import UnlockStatus
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.operations import Operations


class OpenModeBox(QGroupBox):
    def __init__(
        self, vault: Vault, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openModeBox")
        self._vault = vault
        self._session = session
        self._operations = operations
        self._status: UnlockStatus = vault.keys.status(session)
        self._said = ""  # the last outcome, kept across retranslations
        self.state = QLabel(self)
        self.state.setObjectName("openModeState")
        self.state.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase_again = QLineEdit(self)
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label, self.pass_again_label = QLabel(self), QLabel(self)
        self.use_passphrase_button = QPushButton(self)
        self.use_passphrase_button.setObjectName("usePassphrase")
        self.use_passphrase_button.clicked.connect(self.set_passphrase)
        self.use_device_button = QPushButton(self)
        self.use_device_button.setObjectName("useDevice")
        self.use_device_button.clicked.connect(self.use_device)
        self.message = QLabel(self)
        self.message.setObjectName("openModeMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.pass_label, self.passphrase)
        form.addRow(self.pass_again_label, self.passphrase_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.use_passphrase_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.use_device_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.retranslate()

    @property
    def passphrase_mode(self) -> bool:
        return self._status.passphrase_mode

    def set_passphrase(self) -> None:
        text = self.passphrase.text()
        if text != self.passphrase_again.text():
            self._say(self.tr("The two passphrases are not the same."))
            return
        keys, session = self._vault.keys, self._session
        self._busy(True)
        self._say(self.tr("Setting the passphrase…"))
        self._operations.run(
            lambda: keys.use_passphrase(session, text), self._changed, self._failed
        )

    def use_device(self) -> None:
        question = self.tr(
            "Open the vault on this computer without the passphrase? Anyone who can sign"
            " in to this computer's user account can then start SalonVault (staff still"
            " need their PINs)."
        )
        if not self._vault.device_store.protection.strong:
            question += " " + self.tr(
                "This computer has no protected key store: the key would be kept in a file,"
                " which is weaker."
            )
        answer = QMessageBox.question(self, self.tr("How the vault opens"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._vault.keys.use_device(self._session)
        except SalonVaultError as error:
            self._failed(error)
            return
        self._changed(None)

    def _changed(self, _result: object) -> None:
        if not isValid(self):
            return  # locked while the passphrase was set: this box went with the workspace
        self._busy(False)
        self.passphrase.clear()
        self.passphrase_again.clear()
        try:
            self._status = self._vault.keys.status(self._session)
        except SessionExpired:
            return
        self._said = "passphrase" if self.passphrase_mode else "device"
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self._say(error_text(error))

    def _busy(self, busy: bool) -> None:
        for widget in (self.use_passphrase_button, self.use_device_button):
            widget.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self._said = ""
        self.message.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How the vault opens"))
        passphrase_mode = self.passphrase_mode
        if passphrase_mode:
            state = self.tr(
                "Now: the vault stays closed until the owner types the passphrase at each start."
                " If it is forgotten, only the Recovery Kit opens the vault."
            )
        else:
            protection = self._status.device_protection
            if protection is not None and not protection.strong:
                state = self.tr(
                    "Now: SalonVault opens on this computer by itself, with a key kept in a file"
                    " (this computer has no protected key store): weaker, a passphrase is safer"
                    " here."
                )
            else:
                state = self.tr(
                    "Now: SalonVault opens on this computer by itself, with a key kept in this"
                    " computer's protected key store."
                )
            state += " " + self.tr(
                "That protects the records if the disk or a copy of the folder is stolen, not"
                " from someone who can sign in to this computer."
            )
        self.state.setText(state)
        for widget in (
            self.pass_label,
            self.passphrase,
            self.pass_again_label,
            self.passphrase_again,
            self.use_passphrase_button,
        ):
            widget.setVisible(not passphrase_mode)
        self.use_device_button.setVisible(passphrase_mode)
        self.pass_label.setText(self.tr("Passphrase (12+ characters)"))
        self.pass_again_label.setText(self.tr("Passphrase again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.use_passphrase_button.setText(self.tr("Ask for the passphrase at every start"))
        self.use_device_button.setText(self.tr("Open on this computer without the passphrase…"))
        if self._said == "passphrase":
            self.message.setText(
                self.tr("Done. From the next start, SalonVault asks for the passphrase first.")
            )
        elif self._said == "device":
            self.message.setText(self.tr("Done. SalonVault opens on this computer by itself."))
