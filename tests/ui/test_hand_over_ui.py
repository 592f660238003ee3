"""Hand the screen to the client (issue 23 item 1, decision 0038): a client fills and signs an
intake form in Vietnamese and cannot reach anything else of the vault; a red-flag answer shows
on the technician's card; leaving the form takes the staff PIN and keeps nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import PINS, Team
from tests.ui.support import sign_in_as
from tests.ui.test_consent_ui import draw_signature
from ui.dialogs.client_card import ClientCard
from ui.dialogs.hand_over import HandOverWindow
from ui.shell import ShellWindow

LASER = "laser_ipl"


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    made = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai", language="pl")).id
    grant_health_consent(vault, team.owner, made)
    return made


def hand_over(
    qtbot: QtBot, vault: Vault, shell: ShellWindow, client_id: int
) -> tuple[ClientCard, HandOverWindow]:
    assert shell.session is not None
    card = ClientCard(vault, shell.session, client_id, shell)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    tab = card.forms_tab
    assert tab is not None
    card.show_tab(tab)
    tab.form_choice.setCurrentIndex(tab.form_choice.findData(LASER))
    qtbot.mouseClick(tab.hand_over_button, Qt.MouseButton.LeftButton)
    window = tab.window_open
    assert window is not None
    qtbot.waitExposed(window)
    return card, window


def assert_nothing_else_reachable(qtbot: QtBot, shell: ShellWindow, window: HandOverWindow) -> None:
    assert window.isFullScreen() and window.isVisible()
    assert window.windowModality() is Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() is window
    # Only the form: no tabs, lists or tables of the vault inside the window.
    assert not window.findChildren(QTabWidget) and not window.findChildren(QTableWidget)
    # The program's switch-user key (an application-wide shortcut) does nothing here.
    QTest.keyClick(window.done_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert shell.session is not None and window.isVisible()
    # Escape and closing (Alt+F4) ask for the staff PIN; the window stays.
    QTest.keyClick(window.done_button, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.pin_page and window.isVisible()
    window.back_to_form()
    window.close()
    assert window.isVisible() and window.stack.currentWidget() is window.pin_page
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.form_page


def click(qtbot: QtBot, window: HandOverWindow, name: str) -> None:
    button = window.findChild(QRadioButton, name)
    assert button is not None, name
    window.question_scroll.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked(), name


def test_a_client_fills_and_signs_in_vietnamese_and_reaches_nothing_else(
    qtbot: QtBot, vault: Vault, team: Team, shell: ShellWindow, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    card, window = hand_over(qtbot, vault, shell, client_id)
    assert window.language == "pl"  # her card's language first
    assert_nothing_else_reachable(qtbot, shell, window)

    qtbot.mouseClick(window.language_buttons["vi"], Qt.MouseButton.LeftButton)
    assert window.title.text() == "Phiếu tư vấn laser và IPL"
    assert window.done_button.text() == "Xong"
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)  # nothing answered
    assert window.form_error.text() == "Vui lòng trả lời câu hỏi này."
    for key in window.questions.boxes:
        box = window.questions.boxes[key]
        if "no" in box.buttons:
            click(qtbot, window, f"answer_{key}_{'yes' if key == 'pregnant' else 'no'}")
    medicines = window.findChild(QLineEdit, "answer_medications")
    assert medicines is not None
    qtbot.keyClicks(medicines, "Doxycycline")
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert window.form_error.text() == "Vui lòng ký vào ô."  # no signature yet
    draw_signature(window.pad)
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)

    [signed] = vault.forms.filled_forms(team.owner, client_id)
    assert signed.language == "vi" and signed.answers["pregnant"] == "yes"
    assert signed.answers["medications"] == "Doxycycline"
    assert window.stack.currentWidget() is window.pin_page
    assert window.thanks.text().startswith("Cảm ơn bạn!")
    qtbot.keyClicks(window.pin_pad.field, "999999")
    qtbot.keyClick(window.pin_pad.field, Qt.Key.Key_Return)
    assert window.isVisible() and window.pin_error.text()
    qtbot.keyClicks(window.pin_pad.field, PINS[Role.TECHNICIAN])
    qtbot.keyClick(window.pin_pad.field, Qt.Key.Key_Return)
    assert not window.isVisible() and window.result() == QDialog.DialogCode.Accepted
    assert shell.session is not None  # back with the staff member

    # The red flag is on the technician's card: a severe alert, and a review to do.
    health = card.health_tab
    assert health is not None
    texts = [health.table.item(r, 1).text() for r in range(health.table.rowCount())]
    assert "Pregnant or breastfeeding (intake form) — Laser and IPL consultation" in texts
    forms = card.forms_tab
    assert forms is not None and forms.table.rowCount() == 1
    assert "Pregnant or breastfeeding" in forms.table.item(0, 3).text()
    assert forms.review_button.isEnabled()
    review = forms.review_selected()
    assert review is not None
    qtbot.keyClicks(review.note, "GP letter seen")
    review.save()
    qtbot.waitUntil(lambda: not forms.review_button.isEnabled())
    [flag] = vault.forms.filled_forms(team.owner, client_id)[0].red_flags
    assert flag.review_note == "GP letter seen"


def test_leaving_takes_the_staff_pin_and_keeps_nothing(
    qtbot: QtBot, vault: Vault, team: Team, shell: ShellWindow, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    _card, window = hand_over(qtbot, vault, shell, client_id)
    click(qtbot, window, "answer_epilepsy_yes")
    QTest.keyClick(window.done_button, Qt.Key.Key_Escape)
    assert not window.lock_button.isVisible()
    qtbot.keyClicks(window.pin_pad.field, PINS[Role.OWNER])
    qtbot.keyClick(window.pin_pad.field, Qt.Key.Key_Return)
    assert not window.isVisible() and window.result() == QDialog.DialogCode.Rejected
    assert vault.forms.filled_forms(team.owner, client_id) == []
    assert shell.session is not None


def test_a_program_lock_closes_the_hand_over(
    qtbot: QtBot, vault: Vault, team: Team, shell: ShellWindow, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    _card, window = hand_over(qtbot, vault, shell, client_id)
    shell.lock("idle")
    assert not window.isVisible() and shell.session is None
    assert shell.stack.currentWidget() is shell.lock_screen
