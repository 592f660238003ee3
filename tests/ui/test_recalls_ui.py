"""The Recalls page (issue 22 item 4, decision 0039): a receptionist works the recall list
with the keyboard only, on an optician's shop as set-up makes it (create_vault, no demo):
Called, Booked and Not now, each remembered and logged; Enter opens the card."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.records import RecordInput
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.support import FakeClock
from tests.ui.support import sign_in
from ui.dialogs.client_card import ClientCard
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.recalls_page import COLUMN_CLIENT, COLUMN_CONTACT, COLUMN_MARK, RecallsPage
from ui.shell import ShellWindow

OWNER, OWNER_PIN = "Ewa Lis", "482913"
RECEPTION, RECEPTION_PIN = "Ola Recepcja", "739164"


def prescription(valid_until: str) -> dict[str, Any]:
    return {
        "rx": {"right": {"sphere": "-1.00"}, "left": {"sphere": "-0.75"}},
        "examiner": "Jan Kowalski",
        "examined_on": "2024-11-20",
        "valid_until": valid_until,
    }


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """An optician's shop as set-up makes it, with three prescriptions running out (FakeClock:
    22 November 2026) and one client who agreed to reminders."""
    salon = SalonDetails("Optyk Lis", language="pl", kinds=(BusinessKind.OPTICIAN,))
    vault = create_vault(
        tmp_path / "optyk", salon, OWNER, OWNER_PIN, tmp_path / "key", device_store, clock
    )
    owner = vault.auth.sign_in(OWNER, OWNER_PIN)
    vault.staff.add(owner, RECEPTION, Role.RECEPTIONIST, RECEPTION_PIN)
    for family, phone, until in (
        ("Adamska", "+48 601 234 567", "2026-11-30"),
        ("Borowski", "+48 602 345 678", "2026-12-05"),
        ("Cieślak", "+48 603 456 789", "2026-12-15"),
    ):
        client = vault.clients.create(owner, ClientInput(family, "Anna", phone=phone)).id
        vault.consent.record(owner, client, "health_data", "granted", "pl", "paper", None, "H")
        vault.records.add_record(owner, client, RecordInput("spectacle_rx", prescription(until)))
        if family == "Adamska":
            vault.consent.record(
                owner, client, "reminders", "granted", "pl", "paper", paper_reference="Z/1"
            )
    vault.auth.sign_out(owner)
    try:
        yield vault
    finally:
        vault.close()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def names(page: RecallsPage) -> list[str]:
    rows = range(page.table.rowCount())
    return [page.table.item(row, COLUMN_CLIENT).text() for row in rows]  # type: ignore[union-attr]


def cell(page: RecallsPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def test_a_receptionist_works_the_recall_list_by_keyboard(
    qtbot: QtBot,
    optician: Vault,
    translations: Translations,
    operations: Operations,
    clock: FakeClock,
) -> None:
    window = ShellWindow(optician, translations, operations)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    sign_in(qtbot, window, RECEPTION, RECEPTION_PIN)
    workspace = window.workspace
    assert workspace is not None and "recalls" in workspace.nav_keys()

    # To the page from the navigation, with the arrows.
    workspace.nav.setFocus()
    while workspace.nav_keys()[workspace.nav.currentRow()] != "recalls":
        qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)
    page = workspace.page("recalls")
    assert isinstance(page, RecallsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert names(page) == ["Adamska Anna", "Borowski Anna", "Cieślak Anna"]  # soonest first
    assert cell(page, 0, COLUMN_CONTACT) == "+48 601 234 567"  # agreed to reminders
    assert cell(page, 1, COLUMN_CONTACT) == "No consent to contact for this"
    assert page.table.currentRow() == 0

    # Called: Tab from the list to "Called", Space; the line stays, marked.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert focused() is page.called_button
    qtbot.keyClick(page.called_button, Qt.Key.Key_Space)
    assert names(page) == ["Adamska Anna", "Borowski Anna", "Cieślak Anna"]
    assert cell(page, 0, COLUMN_MARK).startswith("Called · ")
    assert cell(page, 0, COLUMN_MARK).endswith(RECEPTION)
    assert focused() is page.table  # back in the list for the next line

    # Booked: the next line, Tab twice, Space; it leaves the list.
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentRow() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.booked_button
    qtbot.keyClick(page.booked_button, Qt.Key.Key_Space)
    assert names(page) == ["Adamska Anna", "Cieślak Anna"]
    assert page.table.currentRow() == 1  # the line that took its place

    # Not now, until the day beside it (two weeks by default): it leaves the list too.
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.not_now_button
    qtbot.keyClick(page.not_now_button, Qt.Key.Key_Space)
    assert names(page) == ["Adamska Anna"]

    # Enter opens the highlighted client's card.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    cards = [w for w in page.findChildren(ClientCard) if w.isVisible()]
    assert len(cards) == 1
    cards[0].reject()

    # Remembered: a new page, as after signing in again, shows the same.
    again = RecallsPage(optician, window.session, None)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.load()
    assert names(again) == ["Adamska Anna"]
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    marks = optician.audit.list(owner, AuditFilter(action="recall.mark", limit=10))
    assert sorted(e.detail for e in marks) == [
        "recall=eye_test mark=booked",
        "recall=eye_test mark=called",
        f"recall=eye_test mark=not_now until={date(2026, 12, 6).isoformat()}",
    ]


def test_a_technician_sees_names_and_why_marking_is_grey(
    qtbot: QtBot, optician: Vault, clock: FakeClock
) -> None:
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    optician.staff.add(owner, "Jan Technik", Role.TECHNICIAN, "864209")
    session = optician.auth.sign_in("Jan Technik", "864209")
    page = RecallsPage(optician, session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert cell(page, 0, COLUMN_CONTACT) == "Contact details not shown to your role"
    assert not page.called_button.isEnabled()
    assert "owner, reception" in page.why.text()
