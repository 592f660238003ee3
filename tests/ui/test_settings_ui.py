"""Settings as the owner uses it after the wizard (issue 18 items 5 and 7): the salon's details
change, each change logged, a new language leaves the phone country and currency alone; the
client details the salon collects are switched on, and an import then keeps that column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.imports import ImportField, MappedBy
from salonvault.domain.roles import Role
from tests.import_files import write_csv
from tests.support import Team
from tests.ui.support import sign_in_as
from tests.ui.test_import_ui import click, open_wizard
from ui.dialogs.import_wizard import PREVIEW, RESULT
from ui.i18n import Translations
from ui.pages.clients_page import ClientsPage
from ui.pages.collected_fields_box import CollectedFieldsBox
from ui.pages.salon_box import SalonDetailsBox
from ui.pages.settings_page import CLIENT_DETAILS, SALON, SettingsPage
from ui.shell import ShellWindow


def settings_page(qtbot: QtBot, shell: ShellWindow, role: Role) -> SettingsPage:
    if shell.session is None:
        sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def changed_fields(shell: ShellWindow, team: Team) -> list[str]:
    entries = shell.vault.audit.list(team.owner, AuditFilter(action="settings.change", limit=50))
    return sorted(e.detail.removeprefix("field=") for e in entries)


def test_the_owner_changes_the_salons_details_and_each_change_is_logged(
    qtbot: QtBot, shell: ShellWindow, team: Team, translations: Translations
) -> None:
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    box = page.salon_details
    assert isinstance(box, SalonDetailsBox) and box.isVisible()
    settings = shell.vault.settings
    # Set up in English: local phones read as British, prices in pounds, until chosen.
    assert box.phone_country.currentData() == "GB" and box.currency.currentData() == "GBP"
    assert "United Kingdom (GB)" in box.phone_country.currentText()

    box.salon_name.setText("Salon Mai Anh")
    box.address.setPlainText("5 Hàng Bông\nHà Nội")
    box.language.setCurrentIndex(box.language.findData("vi"))
    box.kind_boxes[BusinessKind.BEAUTY].setChecked(True)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in box.status.text()
    assert settings.salon_name() == "Salon Mai Anh"
    assert settings.salon_address() == "5 Hàng Bông\nHà Nội"
    assert settings.language() == "vi"
    assert settings.business_kinds() == [BusinessKind.BEAUTY, BusinessKind.HAIR]
    # A new language is not a new country: phones and prices stay as they were.
    assert settings.phone_region() == "GB" and settings.currency() == "GBP"
    assert shell.vault.clients.phone_region() == "GB"
    assert box.phone_country.currentData() == "GB"
    qtbot.waitUntil(lambda: "Salon Mai Anh" in shell.windowTitle(), timeout=3000)
    assert changed_fields(shell, team) == [  # the two shown are now the salon's own
        "business_kinds",
        "currency",
        "language",
        "phone_region",
        "salon_address",
        "salon_name",
    ]

    box.phone_country.setCurrentIndex(box.phone_country.findData("VN"))
    box.currency.setCurrentIndex(box.currency.findData("VND"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert settings.phone_region() == "VN" and settings.currency() == "VND"
    assert changed_fields(shell, team).count("phone_region") == 2
    assert changed_fields(shell, team).count("currency") == 2

    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save" in box.status.text()  # no entry for what did not change
    assert len(changed_fields(shell, team)) == 8

    box.salon_name.setText("   ")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text().startswith("Salon name: The salon name needs 1 to 120")
    assert settings.salon_name() == "Salon Mai Anh"

    # Country and currency names follow the screen's language, the choice stays.
    translations.switch("pl")
    qtbot.waitUntil(lambda: "Wietnam (VN)" in box.phone_country.currentText(), timeout=3000)
    assert box.currency.currentText() == "dong wietnamski (VND)"
    assert box.phone_country.currentData() == "VN"


def test_staff_see_only_this_computers_language(qtbot: QtBot, shell: ShellWindow) -> None:
    page = settings_page(qtbot, shell, Role.RECEPTIONIST)
    assert page.tabs.count() == 1
    assert page.salon_details is None and page.collected_fields is None
    assert page.language.isVisible()


def test_the_fields_page_switches_birth_dates_on_and_the_import_then_keeps_them(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path
) -> None:
    """Acceptance, issue 18: the fields page switching birth date on, then an import keeping
    it, even with the column mapping the first import (without birth dates) remembered."""
    rows = [["Nazwisko", "Imię", "Telefon", "Data urodzenia"]]
    first = write_csv(
        tmp_path / "pierwszy.csv", [*rows, ["Nowak", "Ewa", "+48 501 234 567", "1990-04-23"]]
    )
    second = write_csv(
        tmp_path / "drugi.csv", [*rows, ["Kowalska", "Anna", "+48 502 345 678", "1985-11-02"]]
    )
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None

    def run_import(path: Path) -> tuple[list[ImportField | None], list[MappedBy]]:
        assert shell.workspace is not None
        shell.workspace.show_page("clients")
        clients = shell.workspace.pages.currentWidget()
        assert isinstance(clients, ClientsPage)
        wizard = open_wizard(qtbot, clients, path)
        chosen = list(wizard.mapping_step.chosen_fields())
        reasons = list(wizard.suggestion.mapped_by) if wizard.suggestion else []
        click(qtbot, wizard.next_button)  # preview
        qtbot.waitUntil(lambda: wizard.stack.currentIndex() == PREVIEW and not wizard.working)
        click(qtbot, wizard.next_button)  # import
        qtbot.waitUntil(lambda: wizard.stack.currentIndex() == RESULT, timeout=10_000)
        click(qtbot, wizard.next_button)  # close
        qtbot.waitUntil(lambda: not isValid(wizard))
        return chosen, reasons

    chosen, reasons = run_import(first)
    assert chosen[3] is None and reasons[3] is MappedBy.NOT_COLLECTED  # left out, and why
    ewa = shell.vault.clients.search(team.owner, "nowak ewa")[0].id
    assert shell.vault.clients.open(team.owner, ewa).birth_date is None

    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(CLIENT_DETAILS)
    box = page.collected_fields
    assert isinstance(box, CollectedFieldsBox) and box.isVisible()
    birth = box.switches["birth_date"]
    assert isinstance(birth, QCheckBox) and not birth.isChecked()
    assert "same name apart" in box.uses["birth_date"].text()  # what it is for
    birth.setFocus()
    qtbot.keyClick(birth, Qt.Key.Key_Space)  # by keyboard, as at the counter
    assert birth.isChecked(), (birth.geometry(), birth.isVisible())
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in box.status.text()
    assert "birth_date" in shell.vault.clients.collected_fields()
    assert "collected_fields" in changed_fields(shell, team)

    chosen, reasons = run_import(second)
    assert chosen[3] is ImportField.BIRTH_DATE  # the remembered mapping takes it now
    assert reasons[:3] == [MappedBy.SAVED] * 3
    anna = shell.vault.clients.search(team.owner, "kowalska anna")[0].id
    assert shell.vault.clients.open(team.owner, anna).birth_date == date(1985, 11, 2)


def test_the_client_form_checks_minor_against_the_birth_date_where_it_is_collected(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    shell.vault.clients.set_collected_fields(team.owner, {"phone", "birth_date", "guardian"})
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    clients = shell.workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    dialog = clients.new_client()
    dialog.fields["family_name"].insert("Nowak")  # type: ignore[union-attr]
    dialog.fields["birth_date"].insert("2016-05-01")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.isVisible() and "under 18" in dialog.errors["is_minor"].text()
    minor = dialog.fields["is_minor"]
    assert isinstance(minor, QCheckBox)
    minor.setChecked(True)
    dialog.fields["guardian"].insert("Ewa Nowak, +48 501 234 567")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.created is not None and dialog.created.is_minor
    assert shell.vault.clients.open(team.owner, dialog.created.id).birth_date == date(2016, 5, 1)
