"""Counter screenshots for tools.screenshots (issue 18): the client list with namesakes told apart,
and with its filters on, in Vietnamese and Polish.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots counter
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from salonvault.domain.clients import ClientInput
from salonvault.domain.treatments import VisitInput
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[[int], None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]

# Six clients of one name, as a busy Vietnamese salon has them: told apart by number, the
# phone's last digits, birth year and last visit.
NAMESAKES = (
    ("+84 912 345 601", date(1988, 3, 2), 3, "vip"),
    ("+84 903 222 417", date(1995, 7, 19), 40, ""),
    ("+84 988 110 532", date(1979, 11, 5), 200, "vip"),
    ("+84 912 876 044", date(2001, 1, 23), 9, ""),
    ("+84 935 400 289", date(1990, 9, 30), 400, "balayage"),
    ("", date(1984, 5, 14), 75, ""),
)


def add_namesakes(shell: ShellWindow) -> None:
    """Registered by the owner (signed in), with birth dates collected and a visit each."""
    vault, session = shell.vault, shell.session
    assert session is not None
    fields = set(vault.clients.collected_fields()) | {"birth_date"}
    vault.clients.set_collected_fields(session, fields)
    today = vault.clock.now().date()
    service = vault.treatments.services(session)[0].id
    for phone, born, days_ago, tag in NAMESAKES:
        client = vault.clients.create(
            session,
            ClientInput(
                "Nguyễn",
                "Thị Linh",
                phone=phone,
                birth_date=born,
                tags=("khách quen", tag) if tag else ("khách quen",),
            ),
            allow_duplicate=True,
        ).id
        visit = VisitInput(today - timedelta(days=days_ago), service)
        vault.treatments.add_visit(session, client, visit)


def counter_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    owner, receptionist = staff[0], staff[1]
    shell.switch_language("en")
    sign_in(shell, owner)
    add_namesakes(shell)
    shell.switch_user()
    for lang in ("vi", "pl"):
        shell.switch_language(lang)
        sign_in(shell, receptionist)
        page = clients_page(shell)
        page.search_box.setText("nguyen thi linh")
        page.run_search()
        page.table.selectRow(2)
        settle(200)
        grab(shell, f"clients-namesakes-{lang}")
        shell.switch_user()
        sign_in(shell, owner)
        page = clients_page(shell)
        page.search_box.clear()
        page.filters_button.setChecked(True)
        page.filter_bar.tag.setText("khách quen")  # regulars seen within the year
        seen_from = page.filter_bar.seen_from
        seen_from.setDate(seen_from.date().addMonths(-11))
        page.filter_bar.seen_from_on.setChecked(True)
        page.refresh()
        settle(400)
        grab(shell, f"clients-filters-{lang}")
        page.filter_bar.clear()
        page.filters_button.setChecked(False)
        shell.switch_user()
    shell.switch_language("en")


def clients_page(shell: ShellWindow) -> ClientsPage:
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    return page
