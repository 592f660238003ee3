"""The client card's tabs and the edit dialog, as each role uses them (issue 4, items 1, 2, 4,
7, 10): change details with errors next to the field, archive and bring back, health items with
the red banner, patch tests, the owner's activity tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Preferences, Severity
from salonvault.domain.formula_input import one_bowl_formula
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import NAMES, Team
from ui.dialogs.client_card import ClientCard
from ui.formats import date_text


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    return vault.clients.create(
        team.owner,
        ClientInput(
            "Nguyễn",
            "Thị Hoa",
            phone="+84 912 345 678",
            email="hoa@example.vn",
            preferences=Preferences(hair="Warm tones", lash="Natural"),
            tags=("balayage",),
        ),
    ).id


def open_card(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        (
            Role.RECEPTIONIST,
            [  # Forms: she hands the screen over (DESIGN.md §4, decision 0045)
                *("Profile", "Forms", "Treatments", "Records", "Patch tests", "Consents"),
                *("Papers", "History"),
            ],
        ),
        (
            Role.TECHNICIAN,
            [
                *("Profile", "Health", "Forms", "Treatments", "Records", "Patch tests", "Consents"),
                *("Photos", "Papers", "History"),
            ],
        ),
        (
            Role.OWNER,
            [
                *("Profile", "Health", "Forms", "Treatments", "Records", "Patch tests", "Consents"),
                *("Photos", "Papers", "History", "Activity"),
            ],
        ),
    ],
)
def test_each_role_gets_its_tabs(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, role: Role, tabs: list[str]
) -> None:
    card = open_card(qtbot, vault, team, role, client_id)
    assert card.tab_titles() == tabs
    assert (card.findChild(object, "health") is None) is (role is Role.RECEPTIONIST)
    assert (card.findChild(object, "activity") is None) is (role is not Role.OWNER)
    may_change = role is not Role.TECHNICIAN
    assert card.profile_tab.edit_button.isHidden() is not may_change
    assert card.profile_tab.archive_button.isHidden() is not may_change
    # Preferences and tags are for everyone; the guardian row only for contact-reading roles.
    assert card.profile_tab.values["hair"].text() == "Warm tones"
    assert "balayage" in card.profile_tab.values["tags"].text()
    assert ("guardian" in card.profile_tab.values) is may_change


def test_receptionist_changes_the_phone_with_the_error_next_to_it_then_archives(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    dialog = card.profile_tab.edit()
    phone = dialog.fields["phone"]
    assert isinstance(phone, QLineEdit) and phone.text() == "+84 912 345 678"  # prefilled
    assert dialog.fields["given_name"].text() == "Thị Hoa"  # type: ignore[union-attr]
    phone.setText("12")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["phone"].isVisible() and "phone" in dialog.errors["phone"].text()
    assert not dialog.errors["family_name"].isVisible()
    phone.setText("+84 987 654 321")
    dialog.save()
    assert not dialog.isVisible()
    assert card.phone_label.text() == "+84 987 654 321"
    assert vault.clients.open(team.owner, client_id).phone == "+84 987 654 321"

    asked = answer_yes(monkeypatch)
    assert card.profile_tab.archive_button.text() == "Archive…"
    card.profile_tab.toggle_archived()
    assert asked and "nothing is deleted" in asked[0]
    assert vault.clients.search(team.receptionist, "hoa") == []
    assert card.archived_badge.isVisible()
    assert card.profile_tab.archive_button.text() == "Bring back"
    card.profile_tab.toggle_archived()
    assert [s.id for s in vault.clients.search(team.receptionist, "hoa")] == [client_id]
    assert not card.archived_badge.isVisible()


def test_archiving_waits_for_a_yes(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    card.profile_tab.toggle_archived()
    assert not vault.clients.open(team.owner, client_id).archived


def test_minor_guardian_preferences_and_tags_in_the_edit_dialog(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    # Hair and beauty: skin preferences are a beauty salon's (the business profile).
    vault.settings.set_business_kinds(team.owner, [BusinessKind.HAIR, BusinessKind.BEAUTY])
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    dialog = card.profile_tab.edit()
    minor = dialog.fields["is_minor"]
    guardian = dialog.fields["guardian"]
    assert isinstance(minor, QCheckBox) and isinstance(guardian, QLineEdit)
    assert not guardian.isEnabled()  # only for a minor
    minor.setChecked(True)
    assert guardian.isEnabled()
    dialog.save()
    assert dialog.errors["guardian"].isVisible() and "guardian" in dialog.errors["guardian"].text()
    guardian.insert("Trần Thị Lan, 0912 000 111")
    dialog.fields["preferences.skin"].insert("Sensitive, no retinol")  # type: ignore[union-attr]
    tags = dialog.fields["tags"]
    assert isinstance(tags, QLineEdit) and tags.text() == "balayage"
    tags.setText("balayage, Khách quen, " + "x" * 31)
    dialog.save()
    assert dialog.errors["tags"].isVisible() and "30" in dialog.errors["tags"].text()
    tags.setText("")
    tags.insert("Balayage, khách quen，VIP")  # a Chinese comma separates too
    dialog.save()
    assert not dialog.isVisible()
    view = vault.clients.open(team.owner, client_id)
    assert view.is_minor and view.guardian == "Trần Thị Lan, 0912 000 111"
    assert view.tags == ("balayage", "khách quen", "vip")
    assert view.preferences == Preferences("Warm tones", "Sensitive, no retinol", "Natural")
    assert card.minor_badge.isVisible()
    assert card.profile_tab.values["guardian"].text() == "Trần Thị Lan, 0912 000 111"
    assert "khách quen" in card.profile_tab.values["tags"].text()
    assert [s.id for s in vault.clients.search(team.technician, "quen")] == [client_id]
    technician_card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    assert technician_card.minor_badge.isVisible()
    assert "guardian" not in technician_card.profile_tab.values
    shown = {label.text() for label in technician_card.findChildren(QLabel)}
    assert not any("Thị Lan" in text for text in shown)


def test_technician_adds_a_severe_allergy_and_the_red_banner_appears(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    grant_health_consent(vault, team.receptionist, client_id)  # health data rests on consent
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    assert not card.alert_banner.isVisible()
    health = card.health_tab
    assert health is not None
    card.show_tab(health)
    assert health.empty.isVisible()
    dialog = health.add_item()
    dialog.save()  # no description
    assert dialog.isVisible() and dialog.text_error.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(HealthKind.ALLERGY.value))
    dialog.text.insert("PPD (thuốc nhuộm tóc)")
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.SEVERE.value))
    dialog.save()
    assert not dialog.isVisible()
    assert card.alert_banner.isVisible() and "Severe" in card.alert_banner.text()
    assert "#c62828" in card.alert_banner.styleSheet()
    row = [health.table.item(0, c).text() for c in range(5)]
    assert row[:4] == ["Allergy", "PPD (thuốc nhuộm tóc)", "Severe", NAMES[Role.TECHNICIAN]]
    assert vault.clients.open(team.receptionist, client_id).has_severe_alert

    answer_yes(monkeypatch)
    health.remove_selected()
    assert not card.alert_banner.isVisible()
    assert health.empty.isVisible()


def test_technician_records_a_patch_test_and_its_result(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    patch = card.patch_tab
    assert "none on file" in card.patch_label.text()
    dialog = patch.record()
    dialog.save()  # no product
    assert dialog.errors["product"].isVisible()
    dialog.tested_on.setDate(QDate(2026, 11, 20))
    dialog.product.setText("Wella Koleston 7/0")
    dialog.batch.setText("B2611")
    dialog.save()
    assert not dialog.isVisible()
    row = [patch.table.item(0, c).text() for c in range(6)]
    assert row == [
        date_text(date(2026, 11, 20)),
        "Wella Koleston 7/0",
        "B2611",
        "Pending",
        NAMES[Role.TECHNICIAN],
        date_text(date(2027, 5, 21)),
    ]
    assert "pending" in card.patch_label.text()
    result = patch.set_result()
    assert result is not None
    result.result_choice.setCurrentIndex(result.result_choice.findData("pass"))
    result.save()
    assert patch.table.item(0, 3).text() == "Passed"
    assert "valid" in card.patch_label.text() and "valid" in patch.status.text()
    [test] = vault.treatments.patch_tests(team.owner, client_id)
    assert test.done_by == team.technician.staff_id

    receptionist = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    assert receptionist.patch_tab.table.isHidden()
    assert receptionist.patch_tab.record_button.isHidden()
    assert "valid" in receptionist.patch_tab.status.text()


def test_owner_sees_this_clients_activity_with_the_opening(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    vault.clients.open(team.technician, client_id)
    card = open_card(qtbot, vault, team, Role.OWNER, client_id)
    activity = card.activity_tab
    assert activity is not None
    newest = activity.entries[0]
    assert newest.action == "client.open" and newest.staff_id == team.owner.staff_id
    assert activity.table.item(0, 2).text() == "Opened the card"
    assert activity.table.item(0, 1).text() == f"{NAMES[Role.OWNER]} (Owner)"
    whats = [activity.table.item(r, 2).text() for r in range(activity.table.rowCount())]
    assert whats == ["Opened the card", "Opened the card", "Registered the client"]
    assert f"{NAMES[Role.TECHNICIAN]} (Technician)" in activity.table.item(1, 1).text()
    registered = activity.table.item(2, 3)
    assert registered.text().startswith("family name, given name, phone, e-mail, preferences")
    assert registered.toolTip().startswith("fields=family_name,given_name,phone,email")


def test_latest_formula_on_top_of_the_timeline(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    colour = vault.catalogue.add(team.owner, ServiceInput("Colour", requires_patch_test=False))
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))
    vault.treatments.add_visit(
        team.owner,
        client_id,
        VisitInput(
            date(2026, 10, 1), colour, formula=one_bowl_formula("Wella", ["7/0"], "", "", None)
        ),
    )
    vault.treatments.add_visit(team.owner, client_id, VisitInput(date(2026, 11, 1), cut))
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    tab = card.treatments_tab
    assert tab.formula.text() == "Wella · 7/0"
    assert date_text(date(2026, 10, 1)) in tab.formula_source.text()
    assert card.treatment_list.item(0).text() == f"{date_text(date(2026, 11, 1))}  Cut"
    receptionist = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    assert receptionist.treatments_tab.formula_box.isHidden()


def test_the_timeline_is_read_when_its_tab_first_shows(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    """The card opens on Profile without reading the treatments (hundreds of visits made every
    opening slow); a visit added meanwhile is there when the tab shows."""
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))
    vault.treatments.add_visit(team.owner, client_id, VisitInput(date(2026, 10, 1), cut))
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    timeline = card.treatments_tab.findChild(QListWidget, "treatments")
    assert card.tabs.currentWidget() is card.profile_tab
    assert timeline.count() == 0  # not read yet
    vault.treatments.add_visit(team.owner, client_id, VisitInput(date(2026, 11, 1), cut))
    card.show_tab(card.treatments_tab)
    assert timeline.count() == 2
    assert timeline.item(0).text() == f"{date_text(date(2026, 11, 1))}  Cut"
    assert card.treatments_tab.open_button.isEnabled()
