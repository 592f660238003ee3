"""The owner's Services page (issue 18 item 0): a salon with no services can add its own or a
starter list, change, reorder and switch them off; the visit dialog then offers them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.roles import Role
from tests.ui.support import sign_in_as
from ui.models.service_table import COLUMN_ACTIVE, COLUMN_MINUTES, COLUMN_NAME, COLUMN_PRICE
from ui.pages.services_page import ServicesPage
from ui.shell import ShellWindow


def services_page(shell: ShellWindow) -> ServicesPage:
    assert shell.workspace is not None
    shell.workspace.show_page("services")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ServicesPage)
    return page


def names(page: ServicesPage) -> list[str]:
    return [page.model.index(r, COLUMN_NAME).data() for r in range(page.model.rowCount())]


def test_only_the_owner_sees_the_services_page(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert shell.workspace is not None
    assert "services" not in shell.workspace.nav_keys()


def test_an_empty_catalogue_says_why_it_matters_and_fills_by_keyboard(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    page = services_page(shell)
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible() and "no treatment can be recorded" in page.empty_hint.text()
    assert not page.change_button.isEnabled()

    dialog = page.add_service()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Colour, full head")
    dialog.group.setCurrentText("Colour")
    dialog.minutes.setValue(120)
    qtbot.keyClicks(dialog.price, "abc")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert dialog.isVisible() and "as a number" in dialog.errors["price_minor"].text()
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "350")
    dialog.patch_test.setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert names(page) == ["Colour, full head"]
    row = {c: page.model.index(0, c).data() for c in range(page.model.columnCount())}
    assert row[COLUMN_MINUTES] == "120 min"
    assert row[COLUMN_PRICE] == "£350.00"  # the template salon is English: pounds
    assert not page.empty_hint.isVisible()
    assert "Saved: Colour, full head." in page.status.text()

    starters = page.add_starters()
    assert starters.chosen() == [BusinessKind.HAIR]
    starters.boxes[BusinessKind.HAIR].setChecked(False)
    assert not starters.add_button.isEnabled() and "Tick at least one" in starters.why_not.text()
    starters.boxes[BusinessKind.BEAUTY].setChecked(True)
    starters.accept()
    assert names(page)[0] == "Colour, full head" and "Manicure" in names(page)
    assert "9 service(s) added" in page.status.text()


def test_change_reorder_and_switch_off_reach_the_visit_dialogs_list(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    page = services_page(shell)
    page._add_starters([BusinessKind.OPTICIAN])
    assert names(page)[:2] == ["Eye examination", "Contact lens fitting"]
    page.select(page.model.ids()[1])
    page.move_selected(-1)
    assert names(page)[:2] == ["Contact lens fitting", "Eye examination"]
    assert page.model.ids()[0] == page.model.service_at(0).id  # type: ignore[union-attr]
    page.select(page.model.ids()[1])
    dialog = page.change_selected()
    assert dialog is not None and dialog.name.text() == "Eye examination"
    dialog.active.setChecked(False)  # type: ignore[attr-defined]
    dialog.save()
    assert page.model.index(1, COLUMN_ACTIVE).data() == "No"
    vault, session = shell.vault, shell.session
    assert session is not None
    offered = [s.name for s in vault.treatments.services(session)]
    assert "Eye examination" not in offered and offered[0] == "Contact lens fitting"
