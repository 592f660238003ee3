"""The right client every time at the counter (issue 18, item 1): the highlighted row is the one
opened, from the search box and from the list, and a client just registered is the one selected,
among namesakes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault import Vault
from tests.support import Team
from tests.ui.test_clients_ui import clients_page, type_and_wait
from ui.dialogs.client_card import ClientCard
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


def namesakes(vault: Vault, team: Team, count: int) -> list[int]:
    """`count` clients called Nguyễn Thị Linh, each with a phone of their own."""
    return [
        vault.clients.create(
            team.owner, ClientInput("Nguyễn", "Thị Linh", phone=f"+84 912 345 {600 + n}")
        ).id
        for n in range(count)
    ]


def with_visits(vault: Vault, team: Team, ids: list[int]) -> None:
    """Each came at least once, so a client never seen yet ranks after them all."""
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))
    for day, client in enumerate(ids, start=1):
        vault.treatments.add_visit(team.owner, client, VisitInput(date(2026, 10, day), cut))


def opened_card(page: ClientsPage) -> ClientCard:
    cards = [card for card in page.findChildren(ClientCard) if card.isVisible()]
    assert len(cards) == 1
    return cards[0]


def test_arrows_then_enter_in_the_search_box_open_the_highlighted_namesake(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    ids = namesakes(shell.vault, team, 7)
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    type_and_wait(qtbot, page, "nguyen thi linh", 7)
    qtbot.wait(300)  # the typing pause is over: nothing is pending
    for _ in range(3):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Up)
    assert page.table.currentIndex().row() == 2
    highlighted = page.model.client_id(2)
    assert highlighted in ids and highlighted != page.model.client_id(0)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    card = opened_card(page)
    assert card.view.id == highlighted
    assert page.table.currentIndex().row() == 2  # the highlight stays where it was


def test_enter_in_the_list_opens_the_highlighted_row(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    namesakes(shell.vault, team, 7)
    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=3000)  # the whole list
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    for _ in range(4):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    highlighted = page.model.client_id(4)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_card(page).view.id == highlighted


def test_enter_straight_after_typing_opens_the_first_result_of_what_was_typed(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    """Enter before the typing pause ends searches first: the top result of the new text."""
    namesakes(shell.vault, team, 3)
    other = shell.vault.clients.create(team.owner, ClientInput("Trần", "Văn Bảo")).id
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    type_and_wait(qtbot, page, "nguyen", 3)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    page.search_box.setText("tran bao")  # typed, and Enter at once
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened_card(page).view.id == other


def test_the_client_just_registered_is_selected_among_eight_namesakes(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    with_visits(shell.vault, team, namesakes(shell.vault, team, 7))
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    dialog = page.new_client()
    dialog.fields["family_name"].insert("Nguyễn")  # type: ignore[union-attr]
    dialog.fields["given_name"].insert("Thị Linh")  # type: ignore[union-attr]
    dialog.fields["phone"].insert("+84 912 345 699")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.created is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=3000)
    qtbot.wait(300)  # the typing pause and the change notice have both run
    row = page.table.currentIndex().row()
    assert row >= 0 and page.model.client_id(row) == dialog.created.id
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened_card(page).view.id == dialog.created.id
