"""Screenshots of the chair (issue 18 items 10, 11, 13) in Vietnamese and Polish: a visit
opened from the card, a two-bowl formula in the visit dialog, and a printed card (the PDF at
60 dpi through pdftoppm).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots chair
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from salonvault.domain.formulas import Bowl, Component, Developer, Formula
from salonvault.domain.treatments import PaymentMethod, VisitInput
from ui.dialogs.visit_detail import VisitDetailDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]


def two_bowls() -> Formula:
    """Roots in permanent colour and a toner, weighed, as a colourist writes them."""
    roots = Bowl(
        label="roots",
        brand="Wella Koleston Perfect",
        components=(Component("6/7", Decimal(30)), Component("7/1", Decimal(15))),
        developer=Developer(Decimal(6), 20),
        ratio=Decimal("1.5"),
        processing_minutes=35,
    )
    toner = Bowl(
        label="toner",
        brand="Wella Color Touch",
        components=(Component("9/16", Decimal(20)),),
        developer=Developer(Decimal("1.9"), 6),
        ratio=Decimal(2),
        processing_minutes=20,
        note="only the lengths",
    )
    return Formula((roots, toner))


def chair_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    out: Path,
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    vault = shell.vault
    owner, technician = staff[0], next(s for s in staff if s["role"] == "technician")
    session = vault.auth.sign_in(owner["name"], owner["pin"])
    client = next(s for s in vault.clients.search(session, "Nguyễn Thị Ánh"))
    services = {s.name: s.id for s in vault.treatments.services(session)}
    # Today, recorded after the showcase's own visit: the latest formula, which Repeat copies.
    visit = vault.treatments.add_visit(
        session,
        client.id,
        VisitInput(
            vault.clock.now().date(),
            services.get("Balayage", next(iter(services.values()))),
            products="Olaplex No.2",
            formula=two_bowls(),
            notes="Warm at the roots; toner on the lengths only.",
            price_minor=1_200_000,
            currency="VND",
            payment_method=PaymentMethod.CARD,
        ),
        acknowledge_patch_warning=True,
    )
    vault.auth.sign_out(session)
    for lang in ("vi", "pl"):
        shell.switch_language(lang)
        sign_in(shell, technician)
        card = _open_card(shell, client.id)
        detail = VisitDetailDialog(vault, shell.session, client.id, visit, card)  # type: ignore[arg-type]
        detail.move(80, 40)
        detail.show()
        grab(detail, f"visit-detail-{lang}")
        detail.close()
        dialog = VisitDialog(vault, shell.session, client.id, card)  # type: ignore[arg-type]
        dialog.move(40, 20)
        dialog.resize(700, 760)
        dialog.show()
        settle()
        dialog.repeat_last_formula()
        settle()
        first = dialog.formula_editor.bowls[0]  # from bowl 1's top, so both bowls show
        content = dialog.scroll_area.widget()
        assert content is not None
        dialog.scroll_area.verticalScrollBar().setValue(first.mapTo(content, QPoint(0, 0)).y() - 30)
        settle()
        grab(dialog, f"visit-formula-two-bowls-{lang}")
        dialog.reject()
        card.close()
        _card_pdf_shot(shell, client.id, lang, out)
        shell.switch_user()


def _open_card(shell: ShellWindow, client_id: int) -> QWidget:
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page("clients")
    page = workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    card = page.open_client(client_id)
    assert card is not None
    card.move(60, 40)
    return card


def _card_pdf_shot(shell: ShellWindow, client_id: int, lang: str, out: Path) -> None:
    """The technician's printed card, first page, at 60 dpi."""
    assert shell.session is not None
    pdf = shell.vault.printouts.card_pdf(shell.session, client_id, lang)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "card.pdf"
        path.write_bytes(pdf)  # a throw-away demo salon's card, in a temporary folder
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path),
             str(out / f"card-pdf-{lang}")],
            check=True,
        )  # fmt: skip
    print("saved", f"card-pdf-{lang}")
