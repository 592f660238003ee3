"""What a signed-in person sees: navigation with only the pages their role may use, and pages.

Built fresh at each sign-in and destroyed at each lock, so no widget keeps the previous
person's data around.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientFilter
from salonvault.domain.roles import role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.backup_tasks import BackupTasks
from ui.dialogs.day_sheet_dialog import DaySheetDialog
from ui.navigation import NAVIGATION
from ui.operations import Operations
from ui.pages.activity_page import ActivityPage
from ui.pages.backups_page import BackupsPage
from ui.pages.clients_page import ClientsPage
from ui.pages.consents_page import ConsentsPage
from ui.pages.dashboard_page import DashboardPage
from ui.pages.placeholder import PlaceholderPage
from ui.pages.privacy_page import PrivacyPage
from ui.pages.recalls_page import RecallsPage
from ui.pages.services_page import ServicesPage
from ui.pages.settings_page import SettingsPage
from ui.pages.staff_page import StaffPage

NAV_WIDTH = 210  # pixels: the page names and the day-sheet button


class Workspace(QWidget):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        language: str,
        switch_language: Callable[[str], None],
        operations: Operations,
        backup_tasks: BackupTasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        # Roomy, touch-friendly rows; colours stay the palette's so dark themes work.
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            " QListWidget#navigation::item { padding: 9px 10px; }"
        )
        self.pages = QStackedWidget(self)
        self.entries = [
            e for e in NAVIGATION if e.permission is None or role_allows(session.role, e.permission)
        ]
        for entry in self.entries:
            item = QListWidgetItem(entry.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if entry.key == "clients":
                page: QWidget = ClientsPage(vault, session, self)
            elif entry.key == "consents":
                page = ConsentsPage(vault, session, self)
            elif entry.key == "recalls":
                page = RecallsPage(vault, session, self)
            elif entry.key == "backups":
                page = BackupsPage(vault, session, backup_tasks, self)
            elif entry.key == "dashboard":
                page = DashboardPage(
                    vault,
                    session,
                    lambda: self.show_page("backups"),
                    self,
                    parent=self,
                    open_settings=self.show_key_settings,
                    operations=operations,
                )
            elif entry.key == "privacy":
                page = PrivacyPage(vault, session, self)
            elif entry.key == "activity":
                page = ActivityPage(vault, session, backup_tasks, self)
            elif entry.key == "staff":
                page = StaffPage(vault, session, self)
            elif entry.key == "services":
                page = ServicesPage(vault, session, self)
            elif entry.key == "settings":
                page = SettingsPage(vault, session, language, switch_language, operations, self)
            else:
                page = PlaceholderPage(entry.title, self)
            page.setObjectName(f"page-{entry.key}")
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._vault, self._session = vault, session
        # Today's clients on paper, for every role (each sees the sheet as its card shows).
        self.day_sheet_button = QPushButton(self)
        self.day_sheet_button.setObjectName("daySheetButton")
        self.day_sheet_button.clicked.connect(self.open_day_sheet)
        self._retranslate_button()
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.day_sheet_button)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)

    def focus_start(self) -> None:
        """Just signed in: the client search box where the first page is the client list
        (receptionists, technicians), else the navigation (the owner's dashboard has no
        field), so the keyboard works at once."""
        page = self.pages.currentWidget()
        if isinstance(page, ClientsPage):
            page.search_box.setFocus()
        else:
            self.nav.setFocus()

    def when_first_page_read(self, done: Callable[[], None]) -> None:
        """`done` once the page shown at sign-in has what it reads: the dashboard's figures
        (read off the GUI thread), else as soon as the window has had its first paint."""
        page = self.pages.currentWidget()
        if isinstance(page, DashboardPage) and page.figures is None:
            page.figures_shown.connect(done, Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, done)

    def open_day_sheet(self) -> DaySheetDialog:
        dialog = DaySheetDialog(self._vault, self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _retranslate_button(self) -> None:
        self.day_sheet_button.setText(self.tr("Today's clients sheet…"))
        # The side column is as wide as its words need, never narrower than usual.
        width = max(NAV_WIDTH, self.day_sheet_button.sizeHint().width())
        self.nav.setFixedWidth(width)
        self.day_sheet_button.setFixedWidth(width)

    def nav_keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.nav_keys().index(key))

    def show_key_settings(self) -> None:
        """Settings at its Security tab, at the recovery slot, where the keys are."""
        self.show_page("settings")
        page = self.pages.currentWidget()
        if isinstance(page, SettingsPage):
            page.show_recovery_slot()

    def page(self, key: str) -> QWidget:
        page = self.pages.widget(self.nav_keys().index(key))
        assert page is not None  # one page per navigation entry
        return page

    # -- the lists behind the dashboard's figures ------------------------------------------------

    def show_clients(self, wanted: ClientFilter) -> None:
        clients = self.page("clients")
        assert isinstance(clients, ClientsPage)
        self.show_page("clients")
        clients.show_filtered(wanted)

    def show_retention_due(self) -> None:
        privacy = self.page("privacy")
        assert isinstance(privacy, PrivacyPage)
        privacy.tabs.setCurrentWidget(privacy.retention)
        self.show_page("privacy")

    def show_failed_sign_ins(self, since: datetime) -> None:
        activity = self.page("activity")
        assert isinstance(activity, ActivityPage)
        self.show_page("activity")
        activity.show_failed_sign_ins(since)

    def show_recalls(self) -> None:
        """Every recall list due in the usual window: the lines the dashboard counted."""
        recalls = self.page("recalls")
        assert isinstance(recalls, RecallsPage)
        recalls.show_every_list()
        self.show_page("recalls")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for row, entry in enumerate(self.entries):
                self.nav.item(row).setText(entry.title())
            self._retranslate_button()
        super().changeEvent(event)
