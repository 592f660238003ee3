"""The staff privacy briefing in the window (issue 21 item 3, decision 0040): after the PIN and
before the workspace, until confirmed; "Not now" goes back to the lock screen; a wizard-made
salon's owner sees it once; the owner's Staff page shows who confirmed what and when, and
records a training session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.briefing import BriefingDue
from salonvault.domain.roles import Role
from salonvault.services.vault import Vault
from tests.support import NAMES, FakeClock, Team
from tests.ui.support import sign_in, sign_in_as
from tests.ui.test_wizard import create_and_reach_kit, fill_to_unlock_page
from ui.app import AppController
from ui.briefing_page import BriefingPage
from ui.i18n import Translations
from ui.models.briefing_tables import COLUMN_STATE
from ui.operations import Operations
from ui.pages.staff_briefing_box import StaffBriefingBox
from ui.pages.staff_page import StaffPage
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard

NEWCOMER, NEWCOMER_PIN = "Zofia Lis", "847362"


def add_newcomer(shell: ShellWindow, vault: Vault, team: Team, role: Role) -> None:
    vault.staff.add(team.owner, NEWCOMER, role, NEWCOMER_PIN)
    shell.lock_screen.set_staff(vault.staff.sign_in_list())  # the next lock re-reads it too


def briefing_of(window: ShellWindow) -> BriefingPage:
    page = window.briefing_page
    assert page is not None and window.stack.currentWidget() is page
    return page


def test_the_briefing_blocks_a_newcomer_until_confirmed(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, team: Team, translations: Translations
) -> None:
    add_newcomer(shell, vault, team, Role.RECEPTIONIST)
    translations.switch("pl")
    sign_in(qtbot, shell, NEWCOMER, NEWCOMER_PIN, confirm_briefing=False)
    page = briefing_of(shell)
    assert shell.workspace is None and shell.session is not None  # signed in, not working
    assert page.shown is not None and page.shown.language == "pl"  # the window's language
    assert "Recepcja" in page.text.toPlainText()
    page.language.setCurrentIndex(page.language.findData("vi"))
    assert "Lễ tân" in page.text.toPlainText()

    qtbot.mouseClick(page.decline_button, Qt.MouseButton.LeftButton)  # "Not now"
    assert shell.session is None and shell.workspace is None and shell.briefing_page is None
    assert shell.stack.currentWidget() is shell.lock_screen
    assert shell.lock_screen.message.text()  # says why they are back
    owner = team.owner
    [standing] = [s for s in vault.briefing.standings(owner) if s.name == NEWCOMER]
    assert standing.due is BriefingDue.FIRST

    sign_in(qtbot, shell, NEWCOMER, NEWCOMER_PIN, confirm_briefing=False)
    page = briefing_of(shell)  # asked again
    page.language.setCurrentIndex(page.language.findData("vi"))
    qtbot.keyClick(page.confirm_button, Qt.Key.Key_Space)  # the keyboard confirms
    assert shell.workspace is not None and shell.briefing_page is None
    assert shell.stack.currentWidget() is shell.workspace
    [standing] = [s for s in vault.briefing.standings(owner) if s.name == NEWCOMER]
    assert standing.due is None and standing.latest is not None
    assert standing.latest.language == "vi"

    shell.switch_user()
    sign_in(qtbot, shell, NEWCOMER, NEWCOMER_PIN, confirm_briefing=False)
    assert shell.briefing_page is None and shell.workspace is not None  # once is enough


def test_a_year_on_the_owner_is_asked_again(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock
) -> None:
    clock.advance(days=366)
    sign_in(qtbot, shell, NAMES[Role.OWNER], "482913", confirm_briefing=False)
    page = briefing_of(shell)
    assert "year" in page.reason.text()
    page.confirm()
    assert shell.workspace is not None


def test_locking_while_the_briefing_shows_drops_it(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, team: Team
) -> None:
    add_newcomer(shell, vault, team, Role.TECHNICIAN)
    sign_in(qtbot, shell, NEWCOMER, NEWCOMER_PIN, confirm_briefing=False)
    briefing_of(shell)
    shell.lock("idle")
    assert shell.briefing_page is None and shell.session is None
    assert shell.stack.currentWidget() is shell.lock_screen


@pytest.fixture
def controller(
    tmp_path: Path, translations: Translations, operations: Operations
) -> Iterator[AppController]:
    app = AppController(tmp_path / "salon", translations, operations)
    yield app
    shell = app.shell
    if shell is not None:
        if shiboken6.isValid(shell):  # else qtbot has closed and deleted it already
            shell.close()
        shell.vault.close()


def test_a_wizard_made_salons_owner_sees_it_once(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    kit = wizard.kit_page
    kit.save_kit_to(tmp_path / "kit.pdf")
    kit.confirm.setChecked(True)
    qtbot.keyClicks(kit.last_four, kit.key_view.text()[-4:])
    wizard.accept()
    shell = controller.shell
    assert isinstance(shell, ShellWindow)
    qtbot.addWidget(shell)

    sign_in(qtbot, shell, "Hoa Nguyễn", "482913", confirm_briefing=False)
    page = briefing_of(shell)
    assert page.shown is not None and page.shown.version == 1
    page.confirm()
    assert shell.workspace is not None
    shell.switch_user()
    sign_in(qtbot, shell, "Hoa Nguyễn", "482913", confirm_briefing=False)
    assert shell.briefing_page is None and shell.workspace is not None


def test_the_staff_page_shows_confirmations_and_records_training(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, team: Team
) -> None:
    vault.staff.add(team.owner, NEWCOMER, Role.TECHNICIAN, NEWCOMER_PIN)
    sign_in_as(qtbot, shell, Role.OWNER)
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page("staff")
    page = workspace.pages.currentWidget()
    assert isinstance(page, StaffPage)
    box = page.briefing_box
    rows = {
        box.standings.index(row, 0).data(): [
            box.standings.index(row, c).data() for c in range(box.standings.columnCount())
        ]
        for row in range(box.standings.rowCount())
    }
    assert rows[NAMES[Role.OWNER]][2] == "1" and rows[NAMES[Role.OWNER]][5] == "Up to date"
    assert rows[NEWCOMER][2] == "—" and "Not confirmed yet" in rows[NEWCOMER][5]

    dialog = box.record_training()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.topic, "Phones and USB sticks")
    dialog.save()
    assert dialog.errors["attendees"].isVisible()  # nobody chosen yet
    for row in range(dialog.attendees.count()):
        dialog.attendees.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert not dialog.isVisible()
    assert box.trainings.rowCount() == 1  # the change notice re-read the list
    assert box.trainings.index(0, 1).data() == "Phones and USB sticks"
    assert NEWCOMER in box.trainings.index(0, 2).data()


def test_the_state_sentence_wraps_rather_than_being_cut(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    """The state column takes the room left and wraps there: on a narrow window, in a longer
    language or with wider fonts, "Not confirmed yet: asked at the next sign-in" stays whole
    and on screen."""
    vault.staff.add(team.owner, NEWCOMER, Role.TECHNICIAN, NEWCOMER_PIN)
    box = StaffBriefingBox(vault, team.owner)
    qtbot.addWidget(box)
    box.resize(640, 400)
    box.show()
    qtbot.waitExposed(box)
    table = box.standing_table
    model = table.model()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == NEWCOMER]
    index = model.index(row, COLUMN_STATE)
    shown = table.visualRect(index)
    assert shown.right() <= table.viewport().width()  # no sideways scrolling to read it
    metrics = table.fontMetrics()
    assert shown.width() >= max(metrics.horizontalAdvance(w) for w in index.data().split())
    wrapped = metrics.boundingRect(
        0, 0, shown.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), index.data()
    )
    assert shown.height() >= wrapped.height()
