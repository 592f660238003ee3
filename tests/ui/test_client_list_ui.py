"""The clients page with an empty search box: every client, read lazily as the list scrolls."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from salonvault.storage.clients_repo import insert_many_clients
from tests.support import Team
from tests.ui.test_clients_ui import clients_page
from ui.models.client_table import KEPT_PAGES, NAME, PAGE_SIZE
from ui.shell import ShellWindow

COUNT = 2500


def given(number: int) -> str:
    return "Thị Mai" if number % 2 else "Văn Nam"


def name(number: int) -> str:
    return f"Khách {number:04d} {given(number)}"


def fill(vault: Vault) -> None:
    rows = [vault.clients.prepare(ClientInput(f"Khách {n:04d}", given(n))) for n in range(COUNT)]
    with vault.database.transaction():
        insert_many_clients(vault.database, rows, datetime(2026, 11, 1, tzinfo=UTC))


def test_the_whole_list_scrolls_with_a_few_pages_in_memory(
    qtbot: QtBot, shell: ShellWindow, vault: Vault
) -> None:
    fill(vault)
    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=5000)
    assert page.message.text() == f"{COUNT} clients"
    assert page.model.pages_in_memory() <= 2  # only what is on screen was read
    scroll = page.table.verticalScrollBar()
    for value in range(0, scroll.maximum() + 1, max(1, scroll.pageStep())):
        scroll.setValue(value)
        qtbot.wait(1)  # let the view paint and ask for its rows
    assert page.model.pages_in_memory() <= KEPT_PAGES
    last = page.model.index(COUNT - 1, NAME).data()
    assert last.startswith("Khách ")
    assert page.model.pages_in_memory() <= KEPT_PAGES


def test_the_name_header_sorts_in_the_vault(qtbot: QtBot, shell: ShellWindow, vault: Vault) -> None:
    fill(vault)
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=5000)
    page.table.horizontalHeader().sectionClicked.emit(NAME)
    qtbot.waitUntil(lambda: page.model.index(0, NAME).data() == name(0), timeout=3000)
    for row in (1, PAGE_SIZE * 3 + 7, COUNT - 1):
        assert page.model.index(row, NAME).data() == name(row)
    assert page.table.horizontalHeader().sortIndicatorSection() == NAME


def test_typing_searches_and_clearing_lists_everyone_again(
    qtbot: QtBot, shell: ShellWindow, vault: Vault
) -> None:
    fill(vault)
    page = clients_page(qtbot, shell, Role.OWNER)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=5000)
    page.search_box.insert("khach 0042")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, NAME).data() == name(42)
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=3000)
    assert page.model.data(page.model.index(0, NAME), Qt.ItemDataRole.DisplayRole)


def test_the_list_reads_by_key_and_keeps_the_highlight_through_a_change(
    qtbot: QtBot, shell: ShellWindow, vault: Vault
) -> None:
    """Issue 24: the whole list is a count and screens read by key. A jump down the scroll bar
    shows the right clients, every client is listed once in order, and a change heard while a
    client far down is highlighted keeps that client highlighted (its row found in the vault)."""
    fill(vault)
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=5000)
    session = shell.session
    assert session is not None
    whole = vault.clients.list_ids(session)
    scroll = page.table.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # straight to the end
    qtbot.wait(1)
    assert page.model.client_id(COUNT - 1) == whole[-1]
    assert page.model.pages_in_memory() <= 2
    row = PAGE_SIZE * 13 + 5
    page.table.selectRow(row)
    chosen = page.highlighted_client()
    assert chosen == whole[row]
    owner = Team(vault).owner
    created = vault.clients.create(owner, ClientInput("Khách 9999", "Mới"))  # heard: re-read
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT + 1, timeout=5000)
    assert page.highlighted_client() == chosen
    whole = vault.clients.list_ids(session)
    assert page.model.row_of(chosen) == whole.index(chosen)
    assert [page.model.client_id(r) for r in range(COUNT + 1)] == whole
    assert created.id in whole
