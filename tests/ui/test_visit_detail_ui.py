"""A visit you can open (issue 18 item 10): Enter on a history row opens exactly that visit,
with everything the role may see; Edit for whoever may edit now (the reason next to it when
not), Correct for a locked one, the visit's photos, the correction chain. On a salon made the
way a real one is (no demo): services added through the catalogue."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.formulas import Bowl, Component, Formula
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PaymentMethod, VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_photo_consent, two_bowl_formula
from tests.support import NAMES, PINS, FakeClock, Team
from ui.dialogs.client_card import ClientCard
from ui.dialogs.visit_detail import VisitDetailDialog
from ui.dialogs.visit_dialog import VisitDialog, VisitMode
from ui.formats import date_text
from ui.i18n import Translations


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id


@pytest.fixture
def services(vault: Vault, team: Team) -> tuple[int, int]:
    colour = vault.catalogue.add(team.owner, ServiceInput("Colour", price_minor=18000))
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut"))
    return colour, cut


def open_card(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    card.show_tab(card.treatments_tab)
    return card


def opened_detail(card: ClientCard, qtbot: QtBot | None = None) -> VisitDetailDialog:
    """The one visit window open (it opens once the Enter key press is over), and no edit form:
    the key must not reach the new window's default button (found by a newcomer walkthrough)."""

    def shown() -> list[VisitDetailDialog]:
        return [d for d in card.findChildren(VisitDetailDialog) if d.isVisible()]

    if qtbot is not None:
        qtbot.waitUntil(lambda: len(shown()) == 1, timeout=5_000)
        qtbot.wait(50)  # anything the key press would still set off happens now
    found = shown()
    assert len(found) == 1
    assert not [d for d in card.findChildren(VisitDialog) if d.isVisible()]
    return found[0]


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 60, 30)).save(out, "JPEG")
    return out.getvalue()


def test_enter_on_the_highlighted_row_opens_that_visit_in_full(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, services: tuple[int, int]
) -> None:
    colour, cut = services
    older = vault.treatments.add_visit(
        team.technician,
        client_id,
        VisitInput(
            date(2026, 10, 1),
            colour,
            products="Olaplex No.3",
            formula=two_bowl_formula(),
            notes="Warm at the roots; go cooler next time",
            price_minor=18000,
            currency="GBP",
            payment_method=PaymentMethod.CARD,
        ),
    )
    vault.treatments.add_visit(team.technician, client_id, VisitInput(date(2026, 11, 1), cut))
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    history = card.treatment_list
    history.setFocus()
    assert history.currentRow() == 0  # the newest, highlighted
    qtbot.keyClick(history, Qt.Key.Key_Down)
    qtbot.keyClick(history, Qt.Key.Key_Return)
    detail = opened_detail(card, qtbot)
    assert detail.visit_id == older
    shown = {name: label.text() for name, label in detail.values.items()}
    assert shown["date"] == date_text(date(2026, 10, 1)) and shown["service"] == "Colour"
    assert shown["technician"] == NAMES[Role.TECHNICIAN]
    assert NAMES[Role.TECHNICIAN] in shown["recorded"]
    assert shown["formula"].splitlines() == [
        "roots: Wella Koleston · 7/1 30 g + 8/0 10 g · 6% / 20 vol 60 g · 1:1.5 · 35 min",
        "toner: Wella Color Touch · 9/16 20 g · 1.9% / 6 vol 40 g · 1:2 · 20 min",
    ]
    assert shown["products"] == "Olaplex No.3"
    assert shown["notes"] == "Warm at the roots; go cooler next time"
    assert shown["price"] == "£180.00"  # the salon's currency, as the window's language writes it
    assert shown["payment"] == "Card"
    assert detail.edit_button.isEnabled()  # the technician's own entry, within 24 hours
    assert "until" in detail.edit_reason.text()
    opened = vault.audit.list(team.owner, AuditFilter(action="visit.open"))
    assert [e.detail for e in opened] == [
        f"visit={older} fields=corrections,date,formula,notes,payment,price,products,service,"
        "technician"
    ]


def test_receptionist_sees_the_date_and_service_only(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, services: tuple[int, int]
) -> None:
    colour, _cut = services
    vault.treatments.add_visit(
        team.technician,
        client_id,
        VisitInput(date(2026, 10, 1), colour, formula=two_bowl_formula(), notes="private"),
    )
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    qtbot.keyClick(card.treatment_list, Qt.Key.Key_Return)
    detail = opened_detail(card, qtbot)
    assert set(detail.values) == {"date", "service"}
    assert detail.edit_button.isHidden() and detail.correct_button.isHidden()
    assert detail.photos_button.isHidden()
    [opened] = vault.audit.list(team.owner, AuditFilter(action="visit.open"))
    assert opened.detail.endswith("fields=date,service")


def test_edit_within_24_hours_then_locked_with_the_reason_and_corrected(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    clock: FakeClock,
    client_id: int,
    services: tuple[int, int],
) -> None:
    colour, _cut = services
    visit = vault.treatments.add_visit(
        team.technician, client_id, VisitInput(date(2026, 11, 22), colour, notes="first")
    )
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    detail = card.treatments_tab.open_current()
    assert detail is not None and detail.edit_button.isEnabled()
    editing = detail.edit()
    assert isinstance(editing, VisitDialog) and editing.mode is VisitMode.EDIT
    assert editing.notes.text() == "first"
    editing.notes.setText("first, toned")
    editing.save()
    assert not editing.isVisible()
    assert detail.values["notes"].text() == "first, toned"  # re-read after the change
    detail.close()

    clock.advance(hours=25)  # the sessions of this morning are over too: sign in again
    session = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    locked = VisitDetailDialog(vault, session, client_id, visit)
    qtbot.addWidget(locked)
    locked.show()
    assert not locked.edit_button.isEnabled() and locked.edit_button.isVisible()
    reason = locked.edit_reason.text()
    assert reason.startswith("Locked") and "24 hours" in reason and "correction" in reason
    assert locked.correct_button.isVisible()
    correcting = locked.correct()
    assert correcting is not None and correcting.mode is VisitMode.CORRECT
    assert correcting.windowTitle() == "Correct treatment"
    correcting.notes.setText("first, toned; 9/16 was too ashy")
    correcting.save()
    assert not correcting.isVisible() and correcting.visit_id not in (None, visit)
    # The original stays, the correction is a new entry pointing back to it.
    assert locked.values["notes"].text() == "first, toned"
    assert locked.corrections.count() == 1
    assert NAMES[Role.TECHNICIAN] in locked.corrections.item(0).text()
    history = vault.treatments.history(owner, client_id)
    assert [v.corrects_visit_id for v in history] == [visit, None]
    # Enter on the correction opens it, and it says what it corrects.
    locked.corrections.setFocus()
    qtbot.keyClick(locked.corrections, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in locked.findChildren(VisitDetailDialog)), timeout=5_000
    )
    [correction] = [d for d in locked.findChildren(VisitDetailDialog) if d.isVisible()]
    assert correction.visit_id == correcting.visit_id
    assert date_text(date(2026, 11, 22)) in correction.values["corrects"].text()


def test_someone_elses_visit_says_why_edit_is_off_and_the_owner_may_edit(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, services: tuple[int, int]
) -> None:
    colour, _cut = services
    visit = vault.treatments.add_visit(
        team.owner, client_id, VisitInput(date(2026, 11, 20), colour)
    )
    technician = VisitDetailDialog(vault, team.technician, client_id, visit)
    qtbot.addWidget(technician)
    assert not technician.edit_button.isEnabled()
    assert "Someone else recorded" in technician.edit_reason.text()
    owner = VisitDetailDialog(vault, team.owner, client_id, visit)
    qtbot.addWidget(owner)
    assert owner.edit_button.isEnabled() and owner.edit_reason.text() == ""


def test_the_visits_photos_open_with_consent_and_are_withheld_without(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client_id: int,
    services: tuple[int, int],
    translations: Translations,  # English plural forms come from the English .qm
) -> None:
    colour, _cut = services
    visit = vault.treatments.add_visit(
        team.technician, client_id, VisitInput(date(2026, 11, 20), colour)
    )
    without = VisitDetailDialog(vault, team.technician, client_id, visit)
    qtbot.addWidget(without)
    assert "consent is not active" in without.values["photos"].text()
    assert without.photos_button.isHidden()
    grant_photo_consent(vault, team.owner, client_id)
    vault.photos.add_photo(team.technician, client_id, jpeg(), "before", visit)
    vault.photos.add_photo(team.technician, client_id, jpeg(), "after", visit)
    detail = VisitDetailDialog(vault, team.technician, client_id, visit)
    qtbot.addWidget(detail)
    detail.show()
    assert detail.values["photos"].text() == "2 photos of this treatment"
    viewer = detail.show_photos()
    assert viewer is not None and len(viewer.photos) == 2
    assert viewer.windowTitle() == "Compare before and after"
    viewer.close()


def test_a_one_bowl_formula_without_labels_reads_as_before(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, services: tuple[int, int]
) -> None:
    colour, _cut = services
    formula = Formula((Bowl(brand="Wella", components=(Component("7/0", Decimal(40)),)),))
    visit = vault.treatments.add_visit(
        team.owner, client_id, VisitInput(date(2026, 11, 20), colour, formula=formula)
    )
    detail = VisitDetailDialog(vault, team.owner, client_id, visit)
    qtbot.addWidget(detail)
    assert detail.values["formula"].text() == "Bowl 1: Wella · 7/0 40 g"
