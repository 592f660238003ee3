"""Restore the salon from a backup file and the recovery key alone.

Opened from the set-up wizard's first page (a new PC, an empty folder), or from the launcher
when the vault here does not open (`replace_unopenable`: the files that do not open are kept
aside). The key is the Recovery Kit's: the saved kit PDF, the key's text file, or typed or pasted
with or without its groups of four. The work runs through BackupTasks (progress, Cancel); on
success `vault` holds the restored vault and the dialog is accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.services.vault import Vault, restore_into_empty, restore_over_unopenable
from ui.backup_tasks import BackupTasks, describe
from ui.error_text import error_text
from ui.file_dialogs import open_file_name
from ui.operations import Operations
from ui.widgets.recovery_key_input import RecoveryKeyInput


class RestoreFromBackupDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        operations: Operations,
        parent: QWidget | None = None,
        replace_unopenable: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("restoreFromBackup")
        self.data_dir = data_dir
        self.replace_unopenable = replace_unopenable
        self.vault: Vault | None = None
        self.tasks = BackupTasks(operations, self)
        self.tasks.quiet = True  # this dialog shows the outcome itself
        self.tasks.finished.connect(self._restored)
        self.tasks.failed.connect(self._failed)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backup_file = QLineEdit(self)
        self.backup_file.setObjectName("backupFile")
        self.browse_backup = QPushButton(self)
        self.browse_backup.clicked.connect(self._choose_backup)
        # The kit PDF, the key's text file, or the key typed in its groups of four.
        self.key_input = RecoveryKeyInput(self)
        self.key_input.open_button.clicked.disconnect()
        self.key_input.open_button.clicked.connect(self._choose_key_file)
        self.key_text = self.key_input.text
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreNow")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)

        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_file, 1)
        backup_row.addWidget(self.browse_backup)
        self.backup_label, self.key_label = QLabel(self), QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.backup_label, backup_row)
        form.addRow(self.key_label, self.key_input)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self.resize(640, 300)
        self.retranslate()

    def _choose_backup(self) -> None:
        file = open_file_name(
            self, self.tr("The backup file"), self.tr("SalonVault backups (*.svbak)")
        )
        if file is not None:
            self.backup_file.setText(str(file))

    def _choose_key_file(self) -> None:
        if not self.key_input.choose_file() and self.key_input.problem:
            self.status.setText(self.key_input.problem)

    def restore(self) -> None:
        backup = Path(self.backup_file.text().strip())
        if not backup.is_file():
            self.status.setText(self.tr("Choose the backup file (it ends in .svbak)."))
            return
        try:
            key = self.key_input.key()
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return
        data_dir, replace = self.data_dir, self.replace_unopenable
        self.status.setText(self.tr("Restoring…"))
        self.restore_button.setEnabled(False)

        def work(progress: Any, cancel: Any) -> Vault:
            def report(done: int, total: int) -> None:
                progress("restoring", done, total)

            if replace:
                return restore_over_unopenable(data_dir, backup, key, None, report, cancel).vault
            return restore_into_empty(data_dir, backup, key, progress=report, cancel=cancel)

        self.tasks.start("restore", self.tr("Restoring from a backup"), work)

    def _restored(self, _kind: str, vault: object) -> None:
        if isinstance(vault, Vault):
            self.vault = vault
            self.accept()

    def _failed(self, _kind: str, error: object) -> None:
        self.restore_button.setEnabled(True)
        self.status.setText(describe(error) if isinstance(error, Exception) else str(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        if self.replace_unopenable:
            intro = self.tr(
                "The vault on this computer does not open. Put the newest backup file (.svbak)"
                " in its place with the recovery key printed on the Recovery Kit; the files that"
                " do not open are kept aside in the data folder. Staff sign in with their usual"
                " PINs; what was recorded after the backup is not in it."
            )
        else:
            intro = self.tr(
                "Bring the salon back on this computer from a backup file (.svbak) and the"
                " recovery key printed on the Recovery Kit. Staff sign in with their usual PINs."
            )
        self.intro.setText(intro)
        self.backup_label.setText(self.tr("Backup file:"))
        self.key_label.setText(self.tr("Recovery key:"))
        self.browse_backup.setText(self.tr("Choose…"))
        self.restore_button.setText(self.tr("Restore"))
