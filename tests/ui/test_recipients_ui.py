"""Settings' recipients and transfers (issue 21 item 4, decision 0041): the owner lists them with
the keyboard only, the service checks each row and the box says which one is wrong, the save is
logged, and no other role sees the box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.recipients import Recipient
from salonvault.domain.roles import Role
from tests.support import Team
from tests.ui.test_settings_ui import settings_page
from ui.pages.recipients_box import RecipientsBox
from ui.pages.settings_page import SALON
from ui.shell import ShellWindow


def type_into_focus(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_the_owner_lists_recipients_with_the_keyboard(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    box = page.recipients
    assert isinstance(box, RecipientsBox)
    assert box.table.rowCount() == 0
    box.remove_row()  # nothing to remove: the box says what to do
    assert "Choose a row" in box.status.text()
    assert "sends client data nowhere" in box.intro.text()

    box.add_button.setFocus()
    qtbot.keyClick(box.add_button, Qt.Key.Key_Space)  # the cursor goes to the new row's name
    assert box.table.currentRow() == 0 and box.table.currentColumn() == 0
    type_into_focus(qtbot, "Zalo")
    type_into_focus(qtbot, "messages the client asked for")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # country: the salon's (GB)
    type_into_focus(qtbot, "the client's consent")
    assert box.listed() == [
        Recipient("Zalo", "messages the client asked for", "GB", "the client's consent")
    ]

    box.table.item(0, 2).setText("VN")  # the provider's country, abroad for a British salon
    box.save_button.setFocus()
    qtbot.keyClick(box.save_button, Qt.Key.Key_Space)
    assert shell.vault.settings.recipients() == (
        Recipient("Zalo", "messages the client asked for", "VN", "the client's consent"),
    )
    assert box.status.text().startswith("Saved.")
    logged = shell.vault.audit.list(team.owner, AuditFilter(action="settings.change"))
    assert logged[-1].detail == "field=recipient_list recipients=1"


def test_a_wrong_row_is_named_and_nothing_is_saved(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    box = page.recipients
    assert isinstance(box, RecipientsBox)
    box.add_row()
    box.add_row()
    for column, value in enumerate(("SMSAPI", "reminders", "PL")):
        box.table.item(0, column).setText(value)
    for column, value in enumerate(("Kế toán", "invoices", "XX")):
        box.table.item(1, column).setText(value)
    assert not box.save()
    assert "Recipient 2" in box.status.text() and "two-letter code" in box.status.text()
    assert shell.vault.settings.recipients() == ()
    box.table.setCurrentCell(1, 0)
    box.remove_row()
    assert box.save() and len(shell.vault.settings.recipients()) == 1


def test_only_the_owner_sees_the_recipients(qtbot: QtBot, shell: ShellWindow) -> None:
    page = settings_page(qtbot, shell, Role.RECEPTIONIST)
    assert page.recipients is None
