"""The window fits the business (issue 22 item 5), on salons made as the wizard makes them: an
optician-only salon's treatment dialog and card show no colour formula, no patch tests, no
hair/skin/lash preferences and no hair-dye example; a hair salon's do; a client who already has
a patch test or a formula keeps seeing it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput, Preferences
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import Vault
from tests.helpers import made_salon, two_bowl_formula
from tests.support import FakeClock, Team
from ui.dialogs.card_tabs.health import HealthItemDialog
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.service_dialog import ServiceDialog
from ui.dialogs.visit_dialog import VisitDialog, VisitMode


@pytest.fixture(params=[BusinessKind.OPTICIAN, BusinessKind.HAIR])
def salon(
    request: pytest.FixtureRequest, tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> Iterator[Vault]:
    made = made_salon(tmp_path / "salon", (request.param,), device_store, clock)
    yield made
    made.close()


def test_the_card_and_the_treatment_dialog_show_what_the_salon_does(
    qtbot: QtBot, salon: Vault
) -> None:
    team = Team(salon)
    hair = salon.settings.business_kinds() == [BusinessKind.HAIR]
    client = salon.clients.create(team.owner, ClientInput("Nowak", "Ewa")).id
    card = ClientCard(salon, team.technician, client)
    qtbot.addWidget(card)
    titles = card.tab_titles()
    assert ("Patch tests" in titles) is hair
    assert card.patch_label.isVisibleTo(card) is hair
    assert ("hair" in card.profile_tab.values) is hair
    assert "skin" not in card.profile_tab.values and "lash" not in card.profile_tab.values

    dialog = card.add_visit()
    qtbot.addWidget(dialog)
    assert dialog.formula_box.isVisibleTo(dialog) is hair
    assert dialog.repeat_button.isVisibleTo(dialog) is hair
    offered = [dialog.service.itemText(i) for i in range(dialog.service.count())]
    assert ("Eye examination" in offered) is not hair  # the kind's starter services

    health = HealthItemDialog(salon, team.technician, client)
    qtbot.addWidget(health)
    assert ("PPD" in health.text.placeholderText()) is hair
    assert ("glaucoma" in health.text.placeholderText()) is not hair

    editing = ClientDialog(salon, team.owner, client=card.view)
    qtbot.addWidget(editing)
    assert ("preferences.hair" in editing.fields) is hair

    service = ServiceDialog(salon, team.owner, None, [])
    qtbot.addWidget(service)
    assert service.patch_test.isVisibleTo(service) is hair


def test_what_is_on_the_record_keeps_showing_after_the_salon_changes_kind(
    qtbot: QtBot, tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    vault = made_salon(tmp_path / "was-hair", (BusinessKind.HAIR,), device_store, clock)
    try:
        team = Team(vault)
        colour = next(s for s in vault.treatments.services(team.owner) if s.requires_patch_test)
        client = vault.clients.create(
            team.owner, ClientInput("Lê", "Thu", preferences=Preferences(hair="no fringe"))
        ).id
        vault.treatments.record_patch_test(team.technician, client, date(2026, 11, 1), "Igora")
        visit_id = vault.treatments.add_visit(
            team.technician,
            client,
            VisitInput(date(2026, 11, 22), colour.id, formula=two_bowl_formula()),
            acknowledge_patch_warning=True,
        )
        vault.settings.set_business_kinds(team.owner, [BusinessKind.OPTICIAN])

        card = ClientCard(vault, team.technician, client)
        qtbot.addWidget(card)
        assert "Patch tests" in card.tab_titles() and card.patch_label.isVisibleTo(card)
        assert card.profile_tab.values["hair"].text() == "no fringe"
        [visit] = vault.treatments.history(team.owner, client)
        editing = VisitDialog(vault, team.owner, client, card, visit, VisitMode.EDIT)
        qtbot.addWidget(editing)
        assert visit.id == visit_id and editing.formula_box.isVisibleTo(editing)
        new = card.add_visit()
        qtbot.addWidget(new)
        assert not new.formula_box.isVisibleTo(new)  # new visits: the optician's dialog
    finally:
        vault.close()
