"""Sessions expire in the services: idle limit, 12-hour maximum, sign-out, role changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from salonvault.domain.errors import RuleViolation, SessionExpired, ValidationError
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.access.guard import SessionMint
from salonvault.services.vault.opening import Vault, open_vault
from salonvault.storage.staff_repo import StaffRepository
from tests.support import NAMES, PINS, FakeClock, Team


def test_idle_session_is_refused_by_the_services(vault: Vault, clock: FakeClock) -> None:
    session = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    clock.advance(minutes=4, seconds=59)
    vault.staff.list(session)  # activity resets the idle timer
    clock.advance(minutes=4, seconds=59)
    vault.staff.list(session)
    clock.advance(minutes=5)
    with pytest.raises(SessionExpired, match="idle"):
        vault.staff.list(session)
    with pytest.raises(SessionExpired):  # and it stays ended
        vault.audit.verify(session)


def test_setting_the_computers_clock_forward_does_not_end_a_session(
    vault: Vault, clock: FakeClock
) -> None:
    """Idle time is counted on the monotonic clock: a wall clock set 40 minutes on (the time
    service, a virtual machine catching up) is not 40 minutes of nobody at the counter."""
    session = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    clock.advance(seconds=30)
    clock.set_wall_clock_by(minutes=40)
    vault.guard.touch(session)
    assert vault.guard.status(session).seconds_until_idle_lock(clock.monotonic()) == 300


def test_setting_the_computers_clock_back_does_not_keep_an_idle_session_open(
    vault: Vault, clock: FakeClock
) -> None:
    session = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    clock.set_wall_clock_by(hours=-1)
    clock.advance(minutes=5)
    with pytest.raises(SessionExpired, match="idle"):
        vault.staff.names(session)


def test_session_ends_after_twelve_hours_even_when_busy(vault: Vault, clock: FakeClock) -> None:
    session = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    for _ in range(12 * 15 - 1):
        clock.advance(minutes=4)
        vault.staff.list(session)
    clock.advance(minutes=4)
    with pytest.raises(SessionExpired, match="12-hour"):
        vault.staff.list(session)


def test_owner_sets_idle_limit_within_bounds(vault: Vault, team: Team, clock: FakeClock) -> None:
    with pytest.raises(ValidationError):
        vault.settings.set_idle_minutes(team.owner, 16)
    with pytest.raises(ValidationError):
        vault.settings.set_idle_minutes(team.owner, 0)
    vault.settings.set_idle_minutes(team.owner, 2)
    session = vault.auth.sign_in(NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    clock.advance(minutes=2)
    with pytest.raises(SessionExpired):
        vault.guard.touch(session)


def test_signed_out_session_is_refused(vault: Vault, team: Team) -> None:
    vault.auth.sign_out(team.owner)
    with pytest.raises(SessionExpired):
        vault.staff.list(team.owner)


def test_a_forged_or_edited_session_gains_nothing(vault: Vault, team: Team) -> None:
    promoted = replace(team.technician, role=Role.OWNER)
    with pytest.raises(Exception, match="technician may not"):
        vault.staff.list(promoted)  # the registry's role counts, not the caller's copy
    forged = replace(team.owner, token="made-up")
    with pytest.raises(SessionExpired):
        vault.staff.list(forged)


def test_changing_a_role_ends_that_persons_sessions(vault: Vault, team: Team) -> None:
    tech_id = team.technician.staff_id
    vault.staff.set_role(team.owner, tech_id, Role.RECEPTIONIST)
    with pytest.raises(SessionExpired):
        vault.guard.touch(team.technician)


def test_idle_countdown_is_reported(vault: Vault, team: Team, clock: FakeClock) -> None:
    owner = team.owner
    clock.advance(minutes=4)
    assert vault.guard.status(owner).seconds_until_idle_lock(clock.monotonic()) == 60


def test_changes_made_in_another_process_end_sessions_here(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """The GUI and the CLI are separate processes with separate session registries."""
    gui_technician = team.technician
    gui_receptionist = team.receptionist
    other = open_vault(data_dir, device_store=device_store, clock=clock)  # "the CLI"
    owner = other.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    other.staff.disable(owner, gui_technician.staff_id)
    with pytest.raises(SessionExpired, match="account was changed"):
        vault.guard.touch(gui_technician)
    reset = other.staff.reset_pin(owner, gui_receptionist.staff_id)
    with pytest.raises(SessionExpired):
        vault.clients.search(gui_receptionist, "hoa")
    still_fine = vault.auth.complete_pin_reset(NAMES[Role.RECEPTIONIST], reset.code, "583917")
    vault.clients.search(still_fine, "hoa")
    other.close()


def test_no_session_is_minted_from_a_staff_row_without_the_pin(vault: Vault) -> None:
    """Issue 20, item 11: a program running as the counter PC's user opens the vault with the
    device key and reads the owner's row (hash included) from `staff`. The guard must not turn
    that into an owner session: sessions start only in the sign-in service, after a PIN check."""
    owner = StaffRepository(vault.database).find_by_name(NAMES[Role.OWNER])
    assert owner is not None
    row = (owner.id, owner.name, owner.role, timedelta(minutes=15), owner.pin_hash)
    assert not hasattr(vault.guard, "start_session"), "a public door that skips the PIN"
    public = [name for name in dir(vault.guard) if not name.startswith("_")]
    assert "open_session" in public  # the one way in, and it asks for the sign-in's mint
    for forged_mint in (SessionMint(), None, object()):
        with pytest.raises(RuleViolation, match="sign-in"):
            vault.guard.open_session(forged_mint, *row)  # type: ignore[arg-type]
    refused = vault.database.scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'session.start_refused'"
    )
    assert refused == 3
    with pytest.raises(RuleViolation):  # a second sign-in service cannot be built on it either
        vault.guard.take_mint()
