"""Screenshots of safety at the point of service and of the business profile (issue 22 items 3
and 5) in Vietnamese and Polish, on salons made the way set-up makes them (no demo):

- `visit-contraindication-{lang}`: a technician adds a colour visit for a client with a severe
  PPD allergy; the dialog names the alerts and the match, with the box to tick;
- `visit-dialog-optician-{lang}`: an optician's treatment dialog (no colour formula).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots safety
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult
from salonvault.services.catalogue import starter_services
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from ui.dialogs.client_card import ClientCard
from ui.i18n import Translations

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
OWNER, TECHNICIAN, PIN = "Hoa Nguyễn", "Lan Trần", "482913"
# The colour starter and the allergy, in each shot's language.
COLOUR = {"vi": "Nhuộm toàn bộ tóc", "pl": "Koloryzacja całych włosów"}
ALLERGIES = {
    "vi": [
        (HealthKind.ALLERGY, "Dị ứng PPD (thuốc nhuộm tóc)", Severity.SEVERE),
        (HealthKind.CONDITION, "Hen suyễn", Severity.MODERATE),
        (HealthKind.ALLERGY, "Niken", Severity.LOW),
    ],
    "pl": [
        (HealthKind.ALLERGY, "Uczulenie na PPD (farba do włosów)", Severity.SEVERE),
        (HealthKind.CONDITION, "Astma", Severity.MODERATE),
        (HealthKind.ALLERGY, "Nikiel", Severity.LOW),
    ],
}


def _salon(root: Path, name: str, kinds: tuple[BusinessKind, ...], lang: str) -> Vault:
    details = SalonDetails(
        "Salon Hoa Mai",
        language=lang,
        kinds=kinds,
        services=tuple(starter_services(list(kinds), lang)),
    )
    vault = create_vault(root / name, details, OWNER, PIN, root / f"{name}-key")
    owner = vault.auth.sign_in(OWNER, PIN)
    vault.staff.add(owner, TECHNICIAN, Role.TECHNICIAN, "739164")
    vault.auth.sign_out(owner)
    return vault


def safety_shots(root: Path, translations: Translations, grab: Grab, settle: Settle) -> None:
    for lang in ("vi", "pl"):
        translations.switch(lang)
        _contraindication_shot(root, lang, grab, settle)
        _optician_shot(root, lang, grab, settle)
    translations.switch("en")


def _contraindication_shot(root: Path, lang: str, grab: Grab, settle: Settle) -> None:
    vault = _salon(root, f"hair-{lang}", (BusinessKind.HAIR,), lang)
    try:
        owner = vault.auth.sign_in(OWNER, PIN)
        names = ("Trần", "Thị Mai") if lang == "vi" else ("Kowalska", "Anna")
        client = vault.clients.create(owner, ClientInput(*names, language=lang)).id
        vault.consent.record(
            owner, client, "health_data", "granted", lang, "paper", paper_reference="H-1"
        )
        for kind, text, severity in ALLERGIES[lang]:
            vault.clients.add_health_item(owner, client, kind, text, severity)
        # A valid patch test: the shot is about the contraindication, not the patch question.
        tested = date.today() - timedelta(days=7)
        test_id = vault.treatments.record_patch_test(owner, client, tested, "Igora Royal")
        vault.treatments.set_patch_result(owner, client, test_id, PatchResult.PASS)
        vault.auth.sign_out(owner)
        technician = vault.auth.sign_in(TECHNICIAN, "739164")
        card = ClientCard(vault, technician, client)
        card.move(20, 20)
        card.resize(900, 640)
        card.show()
        dialog = card.add_visit()
        dialog.move(60, 10)
        dialog.resize(720, 780)
        dialog.service.setCurrentIndex(dialog.service.findText(COLOUR[lang]))
        settle()
        dialog.save()  # not ticked yet: the refusal under the box
        settle()
        grab(dialog, f"visit-contraindication-{lang}")
        dialog.reject()
        card.close()
        settle(200)
    finally:
        vault.close()


def _optician_shot(root: Path, lang: str, grab: Grab, settle: Settle) -> None:
    vault = _salon(root, f"optician-{lang}", (BusinessKind.OPTICIAN,), lang)
    try:
        owner = vault.auth.sign_in(OWNER, PIN)
        names = ("Lê", "Văn Nam") if lang == "vi" else ("Nowak", "Piotr")
        client = vault.clients.create(owner, ClientInput(*names, language=lang)).id
        vault.auth.sign_out(owner)
        technician = vault.auth.sign_in(TECHNICIAN, "739164")
        card = ClientCard(vault, technician, client)
        card.move(20, 20)
        card.resize(900, 640)
        card.show()
        dialog = card.add_visit()
        dialog.move(60, 10)
        dialog.resize(720, 560)
        settle()
        grab(dialog, f"visit-dialog-optician-{lang}")
        dialog.reject()
        card.close()
        settle(200)
    finally:
        vault.close()
