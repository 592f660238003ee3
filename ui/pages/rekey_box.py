"""Settings, owner only: re-key the vault (issue 20, item 5). For when an old copy of the vault's
key files, an old passphrase or an old device key may be in someone's hands: every page is
encrypted under a new data key and every slot sealed anew, so those copies open nothing.

It runs off the GUI thread (ui/operations.py) with a progress dialog that stays through a lock
(like a backup's: it shows no client data); the window keeps reading meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, ValidationError, WrongPassphrase
from salonvault.domain.session import Session
from salonvault.services.keys import RekeyOutcome
from salonvault.services.vault import Vault
from ui.backup_tasks import SURVIVES_LOCK
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.labels import fill
from ui.operations import Operations
from ui.palette import colours, text_style
from ui.widgets.focus import keyboard_readable, land_on

_STEPS = 1000


class _Relay(QObject):
    progressed = Signal(str, int, int)


class RekeyProgressDialog(QProgressDialog):
    """No Cancel: the re-keying is one transaction that should run to its end (a crash would
    be safe too; an interruption has nothing to gain)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyProgress")
        self.setProperty(SURVIVES_LOCK, True)
        self.setCancelButton(None)  # no Cancel
        self.setRange(0, _STEPS)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.NonModal)  # see BackupProgressDialog
        self.setWindowTitle(self.tr("Re-keying the vault"))
        self.phases_seen: list[str] = []
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._show("preparing", 0, 1)

    def report(self, phase: str, done: int, total: int) -> None:
        """From the worker threads; the relay hands it to the GUI thread."""
        self._relay.progressed.emit(phase, done, total)

    def _show(self, phase: str, done: int, total: int) -> None:
        if not self.phases_seen or self.phases_seen[-1] != phase:
            self.phases_seen.append(phase)
        texts = {
            "preparing": self.tr("Preparing the new keys…"),
            "re-encrypting": self.tr("Encrypting every record under the new key…"),
            "slots": self.tr("Writing the new key slots…"),
        }
        self.setLabelText(texts.get(phase, phase))
        share = {"preparing": (0, 20), "re-encrypting": (20, 980), "slots": (980, 1000)}
        low, high = share.get(phase, (0, _STEPS))
        self.setValue(low + (high - low) * done // max(total, 1))


class RekeyBox(QGroupBox):
    def __init__(
        self, vault: Vault, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyBox")
        self._vault = vault
        self._session = session
        self._operations = operations
        self.passphrase_mode = False
        self.running = threading.Event()
        self.progress: RekeyProgressDialog | None = None
        self.last_phases: list[str] = []
        self.outcome: RekeyOutcome | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("rekeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase_error = QLabel(self)
        self.passphrase_error.setStyleSheet(text_style(colours().error))
        self.passphrase_error.setWordWrap(True)
        self.rekey_button = QPushButton(self)
        self.rekey_button.setObjectName("rekeyVault")
        self.rekey_button.clicked.connect(self.ask_and_rekey)
        self.message = QLabel(self)
        self.message.setObjectName("rekeyMessage")
        self.message.setWordWrap(True)
        keyboard_readable(self.message)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.passphrase_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.rekey_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.retranslate()
        self.changes = ChangeFollower(
            self, vault, (RecordKind.KEYS,), self.refresh, reads_when_shown=True
        )

    def refresh(self) -> None:
        try:
            self.passphrase_mode = self._vault.keys.status(self._session).passphrase_mode
        except SalonVaultError:
            return
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def ask_and_rekey(self) -> None:
        question = self.tr(
            "Re-key the vault now? Every record is encrypted again under a new key; on a large"
            " vault this takes a few minutes, and nothing can be saved meanwhile. Old copies of"
            " the key files stop opening the vault."
        )
        title = self.tr("Re-key the vault")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        self.rekey()

    def rekey(self) -> None:
        keys, session = self._vault.keys, self._session
        passphrase = self.passphrase.text() if self.passphrase_mode else None
        self.passphrase_error.clear()
        self.message.clear()
        self.rekey_button.setEnabled(False)
        self.running.set()
        dialog = RekeyProgressDialog(self.window())
        self.progress = dialog
        dialog.show()

        def done(outcome: RekeyOutcome) -> None:
            self._finished(dialog)
            if isValid(self):
                self.outcome = outcome
                self.passphrase.clear()
                self.message.setText(
                    fill(
                        self.tr(
                            "Done in %1 s: every record is encrypted under a new key, and old"
                            " copies of the key files no longer open the vault."
                        ),
                        f"{outcome.seconds:.0f}",
                    )
                )
                land_on(self.message)

        def failed(error: Exception) -> None:
            self._finished(dialog)
            if not isValid(self):
                return
            land_on(self.message)
            if isinstance(error, WrongPassphrase):
                self.passphrase_error.setText(self.tr("That is not the owner's passphrase."))
                self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)  # to type it again
            elif isinstance(error, ValidationError) and error.field == "passphrase":
                self.passphrase_error.setText(
                    self.tr("Type the owner's passphrase: the re-keyed vault opens with it too.")
                )
                self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            elif isinstance(error, SalonVaultError):
                self.message.setText(error_text(error))
            else:
                self.message.setText(
                    fill(self.tr("Something unexpected went wrong: %1"), type(error).__name__)
                )

        self._operations.run(lambda: keys.rekey(session, passphrase, dialog.report), done, failed)

    def _finished(self, dialog: RekeyProgressDialog) -> None:
        dialog.hide()
        if isValid(self):
            self.last_phases = list(dialog.phases_seen)  # what the owner saw, after the dialog
        dialog.deleteLater()
        if isValid(self):
            self.running.clear()
            self.progress = None
            self.rekey_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Re-key the vault"))
        self.intro.setText(
            self.tr(
                "When an old copy of the vault's key files, an old passphrase or a PC's old key"
                " may be in someone's hands: the records are encrypted under a new key and those"
                " copies open nothing. The Recovery Kit stays the same."
            )
        )
        self.passphrase_label.setText(self.tr("Owner's &passphrase"))
        self.passphrase.setAccessibleName(self.tr("Owner's passphrase"))
        for widget in (self.passphrase_label, self.passphrase, self.passphrase_error):
            widget.setVisible(self.passphrase_mode)
        self.rekey_button.setText(self.tr("Re-key the vault…"))
