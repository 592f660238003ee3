"""Merging two records from the client card: owner only, the other record found by search and
compared side by side, the removed record's name typed to confirm, the merged client's card
opened afterwards with both histories."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound, PermissionDenied
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.support import Team
from ui.dialogs.client_card import ClientCard
from ui.dialogs.merge_dialog import MergeClientsDialog
from ui.pages.clients_page import ClientsPage


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    return said


@pytest.fixture
def pair(vault: Vault, team: Team) -> tuple[int, int]:
    """(this one, the duplicate): the duplicate was registered later with a phone and a visit."""
    first = vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa")).id
    duplicate = vault.clients.create(
        team.owner, ClientInput("Kowalska", "Ewa Maria", phone="+48 601 234 567")
    ).id
    service = vault.catalogue.add(team.owner, ServiceInput("Strzyżenie", requires_patch_test=False))
    vault.treatments.add_visit(
        team.owner, duplicate, VisitInput(visited_on=date(2026, 11, 20), service_id=service)
    )
    return first, duplicate


def card_for(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def pick_other(qtbot: QtBot, dialog: MergeClientsDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.search_box, typed)
    assert dialog.found.count() == 1
    dialog.found.setCurrentRow(0)


def test_only_the_owner_sees_merge_and_the_service_refuses_the_rest(
    qtbot: QtBot, vault: Vault, team: Team, pair: tuple[int, int]
) -> None:
    first, duplicate = pair
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        assert card_for(qtbot, vault, team, role, first).merge_button is None
        with pytest.raises(PermissionDenied):
            vault.merge.merge(team.of(role), first, duplicate, "Kowalska Ewa Maria")
    assert card_for(qtbot, vault, team, Role.OWNER, first).merge_button is not None


def test_from_the_card_to_the_merged_client(
    qtbot: QtBot, vault: Vault, team: Team, pair: tuple[int, int], told: list[str]
) -> None:
    first, duplicate = pair
    card = card_for(qtbot, vault, team, Role.OWNER, first)
    dialog = card.ask_merge()
    assert not dialog.merge_button.isEnabled()
    pick_other(qtbot, dialog, "Ewa Maria")
    assert dialog.cells[("display_name", 1)].text() == "Kowalska Ewa"
    assert dialog.cells[("display_name", 2)].text() == "Kowalska Ewa Maria"
    assert dialog.cells[("phone", 1)].text() == "—"
    assert dialog.cells[("phone", 2)].text() == "+48 601 234 567"
    assert dialog.cells[("visits", 2)].text() == "1"
    assert "cannot be undone" in dialog.warning.text()
    assert "Kowalska Ewa Maria" in dialog.prompt.text()  # this record is kept by default
    qtbot.keyClicks(dialog.typed, "kowalska ewa")
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.typed, " maria")
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(card.finished, timeout=5000):
        dialog.merge_button.click()
    assert told and "The records are merged: 1 treatments" in told[-1]
    assert card.merged_into == first
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, duplicate)

    merged = card_for(qtbot, vault, team, Role.OWNER, first)
    assert merged.phone_label.text() == "+48 601 234 567"
    assert merged.treatment_list.count() == 1
    assert merged.activity_tab is not None
    ids = {entry.object_id for entry in merged.activity_tab.entries}
    assert ids == {str(first), str(duplicate)}
    table = merged.activity_tab.table
    details = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert any(f"Merged-in record {duplicate}" in text for text in details)
    assert any(f"absorbed={duplicate}" in text for text in details)


def test_keeping_the_other_record_opens_its_card(
    qtbot: QtBot, vault: Vault, team: Team, pair: tuple[int, int], told: list[str]
) -> None:
    first, duplicate = pair
    page = ClientsPage(vault, team.owner)
    qtbot.addWidget(page)
    card = page.open_client(first)
    assert card is not None
    dialog = card.ask_merge()
    pick_other(qtbot, dialog, "601 234")
    dialog.keep_other.setChecked(True)
    assert "Kowalska Ewa" in dialog.prompt.text() and "Maria" not in dialog.prompt.text()
    qtbot.keyClicks(dialog.typed, "Kowalska Ewa")
    with qtbot.waitSignal(card.finished, timeout=5000):
        dialog.merge_button.click()
    assert card.merged_into == duplicate
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, first)
    opened = [c for c in page.findChildren(ClientCard) if c.isVisible()]
    assert [c.view.id for c in opened] == [duplicate]


def test_a_wrong_name_is_refused_and_nothing_changes(
    qtbot: QtBot, vault: Vault, team: Team, pair: tuple[int, int], told: list[str]
) -> None:
    first, duplicate = pair
    card = card_for(qtbot, vault, team, Role.OWNER, first)
    dialog = card.ask_merge()
    pick_other(qtbot, dialog, "Ewa Maria")
    qtbot.keyClicks(dialog.typed, "Kowalska Ewa")  # the kept record's name, not the removed one
    assert not dialog.merge_button.isEnabled()
    dialog.merge()  # as if the button were clicked anyway: the service refuses
    assert "Type the name" in dialog.error.text()
    assert dialog.receipt is None and not told
    assert vault.clients.open(team.owner, duplicate).display_name == "Kowalska Ewa Maria"
    assert card.isVisible()
