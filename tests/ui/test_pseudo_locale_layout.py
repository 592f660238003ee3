"""Every page and the daily dialogs in a pseudo-language 40 % longer than English, with accents
and CJK, at 1024x700 (issue 19 items 7 and 8): nothing clipped, nothing overlapping. The class
of fault a walkthrough in Vietnamese, Polish and Chinese found by eye, caught before a
translation ships (decision 0033)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QSizePolicy, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.demo.clients import populate_demo_clients
from tests.support import Team
from tests.ui.pseudo_locale import PseudoTranslator, layout_problems, pseudo
from tests.ui.support import sign_in_as
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.day_sheet_dialog import DaySheetDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.staff_dialogs import AddStaffDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.i18n import Translations
from ui.shell import ShellWindow

SCREEN = (1024, 700)
# Pages not fixed yet, each with what is wrong. Set aside (no minimum size) so the others are
# measured at 1024 pixels; the test fails once one of them fits, so the entry is taken out.
NOT_FITTING_YET: dict[str, str] = {}


def test_the_pseudo_language_is_longer_and_keeps_placeholders() -> None:
    text = pseudo("Save %1 for &later <b>now</b> &amp; %n")
    assert "%1" in text and "%n" in text and "&ł" in text and "<b>" in text and "&amp;" in text
    assert len(text) >= 1.4 * len("Save %1 for &later <b>now</b> &amp; %n") - 12
    assert "漢" in text and "á" in text
    assert pseudo("⚠") == "⚠" and pseudo("") == ""


@pytest.fixture(params=["pseudo", "vi", "pl", "zh_CN"])
def pseudo_language(
    request: pytest.FixtureRequest, qapp: QApplication, translations: Translations
) -> Iterator[str]:
    """The pseudo-language (over Vietnamese dates and numbers), and the real translations."""
    language = str(request.param)
    translations.switch("vi" if language == "pseudo" else language)
    translator = PseudoTranslator(qapp)
    if language == "pseudo":
        qapp.installTranslator(translator)
    yield language
    qapp.removeTranslator(translator)


def _check(qtbot: QtBot, window: QWidget, where: str, found: list[str]) -> None:
    qtbot.wait(30)  # layouts settle
    found += [f"{where}: {problem}" for problem in layout_problems(window)]


def test_every_page_and_dialog_fits_in_the_pseudo_language(
    qtbot: QtBot, shell: ShellWindow, team: Team, pseudo_language: str
) -> None:
    vault = shell.vault
    vault.settings.mark_demo()
    populate_demo_clients(vault, team.owner, 30)
    chinese = vault.clients.create(
        team.owner, ClientInput("王", "秀英", phone="+86 138 0013 8000"), allow_duplicate=True
    ).id
    sign_in_as(qtbot, shell, Role.OWNER)
    workspace, session = shell.workspace, shell.session
    assert workspace is not None and session is not None
    found: list[str] = []
    room = SCREEN[0] - workspace.nav.width() - 40  # the side column, margins and spacing
    for key in workspace.nav_keys():  # each built when first shown: build them all
        workspace.page(key)
    qtbot.wait(30)  # the window's minimum takes the pages just built (a layout request)
    for index in range(workspace.pages.count()):
        page = workspace.pages.widget(index)
        if page.objectName() in NOT_FITTING_YET and pseudo_language == "pseudo":
            if page.minimumSizeHint().width() <= room:
                found.append(f"{page.objectName()} fits now: take it out of NOT_FITTING_YET")
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setMinimumSize(1, 1)  # the stack sizes to the others
            page.setMaximumWidth(room)
            page.updateGeometry()
    # The window takes its layout's new minimum at the next layout request.
    with suppress(qtbot.TimeoutError):  # if not, the size check below says which page
        qtbot.waitUntil(lambda: shell.minimumSize().width() <= SCREEN[0], timeout=2000)
    shell.resize(*SCREEN)
    if (shell.width(), shell.height()) != SCREEN:  # a page wider or taller than the screen
        pages = [workspace.pages.widget(i) for i in range(workspace.pages.count())]
        sizes = {p.objectName(): p.minimumSizeHint().toTuple() for p in pages}
        found.append(f"the window is {shell.width()}x{shell.height()}: {sizes}")
    for key in workspace.nav_keys():
        workspace.show_page(key)
        page = workspace.pages.currentWidget()
        if page.objectName() in NOT_FITTING_YET and pseudo_language == "pseudo":
            continue
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _check(qtbot, shell, f"page {key}, tab {index}", found)
        _check(qtbot, shell, f"page {key}", found)

    dialogs: dict[str, Callable[[], QDialog]] = {
        "new client": lambda: ClientDialog(vault, session, shell),
        "add staff": lambda: AddStaffDialog(vault, session, shell),
        "visit": lambda: VisitDialog(vault, session, chinese, shell),
        "import": lambda: ImportWizard(vault, session, shell),
        "day sheet": lambda: DaySheetDialog(vault, session, shell),
    }
    for name, make in dialogs.items():
        dialog = make()  # a child of the window: closed with it
        dialog.show()
        _check(qtbot, dialog, name, found)
        if name == "add staff":
            dialog.accept()  # nothing typed: the error lines show
            _check(qtbot, dialog, "add staff, with its errors", found)
        dialog.reject()
    card = ClientCard(vault, session, chinese, shell)
    card.show()
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        _check(qtbot, card, f"client card, tab {index}", found)
    card.reject()
    assert found == [], "\n".join(found)
