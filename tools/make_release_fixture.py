"""Freeze a small vault as the current release writes it, for the upgrade tests.

Run once per release, before the first migration of the next one is added:

    .venv/bin/python -m tools.make_release_fixture

It writes tests/fixtures/release-<version>/ (vault.db, keyslots.json, recovery-key.txt and
about.json with the staff PINs). Demo people only; the recovery key is a test key.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from salonvault import __version__
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SLOT_FILE_NAME
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.vault.opening import create_vault
from salonvault.storage.database import DATABASE_NAME
from salonvault.storage.migrations import LATEST_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
STAFF = [
    ("Hoa Nguyễn", Role.OWNER, "482913"),
    ("Kasia Nowak", Role.RECEPTIONIST, "739164"),
    ("Mai Trần", Role.TECHNICIAN, "905372"),
]
CLIENTS = 40


class _FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return 0.0


def main() -> None:
    target = FIXTURES / f"release-{__version__}"
    if target.exists():
        raise SystemExit(f"{target} exists; a release's fixture is never rewritten.")
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        store = DeviceKeyStore(fallback_dir=root / "keys", use_os_store=False)
        owner_name, _, owner_pin = STAFF[0]
        vault = create_vault(
            root / "salon",
            "Salon Hoa Mai",
            owner_name,
            owner_pin,
            root / "recovery-key.txt",
            store,
            _FixedClock(),
        )
        vault.confirm_setup_kit()
        owner = vault.auth.sign_in(owner_name, owner_pin)
        for name, role, pin in STAFF[1:]:
            vault.staff.add(owner, name, role, pin)
        vault.settings.mark_demo()
        populate_demo_clients(vault, owner, CLIENTS)
        vault.auth.sign_out(owner)
        vault.database.checkpoint()
        vault.close()
        target.mkdir(parents=True)
        for name in (DATABASE_NAME, SLOT_FILE_NAME):
            shutil.copy(root / "salon" / name, target / name)
        shutil.copy(root / "recovery-key.txt", target / "recovery-key.txt")
    about = {
        "version": __version__,
        "schema": LATEST_VERSION,
        "clients": CLIENTS,
        "staff": [{"name": n, "role": r.value, "pin": p} for n, r, p in STAFF],
        "note": "Demo people and a test recovery key; made by tools/make_release_fixture.py.",
    }
    (target / "about.json").write_text(json.dumps(about, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
