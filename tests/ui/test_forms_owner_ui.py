"""Settings, Service records: the owner chooses by keyboard which services a consultation form
guards, on a clinic as set-up makes it (create_vault, no demo, no starter services); a
technician's visit of that service is then stopped by an unreviewed red flag (decision 0038)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import RedFlagReviewRequired
from salonvault.domain.forms import YES
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import FakeClock
from ui.pages.forms_owner_box import GUARDS, ConsultationFormsBox, FormServicesDialog

LASER = BuiltInForm.LASER_IPL.value
OWNER, OWNER_PIN = "Lan Nguyen", "482913"
TECHNICIAN, TECHNICIAN_PIN = "Mai Tran", "739164"


@pytest.fixture
def clinic(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    salon = SalonDetails("Lan Aesthetics", kinds=(BusinessKind.CLINIC,))
    vault = create_vault(
        tmp_path / "clinic", salon, OWNER, OWNER_PIN, tmp_path / "key", device_store, clock
    )
    owner = vault.auth.sign_in(OWNER, OWNER_PIN)
    vault.staff.add(owner, TECHNICIAN, Role.TECHNICIAN, TECHNICIAN_PIN)
    vault.auth.sign_out(owner)
    try:
        yield vault
    finally:
        vault.close()


def open_dialog(qtbot: QtBot) -> FormServicesDialog:
    found: list[FormServicesDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, FormServicesDialog) and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def test_the_owner_ticks_a_service_for_the_laser_form_and_its_red_flag_then_blocks_a_visit(
    qtbot: QtBot, clinic: Vault
) -> None:
    owner = clinic.auth.sign_in(OWNER, OWNER_PIN)
    box = ConsultationFormsBox(clinic, owner)
    qtbot.addWidget(box)
    box.show()
    # A new salon without services: the button is off and says why.
    assert not box.services_button.isEnabled()
    assert box.reason.text() == "The salon has no services yet: add them under Services first."
    laser = clinic.catalogue.add(owner, ServiceInput("Laser hair removal"))
    clinic.catalogue.add(owner, ServiceInput("Manicure"))
    qtbot.waitUntil(box.services_button.isEnabled)  # the box follows the catalogue's notices
    assert box.reason.text() == ""
    # By keyboard: arrows to the laser form's row, Space on the button, Space ticks, Enter saves.
    box.table.setFocus()
    while (current := box.current()) is not None and current.form_key != LASER:
        before = box.table.currentRow()
        qtbot.keyClick(box.table, Qt.Key.Key_Down)
        assert box.table.currentRow() == before + 1, "the laser form is in the list"
    laser_row = box.table.currentRow()
    assert box.table.item(laser_row, GUARDS).text() == "no service yet"
    box.services_button.setFocus()
    qtbot.keyClick(box.services_button, Qt.Key.Key_Space)
    dialog = open_dialog(qtbot)
    names = [dialog.services.item(i).text() for i in range(dialog.services.count())]
    assert names == ["Laser hair removal", "Manicure"]
    dialog.services.setFocus()
    assert dialog.services.currentRow() == 0
    qtbot.keyClick(dialog.services, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.services, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert clinic.forms.services_of(owner, LASER) == [laser]
    qtbot.waitUntil(lambda: box.table.item(laser_row, GUARDS).text() == "Laser hair removal")
    client = clinic.clients.create(owner, ClientInput("Trần", "Thị Mai", language="vi")).id
    grant_health_consent(clinic, owner, client)  # consent: the default legal basis
    clinic.auth.sign_out(owner)

    # The technician's visit of that service: a red flag not yet reviewed stops it.
    technician = clinic.auth.sign_in(TECHNICIAN, TECHNICIAN_PIN)
    definition = clinic.forms.form(technician, LASER).definition
    answers = harmless_answers(definition, pregnant=YES)
    clinic.forms.fill(technician, client, LASER, "vi", answers, signature_png())
    [check] = clinic.forms.check(technician, client, laser)
    assert check.blocks
    visit = VisitInput(visited_on=date(2026, 11, 22), service_id=laser)
    with pytest.raises(RedFlagReviewRequired) as refused:
        clinic.treatments.add_visit(technician, client, visit)
    assert refused.value.flag_ids == list(check.unreviewed_blocking)
    manicure = next(s.id for s in clinic.catalogue.services(technician) if s.id != laser)
    clinic.treatments.add_visit(technician, client, VisitInput(date(2026, 11, 22), manicure))
