"""Formulas as colourists write them, in the visit dialog (issue 18 item 11): bowls added and
removed, named from the suggestions or freely, shades with grams, developer % / vol and grams,
ratio, minutes; each broken rule worded next to the bowl and field at fault; Repeat last
formula; usable at 1024 x 700 and by keyboard. On a salon made the way a real one is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.formulas import MAX_BOWLS
from salonvault.domain.treatments import PaymentMethod, VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.helpers import two_bowl_formula
from tests.support import FakeClock, Team
from ui.dialogs.formula_editor import BowlEditor
from ui.dialogs.visit_dialog import VisitDialog


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    vault.catalogue.add(team.owner, ServiceInput("Colour and toner"))
    return vault.clients.create(team.owner, ClientInput("Lê", "Thu")).id


def visit_dialog(qtbot: QtBot, vault: Vault, team: Team, client_id: int) -> VisitDialog:
    dialog = VisitDialog(vault, team.technician, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_bowl(
    bowl: BowlEditor,
    label: str,
    brand: str,
    shades: list[tuple[str, str]],
    developer: str,
    developer_grams: str,
    ratio: str,
    minutes: int,
) -> None:
    bowl.label.setCurrentText(label)
    bowl.brand.setText(brand)
    while len(bowl.rows) < len(shades):
        bowl.add_shade()
    for row, (shade, grams) in zip(bowl.rows, shades, strict=False):
        row.shade.setText(shade)
        row.grams.setText(grams)
    bowl.developer.setText(developer)
    bowl.developer_grams.setText(developer_grams)
    bowl.ratio.setText(ratio)
    bowl.minutes.setValue(minutes)


def type_two_bowls(qtbot: QtBot, dialog: VisitDialog) -> tuple[BowlEditor, BowlEditor]:
    roots = dialog.formula_editor.bowls[0]
    type_bowl(
        roots, "roots", "Wella Koleston", [("7/1", "30"), ("8/0", "10")], "6% / 20 vol", "60",
        "1:1.5", 35,
    )  # fmt: skip
    toner = dialog.formula_editor.add_bowl()
    assert toner is not None
    qtbot.waitUntil(toner.isVisible)  # Qt shows a widget added to a shown layout a beat later
    type_bowl(toner, "toner", "Wella Color Touch", [("9/16", "20")], "1,9% / 6 vol", "", "1:2", 20)
    return roots, toner


def test_a_two_bowl_formula_is_saved_as_the_colourist_wrote_it(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    dialog = visit_dialog(qtbot, vault, team, client_id)
    roots, toner = type_two_bowls(qtbot, dialog)
    assert toner.title() == "Bowl 2"
    # The suggestions are offered in the user's language; the developer is worked out.
    assert "mid-lengths and ends" in [roots.label.itemText(i) for i in range(roots.label.count())]
    assert toner.developer_grams.placeholderText() == "40 (from the ratio)"
    dialog.save()
    assert dialog.visit_id is not None and not dialog.isVisible()
    [visit] = vault.treatments.history(team.owner, client_id)
    assert visit.formula == two_bowl_formula()


def test_a_bowl_named_freely_and_bowls_removed(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    dialog = visit_dialog(qtbot, vault, team, client_id)
    editor = dialog.formula_editor
    first = editor.bowls[0]
    type_bowl(first, "", "", [("6/0", "")], "", "", "", 0)
    second = editor.add_bowl()
    assert second is not None
    type_bowl(second, "face frame", "Goldwell", [("10/0", "15")], "3%", "", "1:2", 30)
    for _ in range(MAX_BOWLS - 2):
        editor.add_bowl()
    assert not editor.add_bowl_button.isEnabled()
    assert "at most 6 bowls" in editor.add_bowl_button.toolTip()
    for extra in editor.bowls[2:]:
        editor.remove_bowl(extra)
    editor.remove_bowl(first)
    assert [b.title() for b in editor.bowls] == ["Bowl 1"] and editor.add_bowl_button.isEnabled()
    dialog.save()
    [visit] = vault.treatments.history(team.owner, client_id)
    [bowl] = visit.formula.bowls
    assert bowl.label == "face frame" and bowl.brand == "Goldwell"
    assert bowl.developer is not None and bowl.developer.volume is None  # 3 % as written


@pytest.mark.parametrize(
    ("where", "typed", "message", "field"),
    [
        ("developer", "6% / 30 vol", "6% developer is 20 vol, not 30 vol.", "developer"),
        ("developer", "6 percent", "Write the developer as 6%, 20 vol or 6% / 20 vol.",
         "developer"),
        ("ratio", "2:1", "Write the mixing ratio as 1:1, 1:1.5 or 1:2.", "ratio"),
        ("ratio", "1:15", "The mixing ratio is 1:x with x from 0.5 to 4.", "ratio"),
        ("grams", "300", "Shade 1: Grams of a shade: more than 0 and at most 250 g", "grams"),
        ("grams", "thirty", "Shade 1: Write grams as a number", "grams"),
        ("developer_grams", "45", "20 g of colour at 1:2 needs 40 g of developer, not 45 g.",
         "developer_grams"),
        ("minutes", "350", "The processing time is 1 to 120 minutes.", "minutes"),
        ("shade", "", "Shade 1: write the shade before its grams.", "shade"),
    ],
)  # fmt: skip
def test_each_broken_rule_is_said_in_the_bowl_at_fault_next_to_its_field(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client_id: int,
    where: str,
    typed: str,
    message: str,
    field: str,
) -> None:
    dialog = visit_dialog(qtbot, vault, team, client_id)
    roots, toner = type_two_bowls(qtbot, dialog)
    if where == "minutes":
        toner.minutes.setValue(int(typed))
    elif where in ("grams", "shade"):
        getattr(toner.rows[0], where).setText(typed)
    else:
        getattr(toner, where).setText(typed)
    dialog.activateWindow()
    dialog.save()
    assert dialog.isVisible() and dialog.visit_id is None
    assert not roots.error.isVisible()
    assert toner.error.isVisible() and toner.error.text().startswith(message)
    expected = toner.rows[0].grams if field == "grams" else getattr(toner, field, None)
    if field == "shade":
        expected = toner.rows[0].shade
    assert QApplication.focusWidget() is expected
    assert dialog.general_error.text() == ""
    assert vault.treatments.history(team.owner, client_id) == []


def test_repeat_last_formula_says_when_there_is_none_then_copies_it(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    dialog = visit_dialog(qtbot, vault, team, client_id)
    assert dialog.repeat_button.isVisible()
    assert dialog.repeat_last_formula() is False
    assert "no earlier treatment of this client has a formula" in dialog.repeat_message.text()
    dialog.close()
    [service] = vault.treatments.services(team.owner)
    vault.treatments.add_visit(
        team.owner,
        client_id,
        VisitInput(date(2026, 10, 3), service.id, formula=two_bowl_formula()),
    )
    dialog = visit_dialog(qtbot, vault, team, client_id)
    assert dialog.repeat_last_formula() is True
    editor = dialog.formula_editor
    assert [b.label.currentText() for b in editor.bowls] == ["roots", "toner"]
    assert editor.bowls[0].rows[0].grams.text() == "30"
    assert editor.bowls[1].ratio.text() == "1:2"
    editor.bowls[0].minutes.setValue(40)  # adjusted for today
    dialog.save()
    newest = vault.treatments.history(team.owner, client_id)[0]
    assert newest.visited_on == date(2026, 11, 22)
    assert newest.formula.bowls[0].processing_minutes == 40
    assert newest.formula.bowls[1] == two_bowl_formula().bowls[1]
    repeats = vault.audit.list(team.owner, AuditFilter(action="formula.repeat"))
    assert [e.detail.startswith("visit=") for e in repeats] == [True, True]


def test_the_dialog_fits_1024_by_700_and_tab_runs_through_new_bowls(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    dialog = visit_dialog(qtbot, vault, team, client_id)
    for _ in range(3):
        dialog.formula_editor.add_bowl()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in dialog.formula_editor.bowls))
    assert dialog.width() <= 1024 and dialog.height() <= 700
    assert dialog.minimumSizeHint().height() <= 700  # a long formula scrolls instead
    first, second = dialog.formula_editor.bowls[:2]
    dialog.activateWindow()
    first.remove_button.setFocus()
    qtbot.keyClick(first.remove_button, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is second.label or focused is second.label.lineEdit()
    last = dialog.formula_editor.bowls[-1]
    last.remove_button.setFocus()
    qtbot.keyClick(last.remove_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.formula_editor.add_bowl_button
    qtbot.keyClick(dialog.formula_editor.add_bowl_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.notes


def test_a_polish_salon_made_by_set_up_prices_in_zloty_with_the_payment_chosen(
    qtbot: QtBot, tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """A salon made the way a real one is (set-up with its details and a starter service),
    no demo: the service's usual price is offered in złoty, the payment method is kept."""
    salon = SalonDetails(
        "Salon Ewa",
        language="pl",
        services=(ServiceInput("Koloryzacja", price_minor=25050, requires_patch_test=False),),
    )
    vault = create_vault(
        tmp_path / "salon", salon, "Ewa Nowak", "482913", tmp_path / "key.txt", device_store, clock
    )
    try:
        owner = vault.auth.sign_in("Ewa Nowak", "482913")
        client = vault.clients.create(owner, ClientInput("Wójcik", "Ola")).id
        dialog = VisitDialog(vault, owner, client)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.service.currentText() == "Koloryzacja"
        assert dialog.price.text() == "250.50"  # the service's usual price, editable
        assert "PLN" in dialog.price.accessibleName()
        dialog.price.setText("230,00")
        dialog.payment.setCurrentIndex(dialog.payment.findData(PaymentMethod.CARD))
        dialog.save()
        assert not dialog.isVisible()
        [visit] = vault.treatments.history(owner, client)
        assert (visit.price_minor, visit.currency) == (23000, "PLN")
        assert visit.payment_method is PaymentMethod.CARD
    finally:
        vault.close()
