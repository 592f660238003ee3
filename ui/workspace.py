"""What a signed-in person sees: navigation with only the pages their role may use, and pages.

Built fresh at each sign-in and destroyed at each lock, so no widget keeps the previous
person's data around. Each page is built when it first shows (issue 24, decision 0043): sign-in
builds the landing page only, and the stack holds a bare placeholder for every other entry until
`page(key)` builds it. Whatever reaches into a page (the navigation, the dashboard's lists,
Ctrl+N) goes through `page`. A page's module is imported then too: importing and building every
page at once was most of the time from the PIN to the window at 100,000 clients.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
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
from salonvault.domain.errors import SessionExpired
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.backup_tasks import BackupTasks
from ui.navigation import NAVIGATION, NEW_CLIENT_KEYS
from ui.operations import Operations

if TYPE_CHECKING:
    from ui.dialogs.day_sheet_dialog import DaySheetDialog

NAV_WIDTH = 210  # pixels: the page names and the day-sheet button
_Page = TypeVar("_Page", bound=QWidget)
# The pages a role can land on, by module (the others are imported when first shown).
LANDING_MODULES = {"dashboard": "ui.pages.dashboard_page", "clients": "ui.pages.clients_page"}


def landing_key(role: Role) -> str:
    """The page shown at sign-in: the first navigation entry the role may use."""
    return next(
        e.key for e in NAVIGATION if e.permission is None or role_allows(role, e.permission)
    )


def import_landing_page(role: Role) -> None:
    """Import the module of the page `role` lands on (the shell calls this while the worker
    checks the PIN, so the import overlaps Argon2 instead of following it)."""
    module = LANDING_MODULES.get(landing_key(role))
    if module is not None:
        importlib.import_module(module)


class Workspace(QWidget):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        language: Callable[[], str],
        switch_language: Callable[[str], None],
        operations: Operations,
        backup_tasks: BackupTasks,
        parent: QWidget | None = None,
    ) -> None:
        """`language`: the screen language now (Settings, built later, shows it)."""
        super().__init__(parent)
        self.setObjectName("workspace")
        self._vault, self._session = vault, session
        self._language, self._switch_language = language, switch_language
        self._operations, self._backup_tasks = operations, backup_tasks
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
        self._built: dict[str, QWidget] = {}
        for entry in self.entries:
            item = QListWidgetItem(entry.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            unbuilt = QWidget()  # nothing read, nothing laid out: `page` replaces it
            unbuilt.setObjectName(f"unbuilt-{entry.key}")
            self.pages.addWidget(unbuilt)
        self._new_client = self._new_client_shortcut()
        self.nav.currentRowChanged.connect(self._row_chosen)
        self.nav.setCurrentRow(0)  # builds the landing page
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

    # -- pages, built when first shown -----------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page of navigation entry `key`, built now if it never showed."""
        built = self._built.get(key)
        if built is not None:
            return built
        row = self.nav_keys().index(key)
        unbuilt = self.pages.widget(row)
        assert unbuilt is not None  # one widget per navigation entry
        built = self._build(key)
        built.setObjectName(f"page-{key}")
        self._built[key] = built
        self.pages.insertWidget(row, built)
        if self.pages.currentWidget() is unbuilt:  # the stack's first widget starts current
            self.pages.setCurrentWidget(built)
        self.pages.removeWidget(unbuilt)
        unbuilt.deleteLater()
        return built

    def built_keys(self) -> list[str]:
        """The pages built so far, in navigation order."""
        return [key for key in self.nav_keys() if key in self._built]

    def _build(self, key: str) -> QWidget:  # noqa: PLR0911 - one branch per page
        """One page; its module is imported here, the first time any workspace builds it."""
        vault, session = self._vault, self._session
        if key == "dashboard":
            from ui.pages.dashboard_page import DashboardPage  # noqa: PLC0415

            return DashboardPage(
                vault,
                session,
                lambda: self.show_page("backups"),
                self,
                parent=self,
                open_settings=self.show_key_settings,
                operations=self._operations,
            )
        if key == "clients":
            from ui.pages.clients_page import ClientsPage  # noqa: PLC0415

            return ClientsPage(vault, session, self)
        if key == "consents":
            from ui.pages.consents_page import ConsentsPage  # noqa: PLC0415

            return ConsentsPage(vault, session, self)
        if key == "recalls":
            from ui.pages.recalls_page import RecallsPage  # noqa: PLC0415

            return RecallsPage(vault, session, self)
        if key == "backups":
            from ui.pages.backups_page import BackupsPage  # noqa: PLC0415

            return BackupsPage(vault, session, self._backup_tasks, self)
        if key == "privacy":
            from ui.pages.privacy_page import PrivacyPage  # noqa: PLC0415

            return PrivacyPage(vault, session, self)
        if key == "activity":
            from ui.pages.activity_page import ActivityPage  # noqa: PLC0415

            return ActivityPage(vault, session, self._backup_tasks, self)
        if key == "staff":
            from ui.pages.staff_page import StaffPage  # noqa: PLC0415

            return StaffPage(vault, session, self)
        if key == "services":
            from ui.pages.services_page import ServicesPage  # noqa: PLC0415

            return ServicesPage(vault, session, self)
        if key == "settings":
            from ui.pages.settings_page import SettingsPage  # noqa: PLC0415

            return SettingsPage(
                vault, session, self._language(), self._switch_language, self._operations, self
            )
        from ui.pages.placeholder import PlaceholderPage  # noqa: PLC0415

        entry = next(e for e in self.entries if e.key == key)
        return PlaceholderPage(entry.title, self)

    def _ready(self, key: str, kind: type[_Page]) -> _Page | None:
        """`page(key)`, or None when the session ended before it could be built: the idle lock
        follows within a second, and the entry shows its empty placeholder until then."""
        try:
            page = self.page(key)
        except SessionExpired:
            return None
        assert isinstance(page, kind)
        return page

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav_keys()[row]
        self._ready(key, QWidget)
        self.pages.setCurrentIndex(row)  # the page, or its placeholder
        if self._new_client is not None:  # the list's own button takes Ctrl+N there
            self._new_client.setEnabled(key != "clients")

    def _new_client_shortcut(self) -> QShortcut | None:
        """Ctrl+N registers a client from any page, for the roles that may: the client list's
        "New client…" (whose own shortcut works only while the list shows)."""
        if "clients" not in self.nav_keys() or not role_allows(
            self._session.role, Permission.CONTACT_WRITE
        ):
            return None
        shortcut = QShortcut(QKeySequence(NEW_CLIENT_KEYS), self)
        shortcut.activated.connect(self.new_client)
        return shortcut

    def new_client(self) -> None:
        """The client list, and its new-client form open over it."""
        from ui.pages.clients_page import ClientsPage  # noqa: PLC0415

        clients = self._ready("clients", ClientsPage)
        if clients is not None:
            self.show_page("clients")
            clients.new_button.animateClick()

    def focus_start(self) -> None:
        """Just signed in: the client search box where the first page is the client list
        (receptionists, technicians), else the navigation (the owner's dashboard has no
        field), so the keyboard works at once."""
        if self.built_keys() == ["clients"]:
            from ui.pages.clients_page import ClientsPage  # noqa: PLC0415

            page = self.page("clients")
            assert isinstance(page, ClientsPage)
            page.search_box.setFocus()
        else:
            self.nav.setFocus()

    def when_first_page_read(self, done: Callable[[], None]) -> None:
        """`done` once the page shown at sign-in has what it reads: the dashboard's figures
        (read off the GUI thread), else as soon as the window has had its first paint."""
        from ui.pages.dashboard_page import DashboardPage  # noqa: PLC0415 - imported at sign-in

        page = self.pages.currentWidget()
        if isinstance(page, DashboardPage) and page.figures is None:
            page.figures_shown.connect(done, Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, done)

    def open_day_sheet(self) -> DaySheetDialog:
        from ui.dialogs.day_sheet_dialog import DaySheetDialog  # noqa: PLC0415 - on a click

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
        from ui.pages.settings_page import SettingsPage  # noqa: PLC0415

        page = self._ready("settings", SettingsPage)
        if page is not None:
            self.show_page("settings")
            page.show_recovery_slot()

    # -- the lists behind the dashboard's figures ------------------------------------------------
    # (each page's module is imported by `page`, which builds it, before the check here)

    def show_clients(self, wanted: ClientFilter) -> None:
        from ui.pages.clients_page import ClientsPage  # noqa: PLC0415

        clients = self._ready("clients", ClientsPage)
        if clients is not None:
            self.show_page("clients")
            clients.show_filtered(wanted)

    def show_retention_due(self) -> None:
        from ui.pages.privacy_page import PrivacyPage  # noqa: PLC0415

        privacy = self._ready("privacy", PrivacyPage)
        if privacy is not None:
            privacy.tabs.setCurrentWidget(privacy.retention)
            self.show_page("privacy")

    def show_failed_sign_ins(self, since: datetime) -> None:
        from ui.pages.activity_page import ActivityPage  # noqa: PLC0415

        activity = self._ready("activity", ActivityPage)
        if activity is not None:
            self.show_page("activity")
            activity.show_failed_sign_ins(since)

    def show_recalls(self) -> None:
        """Every recall list due in the usual window: the lines the dashboard counted."""
        from ui.pages.recalls_page import RecallsPage  # noqa: PLC0415

        recalls = self._ready("recalls", RecallsPage)
        if recalls is not None:
            recalls.show_every_list()
            self.show_page("recalls")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for row, entry in enumerate(self.entries):
                self.nav.item(row).setText(entry.title())
            self._retranslate_button()
        super().changeEvent(event)
