"""Owner screenshots for tools.screenshots: dashboard, activity log, privacy (retention) and the
erase dialog, from the demo salon."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.dialogs.client_card import ClientCard
from ui.pages.activity_page import ActivityPage
from ui.pages.clients_page import ClientsPage
from ui.pages.privacy_page import PrivacyPage
from ui.shell import ShellWindow


def owner_shots(
    shell: ShellWindow,
    lang: str,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    assert shell.workspace is not None
    shell.workspace.show_page("dashboard")
    settle(300)
    grab(shell, f"dashboard-owner-{lang}")
    if lang != "en":
        return
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    page.verify()
    settle(200)
    grab(shell, "activity-log-owner")
    shell.workspace.show_page("privacy")
    settle(200)
    grab(shell, "privacy-retention-owner")
    privacy = shell.workspace.pages.currentWidget()
    assert isinstance(privacy, PrivacyPage)
    privacy.tabs.setCurrentWidget(privacy.incidents)
    settle(200)
    grab(shell, "privacy-incidents-owner")
    privacy.tabs.setCurrentWidget(privacy.exports)
    settle(200)
    grab(shell, "privacy-exports-owner")
    # Settings: tools.screenshots_settings, on salons made without the demo.
    shell.workspace.show_page("clients")
    clients = shell.workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    assert shell.session is not None
    ids = shell.vault.clients.list_ids(shell.session)[:1]
    hits = shell.vault.clients.summaries(shell.session, ids)
    if not hits:
        return
    card = clients.open_client(hits[0].id)
    assert isinstance(card, ClientCard)
    settle(300)
    dialog = card.ask_erase()
    dialog.typed.setText(hits[0].display_name[:4])
    settle(300)
    grab(dialog, "erase-client-dialog")
    dialog.reject()
    card.reject()
