"""The spectacle prescription PDF (issue 22) rendered to PNG in English, Vietnamese, Polish and
Chinese, to be looked at for clipped text, missing glyphs and wrong notation: an optician's shop
made the way set-up makes one (no demo), a client per language with a full prescription
(cylinder, addition, prism with its base, acuity, PD per eye, notes).

    .venv/bin/python -m tools.screenshots_prescription   # needs pdftoppm (poppler-utils)

Writes docs/screenshots/prescription-pdf-{en,vi,pl,zh_CN}.png at 80 dpi.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.records import RecordInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, create_vault

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CLIENTS = {
    "en": (ClientInput("Clarke", "Emily", birth_date=date(1968, 4, 9), language="en"),
           "Progressive lenses; computer work all day."),
    "vi": (ClientInput("Nguyễn", "Thị Lan", birth_date=date(1970, 8, 15), language="vi"),
           "Kính đa tròng; làm việc máy tính cả ngày."),
    "pl": (ClientInput("Wójcik", "Łucja", birth_date=date(1966, 1, 23), language="pl"),
           "Soczewki progresywne; praca przy komputerze."),
    "zh_CN": (ClientInput("王", "芳", birth_date=date(1969, 11, 2), language="zh_CN"),
              "渐进多焦点镜片；全天使用电脑。"),
}  # fmt: skip


def prescription(notes: str) -> dict[str, object]:
    return {
        "rx": {
            "right": {"sphere": "-2.25", "cylinder": "-0.75", "axis": 175, "add": "+2.00",
                      "prism_h": "1.00", "base_h": "in", "acuity": "6/6", "pd": "31.5"},
            "left": {"sphere": "-1.75", "cylinder": "-0.50", "axis": 10, "add": "+2.00",
                     "prism_h": "1.00", "base_h": "in", "prism_v": "0.50", "base_v": "up",
                     "acuity": "6/7.5", "pd": "32.0"},
        },
        "examiner": "Jan Kowalski",
        "examined_on": "2026-11-20",
        "valid_until": "2028-11-20",
        "notes": notes,
    }  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        salon = SalonDetails(
            "Optyk Lis", "ul. Długa 12, 80-827 Gdańsk", "pl", kinds=(BusinessKind.OPTICIAN,)
        )
        keys = DeviceKeyStore(fallback_dir=root / "keys", use_os_store=False)  # left no trace
        vault = create_vault(root / "salon", salon, "Ewa Lis", "482913", root / "key.txt", keys)
        try:
            session = vault.auth.sign_in("Ewa Lis", "482913")
            vault.clients.set_collected_fields(session, {"phone", "email", "birth_date"})
            for language, (person, notes) in CLIENTS.items():
                client = vault.clients.create(session, person).id
                vault.records.add_record(
                    session, client, RecordInput("spectacle_rx", prescription(notes))
                )
                pdf = root / f"{language}.pdf"
                vault.records.save_prescription_pdf(session, client, pdf, language)
                target = OUT / f"prescription-pdf-{language}"
                subprocess.run(
                    ["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf), str(target)],
                    check=True,
                )
                print(f"{target}.png", file=sys.stderr)
        finally:
            vault.close()


if __name__ == "__main__":
    main()
