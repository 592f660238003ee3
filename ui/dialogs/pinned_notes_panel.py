"""Pinned notes at the top of the card ("prefers Anna", "always 10 minutes late"), apart from the
free notes, each with who pinned it and when (decision 0022).

Every role reads and pins them; a note is removed by whoever pinned it or by the owner, so the
✕ shows only there. Every role sees them, so the box says they are not for health details.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import PinnedNote
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.clients import MAX_PINNED_TEXT
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.labels import fill, local_time
from ui.palette import colours, text_style


class PinnedNotesPanel(QFrame):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        notes: tuple[PinnedNote, ...],
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinnedNotes")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._staff_names = staff_names
        self.notes: list[PinnedNote] = list(notes)
        note = colours()
        self.setStyleSheet(
            f"#pinnedNotes {{ background: {note.note_background};"
            f" border: 1px solid {note.note_border}; border-radius: 4px; }}"
        )
        self.note_labels: list[QLabel] = []
        self.unpin_buttons: dict[int, QPushButton] = {}
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("pinEntry")
        self.entry.setMaxLength(MAX_PINNED_TEXT)
        self.entry.setPlaceholderText(
            self.tr("Pin a short note: prefers Anna, always 10 minutes late…")
        )
        self.entry.setAccessibleName(self.tr("New pinned note"))
        self.entry.returnPressed.connect(self.pin)
        self.pin_button = QPushButton(self.tr("&Pin"), self)
        self.pin_button.setObjectName("pinNote")
        self.pin_button.clicked.connect(self.pin)
        self.pin_button.setAutoDefault(False)
        self.hint = QLabel(
            self.tr(
                "Every role sees pinned notes: no health details here (those go under Health)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(text_style(colours().muted))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.hide()
        may_pin = role_allows(session.role, Permission.PIN_NOTES)
        for widget in (self.entry, self.pin_button, self.hint):
            widget.setVisible(may_pin)
        entry = QHBoxLayout()
        entry.addWidget(self.entry, 1)
        entry.addWidget(self.pin_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(self._grid)
        layout.addLayout(entry)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self._show_notes()
        # Pinned notes are part of the client's record: a pin or unpin elsewhere is heard.
        self.changes = ChangeFollower(self, vault, [RecordKind.CLIENTS], self.reload)

    def reload(self) -> None:
        try:
            self.notes = self._vault.pinned_notes.notes(self._session, self._client_id)
        except SalonVaultError as error:
            self._say(error_text(error))
            return
        self._show_notes()

    def _show_notes(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.note_labels = []
        self.unpin_buttons = {}
        bold = self.font()
        bold.setBold(True)
        for row, note in enumerate(self.notes):
            text = QLabel(f"📌 {note.text}", self)
            text.setFont(bold)
            text.setWordWrap(True)
            text.setObjectName("pinnedNoteText")
            self.note_labels.append(text)
            author = self._staff_names.get(note.author_id, "—")
            by = QLabel(fill(self.tr("%1, %2"), author, local_time(note.pinned_at)), self)
            by.setStyleSheet(text_style(colours().muted))
            self._grid.addWidget(text, row, 0)
            self._grid.addWidget(by, row, 1)
            if self._may_unpin(note):
                button = QPushButton("✕", self)
                button.setMaximumWidth(32)
                button.setAutoDefault(False)
                button.setToolTip(self.tr("Remove this pinned note"))
                button.setAccessibleName(fill(self.tr("Remove the pinned note: %1"), note.text))
                button.clicked.connect(partial(self.unpin, note.id))
                self.unpin_buttons[note.id] = button
                self._grid.addWidget(button, row, 2)

    def _may_unpin(self, note: PinnedNote) -> bool:
        if not role_allows(self._session.role, Permission.PIN_NOTES):
            return False
        own = note.author_id == self._session.staff_id
        return own or role_allows(self._session.role, Permission.UNPIN_ANY_NOTE)

    def pin(self) -> PinnedNote | None:
        text = self.entry.text()
        if not text.strip():
            self._say(self.tr("Type the note first."))
            return None
        try:
            note = self._vault.pinned_notes.pin(self._session, self._client_id, text)
        except SalonVaultError as error:
            self._say(error_text(error))
            return None
        self.message.hide()
        self.entry.clear()
        if note.id not in {n.id for n in self.notes}:  # the change notice may have read it
            self.notes.append(note)
            self._show_notes()
        return note

    def unpin(self, note_id: int) -> bool:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove pinned note"),
            fill(self.tr("Remove the pinned note “%1” from the card?"), note.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._vault.pinned_notes.unpin(self._session, self._client_id, note_id)
        except SalonVaultError as error:
            self._say(error_text(error))
            return False
        self.message.hide()
        self.notes = [n for n in self.notes if n.id != note_id]
        self._show_notes()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
