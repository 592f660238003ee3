"""Screenshots of the staff privacy briefing (issue 21 item 3, decision 0040): the briefing a new
receptionist is shown after her PIN, in Vietnamese and Polish, and the owner's Staff page with
who confirmed which version and when and a recorded training session, in Polish. A salon made
the way set-up makes one (no demo).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots briefing
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.roles import Role
from salonvault.services.access import local_today
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
OWNER = ("Ewa Lis", "482913")
TECHNICIAN = ("Mai Trần", "905372")
NEWCOMER = ("Ola Nowak", "739164")


def _stock(vault: Vault) -> None:
    """The owner and a technician confirmed the briefing (in Polish, in Vietnamese) and
    attended a training; the new receptionist has not signed in yet."""
    owner = vault.auth.sign_in(*OWNER)
    vault.staff.add(owner, TECHNICIAN[0], Role.TECHNICIAN, TECHNICIAN[1])
    vault.staff.add(owner, NEWCOMER[0], Role.RECEPTIONIST, NEWCOMER[1])
    for (name, pin), language in ((OWNER, "pl"), (TECHNICIAN, "vi")):
        session = vault.auth.sign_in(name, pin)
        text = vault.briefing.text_to_show(session, language)
        vault.briefing.acknowledge(session, language, text.sha256)
        vault.auth.sign_out(session)
    ids = [m.id for m in vault.staff.list(owner) if m.name != NEWCOMER[0]]
    vault.briefing.record_training(
        owner,
        local_today(vault.clock) - timedelta(days=12),
        "Ochrona danych klientów: ekran, telefon, pendrive",
        ids,
    )
    vault.auth.sign_out(owner)


def _sign_in(shell: ShellWindow, name: str, pin: str, settle: Settle) -> None:
    shell.lock_screen.select(name)
    shell.lock_screen.sign_in_requested.emit(name, pin)
    for _ in range(100):
        settle(50)
        if shell.session is not None:
            break


def briefing_shots(
    root: Path, translations: Translations, operations: Operations, grab: Grab, settle: Settle
) -> None:
    salon = SalonDetails("Salon Ewa", "ul. Długa 5, Kraków", "pl", kinds=(BusinessKind.HAIR,))
    vault = create_vault(root / "briefing", salon, *OWNER, root / "briefing-key")
    try:
        _stock(vault)
        shell = ShellWindow(vault, translations, operations)
        shell.move(0, 0)
        shell.resize(1100, 720)
        shell.show()
        for lang in ("vi", "pl"):
            shell.switch_language(lang)
            _sign_in(shell, *NEWCOMER, settle)
            page = shell.briefing_page
            assert page is not None, "the newcomer's briefing did not show"
            page.focus_start()
            grab(shell, f"briefing-{lang}")
            page.decline()  # not now: she reads it again in the next language
        _sign_in(shell, *OWNER, settle)
        workspace = shell.workspace
        assert workspace is not None
        shell.resize(1180, 780)
        workspace.show_page("staff")
        settle()
        grab(shell, "staff-briefing-owner-pl")
        shell.switch_user()
        shell.close()
    finally:
        vault.close()
