"""The clients page as staff use it: register, find as you type, open the card by role."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity, mask_phone
from salonvault.domain.roles import Role
from tests.helpers import grant_health_consent
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.formats import date_text
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


def clients_page(qtbot: QtBot, shell: ShellWindow, role: Role) -> ClientsPage:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    return page


def type_and_wait(qtbot: QtBot, page: ClientsPage, text: str, rows: int) -> None:
    page.search_box.clear()
    page.search_box.insert(text)  # as typed (QTest cannot type Vietnamese letters)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=3000)


def test_receptionist_registers_a_client_with_errors_next_to_fields(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    assert page.search_box.hasFocus() or page.search_box.isVisible()
    dialog = page.new_client()
    assert "birth_date" not in dialog.fields  # not collected by this salon
    dialog.fields["given_name"].insert("Thị Hoa")  # type: ignore[union-attr]
    dialog.fields["phone"].insert("12")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.isVisible() and dialog.errors["family_name"].isVisible()
    dialog.fields["family_name"].insert("Nguyễn")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.errors["phone"].isVisible() and "phone" in dialog.errors["phone"].text()
    phone = dialog.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setText("+84 912 345 678")
    dialog.save()
    assert dialog.created is not None and not dialog.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, 1).data() == "+84 912 345 678"


def test_technician_sees_the_masked_phone_and_the_alert_banner(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    vault = shell.vault
    client = vault.clients.create(
        team.owner, ClientInput("Nguyễn", "Thị Hoa", phone="+84 912 345 678")
    ).id
    grant_health_consent(vault, team.owner, client)  # health data rests on consent
    vault.clients.add_health_item(team.owner, client, HealthKind.ALLERGY, "PPD", Severity.SEVERE)
    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    assert not page.new_button.isVisible()  # technicians do not register clients
    type_and_wait(qtbot, page, "nguyen hoa", 1)
    assert page.model.index(0, 1).data() == mask_phone("+84 912 345 678")
    assert "912" not in page.model.index(0, 1).data()
    assert "severe" in page.model.index(0, 2).data()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    card = next(w for w in page.findChildren(ClientCard))
    assert card.alert_banner.isVisible() and "Severe" in card.alert_banner.text()
    assert card.phone_label.text() == mask_phone("+84 912 345 678")
    assert card.view.email is None
    opened = vault.audit.list(team.owner, AuditFilter(action="client.open"))
    assert opened[0].role == "technician" and opened[0].object_id == str(client)


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.TECHNICIAN])
def test_the_card_shows_exactly_what_the_role_may_see(
    qtbot: QtBot, shell: ShellWindow, team: Team, role: Role
) -> None:
    vault = shell.vault
    client = vault.clients.create(team.owner, ClientInput("Wójcik", "Łukasz")).id
    grant_health_consent(vault, team.owner, client)
    vault.clients.add_health_item(team.owner, client, HealthKind.CONDITION, "Eczema", Severity.LOW)
    service = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))

    from salonvault.domain.formula_input import one_bowl_formula
    from salonvault.domain.treatments import VisitInput

    vault.treatments.add_visit(
        team.owner,
        client,
        VisitInput(
            date(2026, 11, 1), service, formula=one_bowl_formula("Wella", ["7/0"], "", "", None)
        ),
    )
    page = clients_page(qtbot, shell, role)
    card = page.open_client(client)
    assert card is not None
    texts = [card.treatment_list.item(i).text() for i in range(card.treatment_list.count())]
    labels = {label.text() for label in card.findChildren(QLabel)}
    assert "Birth date" not in labels and "Address" not in labels  # not collected here
    if role is Role.RECEPTIONIST:
        assert "E-mail" in labels
        assert texts == [f"{date_text(date(2026, 11, 1))}  Cut"]  # dates and services only
        assert card.findChild(object, "health") is None
        assert "health alerts" in card.alert_banner.text()
    else:
        assert texts == [f"{date_text(date(2026, 11, 1))}  Cut  —  Wella · 7/0"]
        assert card.findChild(object, "health") is not None


def test_technician_adds_a_treatment_with_a_formula(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = shell.vault
    vault.settings.set_language(team.owner, "vi")  # prices in đồng, no decimals
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    vault.catalogue.add(team.owner, ServiceInput("Colour, full head", requires_patch_test=True))
    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    card = page.open_client(client)
    assert card is not None and not card.add_visit_button.isHidden()  # on the Treatments tab
    dialog = card.add_visit()
    assert dialog.technician.currentData() == shell.session.staff_id  # type: ignore[union-attr]
    bowl = dialog.formula_editor.bowls[0]
    bowl.brand.setText("Wella Koleston")
    bowl.rows[0].shade.setText("7/0")
    bowl.rows[1].shade.setText("7/1")
    bowl.developer.setText("6% / 20 vol")
    bowl.ratio.setText("1:1")
    bowl.minutes.setValue(35)
    dialog.price.setText("450000")
    warnings: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        warnings.append(str(args[2]))
        return QMessageBox.StandardButton.Yes  # the technician goes ahead, knowingly

    monkeypatch.setattr(QMessageBox, "warning", answer)
    dialog.save()
    assert warnings and "patch test" in warnings[0]
    assert dialog.visit_id is not None and not dialog.isVisible()
    top = card.treatment_list.item(0).text()
    assert (
        "Colour, full head" in top
        and "Wella Koleston · 7/0 + 7/1 · 6% / 20 vol · 1:1 · 35 min" in top
    )
    [visit] = vault.treatments.history(team.owner, client)
    assert visit.price_minor == 450000 and visit.currency == "VND"
    overrides = vault.audit.list(team.owner, AuditFilter(action="visit.patch_test_override"))
    assert overrides and overrides[0].role == "technician"
    receptionist_card = ClientCard(vault, team.receptionist, client)
    assert receptionist_card.add_visit_button.isHidden()


def test_ctrl_n_registers_a_client_from_the_search_box(qtbot: QtBot, shell: ShellWindow) -> None:
    """Issue 18's leftover: "New client…" was four Tabs from the search box, with no shortcut."""
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    assert "Ctrl+N" in page.new_button.toolTip()
    shell.activateWindow()  # as at the counter: the window has the keyboard
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.findChild(ClientDialog) is not None)  # the button animates
    dialog = page.findChild(ClientDialog)
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    dialog.reject()


def test_a_technician_has_no_ctrl_n(qtbot: QtBot, shell: ShellWindow) -> None:
    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    shell.activateWindow()
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)  # longer than a shortcut's animated click
    assert page.findChild(ClientDialog) is None
