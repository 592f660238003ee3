"""Register a client or change one: only the fields the salon collects, errors next to the field
they concern.

The dialog checks nothing itself; the services decide and say which field is wrong
(ValidationError.field names the widget). Editing is for roles that may change contact details,
which also see every field, so the form can be filled from the card's ClientView.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from salonvault.domain.clients import (
    OPTIONAL_FIELDS,
    ClientInput,
    ClientPhone,
    ClientView,
    Preferences,
)
from salonvault.domain.errors import DuplicateSuspected
from salonvault.domain.session import Session
from salonvault.services.clients import parse_birth_date, parse_tags
from salonvault.services.vault import Vault
from ui.dialogs.phone_rows import PhoneRows
from ui.i18n import LANGUAGES
from ui.labels import fill
from ui.widgets.form_dialog import FormDialog

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox
_MULTI_LINE = ("address", "notes")
_PREFERENCES = ("preferences.hair", "preferences.skin", "preferences.lash")


class ClientDialog(FormDialog):
    draft_kind = "client"

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
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.phone_rows: PhoneRows | None = None
        collected = vault.clients.collected_fields()
        profile = vault.settings.business_profile()
        for name, label in self._labels().items():
            if name in OPTIONAL_FIELDS and name not in collected and not self._stored(name):
                continue  # data minimisation: not collected, not shown (unless still held)
            if name in _PREFERENCES and not profile.shows_preference(
                name.removeprefix("preferences."), self._stored_preference(name)
            ):
                continue  # not what this salon does (an optician has no hair preferences)
            if name == "phone":
                self._add_phone_rows(label)
                continue
            widget = self._make_widget(name, label)
            widget.setAccessibleName(label)
            self.fields[name] = widget
            self.add_field("" if name == "is_minor" else label, widget, error=name)
        minor, guardian = self.fields.get("is_minor"), self.fields.get("guardian")
        if isinstance(minor, QCheckBox) and guardian is not None:
            guardian.setEnabled(minor.isChecked())
            minor.toggled.connect(guardian.setEnabled)
        if client is not None:
            self._fill(client)
        self._chain_tab_order()
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the buttons join the dialog here
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab goes down the form as it reads: each phone row (label, number, arrows, ✕), then
        "Add a number", then the next field. Qt's own order is the order widgets were made:
        "Add a number" before the first row, a row added later behind Save and Cancel."""
        chain: list[QWidget] = []
        for name, widget in self.fields.items():
            if name == "phone" and self.phone_rows is not None:
                chain += self.phone_rows.focus_order()
            else:
                chain.append(widget)
        if self.buttons.parent() is not None:
            chain += [b for b in self.buttons.buttons() if isinstance(b, QWidget)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_phone_rows(self, label: str) -> None:
        """Every number with its label; `fields["phone"]` and `errors["phone"]` stay the first
        number's, whichever that is after moving rows."""
        rows = PhoneRows(self)
        self.phone_rows = rows
        rows.rows_changed.connect(self._register_phone_rows)
        self.add_field(label, rows)
        self._register_phone_rows()

    def _register_phone_rows(self) -> None:
        rows = self.phone_rows
        if rows is None:
            return
        for name in [n for n in self.errors if n == "phones" or n.startswith("phones.")]:
            del self.errors[name]
        self.errors["phones"] = rows.error
        self._error_targets["phones"] = rows.add_button
        for index, row in enumerate(rows.rows):
            name = "phone" if index == 0 else f"phones.{index}"
            self.errors[name] = row.error
            self._error_targets[name] = row.number
        if rows.rows:
            first = rows.rows[0].number
            first.setAccessibleName(self.tr("Phone"))
            self.fields["phone"] = first
        self._chain_tab_order()

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

    def _stored(self, name: str) -> bool:
        """Whether the client being changed holds a value for a field no longer collected: it
        stays visible so it can be cleared, never dropped behind the user's back."""
        return self._client is not None and bool(getattr(self._client, name, None))

    def _stored_preference(self, name: str) -> str:
        if self._client is None:
            return ""
        return str(getattr(self._client.preferences, name.removeprefix("preferences.")))

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
        if self.phone_rows is not None:
            self.phone_rows.set_phones(client.phones)
        for name, widget in self.fields.items():
            if name == "phone":
                continue  # the phone rows, filled above
            if isinstance(widget, QLineEdit):
                widget.setText(texts.get(name, ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(texts.get(name, ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(client.language)))
            else:
                widget.setChecked(client.is_minor)

    # -- kept through a lock (ui/drafts.py) ---------------------------------------------------

    def draft_place(self) -> dict[str, object]:
        return {"client_id": self._client.id if self._client is not None else None}

    def draft_values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for name, widget in self.fields.items():
            if name == "phone":
                continue  # the first number: with the others below
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            else:
                values[name] = widget.isChecked()
        if self.phone_rows is not None:
            values["phones"] = self.phone_rows.phones()
        return values

    def restore_draft(self, values: Mapping[str, object]) -> None:
        phones = values.get("phones")
        if self.phone_rows is not None and isinstance(phones, tuple):
            self.phone_rows.set_phones(tuple(p for p in phones if isinstance(p, ClientPhone)))
        for name, widget in self.fields.items():
            value = values.get(name)
            if name == "phone" or value is None:
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setChecked(bool(value))

    def kept_note_text(self) -> str:
        if self._client is None:
            return self.tr("The new client you were typing was kept while the screen was locked.")
        return self.tr("Your unsaved changes were kept while the screen was locked.")

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
            preferences=Preferences(*(self.text(name) for name in _PREFERENCES)),  # hidden: ""
            tags=parse_tags(self.text("tags")),
            # Every number in its place, or None where phones are not collected (and none held).
            phones=self.phone_rows.phones() if self.phone_rows is not None else None,
        )

    def save_form(self) -> bool:
        data = self.client_input()
        try:
            self._store(data, allow_duplicate=False)
        except DuplicateSuspected:
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "A client with the same phone, or a very similar name and birth date,"
                    " is already registered. Add this one anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                raise  # said at the bottom of the form
            self._store(data, allow_duplicate=True)
        return True

    def _store(self, data: ClientInput, allow_duplicate: bool) -> None:
        with self.busy():
            if self._client is None:
                self.created = self._vault.clients.create(self._session, data, allow_duplicate)
                self.saved = self.created
            else:
                self.saved = self._vault.clients.update(self._session, self._client.id, data)
