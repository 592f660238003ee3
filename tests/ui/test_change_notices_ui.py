"""Screens learn what changed (decision 0020): a page re-reads when a kind it shows changed, not
for any other change, and a hidden page only when it next shows; a dialog's change reaches the
card and the page behind it; a job on the worker thread is heard on the GUI thread, before its
own callback."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault import Vault
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.changes import ChangeFollower
from ui.dialogs.client_card import ClientCard
from ui.models.client_table import LAST_VISIT
from ui.operations import Operations
from ui.pages.clients_page import ClientsPage
from ui.pages.dashboard_page import DashboardPage
from ui.shell import ShellWindow


class Reads:
    """Counts calls of one service method (and on which thread they ran)."""

    def __init__(self, service: object, method: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[int] = []
        real: Callable[..., Any] = getattr(service, method)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            return real(*args, **kwargs)

        monkeypatch.setattr(service, method, counted)

    @property
    def count(self) -> int:
        return len(self.threads)


def page_of(shell: ShellWindow, key: str) -> QWidget:
    assert shell.workspace is not None
    shell.workspace.show_page(key)
    return shell.workspace.pages.currentWidget()


def listed_names(page: ClientsPage) -> list[str]:
    rows = range(page.model.rowCount())
    return [page.model.summary(row).display_name for row in rows]  # type: ignore[union-attr]


def test_the_client_list_rereads_for_clients_not_for_staff_or_settings(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = shell.vault
    reads = Reads(vault.clients, "list_count", monkeypatch)  # the whole list: its count
    sign_in_as(qtbot, shell, Role.OWNER)
    page = page_of(shell, "clients")
    assert isinstance(page, ClientsPage)
    assert reads.count == 1, "read once, when it first showed"
    vault.staff.rename(team.owner, team.technician.staff_id, "Mai Trần Thị")
    vault.settings.set_salon_name(team.owner, "Salon Mai")
    vault.catalogue.add(team.owner, ServiceInput("Manicure"))
    assert reads.count == 1, "nothing a row shows changed"
    vault.clients.create(team.owner, ClientInput("Đặng", "Thảo"))
    assert reads.count == 2
    assert listed_names(page) == ["Đặng Thảo"]


def test_a_hidden_page_rereads_once_when_it_next_shows(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = shell.vault
    reads = Reads(vault.clients, "list_count", monkeypatch)  # the whole list: its count
    sign_in_as(qtbot, shell, Role.OWNER)
    page = page_of(shell, "clients")
    assert isinstance(page, ClientsPage)
    page_of(shell, "staff")
    vault.clients.create(team.owner, ClientInput("Vũ", "Hằng"))
    vault.clients.create(team.owner, ClientInput("Vũ", "Lan"))
    assert reads.count == 1, "hidden: nothing read yet"
    assert page_of(shell, "clients") is page
    assert reads.count == 2, "two changes, one reading, when it shows"
    assert sorted(listed_names(page)) == ["Vũ Hằng", "Vũ Lan"]
    page_of(shell, "staff")
    page_of(shell, "clients")
    assert reads.count == 2, "shown again with nothing changed: nothing read"


def test_the_dashboard_reads_once_per_showing_and_follows_changes_while_shown(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It reads each time it shows by itself (decision 0018); a change while it is hidden
    must not add a second reading to that."""
    vault = shell.vault
    reads = Reads(vault.dashboard, "figures", monkeypatch)
    sign_in_as(qtbot, shell, Role.OWNER)
    dashboard = shell.workspace.pages.currentWidget() if shell.workspace else None
    assert isinstance(dashboard, DashboardPage)
    # The figures are read off the GUI thread (issue 24): wait for each reading to show.
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    assert reads.count == 1
    vault.staff.rename(team.owner, team.technician.staff_id, "Mai Trần Thị")
    assert reads.count == 1, "staff names are not on the dashboard"
    with qtbot.waitSignal(dashboard.figures_shown):
        vault.clients.create(team.owner, ClientInput("Hồ", "Xuân"))
    assert reads.count == 2
    assert dashboard.figures is not None and dashboard.figures.new_clients_30_days == 1
    page_of(shell, "clients")
    vault.clients.create(team.owner, ClientInput("Hồ", "Thu"))
    assert reads.count == 2, "hidden"
    with qtbot.waitSignal(dashboard.figures_shown):
        page_of(shell, "dashboard")
    qtbot.wait(50)  # a second reading, were there one, would have started by now
    assert reads.count == 3, "one reading for the showing, none more for the change"
    assert dashboard.figures is not None and dashboard.figures.new_clients_30_days == 2


def test_a_dialog_on_the_card_updates_the_card_and_the_list_behind_it(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The visit dialog says nothing to the card or the page: both hear the change."""
    vault = shell.vault
    client = vault.clients.create(team.owner, ClientInput("Lý", "Mai")).id
    vault.catalogue.add(team.owner, ServiceInput("Cut"))
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    page = page_of(shell, "clients")
    assert isinstance(page, ClientsPage)
    assert page.model.index(0, LAST_VISIT).data() in (None, "", "—")
    card = page.open_client(client)
    assert card is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = card.add_visit()
    dialog.save()
    assert dialog.visit_id is not None
    assert card.treatment_list.count() == 1
    assert page.model.index(0, LAST_VISIT).data() not in (None, "", "—")
    activity = [e.action for e in vault.audit.client_activity(team.owner, client)]
    assert activity.count("client.open") == 1, "the card read the visit without reopening"


def test_a_worker_jobs_changes_are_heard_on_the_gui_thread_before_its_callback(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = shell.vault
    reads = Reads(vault.clients, "list_count", monkeypatch)  # the whole list: its count
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    page = page_of(shell, "clients")
    assert isinstance(page, ClientsPage)
    listed_at_callback: list[list[str]] = []
    operations = Operations()
    session = team.receptionist
    operations.run(
        lambda: vault.clients.create(session, ClientInput("Tạ", "Hương")),
        lambda _view: listed_at_callback.append(listed_names(page)),
        lambda error: pytest.fail(str(error)),
    )
    qtbot.waitUntil(lambda: bool(listed_at_callback), timeout=10_000)
    operations.wait()
    assert listed_at_callback == [["Tạ Hương"]]
    assert reads.threads == [threading.get_ident()] * 2, "both readings on the GUI thread"


def test_a_change_on_another_thread_reaches_the_page_through_the_event_loop(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = shell.vault
    reads = Reads(vault.clients, "list_count", monkeypatch)  # the whole list: its count
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    page = page_of(shell, "clients")
    assert isinstance(page, ClientsPage)
    session = team.receptionist
    other = threading.Thread(
        target=lambda: vault.clients.create(session, ClientInput("Mạc", "Linh"))
    )
    other.start()
    other.join()
    assert reads.count == 1, "not read on that thread"
    qtbot.waitUntil(lambda: reads.count == 2, timeout=5000)
    assert reads.threads == [threading.get_ident()] * 2
    assert listed_names(page) == ["Mạc Linh"]


def test_a_follower_goes_with_its_widget(qtbot: QtBot, vault: Vault, team: Team) -> None:
    """A widget thrown away (a lock drops the workspace) hears nothing more."""
    owner, technician = team.owner, team.technician  # signing in changes staff records too
    heard: list[str] = []
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    ChangeFollower(widget, vault, [RecordKind.STAFF], lambda: heard.append("read"))
    vault.staff.rename(owner, technician.staff_id, "Mai Trần Thị")
    assert heard == ["read"]
    with qtbot.waitSignal(widget.destroyed):
        widget.deleteLater()
    vault.staff.rename(owner, technician.staff_id, "Mai Trần")
    assert heard == ["read"]


def test_a_merge_from_the_card_does_not_reopen_the_record_on_its_way_out(
    qtbot: QtBot, vault: Vault, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge changes the health records too; the card's header would re-open the client
    (a logged opening) but closes instead."""
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    kept = vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa")).id
    vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa Maria", phone="+48 601 234 567"))
    card = ClientCard(vault, team.owner, kept)
    qtbot.addWidget(card)
    card.show()

    def openings() -> int:
        entries = vault.audit.client_activity(team.owner, kept)
        return sum(1 for entry in entries if entry.action == "client.open")

    before = openings()
    dialog = card.ask_merge()
    qtbot.keyClicks(dialog.search_box, "Ewa Maria")
    dialog.found.setCurrentRow(0)
    qtbot.keyClicks(dialog.typed, "Kowalska Ewa Maria")
    with qtbot.waitSignal(card.finished, timeout=5000):
        dialog.merge_button.click()
    assert card.merged_into == kept
    assert openings() == before
