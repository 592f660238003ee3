"""Restore the salon from a backup file and the recovery key alone.

Opened from the set-up wizard's first page (a new PC, an empty folder), or from the launcher
when the vault here does not open (`replace_unopenable`: the files that do not open are kept
aside). The key is the Recovery Kit's: its file, or typed or pasted. The work runs through
BackupTasks (progress, Cancel); on success `vault` holds the restored vault and the dialog is
accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.services.vault import (
    Vault,
    recovery_key_from_file,
    recovery_key_from_text,
    restore_into_empty,
    restore_over_unopenable,
)
from ui.backup_tasks import BackupTasks, describe
from ui.operations import Operations


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
        self.key_text = QPlainTextEdit(self)
        self.key_text.setObjectName("recoveryKeyText")
        self.key_text.setFixedHeight(70)
        self.browse_key = QPushButton(self)
        self.browse_key.clicked.connect(self._choose_key_file)
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
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_text, 1)
        key_row.addWidget(self.browse_key)
        self.backup_label, self.key_label = QLabel(self), QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.backup_label, backup_row)
        form.addRow(self.key_label, key_row)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self.resize(640, 300)
        self.retranslate()

    def _choose_backup(self) -> None:
        file, _ = QFileDialog.getOpenFileName(
            self, self.tr("The backup file"), "", self.tr("SalonVault backups (*.svbak)")
        )
        if file:
            self.backup_file.setText(file)

    def _choose_key_file(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("The recovery key file"))
        if not file:
            return
        try:
            key = recovery_key_from_file(Path(file))
        except SalonVaultError as error:
            self.status.setText(str(error))
            return
        self.key_text.setPlainText(key.secret)

    def restore(self) -> None:
        backup = Path(self.backup_file.text().strip())
        if not backup.is_file():
            self.status.setText(self.tr("Choose the backup file (it ends in .svbak)."))
            return
        try:
            key = recovery_key_from_text(self.key_text.toPlainText())
        except SalonVaultError as error:
            self.status.setText(str(error))
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
        self.key_text.setPlaceholderText(
            self.tr("AGE-SECRET-KEY-1… (type, paste or open the file)")
        )
        self.browse_backup.setText(self.tr("Choose…"))
        self.browse_key.setText(self.tr("Open key file…"))
        self.restore_button.setText(self.tr("Restore"))
