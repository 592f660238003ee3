"""Settings, owner only: the recovery slot (issue 20, item 4). The slot file beside the vault is
not authenticated, so the slot can vanish or be damaged unnoticed; the vault knows it must have
one, this box says whether it is in place, and makes it again with the key from the Recovery Kit
(typed, or its key file or saved PDF). KeyService checks the owner and that it is the salon's
own key; this box only asks and shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.keys import RecoverySlotState
from salonvault.services.vault import Vault, recovery_key_from_file, recovery_key_from_text
from ui.changes import ChangeFollower
from ui.file_dialogs import open_file_name
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.focus import keyboard_readable, land_on
from ui.widgets.form_dialog import FormDialog


class RecoverySlotBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverySlotBox")
        self._vault = vault
        self._session = session
        self.slot_state = RecoverySlotState.OK
        self.state = QLabel(self)
        self.state.setObjectName("recoverySlotState")
        self.state.setWordWrap(True)
        keyboard_readable(self.state)  # the button is disabled once the slot is made
        self.remake_button = QPushButton(self)
        self.remake_button.setObjectName("remakeRecoverySlot")
        self.remake_button.clicked.connect(self.open_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.remake_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self.changes = ChangeFollower(
            self, vault, (RecordKind.KEYS,), self.refresh, reads_when_shown=True
        )

    def refresh(self) -> None:
        try:
            self.slot_state = self._vault.keys.recovery_slot_state(self._session)
        except SalonVaultError:
            return  # locked meanwhile: this box goes with the workspace
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the slot file can change outside the vault: read it each time

    def open_dialog(self) -> RecoverySlotDialog:
        dialog = RecoverySlotDialog(self._vault, self._session, self)
        dialog.accepted.connect(self._made_again)
        dialog.open()
        return dialog

    def _made_again(self) -> None:
        self.refresh()
        land_on(self.state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery slot"))
        missing = self.slot_state is not RecoverySlotState.OK
        if self.slot_state is RecoverySlotState.MISSING:
            text = self.tr(
                "The recovery slot is missing: the Recovery Kit cannot open the vault. Make it"
                " again with the key from the kit."
            )
        elif self.slot_state is RecoverySlotState.NOT_THIS_KEY:
            text = self.tr(
                "The recovery slot does not open with this salon's recovery key (it was damaged"
                " or changed): the Recovery Kit cannot open the vault. Make it again with the key"
                " from the kit."
            )
        else:
            text = self.tr("In place: the Recovery Kit opens the vault. Nothing to make again.")
        self.state.setText(text)
        self.state.setStyleSheet(text_style(colours().error, bold=True) if missing else "")
        self.remake_button.setEnabled(missing)
        self.remake_button.setText(self.tr("Make the recovery slot again…"))


class RecoverySlotDialog(FormDialog):
    """The key from the Recovery Kit: typed (groups of four, any case), or its key file or the
    saved kit PDF chosen. Refused with a sentence when it is not this salon's key."""

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverySlotDialog")
        self._vault = vault
        self._session = session
        self.chosen_file: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.body.insertWidget(0, self.intro)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyText")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseKeyFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.choose_button)
        line.addWidget(self.chosen, 1)
        self.key_label = QLabel(self)
        self.key_label.setBuddy(self.key)
        self.add_field(self.key_label, self.key, error="recovery_key")
        self.add_field("", row)
        self.setWindowTitle(self.tr("Make the recovery slot again"))
        self.intro.setText(
            self.tr(
                "Type the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…), or choose its"
                " key file or the saved kit."
            )
        )
        self.key_label.setText(self.tr("&Recovery key"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.choose_button.setText(self.tr("Choose the key file or kit…"))
        self.resize(560, self.sizeHint().height())

    def choose_file(self) -> None:
        name = open_file_name(
            self,
            self.tr("The recovery key file or the saved Recovery Kit"),
            self.tr("Recovery Kit or key file (*.pdf *.txt);;All files (*)"),
        )
        if name is not None:
            self.use_file(name)

    def use_file(self, path: Path) -> None:
        self.chosen_file = path
        self.chosen.setText(fill(self.tr("Chosen: %1"), path.name))

    def save_form(self) -> bool:
        with self.busy():
            if self.key.text().strip() or self.chosen_file is None:
                key = recovery_key_from_text(self.key.text())
            else:
                key = recovery_key_from_file(self.chosen_file)
            self._vault.keys.add_recovery_slot(self._session, key)
        return True
