"""The card's Profile tab: contact details, minor and guardian, preferences, tags, notes.

Shows exactly the ClientView the service returned: a field the role may not see is not a row at
all (a technician has no e-mail row, not an empty one). Roles that may change contact details get
"Change details…" and "Archive" / "Bring back"; the services decide, the buttons only follow.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import OPTIONAL_FIELDS, ClientView
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.phone_rows import phone_lines
from ui.error_text import error_text
from ui.formats import date_text, phone_text
from ui.i18n import LANGUAGES
from ui.palette import colours, text_style

_CHIP = '<span style="background-color:{}; color:{};">&nbsp;{}&nbsp;</span>'  # one tag


class ProfileTab(QWidget):
    """`view_changed` carries the ClientView after a change or an archive, for the card."""

    view_changed = Signal(object)

    def __init__(
        self, vault: Vault, session: Session, view: ClientView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profile")
        self._vault = vault
        self._session = session
        self.view = view
        self.values: dict[str, QLabel] = {}
        collected = vault.clients.collected_fields()
        shown: list[str] = [
            name
            for name in ("email", "birth_date", "address", "guardian")
            if name in view.visible
            and (name in collected or name not in OPTIONAL_FIELDS or getattr(view, name))
        ]
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self._contact_box(content, shown))
        column.addWidget(self._care_box(content, "guardian" in shown))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.edit_button = QPushButton(self.tr("Change details…"), self)
        self.edit_button.setObjectName("editClient")
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archiveClient")
        self.archive_button.clicked.connect(self.toggle_archived)
        may_change = role_allows(session.role, Permission.CONTACT_WRITE)
        self.edit_button.setVisible(may_change)
        self.archive_button.setVisible(may_change)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_view(view)

    def _value(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[name] = label
        return label

    def _contact_box(self, parent: QWidget, shown: list[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Contact"), parent)
        form = QFormLayout(box)
        self.phone_label = self._value("phone", box)
        self.phone_label.setObjectName("phone")
        label = self.tr("Phone") if len(self.view.phones) < 2 else self.tr("Phones")
        form.addRow(label, self.phone_label)
        labels = {
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Birth date"),
            "address": self.tr("Address"),
        }
        for name, label in labels.items():
            if name in shown:
                form.addRow(label, self._value(name, box))
        form.addRow(self.tr("Language"), self._value("language", box))
        return box

    def _care_box(self, parent: QWidget, with_guardian: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Serving this client"), parent)
        form = QFormLayout(box)
        form.addRow(self.tr("Minor (under 18)"), self._value("is_minor", box))
        if with_guardian:
            form.addRow(self.tr("Parent or guardian"), self._value("guardian", box))
        form.addRow(self.tr("Hair"), self._value("hair", box))
        form.addRow(self.tr("Skin"), self._value("skin", box))
        form.addRow(self.tr("Lashes"), self._value("lash", box))
        tags = self._value("tags", box)
        tags.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Tags"), tags)
        form.addRow(self.tr("Notes"), self._value("notes", box))
        return box

    def show_view(self, view: ClientView) -> None:
        self.view = view
        birth = date_text(view.birth_date) if view.birth_date else ""
        region = self._vault.settings.phone_region()
        texts = {
            "phone": phone_lines(view.phones, region) or phone_text(view.phone or "", region),
            "email": view.email or "",
            "birth_date": birth,
            "address": view.address or "",
            "language": LANGUAGES.get(view.language, ""),
            "is_minor": self.tr("Yes") if view.is_minor else self.tr("No"),
            "guardian": view.guardian or "",
            "hair": view.preferences.hair,
            "skin": view.preferences.skin,
            "lash": view.preferences.lash,
            "notes": view.notes,
        }
        for name, text in texts.items():
            if name in self.values:
                self.values[name].setText(text or "—")
        tag = colours()
        chips = " ".join(
            _CHIP.format(tag.tag_background, tag.tag_text, html.escape(text)) for text in view.tags
        )
        self.values["tags"].setText(chips or "—")
        if view.archived:
            self.archive_button.setText(self.tr("Bring back"))
        else:
            self.archive_button.setText(self.tr("Archive…"))

    def edit(self) -> ClientDialog:
        dialog = ClientDialog(self._vault, self._session, self, client=self.view)
        dialog.accepted.connect(lambda: self._edited(dialog))
        dialog.open()
        return dialog

    def _edited(self, dialog: ClientDialog) -> None:
        if dialog.saved is not None:
            self.show_view(dialog.saved)
            self.view_changed.emit(dialog.saved)

    def toggle_archived(self) -> None:
        """Archive (out of everyday search, nothing deleted) or bring back, after asking."""
        archive = not self.view.archived
        if archive:
            question = self.tr(
                "Archive %1? The client leaves everyday search; nothing is deleted and you can"
                " bring them back at any time."
            )
        else:
            question = self.tr("Bring %1 back into everyday search?")
        answer = QMessageBox.question(
            self,
            self.tr("Archive") if archive else self.tr("Bring back"),
            question.replace("%1", self.view.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.message.clear()
        try:
            self._vault.clients.set_archived(self._session, self.view.id, archive)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        changed = replace(self.view, archived=archive)
        self.show_view(changed)
        self.view_changed.emit(changed)
