"""Register a client: only the fields the salon collects, errors next to the field they concern.

The dialog checks nothing itself; the services decide and say which field is wrong.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientInput, ClientView
from salonvault.domain.errors import DuplicateSuspected, SalonVaultError, ValidationError
from salonvault.domain.session import Session
from salonvault.services.client_fields import parse_birth_date
from salonvault.services.vault import Vault
from ui.i18n import LANGUAGES


class ClientDialog(QDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self.setWindowTitle(self.tr("New client"))
        self._vault = vault
        self._session = session
        self.created: ClientView | None = None
        collected = vault.clients.collected_fields()
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        labels = {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Birth date (YYYY-MM-DD)"),
            "address": self.tr("Address"),
            "language": self.tr("Language"),
            "notes": self.tr("Notes"),
        }
        for name, label in labels.items():
            if name in ("phone", "email", "birth_date", "address") and name not in collected:
                continue  # data minimisation: not collected, not shown
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if name in ("address", "notes"):
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(60)
            elif name == "language":
                widget = QComboBox(self)
                widget.addItem("—", "")
                for code, title in LANGUAGES.items():
                    widget.addItem(title, code)
            else:
                widget = QLineEdit(self)
            widget.setAccessibleName(label)
            error = QLabel(self)
            error.setObjectName(f"error-{name}")
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            form.addRow(label, widget)
            form.addRow("", error)
            self.fields[name] = widget
            self.errors[name] = error
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def text(self, name: str) -> str:
        widget = self.fields.get(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        return ""

    def save(self, allow_duplicate: bool = False) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()
        try:
            data = ClientInput(
                family_name=self.text("family_name"),
                given_name=self.text("given_name"),
                phone=self.text("phone"),
                email=self.text("email"),
                birth_date=parse_birth_date(self.text("birth_date").strip()),
                address=self.text("address"),
                language=self.text("language"),
                notes=self.text("notes"),
            )
            self.created = self._vault.clients.create(self._session, data, allow_duplicate)
        except DuplicateSuspected as duplicate:
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "A client with the same phone, or a very similar name and birth date,"
                    " is already registered. Add this one anyway?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save(allow_duplicate=True)
            else:
                self.general_error.setText(str(duplicate))
            return
        except ValidationError as error:
            self.show_error(error.field, str(error))
            return
        except SalonVaultError as error:
            self.general_error.setText(str(error))
            return
        self.accept()

    def show_error(self, field: str | None, message: str) -> None:
        label = self.errors.get(field or "")
        if label is None:
            self.general_error.setText(message)
            return
        label.setText(message)
        label.show()
        self.fields[field or ""].setFocus()
