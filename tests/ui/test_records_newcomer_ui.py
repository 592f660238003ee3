"""Service records' second round (issue 22, docs/walkthroughs/records-round-two.md): what a
newcomer tripped on in Vietnamese and Polish, on salons made the way real ones are (set-up's
`create_vault` with the business kinds), each fixed and kept fixed here."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.recalls import RecallKind
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.helpers import grant_health_consent
from tests.support import FakeClock
from tests.ui.support import sign_in
from tests.ui.test_recalls_ui import OWNER, RECEPTION, RECEPTION_PIN, optician
from ui.dialogs.client_card import ClientCard
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.dashboard_page import DashboardPage
from ui.pages.recalls_page import RecallsPage
from ui.pages.settings_page import SettingsPage
from ui.shell import ShellWindow

ROOT = Path(__file__).resolve().parents[2]
OWNER_PIN = "482913"
__all__ = ["optician"]  # a fixture: an optician's shop with three prescriptions running out

# translate()/tr() calls whose text is not written in the call on purpose: Qt's own strings
# (qt_text), words marked elsewhere with QT_TRANSLATE_NOOP (navigation, permissions).
NOT_LITERAL_ON_PURPOSE = {
    ("ui/i18n.py", "qt_text"),
    ("ui/navigation.py", "title"),
    ("ui/audit_details.py", "_named"),
    ("ui/error_text/access.py", "permission_denied"),
}


def _calls_lupdate_cannot_read() -> list[tuple[str, str, int]]:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                called = node.func
                name = getattr(called, "attr", getattr(called, "id", ""))
                if name == "translate" and len(node.args) >= 2:
                    text = node.args[1]
                elif name == "tr" and node.args:
                    text = node.args[0]
                else:
                    continue
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    continue
                if isinstance(text, ast.Call):  # tr(tr("…")): the inner call is read
                    continue
                where = (path.relative_to(ROOT).as_posix(), function.name)
                if where not in NOT_LITERAL_ON_PURPOSE:
                    found.append((*where, node.lineno))
    return found


def test_every_sentence_of_the_window_reaches_the_translators() -> None:
    """lupdate reads only a string written in the translate()/tr() call: the record fields'
    rules, the safety banner's "Severe: …" and the day sheet's namesake facts went through a
    helper with a variable and stayed English in Vietnamese and Polish."""
    assert _calls_lupdate_cannot_read() == []


@pytest.fixture
def clinic(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """An optician's and laser clinic's shop in Poland, as set-up makes it (no demo)."""
    salon = SalonDetails(
        "Optyk i Laser Lis",
        language="pl",
        kinds=(BusinessKind.OPTICIAN, BusinessKind.CLINIC),
    )
    vault = create_vault(
        tmp_path / "salon", salon, "Ewa Lis", OWNER_PIN, tmp_path / "key", device_store, clock
    )
    try:
        yield vault
    finally:
        vault.close()


def _shown_record_dialog(qtbot: QtBot) -> RecordDialog:
    found: list[RecordDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RecordDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def test_a_polish_optician_sees_the_prescription_in_polish(
    qtbot: QtBot, clinic: Vault, translations: Translations
) -> None:
    translations.switch("pl")
    owner = clinic.auth.sign_in("Ewa Lis", OWNER_PIN)
    client = clinic.clients.create(owner, ClientInput("Nowak", "Anna")).id
    grant_health_consent(clinic, owner, client)
    card = ClientCard(clinic, owner, client)
    qtbot.addWidget(card)
    card.show()
    card.show_tab(card.records_tab)
    qtbot.waitUntil(lambda: card.records_tab._loaded)
    names = [a.text() for a in card.records_tab.add_menu.actions()]
    assert "Recepta na okulary" in names and "Spectacle prescription" not in names
    [prescription] = [
        a for a in card.records_tab.add_menu.actions() if a.text() == "Recepta na okulary"
    ]
    prescription.trigger()
    dialog = _shown_record_dialog(qtbot)
    words = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Sfera", "Cylinder", "Oś", "Addycja", "Badający", "Data badania"} <= words
    assert not {"Sphere", "Axis", "Addition", "Examiner"} & words
    dialog.reject()


# -- the recall list's own settings and the dashboard's way to it ------------------------------


def _signed_in_shell(
    qtbot: QtBot, vault: Vault, translations: Translations, operations: Operations, who: str
) -> ShellWindow:
    window = ShellWindow(vault, translations, operations)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, who, {OWNER: OWNER_PIN, RECEPTION: RECEPTION_PIN}[who])
    return window


def test_the_owner_sets_the_lapsed_months_in_settings_by_keyboard(
    qtbot: QtBot, optician: Vault, translations: Translations, operations: Operations
) -> None:
    window = _signed_in_shell(qtbot, optician, translations, operations, OWNER)
    assert window.workspace is not None
    page = window.workspace.page("settings")
    assert isinstance(page, SettingsPage)
    window.workspace.show_page("settings")
    page.show_tab("client_details")
    box = page.recall_settings
    assert box is not None and box.months.value() == 12  # the service's default
    assert (box.months.minimum(), box.months.maximum()) == (1, 60)  # what the service allows
    box.months.setFocus()
    box.months.selectAll()
    qtbot.keyClicks(box.months, "6")
    qtbot.keyClick(box.months, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.save_button
    qtbot.keyClick(box.save_button, Qt.Key.Key_Space)
    assert optician.recalls.lapsed_months() == 6
    # "month(s)" until the lead's English plural forms are made (resources/translations).
    assert box.status.text().startswith("Saved: lapsed clients are now those with no visit for 6")
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    [logged] = optician.audit.list(owner, AuditFilter(action="settings.change"))[:1]
    assert logged.detail == "field=recall_lapsed_months"


def test_the_lapsed_months_are_the_owners_alone(
    qtbot: QtBot, optician: Vault, translations: Translations, operations: Operations
) -> None:
    window = _signed_in_shell(qtbot, optician, translations, operations, RECEPTION)
    assert window.workspace is not None
    page = window.workspace.page("settings")
    assert isinstance(page, SettingsPage) and page.recall_settings is None


def test_a_refused_number_is_said_under_it_and_kept(
    qtbot: QtBot,
    optician: Vault,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The service decides: a limit it narrows later is said under the box, the number kept."""
    window = _signed_in_shell(qtbot, optician, translations, operations, OWNER)
    assert window.workspace is not None
    page = window.workspace.page("settings")
    assert isinstance(page, SettingsPage) and page.recall_settings is not None
    box = page.recall_settings
    monkeypatch.setattr("salonvault.services.recalls.LAPSED_MONTHS_RANGE", (1, 24))
    box.months.setValue(36)
    assert not box.save()
    assert not box.error.isHidden() and "24" in box.error.text()
    assert box.months.value() == 36 and optician.recalls.lapsed_months() == 12


def test_the_dashboard_counts_the_recalls_due_and_opens_the_list(
    qtbot: QtBot, optician: Vault, translations: Translations, operations: Operations
) -> None:
    window = _signed_in_shell(qtbot, optician, translations, operations, OWNER)
    workspace = window.workspace
    assert workspace is not None
    dashboard = workspace.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    workspace.show_page("dashboard")
    number, caption = dashboard.tiles["recalls_due"]
    qtbot.waitUntil(lambda: number.text() == "3")  # three prescriptions running out
    assert "recalls" in caption.text().lower()
    recalls = workspace.page("recalls")
    assert isinstance(recalls, RecallsPage)
    recalls.show_kind(RecallKind.LAPSED)  # someone left the page on another list
    button = dashboard.list_buttons["recalls_due"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert workspace.pages.currentWidget() is recalls
    qtbot.waitUntil(lambda: recalls.table.rowCount() == 3)
    assert recalls.kind_box.currentData() is None  # every list, as counted


def _tab_stops(qtbot: QtBot, window: QWidget, start: QWidget, count: int) -> list[QWidget]:
    window.activateWindow()
    start.setFocus()
    stops = []
    for _ in range(count):
        focused = window.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        stops.append(window.focusWidget())
    return stops


def test_tab_never_stops_on_a_scrolling_frame(
    qtbot: QtBot, clinic: Vault, translations: Translations
) -> None:
    """Tab from the visit's last field went to Save, Cancel, then to the frame that scrolls the
    form (a stop with nothing to do), before coming back to the date."""
    owner = clinic.auth.sign_in("Ewa Lis", OWNER_PIN)
    client = clinic.clients.create(owner, ClientInput("Nowak", "Anna")).id
    grant_health_consent(clinic, owner, client)
    card = ClientCard(clinic, owner, client)
    qtbot.addWidget(card)
    card.show()
    visit = card.add_visit()
    qtbot.waitUntil(visit.isVisible)
    stops = _tab_stops(qtbot, visit, visit.service, 14)
    assert not [w for w in stops if isinstance(w, QScrollArea)]
    visit.reject()
    card.show_tab(card.records_tab)
    qtbot.waitUntil(lambda: card.records_tab._loaded)
    dialog = card.records_tab.add_record("spectacle_rx")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    stops = _tab_stops(qtbot, dialog, dialog.inputs["notes"].focus, 6)
    assert not [w for w in stops if isinstance(w, QScrollArea)]
    dialog.reject()


def test_the_eyes_are_headed_in_polish(qtbot: QtBot, translations: Translations) -> None:
    """The prescription's columns said "Right (R)" and "Left (L)" in Polish."""
    from ui.record_words import eye_text

    translations.switch("pl")
    assert (eye_text("right"), eye_text("left")) == ("Prawe (OP)", "Lewe (OL)")
