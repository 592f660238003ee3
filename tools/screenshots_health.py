"""Screenshots of the legal basis for health data and of the edit history (issue 21, decision
0031), in Vietnamese and Polish: the set-up wizard's basis page, and the client card's History
tab after the owner changed a treatment's formula past the 24 hours, on salons made the way
real ones are (create_vault with the wizard's details, no demo).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots health
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.formulas import Bowl, Component, Developer, Formula
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault import SalonDetails, create_vault
from ui.app import AppController
from ui.dialogs.client_card import ClientCard
from ui.i18n import Translations
from ui.operations import Operations
from ui.wizard.setup_wizard import SetupWizard

SALONS = {
    "vi": (SalonDetails("Salon Hoa Mai", "12 Lê Lợi\nHuế", "vi", kinds=(BusinessKind.HAIR,)),
           "Hoa Nguyễn", "Lan Phạm", ("Trần", "Thị Mai"), "Nhuộm màu"),
    "pl": (SalonDetails("Salon Żabka", "ul. Źródlana 5\n00-950 Łódź", "pl",
                        kinds=(BusinessKind.HAIR,)),
           "Anna Nowak", "Kasia Wójcik", ("Wiśniewska", "Zofia"), "Koloryzacja"),
}  # fmt: skip
PIN, TECHNICIAN_PIN = "482913", "571946"


def health_shots(
    root: Path,
    translations: Translations,
    operations: Operations,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    for lang in SALONS:
        translations.switch(lang)
        _basis_page_shot(root, translations, operations, lang, grab)
        _history_shot(root, lang, grab, settle)


def _basis_page_shot(
    root: Path,
    translations: Translations,
    operations: Operations,
    lang: str,
    grab: Callable[[QWidget, str], None],
) -> None:
    controller = AppController(root / f"setup-health-{lang}", translations, operations)
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    wizard.move(0, 0)
    wizard.next()
    wizard.salon_page.name.setText(SALONS[lang][0].name)
    wizard.next()  # what the salon does
    wizard.next()  # the legal basis for health data
    assert wizard.currentPage() is wizard.health_basis_page
    grab(wizard, f"wizard-health-basis-{lang}")
    wizard.reject()  # nothing was created


def _history_shot(
    root: Path, lang: str, grab: Callable[[QWidget, str], None], settle: Callable[[int], None]
) -> None:
    salon, owner_name, technician_name, (family, given), service_name = SALONS[lang]
    vault = create_vault(root / f"salon-health-{lang}", salon, owner_name, PIN, None)
    owner = vault.auth.sign_in(owner_name, PIN)
    vault.staff.add(owner, technician_name, Role.TECHNICIAN, TECHNICIAN_PIN)
    service = vault.catalogue.add(owner, ServiceInput(service_name))
    client = vault.clients.create(owner, ClientInput(family, given, language=lang)).id
    technician = vault.auth.sign_in(technician_name, TECHNICIAN_PIN)
    day = date.today()
    first = _formula("7/1", 30, "8/0", 10)
    visit = vault.treatments.add_visit(technician, client, VisitInput(day, service, formula=first))
    vault.treatments.edit_visit(
        owner, visit, VisitInput(day, service, formula=_formula("6/0", 40, "7/43", 5))
    )
    card = ClientCard(vault, owner, client)
    card.move(40, 20)
    card.resize(980, 680)
    card.show()
    assert card.history_tab is not None
    card.show_tab(card.history_tab)
    settle(300)
    grab(card, f"client-card-history-{lang}")
    card.close()
    vault.close()


def _formula(shade: str, grams: int, second: str, second_grams: int) -> Formula:
    return Formula(
        (
            Bowl(
                label="roots",
                brand="Wella Koleston",
                components=(
                    Component(shade, Decimal(grams)),
                    Component(second, Decimal(second_grams)),
                ),
                developer=Developer(Decimal(6), 20),
                ratio=Decimal(1),
                processing_minutes=35,
            ),
        )
    )
