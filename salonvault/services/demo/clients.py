"""Demo clients: realistic Vietnamese, Polish, Chinese and English names and phones, visits
spread over years with colour formulas, allergies and patch tests.

Bulk inserts in one transaction (100,000 clients and about a million visits must work), each row
still cleaned by the same field rules as a form; one activity-log entry for the whole batch.
Only a vault marked as a demo accepts it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import phonenumbers
from faker import Faker

from salonvault.domain.audit import AuditEvent
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import CONSENT_LANGUAGES, Purpose, text_sha256
from salonvault.domain.errors import RuleViolation
from salonvault.domain.formulas import STANDARD_STRENGTHS, Bowl, Component, Developer, Formula
from salonvault.domain.roles import Permission, Role
from salonvault.domain.treatments import DEFAULT_PATCH_TEST_VALIDITY_DAYS
from salonvault.services.access.clock import local_today
from salonvault.services.consent.templates import fill
from salonvault.storage.clients_repo import insert_many_clients
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.timestamps import to_db
from salonvault.storage.treatments_repo import formula_to_json

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.vault.opening import Vault

# (Faker locale, share of clients, phone prefix, mobile number pattern, currency)
_PEOPLE = (
    ("vi_VN", 0.45, "+84", ("9########", "3########", "7########"), "VND"),
    ("pl_PL", 0.25, "+48", ("5########", "6########", "7########"), "PLN"),
    ("zh_CN", 0.20, "+86", ("13#########", "15#########", "18#########"), "CNY"),
    ("en_GB", 0.10, "+44", ("7#########",), "GBP"),
)
_SERVICES = (
    ("Cut and blow-dry", False, False),
    ("Colour, full head", True, True),
    ("Balayage", True, True),
    ("Root touch-up", True, True),
    ("Lash lift", True, False),
    ("Manicure", False, False),
    ("Facial", False, False),
)
# Permanent colour (shades, the maker's mixing ratio) and the toner that goes with it.
_BRANDS = {
    "Wella Koleston": (("6/0", "7/1", "8/38", "9/16"), Decimal(1)),
    "L'Oréal Majirel": (("5.3", "6.1", "7.43"), Decimal("1.5")),
}
_TONERS = {
    "Wella Koleston": ("Wella Color Touch", ("9/16", "10/6", "8/81")),
    "L'Oréal Majirel": ("L'Oréal Dia Light", ("9.01", "10.12", "8.13")),
}
_ALLERGIES = ("PPD (hair dye)", "Latex", "Nickel", "Fragrance", "Ammonia")
_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class DemoSize:
    clients: int
    visits: int


def populate_demo_clients(
    vault: Vault, session: Session, count: int, seed: int = 2026, today: date | None = None
) -> DemoSize:
    live = vault.guard.require(session, Permission.STAFF_MANAGE)
    if not vault.settings.is_demo():
        raise RuleViolation("vault.demo_clients_go_only_into")
    rng = random.Random(seed)  # noqa: S311 - seeded, reproducible demo data, not secrets
    fakers = {locale: Faker(locale) for locale, *_ in _PEOPLE}
    for index, faker in enumerate(fakers.values()):
        faker.seed_instance(seed + index)
    today = today or local_today(vault.clock)
    technicians = [
        m.id for m in vault.staff.list(session) if m.role in (Role.TECHNICIAN, Role.OWNER)
    ]
    service_ids = [
        vault.catalogue.add(session, ServiceInput(name, requires_patch_test=patch))
        for name, patch, _colour in _SERVICES
    ]
    db = vault.database
    now = vault.clock.now()
    visits = 0
    with db.transaction():
        for start in range(0, count, _BATCH):
            people = [_person(rng, fakers) for _ in range(min(_BATCH, count - start))]
            rows = [vault.clients.prepare(data) for data, _currency in people]
            ids = insert_many_clients(db, rows, now)
            visits += _history(
                db,
                rng,
                ids,
                [c for _d, c in people],
                service_ids,
                technicians,
                live.staff_id,
                today,
                now,
            )
        _health_consents(vault, live.staff_id, now)
        vault.log.record_for(
            live, AuditEvent("demo.populate", detail=f"clients={count} visits={visits}")
        )
    return DemoSize(count, visits)


def _health_consents(vault: Vault, recorder: int, now: datetime) -> None:
    """Demo clients with health items agreed to keep them, on a paper form: with consent as
    the salon's basis for health data (the default, decision 0031) the items rest on it."""
    db = vault.database
    language = vault.settings.language()
    language = language if language in CONSENT_LANGUAGES else "en"
    template = ConsentRepository(db).latest_template(Purpose.HEALTH_DATA, language)
    if template is None:  # the shipped texts are installed when the vault opens
        return
    text = fill(template.text, vault.settings.salon_name(), vault.settings.salon_address())
    stamp = to_db(now)
    clients = db.query(
        "SELECT DISTINCT client_id FROM health_items WHERE client_id NOT IN"
        " (SELECT client_id FROM consent_records r JOIN consent_purposes p"
        " ON p.id = r.purpose_id WHERE p.key = 'health_data')"
    )
    for (client_id,) in clients:
        form = db.execute(
            "INSERT INTO consent_forms (client_id, language, method, paper_reference,"
            " witness_id, signed_at) VALUES (?, ?, 'paper', ?, ?, ?)",
            (client_id, language, f"DEMO-{client_id}", recorder, stamp),
        ).lastrowid
        db.execute(
            "INSERT INTO consent_records (form_id, client_id, purpose_id, decision, template_id,"
            " template_version, text_sha256, text_shown, recorded_at)"
            " SELECT ?, ?, id, 'granted', ?, ?, ?, ?, ? FROM consent_purposes"
            " WHERE key = 'health_data'",
            (form, client_id, template.id, template.version, text_sha256(text), text, stamp),
        )


def _person(rng: random.Random, fakers: dict[str, Faker]) -> tuple[ClientInput, str]:
    locale, _share, prefix, patterns, currency = rng.choices(
        _PEOPLE, weights=[p[1] for p in _PEOPLE]
    )[0]
    faker = fakers[locale]
    female = rng.random() < 0.8  # most salon clients
    given = faker.first_name_female() if female else faker.first_name_male()
    if locale == "vi_VN":
        given = f"{'Thị' if female else 'Văn'} {given}"
    number = _valid_mobile(rng, prefix, patterns)
    email = ""
    if locale != "zh_CN" and rng.random() < 0.6:
        email = f"{faker.user_name()}{rng.randrange(1000)}@example.com"
    return ClientInput(faker.last_name(), given, phone=f"{prefix} {number}", email=email), currency


def _valid_mobile(rng: random.Random, prefix: str, patterns: tuple[str, ...]) -> str:
    """A random mobile number that libphonenumber accepts for that country."""
    for _ in range(1000):
        digits = "".join(str(rng.randrange(10)) if c == "#" else c for c in rng.choice(patterns))
        if phonenumbers.is_valid_number(phonenumbers.parse(prefix + digits)):
            return digits
    raise RuntimeError(f"no valid {prefix} number from {patterns}")  # a pattern is wrong


def _history(
    db: object,
    rng: random.Random,
    client_ids: list[int],
    currencies: list[str],
    service_ids: list[int],
    technicians: list[int],
    recorder: int,
    today: date,
    now: datetime,
) -> int:
    visits: list[tuple[object, ...]] = []
    allergies: list[tuple[object, ...]] = []
    patch_tests: list[tuple[object, ...]] = []
    last_visit: list[tuple[str, int]] = []
    stamp = to_db(now)
    for client_id, currency in zip(client_ids, currencies, strict=True):
        count = min(40, int(rng.expovariate(1 / 10)))
        days = sorted(rng.randrange(1, 6 * 365) for _ in range(count))
        for back in days:
            index = rng.randrange(len(service_ids))
            _name, _patch, colour = _SERVICES[index]
            formula = _formula(rng) if colour else Formula()
            price = rng.randrange(20, 300) * (10_000 if currency == "VND" else 100)
            visits.append(
                (
                    client_id,
                    (today - timedelta(days=back)).isoformat(),
                    service_ids[index],
                    rng.choice(technicians),
                    "",
                    formula_to_json(formula),
                    "",
                    price,
                    currency,
                    rng.choice(("cash", "card", "transfer")),
                    recorder,
                    stamp,
                    stamp,
                )
            )
        if days:
            last_visit.append(((today - timedelta(days=days[0])).isoformat(), client_id))
        if rng.random() < 0.08:
            allergies.append(
                (
                    client_id,
                    "allergy",
                    rng.choice(_ALLERGIES),
                    rng.choice(("moderate", "severe")),
                    recorder,
                    stamp,
                )
            )
        if rng.random() < 0.5:
            tested = today - timedelta(days=rng.randrange(0, 400))
            until = tested + timedelta(days=DEFAULT_PATCH_TEST_VALIDITY_DAYS)
            patch_tests.append(
                (
                    client_id,
                    tested.isoformat(),
                    "Wella Koleston",
                    "",
                    "pass",
                    rng.choice(technicians),
                    until.isoformat(),
                    recorder,
                    stamp,
                )
            )
    execute = db.executemany  # type: ignore[attr-defined]
    execute(
        "INSERT INTO visits (client_id, visited_on, service_id, technician_id, products, formula,"
        " notes, price_minor, currency, payment_method, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        visits,
    )
    execute(
        "INSERT INTO health_items (client_id, kind, text, severity, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        allergies,
    )
    execute(
        "INSERT INTO patch_tests (client_id, tested_on, product, batch, result, done_by,"
        " valid_until, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        patch_tests,
    )
    execute("UPDATE clients SET last_visit_on = ? WHERE id = ?", last_visit)
    return len(visits)


def _formula(rng: random.Random) -> Formula:
    """Roots in permanent colour, then (mostly) a second bowl: the lengths in a weaker
    developer, or a toner; grams in the 10 g steps a colourist weighs."""
    brand = rng.choice(list(_BRANDS))
    shades, ratio = _BRANDS[brand]
    roots = Bowl(
        label="roots",
        brand=brand,
        components=tuple(
            Component(shade, Decimal(rng.choice((10, 20, 30, 40))))
            for shade in rng.sample(shades, rng.randrange(1, 3))
        ),
        developer=_developer(rng.choice(("6", "9"))),
        ratio=ratio,
        processing_minutes=rng.choice((30, 35, 45)),
    )
    second = rng.random()
    if second < 0.25:
        return Formula((roots,))
    if second < 0.6:
        lengths = replace(
            roots,
            label="mid-lengths and ends",
            components=roots.components[:1],
            developer=_developer("3"),
            processing_minutes=20,
        )
        return Formula((roots, lengths))
    toner_brand, toner_shades = _TONERS[brand]
    toner = Bowl(
        label="toner",
        brand=toner_brand,
        components=(Component(rng.choice(toner_shades), Decimal(rng.choice((20, 30, 40)))),),
        developer=_developer("1.9"),
        ratio=Decimal(2),
        processing_minutes=20,
    )
    return Formula((roots, toner))


def _developer(percent: str) -> Developer:
    strength = Decimal(percent)
    return Developer(strength, STANDARD_STRENGTHS[strength])
