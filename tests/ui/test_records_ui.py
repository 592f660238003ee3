"""Service records in the window (issue 22 items 1, 2 and 6; decision 0029 "The window"): an
optician made the way a real salon is records a prescription with the keyboard only and prints
it; refusals show under the value they name; the card's timeline is newest first with the
changes set off; a receptionist sees the record but not its health-marked values."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.records import AcuityNotation, CylinderNotation, FieldKind, RecordInput
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.helpers import grant_health_consent
from tests.support import FakeClock, Team
from tests.test_consent_pdf import pdftotext
from tests.ui.test_printouts_ui import pdf_printer
from ui.dialogs.client_card import ClientCard
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.visit_detail import VisitDetailDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.formats import date_text
from ui.pages.record_templates_box import NotationBox, RecordTemplatesBox, ServicesChoiceDialog
from ui.widgets.record_inputs import NumberInput

OPTICIAN_PIN = "482913"
PRESCRIPTION: dict[str, Any] = {
    "rx": {
        "right": {"sphere": "-1.00", "cylinder": "-0.50", "axis": 180, "acuity": "6/6", "pd": 31},
        "left": {"sphere": "-0.75", "pd": "32.5"},
    },
    "examiner": "Jan Kowalski",
    "examined_on": "2026-11-20",
    "valid_until": "2028-11-20",
    "notes": "Computer work all day",
}


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """An optician's shop as set-up makes it: no demo, no starter services."""
    salon = SalonDetails("Optyk Lis", language="pl", kinds=(BusinessKind.OPTICIAN,))
    vault = create_vault(
        tmp_path / "optyk", salon, "Ewa Lis", OPTICIAN_PIN, tmp_path / "key", device_store, clock
    )
    try:
        yield vault
    finally:
        vault.close()


def open_records(qtbot: QtBot, vault: Vault, session: Session, client: int) -> ClientCard:
    card = ClientCard(vault, session, client)
    qtbot.addWidget(card)
    card.show()
    card.show_tab(card.records_tab)
    qtbot.waitUntil(lambda: card.records_tab._loaded)
    return card


def active_dialog(qtbot: QtBot) -> RecordDialog:
    found: list[RecordDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog)
                    and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def type_into(qtbot: QtBot, dialog: RecordDialog, path: str, text: str) -> None:
    """Focus the box the way Tab would reach it, and type."""
    box = dialog.inputs[path].focus
    box.setFocus()
    qtbot.keyClicks(box, text)


def test_an_optician_records_a_prescription_by_keyboard_and_prints_it(
    qtbot: QtBot, optician: Vault, tmp_path: Path
) -> None:
    owner = optician.auth.sign_in("Ewa Lis", OPTICIAN_PIN)
    client = optician.clients.create(owner, ClientInput("Nowak", "Anna")).id
    grant_health_consent(optician, owner, client)  # a prescription is health data (0031)
    card = open_records(qtbot, optician, owner, client)
    tab = card.records_tab
    assert tab.timeline.count() == 0 and tab.empty_hint.isVisible()
    [action] = tab.add_menu.actions()  # the only record kept for the client: the prescription
    assert action.text() == "Spectacle prescription"
    action.trigger()
    dialog = active_dialog(qtbot)
    assert dialog.inputs["examiner"].raw() == "Ewa Lis"  # whoever is signed in
    assert dialog.inputs["examined_on"].raw() == "2026-11-22"  # today
    # Right eye: -1.00 by the arrow keys (four steps of 0.25 down), cylinder typed off-step.
    sphere = dialog.inputs["rx.right.sphere"]
    assert isinstance(sphere, NumberInput)
    sphere.box.setFocus()
    for _ in range(4):
        qtbot.keyClick(sphere.box, Qt.Key.Key_Down)
    assert sphere.raw() == "-1.00"
    type_into(qtbot, dialog, "rx.right.cylinder", "-0.6")
    type_into(qtbot, dialog, "rx.left.sphere", "-0.75")
    qtbot.keyClick(dialog.inputs["rx.left.sphere"].focus, Qt.Key.Key_Return)  # Enter saves
    axis_line = dialog.errors["rx.right.cylinder"]
    assert axis_line.isVisible() and axis_line.text() == "In steps of 0.25 D."
    assert dialog.isVisible()
    # Fixed: the cylinder on its step; now the axis is missing, said under the axis.
    cylinder = dialog.inputs["rx.right.cylinder"].focus
    cylinder.setFocus()
    qtbot.keyClick(cylinder, Qt.Key.Key_Up)  # -0.6 goes to the next step up, -0.50
    assert dialog.inputs["rx.right.cylinder"].raw() == "-0.50"
    qtbot.keyClick(cylinder, Qt.Key.Key_Return)
    assert not dialog.errors["rx.right.cylinder"].isVisible()
    assert dialog.errors["rx.right.axis"].text() == "Needed because Cylinder is given."
    assert dialog.focusWidget() is dialog.inputs["rx.right.axis"].focus  # focus on the fault
    qtbot.keyClicks(dialog.inputs["rx.right.axis"].focus, "180")
    qtbot.keyClick(dialog.inputs["rx.right.axis"].focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.record_id is not None
    # The card's timeline shows it (it follows the change notice), and the paper prints.
    qtbot.waitUntil(lambda: tab.timeline.count() == 1)
    assert tab.view.values["rx.right.sphere"].text() == "\u22121.00 D"
    assert tab.view.values["rx.right.axis"].text() == "180 °"
    printed = tmp_path / "printed.pdf"
    assert tab.print_prescription(pdf_printer(printed))
    assert printed.stat().st_size > 0
    saved = tab.save_prescription(tmp_path / "rx.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    text = pdftotext(saved.read_bytes())
    assert "Nowak Anna" in text or "Anna Nowak" in text
    assert "Prawe (OP)" in text and "1.00" in text and "0.50" in text and "180°" in text
    uses = optician.audit.list(owner, AuditFilter(action="record.print_rx"))
    assert len(uses) == 2


def add_rx(vault: Vault, session: Session, client: int, **changes: Any) -> int:
    return vault.records.add_record(
        session, client, RecordInput("spectacle_rx", {**PRESCRIPTION, **changes})
    )


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    client = vault.clients.create(team.owner, ClientInput("Nowak", "Anna", language="pl")).id
    grant_health_consent(vault, team.owner, client)  # health-marked fields rest on it (0031)
    return client


def test_the_timeline_is_newest_first_with_the_changes_set_off(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    older = add_rx(vault, team.technician, client)
    newer_rx = {
        "right": {**PRESCRIPTION["rx"]["right"], "sphere": "-1.50"},
        "left": PRESCRIPTION["rx"]["left"],
    }
    newer = vault.records.add_record(
        team.technician,
        client,
        RecordInput("spectacle_rx", {**PRESCRIPTION, "rx": newer_rx}, date(2026, 11, 22)),
    )
    card = open_records(qtbot, vault, team.technician, client)
    tab = card.records_tab
    rows = [tab.timeline.item(i).text() for i in range(tab.timeline.count())]
    assert [r.id for r in tab.records] == [newer, older]
    day = date_text(date(2026, 11, 22))
    assert rows[0].startswith(f"{day}  Spectacle prescription  ·  1 change")
    assert rows[1] == f"{day}  Spectacle prescription"
    assert tab.current_id() == newer
    assert tab.view.changed == {"rx.right.sphere"}
    assert tab.view.values["rx.right.sphere"].text() == "\u22121.50 D"
    assert "font-weight: bold" in tab.view.values["rx.right.sphere"].styleSheet()
    assert tab.view.values["rx.left.sphere"].styleSheet() == ""
    tab.timeline.setCurrentRow(1)
    assert tab.view.changed == set()  # the first record has nothing to compare with


def test_a_receptionist_sees_the_record_without_its_health_values(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    add_rx(vault, team.technician, client)
    card = open_records(qtbot, vault, team.receptionist, client)
    tab = card.records_tab
    assert tab.timeline.count() == 1
    shown = tab.view.text()
    assert "Jan Kowalski" in shown and date_text(date(2028, 11, 20)) in shown  # not health data
    assert "31.0 mm" in shown
    for secret in ("1.00", "0.50", "180", "6/6", "Computer work"):
        assert secret not in shown
    assert tab.view.findChild(object, "withheldNote") is not None
    assert "rx.right.sphere" not in tab.view.values
    assert not tab.add_button.isVisible() and not tab.paper_button.isVisible()


def test_a_lash_map_is_recorded_right_after_the_treatment_from_the_visit_dialog(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    """The treatment first (the record needs its visit), then the lash map's zone table; the
    treatment opened later lists the record, and a refusal names the zone's box."""
    lashes = vault.catalogue.add(team.owner, ServiceInput("Lash extensions"))
    vault.record_templates.set_services(team.owner, "lash_map", [lashes])
    dialog = VisitDialog(vault, team.technician, client)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.service.setCurrentIndex(dialog.service.findData(lashes))
    offered = [dialog.record_after.itemText(i) for i in range(dialog.record_after.count())]
    assert "Lash map" in offered and "Spectacle prescription" not in offered
    dialog.record_after.setCurrentIndex(offered.index("Lash map"))
    dialog.save()
    assert dialog.visit_id is not None and dialog.record_dialog is not None
    form = dialog.record_dialog
    assert form.visit_id == dialog.visit_id and form.isVisible()
    form.inputs["technique"].set_value("classic")
    form.inputs["zones.outer.length"].set_value(Decimal("12.3"))
    form.inputs["zones.outer.curl"].set_value("C")
    form.inputs["zones.outer.thickness"].set_value(Decimal("0.15"))
    form.save()
    assert form.errors["zones.outer.length"].text() == "In steps of 0.5 mm."
    form.inputs["zones.outer.length"].set_value(Decimal("12.5"))
    form.save()
    assert not form.isVisible() and form.record_id is not None
    detail = VisitDetailDialog(vault, team.technician, client, dialog.visit_id)
    qtbot.addWidget(detail)
    assert [detail.record_list.item(i).text() for i in range(detail.record_list.count())] == [
        "Lash map"
    ]
    opened = detail._open_record(detail.record_list.item(0))
    qtbot.addWidget(opened)
    assert opened.view.values["zones.outer.length"].text() == "12.5 mm"
    assert opened.edit_button.isEnabled()  # the technician's own, within 24 hours


def test_the_owner_sets_the_notation_and_copies_a_template_with_a_new_health_field(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    add_rx(vault, team.technician, client)  # -1.00 / -0.50 x 180 as the examiner wrote it
    notation = NotationBox(vault, team.owner)
    qtbot.addWidget(notation)
    notation.cylinder.setCurrentIndex(notation.cylinder.findData(CylinderNotation.PLUS))
    notation.acuity.setCurrentIndex(notation.acuity.findData(AcuityNotation.FEET))
    assert notation.save() and notation.status.text() == "Saved."
    card = open_records(qtbot, vault, team.technician, client)
    values = card.records_tab.view.values
    # Transposed for the plus-cylinder salon: -1.50 / +0.50 x 90; 6/6 is 20/20.
    assert [values[f"rx.right.{k}"].text() for k in ("sphere", "cylinder", "axis")] == [
        "\u22121.50 D",
        "+0.50 D",
        "90 °",
    ]
    assert values["rx.right.acuity"].text() == "20/20"

    box = RecordTemplatesBox(vault, team.owner)
    qtbot.addWidget(box)
    box.select("skin_analysis")
    assert not box.fields_button.isEnabled() and "copy it" in box.reason.text()
    key = box.copy_selected("Skin, our way")
    assert key is not None and box.current() is not None
    assert box.fields_button.isEnabled()
    fields = box.edit_fields()
    assert fields is not None
    qtbot.addWidget(fields)
    fitzpatrick = fields.fields.item(0)
    assert fitzpatrick.checkState() == Qt.CheckState.Checked
    assert not fitzpatrick.flags() & Qt.ItemFlag.ItemIsEnabled  # the built-in's mark stays
    fields.new_label.setText("Peel strength")
    fields.new_kind.setCurrentIndex(fields.new_kind.findData(FieldKind.NUMBER))
    fields.new_unit.setText("%")
    fields.new_minimum.setText("5")
    fields.new_maximum.setText("70")
    fields.new_step.setText("5")
    fields.new_health.setChecked(True)
    assert fields.add_new_field() is not None
    fields.save()
    assert not fields.isVisible() and fields.saved is not None
    saved = fields.saved.definition.field("peel_strength")
    assert saved is not None and saved.health and saved.unit == "%"
    assert fields.saved.version == 2
    assert box.status.text() == "Skin, our way: version 2 saved."  # no more "add fields"
    facial = vault.catalogue.add(team.owner, ServiceInput("Facial peel"))
    box.select(key)
    services = box.choose_services()
    assert isinstance(services, ServicesChoiceDialog)
    qtbot.addWidget(services)
    services.services.item(0).setCheckState(Qt.CheckState.Checked)
    services.save()
    offered = vault.record_templates.templates_for_service(team.technician, facial)
    assert key in {t.key for t in offered}
    box.select("laser_ipl")
    assert box.toggle_selected()
    assert "laser_ipl" not in {t.key for t in vault.record_templates.templates(team.owner)}
