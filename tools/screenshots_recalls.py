"""Screenshots of the Recalls page (issue 22 item 4, decision 0039) in Vietnamese and Polish, as
a receptionist sees it: eye tests, a contact-lens aftercare and a lapsed client, a phone only
where the client agreed, one line already marked "called". An optician's shop made the way
set-up makes one (no demo).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots recalls
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.recalls import RecallMark
from salonvault.domain.records import RecordInput
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from ui.i18n import Translations
from ui.pages.recalls_page import RecallsPage

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
LANGUAGES = ("vi", "pl")
OWNER, RECEPTION = ("Ewa Lis", "482913"), ("Ola Nowak", "739164")


def _stock(vault: Vault) -> None:
    owner = vault.auth.sign_in(*OWNER)
    vault.staff.add(owner, RECEPTION[0], Role.RECEPTIONIST, RECEPTION[1])
    today = date.today()
    fitting = vault.catalogue.add(
        owner, ServiceInput("Contact lens fitting", requires_patch_test=False)
    )
    people = (
        ("Nguyễn", "Thị Mai", "+84 912 345 678", "reminders", 5),
        ("Kowalska", "Ewa", "+48 601 234 567", "", 12),
        ("Trần", "Văn Hùng", "+84 987 654 321", "reminders", 21),
        ("Wiśniewski", "Piotr", "", "reminders", -20),
    )
    for family, given, phone, consent, days in people:
        client = vault.clients.create(owner, ClientInput(family, given, phone=phone)).id
        vault.consent.record(owner, client, "health_data", "granted", "pl", "paper", None, "H")
        until = today + timedelta(days=days)
        rx = {
            "rx": {"right": {"sphere": "-1.25"}, "left": {"sphere": "-1.00"}},
            "examiner": "Jan Kowalski",
            "examined_on": (until - timedelta(days=730)).isoformat(),
            "valid_until": until.isoformat(),
        }
        vault.records.add_record(owner, client, RecordInput("spectacle_rx", rx))
        if consent:
            vault.consent.record(owner, client, consent, "granted", "pl", "paper", None, "Z/1")
    lens = vault.clients.create(owner, ClientInput("Lewandowska", "Zofia", phone="+48 602 111 222"))
    vault.consent.record(owner, lens.id, "health_data", "granted", "pl", "paper", None, "H")
    visit = vault.treatments.add_visit(
        owner, lens.id, VisitInput(visited_on=today - timedelta(days=10), service_id=fitting)
    )
    eye = {"design": "spherical", "base_curve": "8.6", "diameter": "14.2", "power": "-2.25"}
    values = {
        "lens": {"right": eye, "left": eye},
        "brand": "Acuvue Oasys",
        "replacement": "two_weekly",
        "fitted_on": (today - timedelta(days=10)).isoformat(),
        "aftercare_due": (today + timedelta(days=4)).isoformat(),
    }
    vault.records.add_record(owner, lens.id, RecordInput("contact_lens", values, visit_id=visit))
    vault.consent.record(owner, lens.id, "reminders", "granted", "pl", "paper", None, "Z/2")
    lapsed = vault.clients.create(owner, ClientInput("Lê", "Thu Hà", phone="+84 903 000 111")).id
    vault.treatments.add_visit(
        owner, lapsed, VisitInput(visited_on=today - timedelta(days=380), service_id=fitting)
    )
    vault.consent.record(owner, lapsed, "marketing_sms", "granted", "vi", "paper", None, "Z/3")
    [first, *_] = vault.recalls.list(owner).keys
    vault.recalls.mark(owner, first, RecallMark.CALLED)
    vault.auth.sign_out(owner)


def recalls_shots(root: Path, translations: Translations, grab: Grab, settle: Settle) -> None:
    salon = SalonDetails("Optyk Lis", language="pl", kinds=(BusinessKind.OPTICIAN,))
    vault = create_vault(root / "recalls", salon, *OWNER, root / "recalls-key")
    try:
        _stock(vault)
        session = vault.auth.sign_in(*RECEPTION)
        for lang in LANGUAGES:
            translations.switch(lang)
            page = RecallsPage(vault, session)
            page.move(40, 20)
            page.resize(1120, 560)
            page.show()
            settle()
            page.table.selectRow(1)
            page.table.setFocus()
            grab(page, f"recalls-{lang}")
            page.close()
            page.deleteLater()
    finally:
        vault.close()
