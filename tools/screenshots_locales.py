"""Local-format screenshots for tools.screenshots (issue 19, item 8): the client list, a client's
consent tables and the add-staff dialog with its error, in Vietnamese, Polish and Chinese.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots locales
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PIL import Image, ImageDraw
from PySide6.QtWidgets import QWidget

from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Decision, Method, Purpose
from ui.dialogs.client_card import ClientCard
from ui.dialogs.staff_dialogs import AddStaffDialog
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[[int], None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]

# Clients of the three countries, with the phones as a salon in each would type them.
CLIENTS = (
    ("王", "秀英", "+86 138 0013 8000", date(1990, 4, 2)),
    ("Wąsowska-Żak", "Łucja", "+48 601 234 567", date(1985, 9, 14)),
    ("Nguyễn", "Thị Ánh", "0903 111 222", date(1996, 1, 30)),
)


def add_clients(shell: ShellWindow) -> int:
    """The three clients, registered by the signed-in owner; the first one's client number."""
    vault, session = shell.vault, shell.session
    assert session is not None
    vault.clients.set_collected_fields(
        session, set(vault.clients.collected_fields()) | {"birth_date"}
    )
    ids = []
    for family, given, phone, born in CLIENTS:
        data = ClientInput(family, given, phone=phone, birth_date=born)
        ids.append(vault.clients.create(session, data, allow_duplicate=True).id)
    decisions = {Purpose.SERVICE_RECORDS: Decision.GRANTED, Purpose.MARKETING_SMS: Decision.GRANTED}
    vault.consent.record_many(
        session, ids[0], decisions, "zh_CN", Method.ON_SCREEN, signature_png=_signature()
    )
    return ids[0]


def _signature() -> bytes:
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 150), (200, 40), (400, 160)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def locale_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
    suffix: str = "",
) -> None:
    owner = staff[0]
    shell.switch_language("en")
    sign_in(shell, owner)
    client_id = add_clients(shell)
    shell.switch_user()
    for lang in ("vi", "pl", "zh_CN"):
        shell.switch_language(lang)
        sign_in(shell, owner)
        assert shell.workspace is not None and shell.session is not None
        shell.workspace.show_page("clients")
        page = shell.workspace.pages.currentWidget()
        assert isinstance(page, ClientsPage)
        page.search_box.clear()
        page.run_search()
        settle(300)
        grab(shell, f"formats-clients-{lang}{suffix}")
        card = ClientCard(shell.vault, shell.session, client_id, shell)
        card.show()
        card.tabs.setCurrentWidget(card.consents_tab)
        settle(300)
        grab(card, f"formats-consents-{lang}{suffix}")
        card.close()
        dialog = AddStaffDialog(shell.vault, shell.session, shell)
        dialog.show()
        _show_an_error(dialog)
        settle(300)
        grab(dialog, f"formats-add-staff-{lang}{suffix}")
        dialog.reject()
        shell.switch_user()
    shell.switch_language("en")


def _show_an_error(dialog: AddStaffDialog) -> None:
    """A PIN too short: the dialog says why under the field (the Polish one was cut)."""
    dialog.name.setText("Anna Kowalska")
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    dialog.save()
