"""Erase a client for good (owner only): what goes, what stays, and the name typed to confirm.

The service checks the permission and the typed name again; this dialog only explains and asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientView
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.clients import ErasureReceipt, names_match
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, danger_button_style, text_style


class EraseClientDialog(QDialog):
    def __init__(
        self, vault: Vault, session: Session, view: ClientView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseClientDialog")
        self.setWindowTitle(self.tr("Erase this client"))
        self._vault, self._session, self._view = vault, session, view
        self.receipt: ErasureReceipt | None = None
        name = view.display_name

        what = QLabel(
            fill(
                self.tr(
                    "This removes %1 for good: contact details, health items, patch tests,"
                    " treatments, photos, and consents with their signatures. The activity log"
                    " keeps only a note that an erasure happened, with no name in it. It cannot"
                    " be undone."
                ),
                name,
            ),
            self,
        )
        what.setWordWrap(True)
        backups = QLabel(
            fill(
                self.tr(
                    "Backups made before now still hold this client until they rotate out (the"
                    " newest %1 backups are kept on each drive). If you ever restore one of"
                    " them, erase the client again."
                ),
                vault.backups.settings().keep,
            ),
            self,
        )
        backups.setWordWrap(True)
        backups.setObjectName("erasureBackupNote")
        self.keep_counts = QCheckBox(
            self.tr("Keep the visits as anonymous counts (month and service only)"), self
        )
        self.keep_counts.setChecked(True)
        prompt = QLabel(fill(self.tr("To confirm, type the client's name: %1"), name), self)
        prompt.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedName")
        prompt.setBuddy(self.typed)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(text_style(colours().error))
        self.error.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setStyleSheet(danger_button_style())
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda text: self.erase_button.setEnabled(names_match(text, name))
        )

        layout = QVBoxLayout(self)
        for widget in (what, backups, self.keep_counts, prompt, self.typed, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def erase(self) -> None:
        self.error.clear()
        try:
            self.receipt = self._vault.erasure.erase(
                self._session, self._view.id, self.typed.text(), self.keep_counts.isChecked()
            )
        except SalonVaultError as error:
            self.error.setText(error_text(error))
            return
        rows = self.receipt.rows
        QMessageBox.information(
            self,
            self.tr("Client erased"),
            fill(
                self.tr(
                    "The client is erased: %1 treatments, %2 photos, %3 consents and %4 health"
                    " items removed."
                ),
                rows.visits,
                rows.photos,
                rows.consents,
                rows.health_items,
            ),
        )
        self.accept()
