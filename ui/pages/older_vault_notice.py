"""The warning that this vault is older than a backup of it (issue 20 item 3), on the dashboard
and the Backups page: a check found that the vault's activity log lacks the backup's last
entry. It stays until the owner says they know why; the finding stays in the history."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from salonvault.domain.backups import HistoryRow
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.formats import moment_text
from ui.labels import fill
from ui.palette import warning_banner_style


class OlderVaultNotice(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._finding: HistoryRow | None = None
        self._owner = role_allows(session.role, Permission.RESTORE)
        self.setObjectName("olderVaultNotice")
        self.text = QLabel(self)
        self.text.setObjectName("olderVaultText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet(warning_banner_style("QLabel#olderVaultText", framed=True))
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("olderVaultDismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        # Only the owner may dismiss it; the others are asked to tell the owner (in the text).
        self.dismiss_button.setVisible(self._owner)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button)
        self.retranslate()
        self.show_finding(None)

    def show_finding(self, finding: HistoryRow | None) -> None:
        self._finding = finding
        self._fill_text()
        self.setVisible(finding is not None)

    def dismiss(self) -> None:
        if self._finding is None:
            return
        try:
            self._vault.backups.dismiss_older_vault(self._session, self._finding.id)
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Backups"), error_text(error))
            return
        self.show_finding(None)  # the change notice re-reads the pages too

    def _fill_text(self) -> None:
        finding = self._finding
        if finding is None:
            self.text.clear()
            return
        when = moment_text(finding.finished_at)
        if self._owner:
            template = self.tr(
                "On %1 the check of %2 found this vault older than that backup: its activity log"
                " lacks the backup's last entry. Unless a backup was restored on purpose, an"
                " older copy of the vault file was put back (which also resets failed PIN"
                " counts): restore the newest backup."
            )
        else:
            template = self.tr(
                "On %1 the check of %2 found this vault older than that backup: its activity log"
                " lacks the backup's last entry. Tell the owner."
            )
        self.text.setText(fill(template, when, finding.file_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("I know why"))
        self.dismiss_button.setToolTip(
            self.tr("Hide this warning: the vault is older on purpose (the history keeps it)")
        )
        self._fill_text()
