"""Erasing a client from the card: owner only, confirmed by the typed name, the card closes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.support import Team
from ui.dialogs.client_card import ClientCard


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    return said


def card_for(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def test_only_the_owner_sees_erase(qtbot: QtBot, vault: Vault, team: Team) -> None:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        assert card_for(qtbot, vault, team, role, client).erase_button is None
    assert card_for(qtbot, vault, team, Role.OWNER, client).erase_button is not None


def test_owner_erases_after_typing_the_name(
    qtbot: QtBot, vault: Vault, team: Team, told: list[str]
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa")).id
    card = card_for(qtbot, vault, team, Role.OWNER, client)
    dialog = card.ask_erase()
    assert not dialog.erase_button.isEnabled()
    assert "rotate out" in dialog.findChild(object, "erasureBackupNote").text()  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.typed, "kowalska ew")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "a")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(card.finished, timeout=5000):
        dialog.erase_button.click()
    assert told and "The client is erased" in told[-1]
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, client)
    assert vault.audit.list(team.owner, AuditFilter(action="client.erase"))
