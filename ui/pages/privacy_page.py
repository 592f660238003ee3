"""The owner's data duties in one place: retention, exports, the incident register and the
record of processing (issue 7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.navigation import nav_title
from ui.pages.privacy.exports_tab import ExportsTab
from ui.pages.privacy.incidents_tab import IncidentsTab
from ui.pages.privacy.processing_tab import ProcessingRecordTab
from ui.pages.privacy.retention_tab import RetentionTab
from ui.widgets.heading import page_heading


class PrivacyPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_heading(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        self.retention = RetentionTab(vault, session, self)
        self.tabs.addTab(self.retention, "")
        self.exports = ExportsTab(vault, session, self)
        self.tabs.addTab(self.exports, "")
        self.incidents = IncidentsTab(vault, session, self)
        self.tabs.addTab(self.incidents, "")
        self.processing = ProcessingRecordTab(vault, session, self)
        self.tabs.addTab(self.processing, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("privacy"))
        self.tabs.setTabText(self.tabs.indexOf(self.retention), self.tr("Retention"))
        self.tabs.setTabText(self.tabs.indexOf(self.exports), self.tr("Exports"))
        self.tabs.setTabText(self.tabs.indexOf(self.incidents), self.tr("Incidents"))
        self.tabs.setTabText(self.tabs.indexOf(self.processing), self.tr("Record of processing"))
