"""The demo salon's service records (issue 22 item 6): an optician's and a beauty clinic's,
written by the technicians through the record service, on a few demo clients."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from salonvault.domain.errors import RuleViolation
from salonvault.domain.records import BuiltIn
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.demo.records import add_demo_records
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import Vault
from tests.support import FakeClock, Team


def test_the_demo_has_an_opticians_and_a_beauty_clinics_records(
    tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    vault, staff = create_demo_vault(
        tmp_path / "demo", tmp_path / "key.txt", device_store, clock, clients=30
    )
    owner = next(m for m in staff if m.role is Role.OWNER)
    session = vault.auth.sign_in(owner.name, owner.pin)
    technicians = {m.name for m in staff if m.role is Role.TECHNICIAN}
    # The demo writes them for its newest clients, newest first.
    query = "SELECT DISTINCT client_id FROM service_records ORDER BY client_id DESC"
    clients = [int(r[0]) for r in vault.database.query(query)]
    assert len(clients) == 4
    records = {c: vault.records.records(session, c) for c in clients}
    every = [r for found in records.values() for r in found]
    assert {r.template.family for r in every} == set(BuiltIn)  # every built-in is shown
    assert {r.created_by_name for r in every} == technicians
    assert all(r.visit_id is not None for r in every)  # each from its visit

    myope, presbyope, laser, lashes = clients
    rx = vault.records.latest_prescription(session, myope)
    assert rx is not None and (rx.right.sphere, rx.right.cylinder, rx.right.axis) == (
        Decimal("-2.50"), Decimal("-0.75"), 180,
    )  # fmt: skip
    newest = records[myope][1]  # the contact lenses come first, then the newest eye test
    assert newest.template.key == "spectacle_rx" and "rx.right.sphere" in newest.changed
    near = vault.records.latest_prescription(session, presbyope)
    assert near is not None and near.right.add == Decimal("2.00")
    assert (near.left.prism_horizontal, near.left.base_horizontal) == (Decimal("1.00"), "in")
    assert vault.records.prescription_pdf(session, presbyope, "pl").startswith(b"%PDF")
    # The laser course: the fluence raised from session to session, as the skin allowed.
    fluences = [r.values["areas"]["underarms"]["fluence"] for r in reversed(records[laser])]  # type: ignore[index]
    assert fluences == sorted(fluences) and len(set(fluences)) == 3
    assert {r.template.key for r in records[lashes]} == {"skin_analysis", "laser_ipl", "lash_map"}
    # A receptionist sees that they are on file, not the health data.
    receptionist = next(m for m in staff if m.role is Role.RECEPTIONIST)
    desk = vault.auth.sign_in(receptionist.name, receptionist.pin)
    [lens, *_] = vault.records.records(desk, myope)
    assert "lens.right.power" in lens.withheld and lens.values["brand"]
    assert vault.log.verify().ok
    vault.close()


def test_demo_records_only_go_into_a_demo_salon(vault: Vault, team: Team) -> None:
    with pytest.raises(RuleViolation, match="demo salon"):
        add_demo_records(vault, team.owner, team.technician, team.technician)
    assert vault.database.scalar("SELECT count(*) FROM service_records") == 0
