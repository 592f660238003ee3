"""Printouts in the window (issue 18 item 13): the card printed through Qt's print system and
saved as a PDF through the one door, from the card's Print card menu; today's clients sheet
started from today's treatments, namesakes added by the keyboard, printed and saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, two_bowl_formula
from tests.support import Team
from tests.test_consent_pdf import flat, pdftotext
from tests.ui.support import sign_in_as
from ui.dialogs.client_card import ClientCard
from ui.dialogs.day_sheet_dialog import DaySheetDialog
from ui.shell import ShellWindow


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    grant_health_consent(vault, team.owner, client)  # health data rests on consent
    vault.clients.add_health_item(team.owner, client, HealthKind.ALLERGY, "PPD", Severity.SEVERE)
    service = vault.catalogue.add(team.owner, ServiceInput("Colour"))
    vault.treatments.add_visit(
        team.technician,
        client,
        VisitInput(date(2026, 11, 22), service, formula=two_bowl_formula()),
    )
    return client


def pdf_printer(path: Path) -> QPrinter:
    """Qt's own PDF printer stands in for a real one (the test reads what it drew)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def open_card(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_card_prints_through_qt_and_saves_through_the_one_door(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    menu = card.print_button.menu()
    assert [a.text() for a in menu.actions()] == ["&Print…", "&Save as PDF…"]
    printed = tmp_path / "printed.pdf"
    assert card.print_card(pdf_printer(printed))
    assert printed.stat().st_size > 0  # drawn page by page from memory
    assert card.message.text() == "The card was sent to the printer."
    saved = card.save_card(tmp_path / "card.pdf")
    assert saved is not None and "Saved to" in card.message.text()
    text = pdftotext(saved.read_bytes())
    assert "Trần Thị Mai" in text and "PPD" in text
    assert flat("roots: Wella Koleston") in flat(text)
    refused = card.save_card(vault.paths.data_dir / "card.pdf")
    assert refused is None and not (vault.paths.data_dir / "card.pdf").exists()
    assert card.message.text()  # the door's refusal, in words
    uses = [
        e.detail.split()[0]
        for e in vault.audit.list(team.owner, AuditFilter(action="client.print_card"))
    ]
    assert sorted(uses) == ["use=print", "use=save"]


def test_the_day_sheet_starts_from_today_adds_the_highlighted_namesake_and_prints(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    namesakes = [
        vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Linh"), True).id
        for _ in range(3)
    ]
    dialog = DaySheetDialog(vault, team.receptionist)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_ids() == [client_id]  # a treatment recorded for today
    dialog.search_box.setFocus()
    dialog.search_box.setText("linh")
    assert dialog.results.count() == 3
    shown = [dialog.results.item(r).text() for r in range(3)]
    assert all(any(f"no. {i} " in t + " " for t in shown) for i in namesakes)  # told apart
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Return)  # to the results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    highlighted = int(dialog.results.currentItem().data(Qt.ItemDataRole.UserRole))
    assert highlighted in namesakes and dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # adds exactly the highlighted one
    assert dialog.client_ids() == [client_id, highlighted]
    dialog.chosen.setFocus()
    dialog.chosen.setCurrentRow(0)
    qtbot.keyClick(dialog.chosen, Qt.Key.Key_Delete)
    assert dialog.client_ids() == [highlighted]
    assert dialog.print_sheet(pdf_printer(tmp_path / "day.pdf"))
    saved = dialog.save_sheet(tmp_path / "day-saved.pdf")
    assert saved is not None
    assert "Nguyễn Thị Linh" in pdftotext(saved.read_bytes())
    logged = vault.audit.list(team.owner, AuditFilter(action="client.print_day"))
    assert [e.object_id for e in logged] == [str(highlighted)] * 2


def test_an_empty_day_sheet_says_why_it_cannot_be_printed(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    dialog = DaySheetDialog(vault, team.technician)
    qtbot.addWidget(dialog)
    assert dialog.client_ids() == []
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.why_off.text() == "Add at least one client first."


@pytest.mark.parametrize("role", list(Role))
def test_every_role_opens_todays_sheet_from_beside_the_navigation(
    qtbot: QtBot, shell: ShellWindow, role: Role
) -> None:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    button = shell.workspace.day_sheet_button
    assert button.isVisible() and button.text() == "Today's clients sheet…"
    dialog = shell.workspace.open_day_sheet()
    assert dialog.isVisible()
    dialog.close()
