"""A demo salon for newcomers and tests: an owner, two receptionists, two technicians.

PINs are drawn at random and pass the PIN rules; they are printed once by the caller.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.pins import pin_problem
from salonvault.services.access.clock import Clock, local_today
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.demo.photos import add_demo_photos
from salonvault.services.demo.records import add_demo_records
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault

DEMO_SALON_NAME = "Salon Hoa Mai (demo)"
DEMO_STAFF: tuple[tuple[str, Role], ...] = (
    ("Hoa Nguyễn", Role.OWNER),
    ("Kasia Nowak", Role.RECEPTIONIST),
    ("Wei Chen", Role.RECEPTIONIST),
    ("Mai Trần", Role.TECHNICIAN),
    ("Emily Clarke", Role.TECHNICIAN),
)
# The language each demo person read the staff privacy briefing in (decision 0040).
DEMO_BRIEFING_LANGUAGES = ("vi", "pl", "zh_CN", "vi", "en")
DEMO_TRAINING_TOPIC = "Keeping client data safe at the counter: screens, phones and USB sticks"


@dataclass(frozen=True, slots=True)
class DemoStaff:
    name: str
    role: Role
    pin: str = field(repr=False)


def random_pin(length: int = 6) -> str:
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(length))
        if pin_problem(pin) is None:
            return pin


def create_demo_vault(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore | None = None,
    clock: Clock | None = None,
    clients: int = 0,
) -> tuple[Vault, list[DemoStaff]]:
    staff = [DemoStaff(name, role, random_pin()) for name, role in DEMO_STAFF]
    owner = staff[0]
    # A mixed salon (every kind of business), so the demo shows every part of the program.
    kinds = tuple(BusinessKind)
    salon = SalonDetails(DEMO_SALON_NAME, "12 Lê Lợi, Huế", "vi", kinds=kinds)  # phones: +84
    vault = create_vault(
        data_dir, salon, owner.name, owner.pin, recovery_key_file, device_store, clock
    )
    vault.settings.mark_demo()
    session = vault.auth.sign_in(owner.name, owner.pin)
    for member in staff[1:]:
        vault.staff.add(session, member.name, member.role, member.pin)
    _briefed(vault, session, staff)
    if clients:
        populate_demo_clients(vault, session, clients)
        add_demo_photos(vault, session)
        # An optician's and a beauty clinic's records, written by the two technicians.
        optician, therapist = (
            vault.auth.sign_in(m.name, m.pin) for m in staff if m.role is Role.TECHNICIAN
        )
        add_demo_records(vault, session, optician, therapist)
        vault.auth.sign_out(optician)
        vault.auth.sign_out(therapist)
    vault.auth.sign_out(session)
    return vault, staff


def _briefed(vault: Vault, owner: Session, staff: list[DemoStaff]) -> None:
    """Everyone in the demo has read and confirmed the staff privacy briefing, and attended one
    training session: a look around the demo switches between five people, and five
    interruptions by the same text would hide the program (decision 0040). Each confirmation
    goes through the same service call as at the counter, under that person's own sign-in."""
    for member, language in zip(staff, DEMO_BRIEFING_LANGUAGES, strict=True):
        session = owner if member is staff[0] else vault.auth.sign_in(member.name, member.pin)
        text = vault.briefing.text_to_show(session, language)
        vault.briefing.acknowledge(session, language, text.sha256)
        if session is not owner:
            vault.auth.sign_out(session)
    everyone = [m.id for m in vault.staff.list(owner)]
    vault.briefing.record_training(owner, local_today(vault.clock), DEMO_TRAINING_TOPIC, everyone)
