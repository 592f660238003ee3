"""What counts as someone still at the counter (walkthrough of issue 22, "Walk cut short again by
the idle lock"): input in any of the program's windows, not only the main one, and time measured
on a clock that setting the computer's clock does not move.

The idle limit is the default 5 minutes; the fake clock moves and the watcher's check runs as
its one-second timer would (`shell.idle.check_now()`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import FakeClock, Team
from tests.ui.support import sign_in_as
from tests.ui.test_hand_over_ui import hand_over
from ui.dialogs.visit_dialog import VisitDialog
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


def open_visit_dialog(qtbot: QtBot, shell: ShellWindow, client_id: int) -> VisitDialog:
    assert shell.workspace is not None
    page = shell.workspace.page("clients")
    assert isinstance(page, ClientsPage)
    card = page.open_client(client_id)
    assert card is not None
    dialog = card.add_visit()
    qtbot.waitExposed(dialog)
    return dialog


def wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def still_signed_in_after(
    shell: ShellWindow, clock: FakeClock, inputs: list[Callable[[], None]]
) -> None:
    """Four minutes of nothing, then one input, over and over: the session lasts well past the
    5-minute limit only if every one of the inputs counted."""
    for give_input in inputs:
        clock.advance(minutes=4)
        shell.idle.check_now()
        assert shell.session is not None
        give_input()
    clock.advance(minutes=4)
    shell.idle.check_now()
    assert shell.session is not None, "the last input did not count"


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Lý", "Thu Trang")).id


def test_typing_a_visit_in_its_dialog_keeps_the_session_open(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    dialog = open_visit_dialog(qtbot, shell, client_id)
    still_signed_in_after(
        shell,
        clock,
        [
            lambda: qtbot.keyClicks(dialog.products, "Olaplex"),
            lambda: qtbot.mouseClick(dialog.notes, Qt.MouseButton.LeftButton),
            lambda: wheel(dialog.scroll_area.viewport()),
            lambda: qtbot.keyClicks(dialog.notes, "toner "),
        ],
    )
    assert dialog.isVisible() and dialog.notes.text() == "toner "


def test_vietnamese_typed_through_an_input_method_counts(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int
) -> None:
    """Unikey, Telex or a pinyin input method hand Qt the finished text, not key presses."""
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    dialog = open_visit_dialog(qtbot, shell, client_id)
    dialog.notes.setFocus()

    def commit(text: str) -> Callable[[], None]:
        def send() -> None:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(dialog.notes, event)

        return send

    still_signed_in_after(shell, clock, [commit("nhuộm "), commit("tóc")])
    assert dialog.notes.text() == "nhuộm tóc"


def test_setting_the_computers_clock_forward_does_not_lock_a_person_typing(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int
) -> None:
    """The walk's machine clock jumped: the technician was locked out between two keys."""
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    dialog = open_visit_dialog(qtbot, shell, client_id)
    qtbot.keyClicks(dialog.notes, "balayage")
    clock.advance(seconds=20)
    clock.set_wall_clock_by(minutes=40)  # the time service, or a virtual machine catching up
    shell.idle.check_now()
    assert shell.session is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.notes, ", toner")
    shell.vault.treatments.services(shell.session)  # and the services agree
    assert dialog.notes.text() == "balayage, toner"


def test_setting_the_clock_back_does_not_keep_an_idle_screen_open(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    clock.set_wall_clock_by(hours=-1)
    clock.advance(minutes=5)
    shell.idle.check_now()
    assert shell.session is None and shell.stack.currentWidget() is shell.lock_screen


def test_input_in_a_message_box_counts(qtbot: QtBot, shell: ShellWindow, clock: FakeClock) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Remove",
        "Remove it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        shell,
    )
    box.open()
    qtbot.waitExposed(box)
    no = box.button(QMessageBox.StandardButton.No)
    still_signed_in_after(
        shell,
        clock,
        [
            lambda: qtbot.keyClick(no, Qt.Key.Key_Tab),
            lambda: qtbot.mousePress(no, Qt.MouseButton.LeftButton),
            lambda: wheel(no),
        ],
    )
    assert box.isVisible()
    box.reject()


def test_input_in_qts_file_dialog_counts(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, tmp_path: Path
) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    dialog = QFileDialog(shell, "Choose a file", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    [name_box] = [w for w in dialog.findChildren(QLineEdit) if w.isVisible()]
    still_signed_in_after(
        shell,
        clock,
        [
            lambda: qtbot.keyClicks(name_box, "photo"),
            lambda: qtbot.mouseClick(name_box, Qt.MouseButton.LeftButton),
            lambda: wheel(name_box),
        ],
    )
    dialog.reject()


def test_a_client_filling_the_handed_over_form_keeps_the_session_open(
    qtbot: QtBot, vault: Vault, team: Team, shell: ShellWindow, clock: FakeClock
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai", language="pl")).id
    grant_health_consent(vault, team.owner, client)
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    _card, window = hand_over(qtbot, vault, shell, client)
    first_answer = window.questions.first_answer()
    still_signed_in_after(
        shell,
        clock,
        [
            lambda: qtbot.keyClick(first_answer, Qt.Key.Key_Tab),
            lambda: qtbot.mousePress(window.pad, Qt.MouseButton.LeftButton),
            lambda: wheel(window.question_scroll.viewport()),
        ],
    )
    assert window.isVisible()
