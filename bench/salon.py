"""The synthetic salon every measure runs on: built once per size, cached, copied for each run.

A salon of N clients is the demo salon (`salonvault demo`'s own generator): N clients in four
locales with about 9 visits each (about 930,000 for 100,000 clients), allergies and patch tests;
one photo for every 20 clients (before/after pairs through the photo service, with consent);
the first client's card filled to 300 visits through the treatments service; and service
records, signed consultation forms and scanned attachments (bench/salon_records.py). Beside it a
plain SQLite copy of the same data (SQLCipher's own export), the floor for search.

The cache lives in ~/.cache/salonvault-bench/ (or $SALONVAULT_BENCH_CACHE), one folder per size
named by the schema version and a hash of the generator's sources, so a changed generator or
schema builds afresh and the stale folder of that size is removed. Measures run on a copy, so
their sign-ins, audit entries and backups never change the cached salon. Everything in it is
synthetic; the PINs are kept beside it in salon.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from bench import salon_records
from bench.salon_records import add_bench_records
from bench.stats import size_text
from salonvault.domain.formula_input import one_bowl_formula
from salonvault.domain.session import Session
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.demo import clients as demo_clients
from salonvault.services.demo import photos as demo_photos
from salonvault.services.demo import records as demo_records
from salonvault.services.demo import salon as demo
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.demo.photos import add_demo_photos
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import Vault, open_vault
from salonvault.storage.database import Database
from salonvault.storage.migrations import LATEST_VERSION

GENERATOR_VERSION = 2  # bump for a change of shape the hashed sources below do not show
CLIENTS_PER_PHOTO = 20  # 5,000 photos for 100,000 clients
PICTURE_VARIETY = 4  # pictures drawn per kind and shade; the rest reuse them
CARD_VISITS = 300
INFO = "salon.json"
REPO_ROOT = Path(__file__).resolve().parents[1]
_SOURCES = (
    Path(demo.__file__),
    Path(demo_clients.__file__),
    Path(demo_photos.__file__),
    Path(demo_records.__file__),
    Path(salon_records.__file__),
)

Log = Callable[[str], None]


def cache_root() -> Path:
    configured = os.environ.get("SALONVAULT_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "salonvault-bench"


def cache_key(clients: int) -> str:
    digest = hashlib.sha256(f"generator {GENERATOR_VERSION}\n".encode())
    for source in (*_SOURCES, Path(__file__)):
        digest.update(source.read_bytes())
    return f"{clients}-schema{LATEST_VERSION}-gen{digest.hexdigest()[:10]}"


@dataclass(frozen=True)
class Salon:
    """A salon folder: salon/ (the vault), keys/ (its device key), recovery-key.txt, plain.db
    and salon.json (counts, staff and PINs, the client with 300 visits)."""

    folder: Path
    info: dict[str, Any]

    @classmethod
    def load(cls, folder: Path) -> Salon:
        return cls(folder, json.loads((folder / INFO).read_text()))

    @property
    def data_dir(self) -> Path:
        return self.folder / "salon"

    @property
    def key_dir(self) -> Path:
        return self.folder / "keys"

    @property
    def recovery_key_file(self) -> Path:
        return self.folder / "recovery-key.txt"

    @property
    def plain_db(self) -> Path:
        return self.folder / "plain.db"

    @property
    def clients(self) -> int:
        return int(self.info["clients"])

    def staff(self, role: str) -> tuple[str, str]:
        """(name, PIN) of the first member with this role."""
        member = next(s for s in self.info["staff"] if s["role"] == role)
        return str(member["name"]), str(member["pin"])

    def env(self) -> dict[str, str]:
        """The environment of a process that opens this salon: its own device key folder, no OS
        key store, Qt off screen, and this checkout's code first on the path."""
        path = os.environ.get("PYTHONPATH", "")
        return {
            **os.environ,
            "SALONVAULT_DEVICE_KEY_DIR": str(self.key_dir),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(REPO_ROOT), path) if p),
        }

    def key_store(self) -> DeviceKeyStore:
        return DeviceKeyStore(fallback_dir=self.key_dir, use_os_store=False)

    def open(self) -> Vault:
        return open_vault(self.data_dir, device_store=self.key_store())

    def sign_in(self, vault: Vault, role: str) -> Session:
        return vault.auth.sign_in(*self.staff(role))

    def describe(self) -> str:
        info = self.info
        return (
            f"{info['clients']:,} clients, {info['visits']:,} visits, {info['photos']:,} photos"
            f"{_records_text(info)} (vault.db {size_text(info['vault_bytes'])};"
            f" built once in {info['build_s']} s)"
        )


def _records_text(info: dict[str, Any]) -> str:
    if "service_records" not in info:  # a salon cached before the record kinds
        return ""
    return (
        f", {info['service_records']:,} service records, {info['filled_forms']:,} signed forms,"
        f" {info['attachments']:,} attachments ({info['attachment_pages']:,} pages)"
    )


def cached_salon(clients: int, root: Path | None = None, log: Log = print) -> Salon:
    """The salon of this size from the cache, built first if it is missing or stale."""
    root = root or cache_root()
    key = cache_key(clients)
    folder = root / key
    if (folder / INFO).exists():
        return Salon.load(folder)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    for stale in root.glob(f"{clients}-schema*"):
        log(f"removing the stale cached salon {stale.name}")
        shutil.rmtree(stale)
    partial = root / f".{key}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    build(partial, clients, log)
    partial.rename(folder)  # only a finished salon ever has the cache's name
    return Salon.load(folder)


def build(folder: Path, clients: int, log: Log = print) -> dict[str, Any]:
    folder.mkdir(parents=True, mode=0o700)
    started = time.perf_counter()
    key_store = DeviceKeyStore(fallback_dir=folder / "keys", use_os_store=False)
    vault, staff = create_demo_vault(folder / "salon", folder / "recovery-key.txt", key_store)
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    populate_demo_clients(vault, owner, clients)
    log(f"{clients:,} clients in {time.perf_counter() - started:.0f} s")
    photo_clients = max(1, clients // (2 * CLIENTS_PER_PHOTO))
    # A big salon takes longer than the idle lock (5 minutes): sign in afresh for each step.
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    photos = add_demo_photos(vault, owner, photo_clients, variety=PICTURE_VARIETY)
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    card_client = fill_card(vault, owner, CARD_VISITS)
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    records = add_bench_records(vault, owner, staff)
    vault.database.checkpoint()
    log(f"{photos:,} photos, a card of {CARD_VISITS} visits, {records}:"
        f" {time.perf_counter() - started:.0f} s")  # fmt: skip
    plain_copy(vault.database, folder / "plain.db")
    visits = int(vault.database.scalar("SELECT count(*) FROM visits"))
    vault.close()
    info = {
        "clients": clients,
        "visits": visits,
        "photos": photos,
        **records,
        "card_client": card_client,
        "vault_bytes": (folder / "salon" / "vault.db").stat().st_size,
        "build_s": round(time.perf_counter() - started, 1),
        "cache_key": cache_key(clients),
        "staff": [{"name": s.name, "role": s.role.value, "pin": s.pin} for s in staff],
    }
    (folder / INFO).write_text(json.dumps(info, indent=2))
    log(f"salon of {clients:,} clients built in {info['build_s']} s")
    return info


def fill_card(vault: Vault, owner: Session, visits: int) -> int:
    """The first client's card, topped up to `visits` visits the way the visit dialog adds them."""
    db = vault.database
    client_id = int(db.scalar("SELECT min(id) FROM clients WHERE archived = 0"))
    service_id = vault.treatments.services(owner)[0].id
    have = int(db.scalar("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,)))
    formula = one_bowl_formula("Wella Koleston", ["7/0 30 g", "8/1 30 g"], "6%", "1:1", 35)
    start = date.today() - timedelta(days=3 * visits)
    for number in range(have, visits):
        data = VisitInput(
            visited_on=start + timedelta(days=3 * number),
            service_id=service_id,
            formula=formula,
            notes=f"visit {number}",
        )
        vault.treatments.add_visit(owner, client_id, data, acknowledge_patch_warning=True)
    return client_id


def plain_copy(database: Database, target: Path) -> None:
    """The same data in a plain SQLite file (SQLCipher's own export)."""
    database.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    database.execute("SELECT sqlcipher_export('plain')")
    database.execute("DETACH DATABASE plain")


def open_plain(salon: Salon) -> Database:
    """The plain copy, read only, with the vault's page cache size."""
    uri = f"file:{salon.plain_db}?mode=ro"
    plain = Database(sqlcipher3.connect(uri, uri=True, isolation_level=None), salon.plain_db)
    plain.execute("PRAGMA cache_size = -65536")  # as Database._configure does for the vault
    return plain


def working_copy(salon: Salon, scratch: Path) -> Salon:
    """A copy to measure on (the plain copy is only read, so it is linked, not copied)."""
    folder = scratch / "salon-copy"
    folder.mkdir(mode=0o700)
    shutil.copytree(salon.data_dir, folder / "salon")
    shutil.copytree(salon.key_dir, folder / "keys")
    shutil.copy2(salon.recovery_key_file, folder / "recovery-key.txt")
    shutil.copy2(salon.folder / INFO, folder / INFO)
    (folder / "plain.db").symlink_to(salon.plain_db)
    return Salon.load(folder)
