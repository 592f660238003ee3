"""A newcomer's walkthrough with the keyboard only, in Vietnamese and Polish, on salons made the
way a real one is (issue 18's last round): the wizard's buttons follow the language at once, Tab
goes where the eye goes, and every screen opens with the focus somewhere useful and harmless."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault import Vault
from tests.support import NAMES, Team
from tests.ui.support import sign_in_as
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.i18n import LANGUAGES, Translations
from ui.operations import Operations
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture
def wizard(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> SetupWizard:
    window = SetupWizard(tmp_path / "salon", translations, operations)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_tab(qtbot: QtBot) -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


@pytest.mark.parametrize(
    ("language", "next_text", "cancel_text"),
    [("vi", "&Tiếp theo >", "Hủy"), ("pl", "&Dalej >", "Anuluj")],
)
def test_the_wizards_own_buttons_follow_the_language_on_the_first_page(
    qtbot: QtBot, wizard: SetupWizard, language: str, next_text: str, cancel_text: str
) -> None:
    assert wizard.button(NEXT).text() == "&Next >"
    wizard.language_page.language.setCurrentIndex(list(LANGUAGES).index(language))
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == next_text, timeout=3000)
    assert wizard.button(CANCEL).text() == cancel_text
    assert "&Back" not in wizard.button(BACK).text()
    wizard.language_page.language.setCurrentIndex(0)  # and back to English
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == "&Next >", timeout=3000)


def test_tab_from_the_salon_address_goes_on_not_back(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    page = wizard.salon_page
    qtbot.keyClicks(page.name, "Salon Hoa Mai")
    page.name.setFocus()
    assert press_tab(qtbot) is page.address
    assert press_tab(qtbot) is wizard.button(NEXT)


def test_starter_services_toggle_and_rename_with_the_keyboard(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    wizard.next()
    qtbot.keyClicks(wizard.salon_page.name, "Salon Hoa Mai")
    wizard.next()
    page = wizard.business_page
    services = page.services
    hint = page.services_label.text()
    assert "Space" in hint and "Enter" in hint  # not only "double-click"
    services.setFocus()
    services.setCurrentRow(0)
    first = services.item(0)
    assert first.checkState() is Qt.CheckState.Checked
    qtbot.keyClick(services, Qt.Key.Key_Space)
    assert first.checkState() is Qt.CheckState.Unchecked
    qtbot.keyClick(services, Qt.Key.Key_Space)
    assert first.checkState() is Qt.CheckState.Checked
    qtbot.keyClick(services, Qt.Key.Key_Return)  # edits the name, as F2 does
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not services
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Cut and blow-dry")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.text() == "Cut and blow-dry")  # Qt commits it queued
    assert page.chosen_services()[0].name == "Cut and blow-dry"


def test_tab_in_the_client_form_follows_the_phone_rows_as_they_read(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    dialog = ClientDialog(vault, team.receptionist)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    rows = dialog.phone_rows
    assert rows is not None
    given = dialog.fields["given_name"]
    given.setFocus()
    first = rows.rows[0]
    assert press_tab(qtbot) is first.label
    assert press_tab(qtbot) is first.number
    # The arrows and ✕ of a lone row are off or harmless; on to "Add a number".
    focused = press_tab(qtbot)
    while focused in (first.up, first.down, first.remove):
        focused = press_tab(qtbot)
    assert focused is rows.add_button
    qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)  # a second row, made after showing
    second = rows.rows[1]
    assert QApplication.focusWidget() is second.number
    focused = press_tab(qtbot)
    while focused in (second.up, second.down, second.remove):
        focused = press_tab(qtbot)
    assert focused is rows.add_button
    after = press_tab(qtbot)
    assert after is dialog.fields["email"] if "email" in dialog.fields else after is not None
    assert after not in dialog.buttons.buttons()


def test_the_card_opens_with_the_focus_on_its_tabs_not_the_pinned_note(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    client_id = vault.clients.create(
        team.receptionist,
        ClientInput(family_name="Nguyễn", given_name="Linh", phone="+84 912 345 678"),
    ).id
    card = ClientCard(vault, team.of(Role.TECHNICIAN), client_id)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is card.tabs.tabBar()
    qtbot.keyClicks(card.tabs.tabBar(), "prefers Anna")
    assert card.pinned_notes.entry.text() == ""


def test_the_lock_screen_starts_on_the_names_and_sign_in_on_the_search_box(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    lock = shell.lock_screen
    first_name = next(iter(lock.staff_buttons.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_name, timeout=3000)
    assert QApplication.focusWidget() is not lock.forgot_button
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert shell.workspace is not None
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_box, timeout=3000)
    shell.switch_user()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert QApplication.focusWidget() in set(lock.staff_buttons.values())
    assert NAMES[Role.RECEPTIONIST] in lock.staff_buttons


def test_the_backup_reminder_leaves_room_for_the_kit_message_in_polish(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    translations.switch("pl")
    shell.resize(1100, 720)
    sign_in_as(qtbot, shell, Role.OWNER)
    reminder = shell.backup_reminder
    assert reminder.isVisible()  # no verified backup yet
    text = reminder.text()
    metrics = reminder.fontMetrics()
    assert metrics.horizontalAdvance(text) <= shell.width() // 3 + 1
    assert reminder.toolTip().startswith(text.rstrip("…"))
    assert len(reminder.toolTip()) > len(text)  # the whole sentence, on hover
