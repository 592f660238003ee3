"""Namesakes told apart wherever a client is picked (issue 18 item 2): the client list by role,
the activity log's client choice, the merge dialog's search. (The import's duplicates: in
tests/ui/test_import_ui.py.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault import Vault
from tests.support import Team
from tests.ui.support import sign_in_as
from tests.ui.test_clients_ui import clients_page, type_and_wait
from ui.dialogs.merge_dialog import MergeClientsDialog
from ui.formats import date_text
from ui.models.client_table import BORN, LAST_VISIT, NAME, NUMBER, PHONE
from ui.pages.activity_page import ActivityPage
from ui.shell import ShellWindow

# phone, birth date, last visit (None: never came)
LINHS = (
    ("+84 912 345 601", date(1988, 3, 2), date(2026, 11, 20)),
    ("+84 903 222 417", date(1995, 7, 19), date(2026, 10, 2)),
    ("+84 988 110 532", date(1979, 11, 5), None),
)


def three_linhs(vault: Vault, team: Team) -> list[int]:
    """Three Nguyễn Thị Linh in a salon that collects birth dates (not a demo)."""
    owner = team.owner
    vault.clients.set_collected_fields(owner, {"phone", "email", "birth_date", "guardian"})
    cut = vault.catalogue.add(owner, ServiceInput("Cắt tóc", requires_patch_test=False))
    ids = []
    for phone, born, seen in LINHS:
        client = vault.clients.create(
            owner, ClientInput("Nguyễn", "Thị Linh", phone=phone, birth_date=born)
        ).id
        if seen is not None:
            vault.treatments.add_visit(owner, client, VisitInput(seen, cut))
        ids.append(client)
    return ids


def test_the_list_shows_number_phone_birth_year_and_last_visit_as_the_role_may(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    ids = three_linhs(shell.vault, team)
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    type_and_wait(qtbot, page, "nguyen thi linh", 3)
    model, header = page.model, page.table.horizontalHeader()
    rows = {model.client_id(row): row for row in range(3)}
    for client, (phone, born, seen) in zip(ids, LINHS, strict=True):
        row = rows[client]
        assert model.index(row, NAME).data() == "Nguyễn Thị Linh"
        assert model.index(row, NUMBER).data() == str(client)
        assert model.index(row, PHONE).data() == phone
        assert model.index(row, BORN).data() == str(born.year)
        assert model.index(row, LAST_VISIT).data() == (date_text(seen) if seen else "")
    assert not page.table.isColumnHidden(BORN)
    # Read left to right: the name, then what tells it apart.
    assert [header.logicalIndex(place) for place in range(3)] == [NAME, NUMBER, PHONE]
    shell.switch_user()

    page = clients_page(qtbot, shell, Role.TECHNICIAN)
    type_and_wait(qtbot, page, "nguyen thi linh", 3)
    assert page.table.isColumnHidden(BORN)  # a birth date is a contact detail
    for row in range(3):
        client = page.model.client_id(row)
        phone = LINHS[ids.index(client)][0]
        shown = page.model.index(row, PHONE).data()
        assert shown.endswith(phone[-3:]) and phone[-7:-4] not in shown  # masked
        assert page.model.index(row, NUMBER).data() == str(client)
        assert page.model.index(row, BORN).data() == ""  # not handed out at all


def test_a_salon_that_does_not_collect_birth_dates_shows_no_born_column(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    shell.vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Linh"))
    page = clients_page(qtbot, shell, Role.OWNER)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.table.isColumnHidden(BORN) and not page.table.isColumnHidden(NUMBER)
    fields = {"phone", "email", "birth_date", "guardian"}
    shell.vault.clients.set_collected_fields(team.owner, fields)  # the owner switches it on
    assert not page.table.isColumnHidden(BORN)


def test_the_logs_client_choice_tells_namesakes_apart_and_takes_the_one_picked(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    ids = three_linhs(shell.vault, team)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    page.client.setText("Nguyễn Thị Linh")
    menu = page.find_client()
    assert isinstance(menu, QMenu) and menu.isVisible()
    labels = [action.text() for action in menu.actions()]
    assert len(labels) == 3 and len(set(labels)) == 3
    for client, (phone, born, _seen) in zip(ids, LINHS, strict=True):
        [label] = [text for text in labels if f"No. {client} ·" in text]
        assert f"phone …{phone[-3:]}" in label and f"born {born.year}" in label
    assert any("no visit yet" in label for label in labels)
    qtbot.keyClick(menu, Qt.Key.Key_Down)  # from the first to the second, by keyboard
    second = menu.activeAction()
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert page.client_id is not None and page.client_label.text() == second.text()
    assert second.text().startswith("Nguyễn Thị Linh — No. " + str(page.client_id) + " ·")


def test_the_merge_search_tells_namesakes_apart(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    ids = three_linhs(shell.vault, team)
    view = shell.vault.clients.open(team.owner, ids[0])
    dialog = MergeClientsDialog(shell.vault, team.owner, view)
    qtbot.addWidget(dialog)
    dialog.search_box.setText("nguyen thi linh")
    found = [dialog.found.item(row).text() for row in range(dialog.found.count())]
    assert len(found) == 2  # the record itself is not offered
    seen = date_text(date(2026, 10, 2))
    assert any(f"No. {ids[1]} · phone …417 · born 1995 · last visit {seen}" in f for f in found)
    assert any(f"No. {ids[2]} · phone …532 · born 1979 · no visit yet" in f for f in found)
