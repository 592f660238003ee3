"""What a newcomer's keyboard-only walk through a new salon found (issue 18, the walkthrough in
Vietnamese and Polish on a salon made by the wizard): Tab reaches every name on the lock screen,
leaves every table, and the wizard's buttons are met in the order they are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault import Vault
from tests.support import NAMES, Team
from tests.ui.support import sign_in_as
from tests.ui.test_settings_ui import settings_page
from tests.ui.test_type_ahead_ui import type_into
from tests.ui.test_wizard import create_and_reach_kit, fill_to_unlock_page
from ui.audit_details import AuditDetails, pieces
from ui.dialogs.client_card import ClientCard
from ui.dialogs.consents_panel import ConsentsPanel
from ui.dialogs.formula_editor import BowlEditor
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.settings_page import SALON
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard


def focus_after_tab(qtbot: QtBot) -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_tab_reaches_every_name_on_the_lock_screen(qtbot: QtBot, shell: ShellWindow) -> None:
    active(qtbot, shell)
    screen = shell.lock_screen
    screen.reset()
    buttons = list(screen.staff_buttons.values())
    assert len(buttons) == 3 and QApplication.focusWidget() is buttons[0]
    assert focus_after_tab(qtbot) is buttons[1]  # was "Forgot your PIN?": names in a group
    assert focus_after_tab(qtbot) is buttons[2]
    qtbot.keyClick(buttons[2], Qt.Key.Key_Space)
    assert QApplication.focusWidget() is screen.pin_pad.field
    assert [b.isChecked() for b in buttons] == [False, False, True]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)  # another name: only it is chosen
    assert [b.isChecked() for b in buttons] == [True, False, False]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)  # the same again stays chosen
    assert buttons[0].isChecked()
    screen.reset()
    assert not any(b.isChecked() for b in buttons)


def test_sign_in_by_tab_and_pin_reaches_the_receptionist(qtbot: QtBot, shell: ShellWindow) -> None:
    active(qtbot, shell)
    screen = shell.lock_screen
    screen.reset()
    while QApplication.focusWidget() is not screen.staff_buttons[NAMES[Role.RECEPTIONIST]]:
        assert focus_after_tab(qtbot) in screen.staff_buttons.values()
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)


def test_tab_leaves_the_consent_table_for_the_form_buttons(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    client = shell.vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Linh")).id
    card = ClientCard(shell.vault, team.receptionist, client)
    qtbot.addWidget(card)
    card.show()
    active(qtbot, card)
    panel = card.findChild(ConsentsPanel)
    assert panel is not None
    card.show_tab(panel)
    panel.status_table.setFocus()
    qtbot.keyClick(panel.status_table, Qt.Key.Key_Down)
    assert focus_after_tab(qtbot) is not panel.status_table  # the cells kept the Tab key


def test_no_table_in_any_page_or_card_keeps_the_tab_key(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    """Qt's tables move between cells on Tab by default: a keyboard user is stuck in them."""
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    for key in shell.workspace.nav_keys():
        shell.workspace.show_page(key)
    client = shell.vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    card = ClientCard(shell.vault, team.owner, client)
    qtbot.addWidget(card)
    views = [*shell.findChildren(QAbstractItemView), *card.findChildren(QAbstractItemView)]
    tables = [v for v in views if isinstance(v, QTableWidget) or "Table" in type(v).__name__]
    assert len(tables) >= 8
    trapping = [t.accessibleName() or t.objectName() or type(t).__name__ for t in tables]
    trapping = [n for n, t in zip(trapping, tables, strict=True) if t.tabKeyNavigation()]
    # The one editing grid: Tab walks its cells as in a spreadsheet (test_recipients_ui.py) and
    # its buttons have mnemonics (Alt+A add, Alt+R remove, Alt+S save).
    assert trapping == ["recipientsTable"]


def test_tab_meets_the_kit_buttons_in_the_order_they_stand(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> None:
    wizard = SetupWizard(tmp_path / "salon", translations, operations)
    qtbot.addWidget(wizard)
    wizard.show()
    active(qtbot, wizard)
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    page = wizard.kit_page
    page.key_view.setFocus()
    met = [focus_after_tab(qtbot) for _ in range(3)]
    assert met == [page.print_button, page.save_button, page.key_file_button]  # Save came first
    wizard.vault.close()  # type: ignore[union-attr]


def test_the_fields_the_card_and_its_papers_name_in_the_log_read_as_words(
    qapp: object, vault: Vault, team: Team
) -> None:
    """Opening a card and printing it name fields the log page showed as codes ("phones",
    "pinned_notes", "patch_tests", "consents")."""
    client = vault.clients.create(
        team.owner, ClientInput("Nguyễn", "Thị Linh", phone="+84 912 345 601")
    ).id
    for session in (team.owner, team.technician):
        vault.clients.open(session, client)
        vault.printouts.card_pdf(session, client)
        vault.printouts.day_sheet_pdf(session, [client])
    details = AuditDetails()
    named = [
        name
        for entry in vault.audit.list(team.owner)
        for key, value in pieces(entry.detail)
        if key == "fields"
        for name in value.split(",")
    ]
    assert {"phones", "phones_masked", "pinned_notes", "patch_tests"} <= set(named)
    assert sorted(set(named) - details.known_fields()) == []


class _Marking(QTranslator):
    """Every text of one context "translated" to a marked form: shows it went through Qt's
    translations (the shipped .qm files have no entry for a new text yet)."""

    def __init__(self, context: str) -> None:
        super().__init__()
        self._context = context

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»" if context == self._context else ""

    def isEmpty(self) -> bool:
        return False


def test_a_printer_that_does_not_open_is_said_in_the_screens_language(
    qapp: QApplication, tmp_path: Path, vault: Vault, team: Team
) -> None:
    """Seen in Vietnamese on the card: "The printer could not be opened." in English."""
    client = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    card = ClientCard(vault, team.owner, client)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "card.pdf"))  # will not open
    marking = _Marking("Printing")
    qapp.installTranslator(marking)
    try:
        assert not card.print_card(printer)
    finally:
        qapp.removeTranslator(marking)
    assert card.message.text() == "«The printer could not be opened.»"
    card.deleteLater()


@pytest.mark.parametrize("language", ["vi", "pl"])
def test_the_consent_tables_titles_are_not_cut(
    qtbot: QtBot, vault: Vault, team: Team, translations: Translations, language: str
) -> None:
    """Seen in Vietnamese: the last column's title read "hiên bản văn bả"."""
    translations.switch(language)
    client = vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Linh")).id
    card = ClientCard(vault, team.receptionist, client)
    qtbot.addWidget(card)
    card.show()
    panel = card.findChild(ConsentsPanel)
    assert panel is not None
    card.show_tab(panel)
    panel.status_table.selectRow(0)  # a chosen row's titles are drawn bold: wider
    for table in (panel.status_table, panel.history_table):
        header = table.horizontalHeader()
        font = header.font()
        font.setBold(header.highlightSections())
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(1, table.columnCount()):
            title = table.horizontalHeaderItem(column).text()
            room = header.sectionSize(column) - 2 * margin  # what the title is drawn in
            assert room >= QFontMetrics(font).horizontalAdvance(title)


def test_typing_pol_in_polish_says_which_other_countries_start_so(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    """Seen in Polish: "pol" chose Polinezja Francuska (before Polska in Polish order), and the
    owner saved it without seeing that Polska was one arrow away."""
    translations.switch("pl")
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    box = page.salon_details
    combo, note = box.phone_country, box.country_note
    qtbot.waitUntil(lambda: combo.findText("Polska (PL)") >= 0, timeout=3000)
    type_into(qtbot, combo, "pol")
    assert combo.currentData() == "PF"
    assert note.isVisible() and "Polska (PL)" in note.text() and "pol" in note.text().casefold()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)
    assert combo.currentData() == "PL"
    assert not note.isVisible()  # done with once another entry is chosen
    type_into(qtbot, combo, "wiet")  # one country only: nothing to say
    assert combo.currentData() == "VN" and not note.isVisible()


def test_tab_from_a_settings_tab_goes_to_its_first_field(qtbot: QtBot, shell: ShellWindow) -> None:
    """Seen on every Settings tab: Tab stopped on the scrolling frame, showing nothing."""
    active(qtbot, shell)
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    page.tabs.tabBar().setFocus()
    assert focus_after_tab(qtbot) is page.salon_details.salon_name


def type_letters(widget: QWidget, text: str) -> None:
    """Typed as a keyboard layout delivers letters QTest cannot name ("ł", "ś")."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )


@pytest.mark.parametrize(("typed", "stored"), [("długości", "lengths"), ("długości i", None)])
def test_a_bowl_name_typed_in_full_is_that_name_not_a_longer_one(
    qtbot: QtBot, translations: Translations, typed: str, stored: str | None
) -> None:
    """Seen in Polish: "Długości" (lengths) typed in full became "długości i końce"
    (mid-lengths and ends) when Tab left the box."""
    translations.switch("pl")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    bowl = BowlEditor(1, dialog)
    after = QLineEdit(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(bowl)
    layout.addWidget(after)
    dialog.show()
    active(qtbot, dialog)
    line = bowl.label.lineEdit()
    assert line is not None
    line.setFocus()
    type_letters(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert bowl.label_text() == (stored or "mid-lengths and ends")
