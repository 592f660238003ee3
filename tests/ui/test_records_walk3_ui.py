"""Service records, the third walk (docs/walkthroughs/records-round-two.md, "Third walk"):
the flows changed in session 10 walked by keys in Vietnamese and Polish on salons made the way
a real one is; each stumble kept fixed here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, made_salon
from tests.support import FakeClock, Team
from tests.ui.test_records_walk2_ui import (  # noqa: F401  (the fixture)
    _alt_letters,
    _settings_records_tab,
    beauty_salon,
)
from ui.dialogs.client_card import ClientCard
from ui.dialogs.visit_dialog import VisitDialog
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow


@pytest.mark.parametrize(
    "language",
    [
        "en",
        "vi",
        "pl",
        "zh_CN",
    ],
)
def test_the_alt_letters_stay_single_with_the_salons_own_template_chosen(
    qtbot: QtBot,
    beauty_salon: Vault,  # noqa: F811
    translations: Translations,
    operations: Operations,
    language: str,
) -> None:
    """Fields… is grey while a built-in template is chosen, so the Alt-letter test of the
    second walk never saw it: in Polish, with the salon's own copy chosen, Alt+P went back and
    forth between Ko&piuj… and &Pola…, and the fields could not be opened by their letter."""
    translations.switch(language)
    window = ShellWindow(beauty_salon, translations, operations)
    qtbot.addWidget(window)
    window.show()
    page = _settings_records_tab(qtbot, window)
    box = page.record_templates
    assert box is not None
    box.select("lash_map")
    assert box.copy_selected("Ours") is not None
    assert box.fields_button.isEnabled()
    letters = _alt_letters(page)
    assert not {letter: n for letter, n in letters.items() if n > 1}


@pytest.fixture
def hair_salon(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    made = made_salon(tmp_path / "hair", (BusinessKind.HAIR,), device_store, clock)
    yield made
    made.close()


def test_ticking_the_acknowledgement_takes_the_refusal_away(
    qtbot: QtBot, hair_salon: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Enter without the tick, "Read the warning above and tick the box…" stayed under
    the box once Space had ticked it: the warning said to do what was done."""
    team = Team(hair_salon)
    client = hair_salon.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    grant_health_consent(hair_salon, team.owner, client)
    hair_salon.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, "PPD allergy", Severity.SEVERE
    )
    dialog = VisitDialog(hair_salon, team.technician, client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.service.setCurrentIndex(dialog.service.findText("Full-head colour"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_: QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.service, Qt.Key.Key_Return)  # refused: the box is pointed at
    refusal = dialog.errors["contraindication"]
    assert refusal.isVisible() and dialog.focusWidget() is dialog.contraindication.acknowledge

    qtbot.keyClick(dialog.contraindication.acknowledge, Qt.Key.Key_Space)
    assert dialog.contraindication.acknowledged
    assert not refusal.isVisible() and refusal.text() == ""
    qtbot.keyClick(dialog.contraindication.acknowledge, Qt.Key.Key_Space)  # un-ticked: no
    assert not refusal.isVisible()  # nagging until the next Save says it again


def _records_hint(qtbot: QtBot, vault: Vault, client: int) -> str:
    card = ClientCard(vault, Team(vault).technician, client)
    qtbot.addWidget(card)
    card.show()
    card.show_tab(card.records_tab)
    qtbot.waitUntil(lambda: card.records_tab._loaded)
    hint = card.records_tab.empty_hint
    assert hint.isVisibleTo(card)
    return hint.text()


def test_the_records_tab_speaks_of_prescriptions_only_where_they_are_written(
    qtbot: QtBot,
    tmp_path: Path,
    device_store: DeviceKeyStore,
    clock: FakeClock,
) -> None:
    """A beauty salon's empty Records tab said the records of "skin, lashes, laser, lenses"
    came from the treatment and "a spectacle prescription here", beside a grey Add record: a
    salon that writes no prescriptions was told to add one there."""
    hints = {}
    for kind in (BusinessKind.OPTICIAN, BusinessKind.BEAUTY):
        vault = made_salon(tmp_path / kind.value, (kind,), device_store, clock)
        try:
            client = vault.clients.create(Team(vault).owner, ClientInput("Trần", "Lan")).id
            hints[kind] = _records_hint(qtbot, vault, client)
        finally:
            vault.close()
    assert "spectacle prescription" in hints[BusinessKind.OPTICIAN]
    beauty = hints[BusinessKind.BEAUTY]
    assert "prescription" not in beauty and "lenses" not in beauty
    assert "from the treatment" in beauty
