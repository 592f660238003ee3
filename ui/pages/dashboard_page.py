"""The owner's dashboard. For now one card: the state of the backups (issue 7 adds more)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from salonvault.domain.errors import SalonVaultError
from salonvault.services.backups import BackupStatus
from salonvault.services.vault import Vault
from ui.backup_tasks import BackupTasks
from ui.labels import fill
from ui.pages.backup_actions import reminder_text
from ui.widgets.heading import page_heading


class DashboardPage(QWidget):
    def __init__(
        self,
        vault: Vault,
        tasks: BackupTasks,
        open_backups: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._status: BackupStatus | None = None
        self.heading = page_heading(self)
        self.card = QFrame(self)
        self.card.setObjectName("backupCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_title = QLabel(self.card)
        title_font = self.card_title.font()
        title_font.setBold(True)
        self.card_title.setFont(title_font)
        self.last_backup = QLabel(self.card)
        self.warning = QLabel(self.card)
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#backupWarning { color: #8a5a00; font-weight: bold; }")
        self.open_button = QPushButton(self.card)
        self.open_button.clicked.connect(open_backups)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.last_backup)
        card_layout.addWidget(self.warning)
        card_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.card)
        layout.addStretch()
        tasks.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        try:
            self._status = self._vault.backups.status()
        except SalonVaultError:
            return
        self._show()

    def _show(self) -> None:
        status = self._status
        if status is None:
            return
        if status.last_verified_at is None:
            self.last_backup.setText(self.tr("Last verified backup: none yet"))
        else:
            local = QDateTime.fromSecsSinceEpoch(int(status.last_verified_at.timestamp()))
            when = QLocale().toString(local, QLocale.FormatType.LongFormat)
            self.last_backup.setText(fill(self.tr("Last verified backup: %1"), when))
        text = reminder_text(status)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.card_title.setText(self.tr("Backups"))
        self.open_button.setText(self.tr("Open Backups"))
        self._show()  # from the last status read: retranslating reads nothing from the vault
