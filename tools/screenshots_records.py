"""Screenshots of service records (issue 22) in English, Vietnamese, Polish and Chinese: the
card's Records tab (the timeline, newest first, the change set off) and the spectacle
prescription form with a refusal under the value it names. An optician's shop made the way set-up
makes one (no demo), with two prescriptions a year apart.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots records
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.records import RecordInput
from salonvault.services.vault.opening import SalonDetails, create_vault
from ui.dialogs.client_card import ClientCard
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import Translations

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
LANGUAGES = ("en", "vi", "pl", "zh_CN")


def _prescription(sphere: str, examined: str) -> dict[str, Any]:
    return {
        "rx": {
            "right": {"sphere": sphere, "cylinder": "-0.75", "axis": 175, "add": "1.50",
                      "acuity": "6/6", "pd": "31.5"},
            "left": {"sphere": "-1.25", "add": "1.50", "acuity": "6/7.5", "pd": "32"},
        },
        "examiner": "Jan Kowalski",
        "examined_on": examined,
        "valid_until": "2027-11-01",
        "notes": "Reads a lot; computer work.",
    }  # fmt: skip


def records_shots(root: Path, translations: Translations, grab: Grab, settle: Settle) -> None:
    salon = SalonDetails("Optyk Lis", language="pl", kinds=(BusinessKind.OPTICIAN,))
    vault = create_vault(root / "optician", salon, "Ewa Lis", "482913", root / "optician-key")
    try:
        session = vault.auth.sign_in("Ewa Lis", "482913")
        client = vault.clients.create(session, ClientInput("Nowak", "Anna", language="pl")).id
        # A prescription is health data: it rests on the client's consent (decision 0031).
        vault.consent.record(
            session, client, "health_data", "granted", "pl", "paper", paper_reference="F-1"
        )
        for sphere, examined in (("-1.75", "2025-11-01"), ("-2.25", "2026-11-01")):
            day = date.fromisoformat(examined)
            values = _prescription(sphere, examined)
            vault.records.add_record(session, client, RecordInput("spectacle_rx", values, day))
        template = vault.record_templates.template(session, "spectacle_rx")
        for lang in LANGUAGES:
            translations.switch(lang)
            card = ClientCard(vault, session, client)
            card.move(40, 20)
            card.resize(980, 700)
            card.show()
            card.show_tab(card.records_tab)
            settle()
            grab(card, f"records-timeline-{lang}")
            form = RecordDialog(vault, session, client, template, card)
            form.move(60, 20)
            form.resize(700, 760)
            form.show()
            for path, text in (
                ("rx.right.sphere", "-2.25"),
                ("rx.right.cylinder", "-0.75"),
                ("rx.right.add", "1.50"),
                ("rx.right.acuity", "6/6"),
                ("rx.left.sphere", "-1.25"),
                ("rx.left.add", "1.50"),
                ("rx.left.acuity", "6/7.5"),
                ("pd_binocular", "63.5"),
            ):
                box = form.inputs[path].focus  # a spin box or a line: both take text
                box.setText(text)  # type: ignore[attr-defined]
            settle()
            form.save()  # the axis is missing: said under the right eye's axis
            settle()
            grab(form, f"prescription-form-{lang}")
            form.reject()
            card.close()
            settle(200)
        translations.switch("en")
    finally:
        vault.close()
