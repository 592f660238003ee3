"""Settings screenshots for tools.screenshots (issue 18 items 5 and 7): the salon's details and
the client details it collects, in Vietnamese and Polish, on salons made the way real ones are
(create_vault with the wizard's details, no demo); and the owner's Security tab in English.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots settings
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind
from salonvault.services.vault import SalonDetails, create_vault
from ui.app import AppController
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.settings_page import CLIENT_DETAILS, SALON, SECURITY, SettingsPage
from ui.shell import ShellWindow

SALONS = {
    "vi": (
        SalonDetails("Salon Hoa Mai", "12 Lê Lợi\nHuế", "vi", kinds=(BusinessKind.HAIR,)),
        "Hoa Nguyễn",
    ),
    "pl": (
        SalonDetails(
            "Optyk Żabka", "ul. Źródlana 5\n00-950 Łódź", "pl", kinds=(BusinessKind.OPTICIAN,)
        ),
        "Anna Nowak",
    ),
    "en": (SalonDetails("Hair by Rosie", "3 Mill Lane\nLeeds", "en"), "Rosie Hart"),
}
PIN = "482913"


def settings_shots(
    root: Path,
    translations: Translations,
    operations: Operations,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    for lang, (salon, owner) in SALONS.items():
        create_vault(root / f"salon-{lang}", salon, owner, PIN, None).close()
        translations.switch(lang)
        controller = AppController(root / f"salon-{lang}", translations, operations)
        controller.start()  # opens the vault off the GUI thread
        for _ in range(200):
            settle(50)
            if controller.shell is not None:
                break
        shell = controller.shell
        assert shell is not None
        shell.move(0, 0)
        shell.resize(1100, 700)
        page = _settings_page(shell, owner, settle)
        if lang == "en":
            page.show_tab(SECURITY)
            grab(shell, "settings-owner")
        else:
            page.show_tab(SALON)
            grab(shell, f"settings-salon-{lang}")
            page.show_tab(CLIENT_DETAILS)
            grab(shell, f"settings-client-details-{lang}")
        shell.switch_user()
        shell.vault.close()
        shell.hide()


def _settings_page(shell: ShellWindow, owner: str, settle: Callable[[int], None]) -> SettingsPage:
    shell.lock_screen.select(owner)
    shell.lock_screen.sign_in_requested.emit(owner, PIN)
    for _ in range(100):
        settle(50)
        if shell.session is not None:
            break
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page
