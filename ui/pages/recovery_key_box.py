"""Settings, owner only: replace the recovery key (issue 20, item 5) after a lost Recovery Kit or
when someone who knew it has left. The new key gets its slot and the backups from now on; the
new kit is printed or saved right away (the same dialog as "Print or save the Recovery Kit");
the backups made with an earlier key are listed, because that key still opens them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.keys import OldKeyBackup, RetiredKey
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.formats import moment_text
from ui.labels import fill
from ui.operations import Operations
from ui.pages.recovery_kit_dialog import RecoveryKitDialog
from ui.widgets.focus import keyboard_readable, land_on


class ReplaceRecoveryKeyBox(QGroupBox):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        operations: Operations,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replaceRecoveryKeyBox")
        self._vault = vault
        self._session = session
        self._operations = operations
        self._language = language
        self.retired: list[RetiredKey] = []
        self.kit_dialog: RecoveryKitDialog | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceRecoveryKey")
        self.replace_button.clicked.connect(self.ask_and_replace)
        self.message = QLabel(self)
        self.message.setObjectName("replaceKeyMessage")
        self.message.setWordWrap(True)
        keyboard_readable(self.message)
        self.old_keys = QLabel(self)
        self.old_keys.setObjectName("oldKeyBackups")
        self.old_keys.setWordWrap(True)
        self.old_keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.replace_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.old_keys)
        self.retranslate()
        self.changes = ChangeFollower(
            self, vault, (RecordKind.KEYS, RecordKind.BACKUPS), self.refresh, reads_when_shown=True
        )

    def refresh(self) -> None:
        try:
            self.retired = self._vault.keys.retired_recovery_keys(self._session)
        except SalonVaultError:
            return
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # "on disk" depends on the drives plugged in now

    def ask_and_replace(self) -> None:
        question = self.tr(
            "Replace the recovery key? The old Recovery Kit stops opening the vault, and the new"
            " kit must be printed or saved right away. Backups made until now still open with"
            " the old key only."
        )
        title = self.tr("Replace the recovery key")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        self.replace()

    def replace(self) -> None:
        keys, session = self._vault.keys, self._session
        self.replace_button.setEnabled(False)
        self.message.setText(self.tr("Replacing the recovery key…"))
        self._operations.run(
            lambda: keys.replace_recovery_key(session), self._replaced, self._failed
        )

    def _replaced(self, _key: object) -> None:
        if not isValid(self):
            return  # locked meanwhile: the kit waits in Settings, the sign-in says so
        self.replace_button.setEnabled(True)
        self.message.setText(
            self.tr("Done. Print or save the new Recovery Kit now and keep it in the safe.")
        )
        land_on(self.message)  # where the keyboard is back once the kit is closed
        self.refresh()
        self.kit_dialog = RecoveryKitDialog(
            self._vault, self._session, self._language(), self._operations, self
        )
        self.kit_dialog.open()

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.replace_button.setEnabled(True)
        self.message.setText(error_text(error))
        land_on(self.message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Replace the recovery key"))
        self.intro.setText(
            self.tr(
                "When the Recovery Kit is lost, or someone who knew the key has left: a new"
                " recovery key opens the vault and the backups from now on, and the old kit"
                " stops opening the vault."
            )
        )
        self.replace_button.setText(self.tr("Replace the recovery key…"))
        self.old_keys.setText("\n".join(self._old_key_lines()))
        self.old_keys.setVisible(bool(self.retired))

    def _old_key_lines(self) -> list[str]:
        lines: list[str] = []
        for key in self.retired:
            count = len(key.backups)
            if count:
                header = self.tr(
                    "Replaced on %1; %n backups made before still open only with that key"
                    " (its public key ends in %2):",
                    "",
                    count,
                )
            else:
                header = self.tr(
                    "Replaced on %1; no backup was made with that key (its public key ends in %2).",
                )
            lines.append(fill(header, _when(key.retired_at), key.public_key[-8:]))
            lines += [self._backup_line(backup) for backup in key.backups]
        return lines

    def _backup_line(self, backup: OldKeyBackup) -> str:
        if backup.on_disk is None:
            where = self.tr("%1 in %2, made %3 (that drive is not plugged in now)")
        elif backup.on_disk:
            where = self.tr("%1 in %2, made %3")
        else:
            where = self.tr("%1 in %2, made %3 (no longer there)")
        return "  • " + fill(where, backup.file_name, backup.folder, _when(backup.made_at))


def _when(moment: datetime) -> str:
    return moment_text(moment)
