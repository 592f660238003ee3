"""What a newcomer tripped on walking through issue 21's window features in Vietnamese and
Polish (docs/walkthroughs/privacy-round-two.md): the Staff page's briefing tables stayed English,
the recipients' "Saved." line was below the fold, the staff list was squeezed to two rows by
the briefing part, and the History tab wrote dates the ISO way in a Polish window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import SalonDetails, Vault, create_vault
from tests.helpers import two_bowl_formula
from tests.support import FakeClock, briefed
from tests.ui.support import sign_in
from ui.dialogs.client_card import ClientCard
from ui.formats import date_text
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.settings_page import SALON, SettingsPage
from ui.pages.staff_page import StaffPage
from ui.shell import ShellWindow

ROOT = Path(__file__).resolve().parents[2]
OWNER = ("Ewa Lis", "482913")
RECEPTIONIST = ("Ola Nowak", "739164")
TECHNICIAN = ("Piotr Zieliński", "905372")


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """A Polish optician's shop as set-up makes it (no demo), on professional secrecy, with a
    receptionist and a technician who read the briefing."""
    salon = SalonDetails(
        "Optyk Lis",
        language="pl",
        kinds=(BusinessKind.OPTICIAN,),
        health_basis=HealthBasis.PROFESSIONAL_SECRECY,
    )
    vault = create_vault(tmp_path / "salon", salon, *OWNER, tmp_path / "key", device_store, clock)
    owner = vault.auth.sign_in(*OWNER)
    vault.staff.add(owner, RECEPTIONIST[0], Role.RECEPTIONIST, RECEPTIONIST[1])
    vault.staff.add(owner, TECHNICIAN[0], Role.TECHNICIAN, TECHNICIAN[1])
    for person in (OWNER, RECEPTIONIST, TECHNICIAN):
        briefed(vault, vault.auth.sign_in(*person))
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def window(
    qtbot: QtBot, optician: Vault, translations: Translations, operations: Operations
) -> ShellWindow:
    """The owner signed in, at the size of a counter PC's window."""
    shell = ShellWindow(optician, translations, operations)
    qtbot.addWidget(shell)
    shell.resize(1180, 780)
    shell.show()
    sign_in(qtbot, shell, *OWNER)
    assert shell.workspace is not None
    return shell


def _inside(widget: QWidget, area: QRect, viewport: QWidget) -> bool:
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return area.contains(QRect(corner, widget.size()))


def test_the_staff_pages_briefing_words_reach_the_translators(tmp_path: Path) -> None:
    """Found in Polish: 'Version confirmed', 'Up to date', 'Attended' in English on the Staff
    page, because they went through a helper lupdate cannot read."""
    extracted = tmp_path / "found.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), str(ROOT / "ui/models/briefing_tables.py"), "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )
    found = extracted.read_text(encoding="utf-8")
    for words in ("Version confirmed", "Up to date", "Attended", "Account disabled"):
        assert f"<source>{words}</source>" in found


def test_saving_the_recipients_shows_its_saved_line(qtbot: QtBot, window: ShellWindow) -> None:
    """Found in Vietnamese: after Save the tab did not move, so 'Saved. From now on …' stayed
    below the window's edge and the owner could not tell whether it worked (a laptop's
    1366x768 screen leaves a window about 700 high)."""
    window.resize(1180, 700)
    assert window.workspace is not None
    window.workspace.show_page("settings")
    page = window.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    page.show_tab(SALON)
    box = page.recipients
    for name, purpose, country in (("SMSAPI", "SMS", "PL"), ("Biuro", "księgowość", "UA")):
        box.add_row()
        row = box.table.rowCount() - 1
        for column, value in enumerate((name, purpose, country, "umowa")):
            box.table.item(row, column).setText(value)
    assert box.save()
    scroller = page.tabs.currentWidget()
    assert isinstance(scroller, QScrollArea)
    qtbot.waitUntil(
        lambda: _inside(box.status, scroller.viewport().rect(), scroller.viewport()),
        timeout=2000,
    )


def test_every_staff_row_shows_above_the_briefing_part(qtbot: QtBot, window: ShellWindow) -> None:
    """Found in Polish: with three people the staff list showed two rows and half a third; the
    briefing tables below took the height. A salon of five people is a small salon."""
    owner = window.session
    assert owner is not None and window.workspace is not None
    for name, role in (("Kasia Wójcik", Role.TECHNICIAN), ("Jan Mazur", Role.RECEPTIONIST)):
        window.vault.staff.add(owner, name, role, "615243")
    window.workspace.show_page("staff")
    page = window.workspace.pages.currentWidget()
    assert isinstance(page, StaffPage)
    qtbot.wait(50)
    table = page.table
    rows = table.model().rowCount()
    assert rows == 5
    visible = table.viewport().rect()
    for row in range(rows):
        assert visible.contains(table.visualRect(table.model().index(row, 0))), row


def test_the_history_tab_writes_dates_the_local_way(
    qtbot: QtBot, optician: Vault, translations: Translations
) -> None:
    """Found in Polish: 'Wizyta z dnia 2026-12-07' and 'Data: 2026-12-07' beside
    '7.12.2026 06:14' in the same tab."""
    translations.switch("pl")
    owner = optician.auth.sign_in(*OWNER)
    technician = optician.auth.sign_in(*TECHNICIAN)
    service = optician.catalogue.add(owner, ServiceInput("Badanie wzroku"))
    client = optician.clients.create(owner, ClientInput("Wiśniewska", "Zofia")).id
    day = date(2026, 3, 9)
    visit = optician.treatments.add_visit(
        technician, client, VisitInput(day, service, notes="first")
    )
    optician.treatments.edit_visit(
        owner, visit, VisitInput(day, service, formula=two_bowl_formula(), notes="second")
    )
    card = ClientCard(optician, owner, client)
    qtbot.addWidget(card)
    tab = card.history_tab
    assert tab is not None
    card.show_tab(tab)
    version = tab.versions[0]
    assert date_text(day) in tab.record_words(version)
    lines = "\n".join(tab.value_lines(version))
    assert date_text(day) in lines
    assert "2026-03-09" not in tab.record_words(version) + lines
