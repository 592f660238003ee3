"""The owner's dashboard renders with demo data: tiles, the visits chart, the backup card."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import Outcome
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import WrongPin
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.storage.database import Database
from tests.support import NAMES, PINS, Team
from tests.ui.support import sign_in_as
from ui.pages.activity_page import ActivityPage
from ui.pages.clients_page import ClientsPage
from ui.pages.dashboard_page import RECALLS_TILE, TILES, DashboardPage
from ui.pages.privacy_page import PrivacyPage
from ui.shell import ShellWindow


def test_dashboard_renders_the_demo_salon(qtbot: QtBot, shell: ShellWindow, team: Team) -> None:
    shell.vault.settings.mark_demo()
    populate_demo_clients(shell.vault, team.owner, 40)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("dashboard")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.figures is not None)  # read off the GUI thread
    figures = shell.vault.dashboard.figures(team.owner)
    assert len(page.chart.bars) == 12
    assert [count for _, count in page.chart.bars] == [c for _, c in figures.visits_by_month]
    assert sum(count for _, count in page.chart.bars) > 0  # the demo salon has visits
    for name in TILES:
        number, caption = page.tiles[name]
        assert number.text() == str(getattr(figures, name)) and caption.text()
    image = page.chart.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    # Something was drawn: not every pixel is the background colour.
    background = image.pixelColor(1, 1)
    assert any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


def test_an_owners_sign_in_reads_only_the_page_it_shows(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign-in used to read the dashboard twice, the whole retention review list and the
    activity log for pages nobody had opened (5.5 s at 100,000 clients). Now the dashboard is
    read once, and the other pages read theirs when they show."""
    calls: list[str] = []
    for service, method in (
        (shell.vault.dashboard, "figures"),
        (shell.vault.retention, "due"),
        (shell.vault.audit, "list"),
    ):
        real = getattr(service, method)

        def counted(*args: object, _real: Any = real, _name: str = method) -> Any:
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(service, method, counted)
    shell.vault.settings.mark_demo()
    populate_demo_clients(shell.vault, team.owner, 10)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    qtbot.waitUntil(lambda: calls == ["figures"])
    shell.workspace.show_page("privacy")
    assert calls == ["figures", "due"]
    shell.workspace.show_page("activity")
    assert calls == ["figures", "due", "list"]
    shell.workspace.show_page("dashboard")  # shown again: read again, the figures move on
    qtbot.waitUntil(lambda: calls == ["figures", "due", "list", "figures"])


def test_pages_shown_just_after_the_session_ended_do_not_fail(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    """The idle timer locks within a second of the session's end; a page shown in between
    (a click on the navigation) keeps what it showed instead of raising SessionExpired."""
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None and shell.session is not None
    shell.vault.guard.end_session(shell.session, "test")
    for page in ("privacy", "activity", "dashboard"):
        shell.workspace.show_page(page)  # an exception here would fail the test (pytest-qt)
        qtbot.wait(10)


def test_each_figure_opens_the_list_behind_it_by_keyboard(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    """Issue 18 item 4, on a salon set up without a demo: every figure's "Show the list" is
    reachable with Tab and opens exactly what the figure counts."""
    vault, owner = shell.vault, team.owner
    ids = [
        vault.clients.create(owner, ClientInput("Nowak", name)).id
        for name in ("Anna", "Beata", "Celina")
    ]
    vault.consent.record(owner, ids[0], "service_records", "granted", "pl", "paper", None, "P")
    vault.clients.set_archived(owner, ids[2], True)
    validity = vault.treatments.patch_validity_days()
    soon = vault.clock.now().date() + timedelta(days=3 - validity)
    vault.treatments.record_patch_test(owner, ids[1], soon, "Wella", "", PatchResult.PASS)
    with pytest.raises(WrongPin):
        vault.auth.sign_in(NAMES[Role.RECEPTIONIST], "000000")
    sign_in_as(qtbot, shell, Role.OWNER)
    workspace = shell.workspace
    assert workspace is not None
    dashboard = workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    figures = dashboard.figures
    assert figures is not None
    assert set(dashboard.list_buttons) == {*TILES, RECALLS_TILE}  # the owner has every page
    clients = workspace.page("clients")
    assert isinstance(clients, ClientsPage)

    def press(name: str) -> None:
        workspace.show_page("dashboard")
        button = dashboard.list_buttons[name]
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)

    def listed() -> set[int]:
        return {clients.model.client_id(row) for row in range(clients.model.rowCount())}

    press("new_clients_30_days")
    assert workspace.pages.currentWidget() is clients
    assert listed() == set(ids) and figures.new_clients_30_days == 3  # archived: counted too
    assert clients.archived_box.isChecked() and clients.filter_strip.isVisible()
    assert "registered since" in clients.filters_on.text()
    press("missing_service_consent")
    assert listed() == {ids[1]} and figures.missing_service_consent == 1
    assert not clients.archived_box.isChecked()
    assert "registered since" not in clients.filters_on.text()  # this list's filter alone
    press("patch_tests_expiring_7_days")
    assert listed() == {ids[1]} and figures.patch_tests_expiring_7_days == 1
    clients.clear_filters.click()
    assert not clients.filter_strip.isVisible() and clients.model.rowCount() == 3

    press("needing_reconsent")
    assert workspace.pages.currentWidget() is workspace.page("consents")
    press("retention_due")
    privacy = workspace.page("privacy")
    assert isinstance(privacy, PrivacyPage)
    assert workspace.pages.currentWidget() is privacy
    assert privacy.tabs.currentWidget() is privacy.retention
    press("failed_sign_ins_7_days")
    log = workspace.pages.currentWidget()
    assert isinstance(log, ActivityPage)
    assert figures.failed_sign_ins_7_days == 1 and log.table.rowCount() == 1
    assert log.entries[0].action == "sign_in" and log.entries[0].outcome is Outcome.FAILED


def test_the_window_paints_before_the_figures_are_read_and_the_tiles_fill_after(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: at 300,000 clients the counts take seconds. The workspace shows at once with
    "…" in the tiles, the counts run on the worker thread (not the GUI's), then fill in; a
    change heard while they are read makes one more reading, so the tiles end up current."""
    release = threading.Event()
    threads: list[int] = []
    real = shell.vault.dashboard.figures

    def slow_figures(session: Any) -> Any:
        threads.append(threading.get_ident())
        release.wait(10)
        return real(session)

    monkeypatch.setattr(shell.vault.dashboard, "figures", slow_figures)
    lock = shell.lock_screen  # signing in as sign_in_as does, without waiting for the worker
    qtbot.mouseClick(lock.staff_buttons[NAMES[Role.OWNER]], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lock.pin_pad.field, PINS[Role.OWNER])
    qtbot.keyClick(lock.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.workspace is not None and bool(threads), timeout=10_000)
    assert shell.workspace is not None
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, DashboardPage) and page.isVisible()
    assert page.figures is None
    assert {page.tiles[name][0].text() for name in TILES} == {"…"}
    created = shell.vault.clients.create(team.owner, ClientInput("Lê", "Hoa"))  # meanwhile
    release.set()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=10_000)  # the change: read once more
    assert threading.get_ident() not in threads
    figures = real(team.owner)
    assert figures.new_clients_30_days == 1 and created.id

    def shown() -> bool:
        tiles = [page.tiles[name][0].text() for name in TILES]
        return page.figures == figures and tiles == [str(getattr(figures, n)) for n in TILES]

    qtbot.waitUntil(shown, timeout=10_000)
    qtbot.wait(50)
    assert len(threads) == 2, "no reading beyond the one the change asked for"


def test_the_figures_are_read_on_a_connection_of_their_own_closed_at_the_lock(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: while the figures were counted (up to a second a statement at 300,000
    clients), a click that read the vault waited for the GUI's connection. Now they run on the
    worker thread on a connection of their own, which the lock screen closes."""
    vault = shell.vault
    vault.clients.create(team.owner, ClientInput("Nowak", "Anna"))
    counted: list[tuple[int, Database]] = []
    real = Database.query

    def query(db: Database, sql: str, *args: Any) -> Any:
        if "visit_month_counts" in sql:  # the chart's statement, the first of the figures
            counted.append((threading.get_ident(), db))
        return real(db, sql, *args)

    monkeypatch.setattr(Database, "query", query)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    dashboard = shell.workspace.pages.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    assert counted
    for thread, database in counted:
        assert thread != threading.get_ident()  # the worker, not the GUI thread
        assert database is not vault.database
    assert vault.dashboard.own_connection.is_open
    shell.lock("switch_user")
    assert not vault.dashboard.own_connection.is_open
