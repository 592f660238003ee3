"""The workspace builds each page when it first shows (issue 24, decision 0043): sign-in builds
the landing page only, and whatever reaches into a page (the navigation, the dashboard's lists,
Ctrl+N, the sign-in focus) goes through `Workspace.page`, which builds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.dialogs.client_dialog import ClientDialog
from ui.pages.activity_page import ActivityPage
from ui.pages.backups_page import BackupsPage
from ui.pages.clients_page import ClientsPage
from ui.pages.consents_page import ConsentsPage
from ui.pages.dashboard_page import DashboardPage
from ui.pages.privacy_page import PrivacyPage
from ui.pages.recalls_page import RecallsPage
from ui.pages.services_page import ServicesPage
from ui.pages.settings_page import SettingsPage
from ui.pages.staff_page import StaffPage
from ui.shell import ShellWindow
from ui.workspace import Workspace

PAGE_CLASS: dict[str, type[QWidget]] = {
    "dashboard": DashboardPage,
    "clients": ClientsPage,
    "consents": ConsentsPage,
    "recalls": RecallsPage,
    "backups": BackupsPage,
    "staff": StaffPage,
    "services": ServicesPage,
    "activity": ActivityPage,
    "privacy": PrivacyPage,
    "settings": SettingsPage,
}


def _signed_in(qtbot: QtBot, shell: ShellWindow, role: Role) -> Workspace:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    return shell.workspace


def _stacked(workspace: Workspace) -> dict[str, QWidget]:
    """What the stack holds for each navigation entry, in its order."""
    return {key: workspace.pages.widget(row) for row, key in enumerate(workspace.nav_keys())}


@pytest.mark.parametrize(
    ("role", "landing"),
    [(Role.OWNER, "dashboard"), (Role.RECEPTIONIST, "clients"), (Role.TECHNICIAN, "clients")],
)
def test_sign_in_builds_the_landing_page_only(
    qtbot: QtBot, shell: ShellWindow, role: Role, landing: str
) -> None:
    workspace = _signed_in(qtbot, shell, role)
    assert workspace.built_keys() == [landing]
    stacked = _stacked(workspace)
    assert isinstance(stacked[landing], PAGE_CLASS[landing])
    assert workspace.pages.currentWidget() is stacked[landing]
    for key, widget in stacked.items():
        if key != landing:
            assert not isinstance(widget, PAGE_CLASS[key]), key
            assert widget.objectName() == f"unbuilt-{key}", key
            assert not widget.children(), key  # a bare widget: nothing read, nothing laid out


def test_the_search_box_has_the_keyboard_after_a_receptionists_sign_in(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    shell.activateWindow()
    workspace = _signed_in(qtbot, shell, Role.RECEPTIONIST)
    clients = workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    qtbot.waitUntil(clients.search_box.hasFocus)


def test_each_navigation_entry_builds_its_page_once(qtbot: QtBot, shell: ShellWindow) -> None:
    workspace = _signed_in(qtbot, shell, Role.OWNER)
    first: dict[str, QWidget] = {}
    for _round in range(2):
        for row, key in enumerate(workspace.nav_keys()):
            item = workspace.nav.item(row)
            centre = workspace.nav.visualItemRect(item).center()
            qtbot.mouseClick(
                workspace.nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre)
            )
            page = workspace.pages.currentWidget()
            assert isinstance(page, PAGE_CLASS[key]), key
            assert page.objectName() == f"page-{key}"
            assert page.isVisible()
            assert first.setdefault(key, page) is page, f"{key} built twice"
            assert workspace.page(key) is page
    assert sorted(workspace.built_keys()) == sorted(workspace.nav_keys())
    assert workspace.pages.count() == len(workspace.nav_keys())  # no placeholder left behind


def test_a_list_behind_a_figure_builds_the_page_it_is_on(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    """The recall tile's "Show the list" reaches into the Recalls page, not yet built."""
    workspace = _signed_in(qtbot, shell, Role.OWNER)
    dashboard = workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    assert "recalls" not in workspace.built_keys()
    qtbot.mouseClick(dashboard.list_buttons["recalls_due"], Qt.MouseButton.LeftButton)
    recalls = workspace.pages.currentWidget()
    assert isinstance(recalls, RecallsPage) and workspace.page("recalls") is recalls
    assert workspace.nav.currentRow() == workspace.nav_keys().index("recalls")


def test_ctrl_n_opens_the_new_client_form_from_the_dashboard(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    workspace = _signed_in(qtbot, shell, Role.OWNER)
    shell.activateWindow()
    assert isinstance(workspace.pages.currentWidget(), DashboardPage)
    workspace.nav.setFocus()
    qtbot.waitUntil(workspace.nav.hasFocus)
    qtbot.keyClick(workspace.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    clients = workspace.page("clients")
    assert isinstance(clients, ClientsPage)
    qtbot.waitUntil(lambda: clients.findChild(ClientDialog) is not None)
    dialog = clients.findChild(ClientDialog)
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    assert workspace.pages.currentWidget() is clients  # the client lands in the list it shows
    dialog.reject()


def test_ctrl_n_from_the_client_list_opens_one_form(qtbot: QtBot, shell: ShellWindow) -> None:
    """The workspace's Ctrl+N and the list's own button do not both take it (an ambiguous
    shortcut would open nothing, or two forms)."""
    workspace = _signed_in(qtbot, shell, Role.RECEPTIONIST)
    clients = workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    shell.activateWindow()
    qtbot.waitUntil(clients.search_box.hasFocus)
    qtbot.keyClick(clients.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: clients.findChild(ClientDialog) is not None)
    qtbot.wait(300)  # longer than a shortcut's animated click
    assert len([d for d in clients.findChildren(ClientDialog) if d.isVisible()]) == 1


def test_a_technician_has_no_ctrl_n_on_any_page(qtbot: QtBot, shell: ShellWindow) -> None:
    workspace = _signed_in(qtbot, shell, Role.TECHNICIAN)
    shell.activateWindow()
    workspace.show_page("settings")
    workspace.nav.setFocus()
    qtbot.waitUntil(workspace.nav.hasFocus)
    qtbot.keyClick(workspace.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert not shell.findChildren(ClientDialog)
    assert isinstance(workspace.pages.currentWidget(), SettingsPage)
