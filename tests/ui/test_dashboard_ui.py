"""The owner's dashboard renders with demo data: tiles, the visits chart, the backup card."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from salonvault.services.demo.clients import populate_demo_clients
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.pages.dashboard_page import TILES, DashboardPage
from ui.shell import ShellWindow


def test_dashboard_renders_the_demo_salon(qtbot: QtBot, shell: ShellWindow, team: Team) -> None:
    shell.vault.settings.mark_demo()
    populate_demo_clients(shell.vault, team.owner, 40)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("dashboard")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    figures = shell.vault.dashboard.figures(team.owner)
    assert page.figures is not None
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
    assert calls == ["figures"]
    shell.workspace.show_page("privacy")
    assert calls == ["figures", "due"]
    shell.workspace.show_page("activity")
    assert calls == ["figures", "due", "list"]
    shell.workspace.show_page("dashboard")  # shown again: read again, the figures move on
    assert calls == ["figures", "due", "list", "figures"]


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
