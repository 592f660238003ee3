"""The owner prints or saves the Recovery Kit again (Settings), and confirms it is kept.

Fetching the key is owner-only and written to the activity log by the services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import RecoveryKey, Vault
from ui.error_text import error_text
from ui.labels import fill
from ui.operations import Operations
from ui.recovery_kit_actions import ask_and_print, ask_and_save, ask_and_save_key, build_kit


class RecoveryKitDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        language: str,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKitDialog")
        self._vault = vault
        self._session = session
        self._data_dir: Path = vault.paths.data_dir
        self.kit_pdf: bytes | None = None
        self.kept = False
        key = vault.keys.recovery_key(session)  # owner only; logged
        self.setWindowTitle(self.tr("Recovery Kit"))
        intro = QLabel(
            self.tr(
                "Print the Recovery Kit or save it to a USB stick, and keep it in the safe."
                " Anyone who has it can open every record."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_view = QLineEdit(key.secret, self)
        self.key_view.setReadOnly(True)
        self.key_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_view.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.key_file_button = QPushButton(self.tr("Also save the key as a text file…"), self)
        self.key_file_button.setObjectName("saveKeyFile")
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.key_file_button.clicked.connect(lambda: self._save_key(key))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.key_file_button)
        row.addStretch()
        self.confirm = QCheckBox(self.tr("I have printed or saved the Recovery Kit"), self)
        self.confirm.toggled.connect(lambda _on: self._update())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.waiting_for = QLabel(self)  # why OK is still off
        self.waiting_for.setObjectName("okWaitsFor")
        self.waiting_for.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._confirmed)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_view):
            layout.addWidget(widget)
        layout.addLayout(row)
        for part in (self.confirm, self.status, self.waiting_for, self.buttons):
            layout.addWidget(part)
        settings = vault.settings
        salon, address = settings.salon_name(), settings.salon_address()
        operations.run(
            lambda: build_kit(salon, address, key.secret, key.public_key, language),
            self._ready,
            lambda error: self.status.setText(error_text(error)) if isValid(self) else None,
        )
        self._update()

    def _ready(self, pdf: bytes) -> None:
        if not isValid(self):
            return  # closed (or locked away) before the kit was drawn
        self.kit_pdf = pdf
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _print(self) -> None:
        assert self.kit_pdf is not None
        try:
            if ask_and_print(self, self.kit_pdf):
                self._kept(self.tr("Sent to the printer."))
        except OSError as error:
            self.status.setText(fill(self.tr("Could not print: %1"), error))

    def _save(self) -> None:
        assert self.kit_pdf is not None
        try:
            saved = ask_and_save(self, self.kit_pdf, self._data_dir)
        except SalonVaultError as error:  # a refused place, a full or pulled drive
            self.status.setText(fill(self.tr("Could not save: %1"), error_text(error)))
            return
        if saved is not None:
            self._kept(fill(self.tr("Saved to %1."), saved))

    def _save_key(self, key: RecoveryKey) -> None:
        try:
            saved = ask_and_save_key(self, key, self._data_dir)
        except SalonVaultError as error:
            self.status.setText(fill(self.tr("Could not save: %1"), error_text(error)))
            return
        if saved is not None:
            self._kept(fill(self.tr("The key is saved as a text file in %1."), saved))

    def _kept(self, message: str) -> None:
        self.kept = True
        self.status.setText(message)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.kept and self.confirm.isChecked())
        if not self.kept:
            waiting = self.tr("Print the kit, or save it as a PDF or the key as a text file.")
        elif not self.confirm.isChecked():
            waiting = self.tr("Tick the box once the kit is printed or saved.")
        else:
            waiting = ""
        self.waiting_for.setText(waiting)

    def _confirmed(self) -> None:
        self._vault.keys.confirm_recovery_kit(self._session)
        self.accept()
