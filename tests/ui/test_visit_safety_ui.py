"""Safety at the point of service in the window (issue 22 item 3), on a hair salon made the way
a real one is (create_vault with its kind and starter services, not the demo): a technician
adding a colour visit for a client with a PPD allergy sees the allergy named and must tick the
acknowledgement, which is logged; a receptionist sees only that there is an alert and whom to
ask; the card's banner names severe items first, moderate ones too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.contraindications import VisitSafety
from salonvault.domain.roles import Role
from salonvault.domain.treatments import SalonService
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import Vault
from tests.helpers import grant_health_consent, made_salon
from tests.support import FakeClock, Team
from tests.ui.support import sign_in_as
from tests.ui.test_palette import contrast, dark_palette
from ui.dialogs.client_card import ClientCard
from ui.dialogs.service_dialog import ServiceDialog
from ui.dialogs.visit_safety_box import ContraindicationBox, HealthAlertsLine
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


@pytest.fixture
def hair_salon(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    made = made_salon(tmp_path / "hair", (BusinessKind.HAIR,), device_store, clock)
    yield made
    made.close()


@pytest.fixture
def hair_shell(
    qtbot: QtBot, hair_salon: Vault, translations: Translations, operations: Operations
) -> ShellWindow:
    window = ShellWindow(hair_salon, translations, operations)
    qtbot.addWidget(window)
    window.show()
    return window


def _client_with_alerts(vault: Vault) -> tuple[int, int]:
    team = Team(vault)
    client = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    grant_health_consent(vault, team.owner, client)
    ppd = vault.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, "PPD allergy", Severity.SEVERE
    )
    vault.clients.add_health_item(
        team.owner, client, HealthKind.CONDITION, "Asthma", Severity.MODERATE
    )
    vault.clients.add_health_item(team.owner, client, HealthKind.ALLERGY, "Nickel", Severity.LOW)
    return client, ppd


def _card(qtbot: QtBot, shell: ShellWindow, role: Role, client: int) -> ClientCard:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    card = page.open_client(client)
    assert card is not None
    qtbot.addWidget(card)
    return card


def test_a_technician_sees_the_ppd_allergy_named_and_must_acknowledge_it(
    qtbot: QtBot, hair_shell: ShellWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = hair_shell.vault
    client, ppd = _client_with_alerts(vault)
    card = _card(qtbot, hair_shell, Role.TECHNICIAN, client)
    banner = card.alert_banner.text()
    # Severe first, moderate too, named; the low one counted.
    assert banner.index("PPD allergy") < banner.index("Asthma")
    assert "Nickel" not in banner and "1" in banner

    dialog = card.add_visit()
    qtbot.waitExposed(dialog)
    assert "PPD allergy" in dialog.health_alerts.text() and dialog.health_alerts.isVisible()
    box = dialog.contraindication
    dialog.service.setCurrentIndex(dialog.service.findText("Men's cut"))
    assert not box.isVisible()  # a cut declares nothing
    dialog.service.setCurrentIndex(dialog.service.findText("Full-head colour"))
    assert box.isVisible()
    assert "PPD allergy (Allergy, Severe)" in box.matches.text()
    assert "PPD (para-phenylenediamine, hair dye)" in box.matches.text()
    assert not box.acknowledge.isChecked()

    patch_warnings: list[str] = []

    def go_ahead(*args: object) -> QMessageBox.StandardButton:
        patch_warnings.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", go_ahead)
    dialog.save()  # not acknowledged: refused, the dialog stays, the box is pointed at
    assert dialog.isVisible() and dialog.visit_id is None
    assert dialog.errors["contraindication"].isVisible()
    assert dialog.focusWidget() is box.acknowledge
    assert vault.treatments.history(Team(vault).owner, client) == []

    qtbot.keyClick(box.acknowledge, Qt.Key.Key_Space)  # ticked with the keyboard
    assert box.acknowledge.isChecked()
    dialog.save()
    assert patch_warnings  # no patch test on file either: asked separately
    assert dialog.visit_id is not None and not dialog.isVisible()
    owner = Team(vault).owner
    [override] = vault.audit.list(owner, AuditFilter(action="visit.contraindication_override"))
    assert override.role == "technician" and override.detail == f"terms=ppd items={ppd}"


def test_a_new_choice_of_service_asks_again(qtbot: QtBot, hair_shell: ShellWindow) -> None:
    client, _ppd = _client_with_alerts(hair_shell.vault)
    card = _card(qtbot, hair_shell, Role.TECHNICIAN, client)
    dialog = card.add_visit()
    dialog.service.setCurrentIndex(dialog.service.findText("Full-head colour"))
    dialog.contraindication.acknowledge.setChecked(True)
    dialog.service.setCurrentIndex(dialog.service.findText("Root colour"))
    assert dialog.contraindication.isVisible()
    assert not dialog.contraindication.acknowledge.isChecked()


def test_a_receptionist_sees_only_that_there_is_an_alert_and_whom_to_ask(
    qtbot: QtBot, hair_shell: ShellWindow
) -> None:
    client, _ppd = _client_with_alerts(hair_shell.vault)
    card = _card(qtbot, hair_shell, Role.RECEPTIONIST, client)
    banner = card.alert_banner.text()
    assert card.alert_banner.isVisible()
    assert "Severe health alert" in banner and "Owner or Technician" in banner
    for text in ("PPD", "Asthma", "Nickel"):
        assert text not in banner
    assert card.health_tab is None
    assert card.add_visit_button.isHidden()


def test_the_owner_sets_a_services_contraindications_on_its_form(
    qtbot: QtBot, hair_shell: ShellWindow
) -> None:
    vault = hair_shell.vault
    sign_in_as(qtbot, hair_shell, Role.OWNER)
    session = hair_shell.session
    assert session is not None
    [perm] = [s for s in vault.catalogue.services(session) if s.name == "Perm"]
    dialog = ServiceDialog(vault, session, perm, [])
    qtbot.addWidget(dialog)
    assert dialog.chosen_contraindications() == ()
    terms = dialog.built_in_terms
    for row in range(terms.count()):
        if terms.item(row).data(Qt.ItemDataRole.UserRole) == "pregnancy":
            terms.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.own_terms.setText("thioglycolate; ammonia")
    dialog.save()
    assert not dialog.isVisible()
    [saved] = [s for s in vault.catalogue.services(session) if s.id == perm.id]
    assert saved.contraindications == ("pregnancy", "thioglycolate", "ammonia")
    again = ServiceDialog(vault, session, saved, [])
    qtbot.addWidget(again)
    assert again.chosen_contraindications() == saved.contraindications
    assert again.own_terms.text() == "thioglycolate, ammonia"


def test_a_role_that_may_not_read_health_is_told_whom_to_ask_in_the_dialog_box(
    qtbot: QtBot,
) -> None:
    """The box as a role without health access would get it (VisitSafety.items None): that the
    service has a contraindication on this record, and whom to ask; no text to show."""
    safety = VisitSafety(
        items=None,
        has_alerts=True,
        has_severe_alert=False,
        contraindicated_services=frozenset({7}),
        ask=(Role.OWNER, Role.TECHNICIAN),
    )
    line = HealthAlertsLine(safety)
    box = ContraindicationBox(safety)
    qtbot.addWidget(line)
    qtbot.addWidget(box)
    assert "ask Owner or Technician" in line.text()
    box.show_for(SalonService(7, "Laser hair removal", True, True, contraindications=("ppd",)))
    assert box.needs_acknowledgement
    assert "ask Owner or Technician" in box.matches.text()
    box.show_for(SalonService(8, "Consultation", False, True))
    assert not box.needs_acknowledgement


def _indicator(tick: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(tick)
    option.text = tick.text()
    return tick.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, tick)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's colours, light (Fusion's own) or a dark theme, for the test's widgets."""
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette("#353535", "#2a2a2a"))
    yield request.param
    qapp.setPalette(before)


def test_the_acknowledgement_box_stands_out_on_the_red_warning(qtbot: QtBot, palette: str) -> None:
    """The box to tick was a dark outline on the red: hard to tell whether it was ticked. Its
    outline stands out from what is around it, and the tick from the box, by at least WCAG's
    3:1 for controls (1.4.11)."""
    safety = VisitSafety(
        items=None,
        has_alerts=True,
        has_severe_alert=True,
        contraindicated_services=frozenset({7}),
        ask=(Role.OWNER,),
    )
    box = ContraindicationBox(safety)
    qtbot.addWidget(box)
    box.show_for(SalonService(7, "Full-head colour", True, True, contraindications=("ppd",)))
    box.resize(640, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    tick = box.acknowledge
    area = _indicator(tick)
    unticked = tick.grab().toImage()
    tick.setChecked(True)
    ticked = tick.grab().toImage()
    ratio = unticked.width() / tick.width()  # the device pixel ratio
    pixels = [
        (int(x * ratio), int(y * ratio))
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]
    around = unticked.pixelColor(int((area.right() + 3) * ratio), int(area.center().y() * ratio))
    outline = max(contrast(unticked.pixelColor(*p), around) for p in pixels)
    mark = max(contrast(ticked.pixelColor(*p), unticked.pixelColor(*p)) for p in pixels)
    assert outline >= 3.0 and mark >= 3.0, (round(outline, 1), round(mark, 1))
    # Its own outline covers the style's focus mark on the box: the line is ringed instead.
    box.activateWindow()
    tick.setFocus()
    qtbot.waitUntil(tick.hasFocus)
    focused = tick.grab().toImage()
    edge = (int(1 * ratio), int(area.center().y() * ratio))
    assert contrast(focused.pixelColor(*edge), unticked.pixelColor(*edge)) >= 3.0
