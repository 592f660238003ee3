"""Sign-in, escalating delays, disabling after 10 failures, re-enabling, owner recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher

from salonvault.domain.audit import AuditFilter
from salonvault.domain.errors import (
    AccountDisabled,
    AuthenticationError,
    KeyUnavailable,
    RuleViolation,
    SignInDelayed,
    WrongPin,
)
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import generate_recovery_key, read_recovery_key_file
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import NAMES, PINS, FakeClock, Team

TECH = NAMES[Role.TECHNICIAN]


def fail(vault: Vault, name: str = TECH) -> WrongPin:
    with pytest.raises(WrongPin) as error:
        vault.auth.sign_in(name, "000001")
    return error.value


def actions(vault: Vault, owner: Session, action: str) -> list[str]:
    return [e.detail for e in vault.audit.list(owner, AuditFilter(action=action))]


def test_right_pin_signs_in_with_role(vault: Vault) -> None:
    for role in Role:
        session = vault.auth.sign_in(NAMES[role], PINS[role])
        assert session.role is role
        assert session.staff_name == NAMES[role]


def test_names_match_without_case_or_extra_spaces(vault: Vault) -> None:
    assert vault.auth.sign_in("  mai   TRẦN ", PINS[Role.TECHNICIAN]).role is Role.TECHNICIAN


def test_unknown_name_is_refused_and_logged_without_the_name(vault: Vault, team: Team) -> None:
    owner = team.owner
    with pytest.raises(AuthenticationError, match="No staff member"):
        vault.auth.sign_in("Nobody Here", "482913")
    assert "reason=unknown_name" in actions(vault, owner, "sign_in")
    assert all("Nobody" not in e.detail for e in vault.audit.list(team.owner))


def test_delays_escalate_after_three_failures(vault: Vault, clock: FakeClock) -> None:
    assert fail(vault).attempts_left == 9
    fail(vault)
    fail(vault)
    with pytest.raises(SignInDelayed) as delayed:
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])  # even the right PIN waits
    assert delayed.value.seconds == 30
    clock.advance(seconds=29)
    with pytest.raises(SignInDelayed):
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])
    clock.advance(seconds=1)
    fail(vault)  # 4th failure
    with pytest.raises(SignInDelayed) as delayed:
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])
    assert delayed.value.seconds == 60
    clock.advance(seconds=60)
    vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])  # success resets the counter
    assert fail(vault).attempts_left == 9


def test_ten_failures_disable_until_owner_enables(vault: Vault, clock: FakeClock) -> None:
    for attempt in range(1, 11):
        error = fail(vault)
        assert error.attempts_left == 10 - attempt
        clock.advance(hours=1)
    with pytest.raises(AccountDisabled) as disabled:
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])
    assert disabled.value.by_lockout
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    assert "failures=10" in actions(vault, owner, "staff.locked_out")
    member = vault.staff.find(owner, TECH)
    assert not member.active and member.disabled_by_lockout and member.failed_attempts == 10
    vault.staff.enable(owner, member.id)
    assert "field=active was_disabled_by=lockout" in actions(vault, owner, "staff.enable")
    assert vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN]).role is Role.TECHNICIAN


def test_counter_survives_reopening_the_vault(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    for _ in range(3):
        fail(vault)
    vault.close()
    reopened = open_vault(data_dir, device_store=device_store, clock=clock)
    with pytest.raises(SignInDelayed):
        reopened.auth.sign_in(TECH, PINS[Role.TECHNICIAN])
    reopened.close()


def test_owner_disabled_by_lockout_recovers_with_recovery_key(
    vault: Vault, clock: FakeClock, recovery_key_file: Path
) -> None:
    owner = NAMES[Role.OWNER]
    for _ in range(10):
        fail(vault, owner)
        clock.advance(hours=1)
    with pytest.raises(AccountDisabled):
        vault.auth.sign_in(owner, PINS[Role.OWNER])
    with pytest.raises(KeyUnavailable):
        vault.auth.recover_owner(owner, generate_recovery_key(), "581302")
    key = read_recovery_key_file(recovery_key_file)
    with pytest.raises(RuleViolation, match="owner accounts only"):
        vault.auth.recover_owner(TECH, key, "581302")
    vault.auth.recover_owner(owner, key, "581302")
    session = vault.auth.sign_in(owner, "581302")
    assert session.role is Role.OWNER
    details = [e.detail for e in vault.audit.list(session, AuditFilter(action="staff.recovered"))]
    assert details == ["method=recovery_key fields=active,pin", "reason=wrong_recovery_key"]


@pytest.mark.slow  # needs the real PIN-hash cost to upgrade to
def test_weak_hash_is_upgraded_on_sign_in(vault: Vault, team: Team) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("739164")
    member = vault.staff.find(team.owner, NAMES[Role.RECEPTIONIST])
    with vault._db.transaction():
        vault._db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", (weak, member.id))
    owner = team.owner
    vault.auth.sign_in(NAMES[Role.RECEPTIONIST], "739164")
    stored = vault._db.scalar("SELECT pin_hash FROM staff WHERE id = ?", (member.id,))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "pin_rehashed=yes" in actions(vault, owner, "sign_in")


def test_pins_and_hashes_never_reach_the_log(vault: Vault, team: Team) -> None:
    fail(vault)
    for entry in vault.audit.list(team.owner):
        text = f"{entry.detail} {entry.object_id} {entry.action}"
        assert "000001" not in text and "$argon2" not in text
        assert all(pin not in text for pin in PINS.values())


def test_simultaneous_wrong_pins_are_all_counted(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """Separate connections (as separate processes) racing: no failure is lost."""
    import threading

    handles = [open_vault(data_dir, device_store=device_store, clock=clock) for _ in range(8)]
    start = threading.Barrier(len(handles))
    outcomes: list[str] = []

    def attempt(handle: Vault) -> None:
        start.wait()
        try:
            handle.auth.sign_in(TECH, "000001")
        except (WrongPin, SignInDelayed) as error:
            outcomes.append(type(error).__name__)

    threads = [threading.Thread(target=attempt, args=(h,)) for h in handles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for handle in handles:
        handle.close()
    counted = vault.database.scalar("SELECT failed_attempts FROM staff WHERE name = ?", (TECH,))
    # Wrong answers each count; tries arriving inside the delay are refused without counting.
    assert counted == outcomes.count("WrongPin") and len(outcomes) == 8
    assert counted >= 3
