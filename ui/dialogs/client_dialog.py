"""Register a client or change one: only the fields the salon collects, errors next to the field
they concern.

The dialog checks nothing itself; the services decide and say which field is wrong
(ValidationError.field names the widget). Editing is for roles that may change contact details,
which also see every field, so the form can be filled from the card's ClientView.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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

from salonvault.domain.clients import OPTIONAL_FIELDS, ClientInput, ClientView, Preferences
from salonvault.domain.errors import DuplicateSuspected, SalonVaultError, ValidationError
from salonvault.domain.session import Session
from salonvault.services.clients import parse_birth_date, parse_tags
from salonvault.services.vault import Vault
from ui.i18n import LANGUAGES
from ui.labels import fill

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox
_MULTI_LINE = ("address", "notes")
_PREFERENCES = ("preferences.hair", "preferences.skin", "preferences.lash")


class ClientDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        parent: QWidget | None = None,
        client: ClientView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self._vault = vault
        self._session = session
        self._client = client
        self.created: ClientView | None = None  # a new client, once saved
        self.saved: ClientView | None = None  # the client as saved (new or changed)
        if client is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(fill(self.tr("Change details: %1"), client.display_name))
        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        collected = vault.clients.collected_fields()
        for name, label in self._labels().items():
            if name in OPTIONAL_FIELDS and name not in collected and not self._stored(name):
                continue  # data minimisation: not collected, not shown (unless still held)
            widget = self._make_widget(name, label)
            widget.setAccessibleName(label)
            self.fields[name] = widget
            form.addRow("" if name == "is_minor" else label, self._with_error(name, widget))
        minor, guardian = self.fields.get("is_minor"), self.fields.get("guardian")
        if isinstance(minor, QCheckBox) and guardian is not None:
            guardian.setEnabled(minor.isChecked())
            minor.toggled.connect(guardian.setEnabled)
        if client is not None:
            self._fill(client)
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
        self.resize(520, self.sizeHint().height())

    def _labels(self) -> dict[str, str]:
        return {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Birth date (YYYY-MM-DD)"),
            "address": self.tr("Address"),
            "language": self.tr("Language"),
            "is_minor": self.tr("Minor (under 18)"),
            "guardian": self.tr("Parent or guardian"),
            "preferences.hair": self.tr("Hair preferences"),
            "preferences.skin": self.tr("Skin preferences"),
            "preferences.lash": self.tr("Lash preferences"),
            "tags": self.tr("Tags"),
            "notes": self.tr("Notes"),
        }

    def _make_widget(self, name: str, label: str) -> FieldWidget:
        if name in _MULTI_LINE:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(54)
            return text
        if name == "language":
            combo = QComboBox(self)
            combo.addItem("—", "")
            for code, title in LANGUAGES.items():
                combo.addItem(title, code)
            return combo
        if name == "is_minor":
            return QCheckBox(label, self)
        line = QLineEdit(self)
        if name == "guardian":
            line.setPlaceholderText(self.tr("Name and how to reach them"))
        elif name == "tags":
            line.setPlaceholderText(self.tr("Short words, separated by commas: balayage, regular"))
        return line

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its error line right under it (hidden until the service objects)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error-{name}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        return box

    def _stored(self, name: str) -> bool:
        """Whether the client being changed holds a value for a field no longer collected: it
        stays visible so it can be cleared, never dropped behind the user's back."""
        return self._client is not None and bool(getattr(self._client, name, None))

    def _fill(self, client: ClientView) -> None:
        texts = {
            "family_name": client.family_name,
            "given_name": client.given_name,
            "phone": client.phone or "",
            "email": client.email or "",
            "birth_date": client.birth_date.isoformat() if client.birth_date else "",
            "address": client.address or "",
            "guardian": client.guardian or "",
            "preferences.hair": client.preferences.hair,
            "preferences.skin": client.preferences.skin,
            "preferences.lash": client.preferences.lash,
            "tags": ", ".join(client.tags),
            "notes": client.notes,
        }
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.setText(texts.get(name, ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(texts.get(name, ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(client.language)))
            else:
                widget.setChecked(client.is_minor)

    def text(self, name: str) -> str:
        widget = self.fields.get(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        return ""

    def is_minor(self) -> bool:
        widget = self.fields.get("is_minor")
        return isinstance(widget, QCheckBox) and widget.isChecked()

    def client_input(self) -> ClientInput:
        return ClientInput(
            family_name=self.text("family_name"),
            given_name=self.text("given_name"),
            phone=self.text("phone"),
            email=self.text("email"),
            birth_date=parse_birth_date(self.text("birth_date").strip()),
            address=self.text("address"),
            language=self.text("language"),
            notes=self.text("notes"),
            is_minor=self.is_minor(),
            guardian=self.text("guardian") if self.is_minor() else "",  # kept only for minors
            preferences=Preferences(*(self.text(name) for name in _PREFERENCES)),
            tags=parse_tags(self.text("tags")),
        )

    def save(self, allow_duplicate: bool = False) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()
        try:
            data = self.client_input()
            if self._client is None:
                self.created = self._vault.clients.create(self._session, data, allow_duplicate)
                self.saved = self.created
            else:
                self.saved = self._vault.clients.update(self._session, self._client.id, data)
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
