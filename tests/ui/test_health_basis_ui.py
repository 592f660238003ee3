"""Health data on the salon's basis and history never overwritten, in the window (issue 21,
decision 0031): the card says why an allergy cannot be added and records the consent first; the
withdrawal says exactly what goes; Settings changes the basis; the History tab shows who changed
a treatment, in which role and when, with the old formula."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, two_bowl_formula
from tests.support import NAMES, PINS, FakeClock, Team
from tests.test_record_versions import NEW_FORMULA, TODAY
from tests.ui.test_consent_ui import draw_signature
from ui.dialogs.card_tabs.health import HealthItemDialog
from ui.dialogs.client_card import ClientCard
from ui.dialogs.consent_dialog import ConsentDialog
from ui.dialogs.consents_panel import ConsentsPanel
from ui.formats import date_text
from ui.i18n import Translations
from ui.pages.health_basis_box import HealthBasisBox


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.receptionist, ClientInput("Wiśniewska", "Ola")).id


def test_a_technician_sees_why_and_records_the_consent_first(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    card = ClientCard(vault, team.technician, client)
    qtbot.addWidget(card)
    card.show()
    tab = card.health_tab
    assert tab is not None
    card.show_tab(tab)
    assert not tab.add_button.isEnabled()  # off, and why, beside it
    assert tab.basis_notice.isVisible()
    assert "not been asked yet" in tab.basis_notice.text()
    assert "Record it first" in tab.basis_notice.text()
    assert tab.record_consent_button.isVisible() and tab.record_consent_button.isEnabled()

    dialog = tab.record_consent()  # the way on: the health-data consent only
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ConsentDialog)
    assert [c.purpose for c in dialog.choices] == [Purpose.HEALTH_DATA]
    dialog.choices[0].agree.click()
    draw_signature(dialog.pad)
    dialog.record()
    qtbot.waitUntil(tab.add_button.isEnabled)  # the tab follows the consent
    assert not tab.basis_notice.isVisible() and not tab.record_consent_button.isVisible()

    adding = tab.add_item()
    qtbot.addWidget(adding)
    qtbot.keyClicks(adding.text, "Latex")
    adding.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 1).text() == "Latex"


def test_a_refusal_by_the_service_says_why_in_the_dialog(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    """The dialog was open when the consent went (another counter withdrew it)."""
    grant_health_consent(vault, team.owner, client)
    dialog = HealthItemDialog(vault, team.technician, client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "Latex")
    vault.consent.withdraw(team.receptionist, client, Purpose.HEALTH_DATA)
    dialog.save()
    assert "withdrew" in dialog.error.text() and dialog.isVisible()
    assert vault.clients.open(team.owner, client).health == ()


def test_under_professional_secrecy_the_card_asks_for_nothing(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    vault.health_basis.set_basis(team.owner, HealthBasis.PROFESSIONAL_SECRECY)
    card = ClientCard(vault, team.technician, client)
    qtbot.addWidget(card)
    tab = card.health_tab
    assert tab is not None
    assert tab.add_button.isEnabled() and tab.basis_notice.isHidden()
    assert tab.record_consent_button.isHidden()


def test_withdrawing_health_consent_says_exactly_what_goes(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client: int,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,  # English with its plural forms, whatever ran before
) -> None:
    grant_health_consent(vault, team.owner, client)
    for kind, text in ((HealthKind.ALLERGY, "Latex"), (HealthKind.ALLERGY, "PPD")):
        vault.clients.add_health_item(team.technician, client, kind, text, Severity.SEVERE)
    item = vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Warfarin", Severity.LOW
    )
    vault.clients.edit_health_item(
        team.technician, client, item, HealthKind.MEDICATION, "Warfarin 5 mg", Severity.LOW
    )
    panel = ConsentsPanel(vault, team.receptionist, client)
    qtbot.addWidget(panel)
    panel.select_purpose(Purpose.HEALTH_DATA)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> tuple[str, bool]:
        asked.append(text)
        return "", len(asked) > 1  # the first time: cancelled

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.withdraw()
    assert vault.consent.is_active(client, Purpose.HEALTH_DATA)  # cancelled: nothing changed
    question = asked[0]
    assert "2 allergies" in question and "1 medication" in question
    assert "1 earlier version " in question and "cannot be brought back" in question
    assert "Latex" not in question  # counts only: reception may not read the items
    panel.withdraw()
    assert vault.clients.open(team.owner, client).health == ()
    assert "4 health records deleted" in panel.message.text()  # 3 items, 1 version


def test_the_owner_changes_the_basis_in_settings(qtbot: QtBot, vault: Vault, team: Team) -> None:
    box = HealthBasisBox(vault, team.owner, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    box.show()
    assert box.chosen() is HealthBasis.EXPLICIT_CONSENT
    assert not box.save()  # nothing changed
    box.choices[HealthBasis.PROFESSIONAL_SECRECY].setFocus()
    qtbot.keyClick(box.choices[HealthBasis.PROFESSIONAL_SECRECY], Qt.Key.Key_Space)
    qtbot.keyClick(box.save_button, Qt.Key.Key_Space)
    assert vault.health_basis.basis() is HealthBasis.PROFESSIONAL_SECRECY
    assert "Saved" in box.status.text()
    entries = vault.audit.list(team.owner, AuditFilter(action="settings.health_basis"))
    assert {e.detail for e in entries} == {
        "basis=explicit_consent during=set_up",  # the vault's creation
        "basis=professional_secrecy",
    }


def test_the_history_tab_shows_the_old_formula_by_role(
    qtbot: QtBot, vault: Vault, team: Team, clock: FakeClock, client: int
) -> None:
    service = vault.catalogue.add(team.owner, ServiceInput("Koloryzacja"))
    visit = vault.treatments.add_visit(
        team.technician, client, VisitInput(TODAY, service, formula=two_bowl_formula())
    )
    clock.advance(hours=26)  # the technician's 24 hours are over: only the owner may edit
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    vault.treatments.edit_visit(owner, visit, VisitInput(TODAY, service, formula=NEW_FORMULA))

    card = ClientCard(vault, owner, client)
    qtbot.addWidget(card)
    tab = card.history_tab
    assert tab is not None and tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == f"Treatment of {date_text(TODAY)}: Koloryzacja"
    assert tab.table.item(0, 2).text() == f"{NAMES[Role.OWNER]} (Owner)"
    earlier = tab.earlier.toPlainText()
    assert "changed by Owner on" in earlier
    assert "7/1" in earlier and "9/16" in earlier and "6/0" not in earlier  # the old bowls

    receptionist = vault.auth.sign_in(NAMES[Role.RECEPTIONIST], PINS[Role.RECEPTIONIST])
    reception = ClientCard(vault, receptionist, client)
    qtbot.addWidget(reception)
    assert reception.history_tab is not None
    reception.show()
    reception.show_tab(reception.history_tab)
    assert reception.history_tab.table.rowCount() == 0  # never a formula for reception
    vault.clients.update(
        receptionist, client, ClientInput("Wiśniewska", "Ola", is_minor=True, guardian="M")
    )
    qtbot.waitUntil(lambda: reception.history_tab.table.rowCount() == 1)  # type: ignore[union-attr]
    assert "Under 18: no" in reception.history_tab.earlier.toPlainText()


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stray confirmation would block the test; none is expected here."""
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)


def test_changing_a_health_item_keeps_the_old_words_in_the_history_tab(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    grant_health_consent(vault, team.owner, client)
    vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, "Latex", Severity.MODERATE
    )
    card = ClientCard(vault, team.technician, client)
    qtbot.addWidget(card)
    card.show()
    tab, history = card.health_tab, card.history_tab
    assert tab is not None and history is not None
    card.show_tab(tab)
    assert tab.change_button.isEnabled()
    dialog = tab.change_selected()
    assert dialog is not None and dialog.text.text() == "Latex"
    qtbot.addWidget(dialog)
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Latex gloves")
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.SEVERE.value))
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.item(0, 1).text() == "Latex gloves")
    card.show_tab(history)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1)
    assert "Description: Latex" in history.earlier.toPlainText()
    assert "Severity: Moderate" in history.earlier.toPlainText()
