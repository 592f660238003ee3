"""The client list's filters in the window (issue 18 item 12), on the hand-made salon of
tests/test_client_filters.py (no demo): keyboard only, combined, with search, by role, and the
list still read a page at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientFilter
from salonvault.domain.consent import Purpose
from salonvault.domain.roles import Role
from salonvault.services.vault import Vault
from tests.support import Team
from tests.test_client_filters import Salon, hand_made_salon
from tests.ui.test_client_list_ui import COUNT
from tests.ui.test_client_list_ui import fill as fill_2500
from tests.ui.test_clients_ui import clients_page, type_and_wait
from ui.models.client_table import KEPT_PAGES
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


@pytest.fixture
def salon(vault: Vault, team: Team) -> Salon:
    return hand_made_salon(vault, team)


def listed(salon: Salon, page: ClientsPage) -> str:
    """The list as the salon's letters, in its order."""
    letters = {client_id: letter for letter, client_id in salon.ids.items()}
    model = page.model
    return "".join(letters[model.client_id(row)] for row in range(model.rowCount()))


def tab_to(qtbot: QtBot, start: QWidget, target: QWidget, limit: int = 20) -> None:
    """Tab from `start` until `target` has the focus, as someone at the counter would."""
    start.setFocus()
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target


def shown_page(qtbot: QtBot, shell: ShellWindow, role: Role, rows: int) -> ClientsPage:
    page = clients_page(qtbot, shell, role)
    shell.activateWindow()
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=3000)
    return page


def test_the_owner_filters_and_clears_with_the_keyboard_only(
    qtbot: QtBot, shell: ShellWindow, salon: Salon
) -> None:
    page = shown_page(qtbot, shell, Role.OWNER, 5)
    bar = page.filter_bar
    assert listed(salon, page) == "FBACD" and not page.filter_strip.isVisible()
    tab_to(qtbot, page.search_box, page.filters_button)
    qtbot.keyClick(page.filters_button, Qt.Key.Key_Space)
    assert bar.isVisible() and bar.tag.hasFocus()
    qtbot.keyClicks(bar.tag, "vip")
    qtbot.keyClick(bar.tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: listed(salon, page) == "BA", timeout=3000)
    assert page.filter_strip.isVisible() and "vip" in page.filters_on.text()
    assert page.filters_button.text().replace("&", "") == "Filters (1)"
    assert page.message.text().startswith("2 ") and "match the filters" in page.message.text()

    tab_to(qtbot, bar.tag, bar.service)
    qtbot.keyClick(bar.service, Qt.Key.Key_Down)
    qtbot.keyClick(bar.service, Qt.Key.Key_Down)
    assert bar.service.currentData() == salon.colour
    assert listed(salon, page) == "BA"  # both vip clients had a colour
    tab_to(qtbot, bar.service, bar.technician)
    bar.technician.setCurrentIndex(bar.technician.findData(salon.mai))
    assert listed(salon, page) == "B"  # the same visit: a colour by Mai
    tab_to(qtbot, bar.technician, bar.has_alerts)
    qtbot.keyClick(bar.has_alerts, Qt.Key.Key_Space)
    assert listed(salon, page) == "B"
    chosen = ClientFilter(
        tag="vip", service_id=salon.colour, technician_id=salon.mai, has_alerts=True
    )
    assert bar.client_filter() == chosen
    shown = [page.model.client_id(row) for row in range(page.model.rowCount())]
    assert shown == salon.vault.clients.filter_ids(salon.team.owner, chosen)
    assert "Koloryzacja" in page.filters_on.text() and "Mai" in page.filters_on.text()

    tab_to(qtbot, bar.has_alerts, page.clear_filters)
    qtbot.keyClick(page.clear_filters, Qt.Key.Key_Space)
    assert listed(salon, page) == "FBACD"
    assert not page.filter_strip.isVisible() and page.message.text() == "5 clients"
    assert page.filters_button.text().replace("&", "") == "Filters"


def test_last_visit_dates_and_consent_at_the_desk(
    qtbot: QtBot, shell: ShellWindow, salon: Salon
) -> None:
    """The receptionist: no filter by who did a treatment (DESIGN.md §4), the rest alike."""
    page = shown_page(qtbot, shell, Role.RECEPTIONIST, 5)
    bar = page.filter_bar
    page.filters_button.click()
    assert bar.technician.isHidden() and bar.labels["technician"].isHidden()
    assert not bar.seen_before.isEnabled()  # beside its box: tick it to use the date
    bar.seen_before.setDate(bar.seen_before.date().fromString("2026-06-01", "yyyy-MM-dd"))
    assert listed(salon, page) == "FBACD"  # a day with its box unticked filters nothing
    bar.seen_before_on.setChecked(True)
    assert bar.seen_before.isEnabled() and listed(salon, page) == "CD"  # D never came
    bar.seen_before_on.setChecked(False)
    bar.needs_consent.setChecked(True)
    assert listed(salon, page) == "FBA"
    bar.service.setCurrentIndex(bar.service.findData(salon.cut))
    assert listed(salon, page) == "A"

    salon.vault.consent.set_purpose_enabled(
        salon.team.owner, Purpose.SERVICE_RECORDS, False
    )  # the owner stops asking: nobody needs it, and the box goes
    assert bar.needs_consent.isHidden() and not bar.client_filter().needs_consent
    assert listed(salon, page) == "AC"  # a cut, whoever has consent


def test_filters_narrow_what_is_typed_too(qtbot: QtBot, shell: ShellWindow, salon: Salon) -> None:
    page = shown_page(qtbot, shell, Role.TECHNICIAN, 5)
    type_and_wait(qtbot, page, "nowak", 2)
    page.filter_bar.tag.setText("balayage")
    qtbot.waitUntil(lambda: listed(salon, page) == "B", timeout=3000)
    assert page.message.text().startswith("1 ") and "filters leave" in page.message.text()
    assert page.filter_strip.isVisible()  # the bar is closed; the strip still says so
    assert not page.filter_bar.isVisible()
    page.clear_filters.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)


def test_a_filtered_list_of_thousands_is_read_a_page_at_a_time(
    qtbot: QtBot, shell: ShellWindow, vault: Vault
) -> None:
    fill_2500(vault)
    page = shown_page(qtbot, shell, Role.RECEPTIONIST, COUNT)
    page.filters_button.click()
    page.filter_bar.seen_before_on.setChecked(True)  # nobody came yet: every client
    assert page.model.rowCount() == COUNT
    assert page.message.text().startswith(f"{COUNT} ") and "filters" in page.message.text()
    assert page.model.pages_in_memory() <= 2
    scroll = page.table.verticalScrollBar()
    for value in range(0, scroll.maximum() + 1, max(1, scroll.pageStep() * 4)):
        scroll.setValue(value)
        qtbot.wait(1)
    assert page.model.pages_in_memory() <= KEPT_PAGES


def test_the_count_follows_a_language_switch(
    qtbot: QtBot, shell: ShellWindow, salon: Salon
) -> None:
    """Said again from the last reading, in the new words (nothing read from the vault)."""
    page = shown_page(qtbot, shell, Role.OWNER, 5)
    assert page.message.text() == "5 clients"
    shell.switch_language("pl")
    try:
        qtbot.waitUntil(lambda: page.message.text() == "5 klientów", timeout=3000)
    finally:
        shell.switch_language("en")
    qtbot.waitUntil(lambda: page.message.text() == "5 clients", timeout=3000)
