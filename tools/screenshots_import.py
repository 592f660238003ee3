"""Import and merge screenshots for tools.screenshots (owner, English): the import wizard's
mapping, preview and result steps on a small client list, and the merge dialog comparing two
records of one person.

The client list is written to a temporary folder, deleted afterwards. The import goes into the
throw-away demo salon; one row repeats a demo client's phone (read through the services), one
has a phone that is not one, and one is the showcase client registered again with a new phone,
so the merge dialog has a real second record to compare.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.dialogs.client_card import ClientCard
from ui.dialogs.import_wizard import MAPPING, RESULT, ImportWizard
from ui.dialogs.merge_dialog import MergeClientsDialog
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

HEADERS = ["Họ", "Tên", "Số điện thoại", "Email", "Ngày sinh", "Địa chỉ", "Dị ứng", "Ghi chú"]
SHOWCASE_PHONE = "912 345 678"  # tools.screenshots.showcase_client
NEW_PHONE = "0977 246 810"


def client_rows(duplicate: tuple[str, str, str]) -> list[list[str]]:
    """Eight clients as a Vietnamese salon's spreadsheet holds them (Excel's "CSV UTF-8")."""
    family, given, phone = duplicate
    return [
        HEADERS,
        ["Trần", "Thị Thu Hà", "0905 123 456", "thuha.tran@gmail.com", "12/03/1988",
         "25 Hùng Vương, Huế", "", "Thích uốn xoăn nhẹ"],
        ["王", "秀英", "0966 888 123", "wang.xiuying@qq.com", "02/02/1992", "", "Latex", ""],
        ["Wiśniewska", "Małgorzata", "+48 601 234 567", "m.wisniewska@wp.pl", "21/07/1979",
         "", "PPD (thuốc nhuộm)", "Nói tiếng Anh"],
        ["Phạm", "Minh Châu", "0938 765 432", "chau.pham@yahoo.com.vn", "05/11/1995",
         "8 Nguyễn Huệ, Huế", "", ""],
        ["Lê", "Hoàng Yến", "0912 34", "", "", "", "", ""],  # a phone that is not one
        [family, given, phone, "", "", "", "", "Khách cũ, số mới"],  # already registered
        ["陈", "美玲", "+86 138 0013 8000", "", "30/09/1985", "", "Nickel", ""],
        ["Nguyễn", "Thị Ánh", NEW_PHONE, "", "", "", "", "Đổi số điện thoại"],  # merged below
    ]  # fmt: skip


def import_shots(
    shell: ShellWindow,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    assert shell.workspace is not None and shell.session is not None
    shell.workspace.show_page("clients")
    clients = shell.workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach-khach.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(client_rows(registered_client(shell)))
        wizard_shots(clients, path, grab, settle)
    merge_shot(shell, clients, grab, settle)


def registered_client(shell: ShellWindow) -> tuple[str, str, str]:
    """A demo client with a phone, not the showcase one: the import's duplicate row."""
    vault, session = shell.vault, shell.session
    assert session is not None
    for summary in vault.clients.summaries(session, vault.clients.list_ids(session)[:50]):
        if summary.phone and SHOWCASE_PHONE not in summary.phone:
            view = vault.clients.open(session, summary.id)
            assert view.phone is not None
            return view.family_name, view.given_name, view.phone
    raise LookupError("no demo client with a phone")


def wizard_shots(
    clients: ClientsPage,
    path: Path,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    wizard = clients.import_clients()
    assert isinstance(wizard, ImportWizard)
    wizard.move(40, 20)
    wizard.open_file(path)
    wait(settle, lambda: wizard.stack.currentIndex() == MAPPING and not wizard.working)
    grab(wizard, "import-mapping")
    wizard.next()  # Preview
    wait(settle, lambda: wizard.plan is not None and not wizard.working)
    plan = wizard.plan
    assert plan is not None
    duplicates = {row.line for row in plan.preview.rows if row.matches}
    wizard.select_lines(duplicates)  # as the owner would, to see the choices
    grab(wizard, "import-preview")
    wizard.next()  # Import (the duplicate is skipped, as by default)
    wait(settle, lambda: wizard.stack.currentIndex() == RESULT and not wizard.working)
    grab(wizard, "import-result")
    wizard.accept()


def merge_shot(
    shell: ShellWindow,
    clients: ClientsPage,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    """The showcase client's card → Merge, with her imported second record chosen."""
    assert shell.session is not None
    hits = shell.vault.clients.search(shell.session, SHOWCASE_PHONE)
    card = clients.open_client(hits[0].id)
    assert isinstance(card, ClientCard)
    settle(300)
    dialog = card.ask_merge()
    assert isinstance(dialog, MergeClientsDialog)
    dialog.move(60, 0)
    dialog.search_box.setText("nguyen anh")
    for row in range(dialog.found.count()):
        if NEW_PHONE[1:].replace(" ", "") in dialog.found.item(row).text().replace(" ", ""):
            dialog.found.setCurrentRow(row)
    assert dialog.other is not None, "the imported record was not found"
    dialog.typed.setText(dialog.other.display_name[:6])
    grab(dialog, "merge-dialog")
    dialog.reject()
    card.reject()


def wait(settle: Callable[[int], None], done: Callable[[], bool]) -> None:
    for _ in range(300):
        if done():
            return
        settle(100)
    raise TimeoutError("the wizard did not get there")
