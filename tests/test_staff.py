"""Staff admin (issue 7, item 1): each capability for the owner, each refusal for the other roles,
the last-owner rule, and the PIN reset by one-time code (decision 0009)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.errors import (
    AccountDisabled,
    NewPinRequired,
    PermissionDenied,
    ResetCodeExpired,
    RuleViolation,
    SessionExpired,
    ValidationError,
    WrongPin,
    WrongResetCode,
)
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.services.vault.opening import Vault
from tests.support import NAMES, PINS, FakeClock, Team

OWNER, TECH, RECEPTION = NAMES[Role.OWNER], NAMES[Role.TECHNICIAN], NAMES[Role.RECEPTIONIST]


def log_of(vault: Vault, owner: Session, action: str) -> list[tuple[str, str]]:
    """(outcome, detail) of the entries for `action`, newest first."""
    entries = vault.audit.list(owner, AuditFilter(action=action, limit=100))
    return [(e.outcome.value, e.detail) for e in entries]


def member(vault: Vault, owner: Session, name: str) -> int:
    return vault.staff.find(owner, name).id


# -- capabilities ---------------------------------------------------------------------------


def test_owner_adds_renames_and_changes_roles(vault: Vault, team: Team) -> None:
    owner = team.owner
    added = vault.staff.add(owner, "  Zofia   Wójcik ", Role.TECHNICIAN, "583917")
    assert (added.name, added.role, added.active) == ("Zofia Wójcik", Role.TECHNICIAN, True)
    vault.staff.rename(owner, added.id, "Zofia Nowak-Wójcik")
    vault.staff.set_role(owner, added.id, Role.RECEPTIONIST)
    found = vault.staff.find(owner, "zofia nowak-wójcik")
    assert (found.name, found.role) == ("Zofia Nowak-Wójcik", Role.RECEPTIONIST)
    assert log_of(vault, owner, "staff.add")[0] == ("ok", "role=technician")
    assert log_of(vault, owner, "staff.rename")[0] == ("ok", "field=name")
    assert log_of(vault, owner, "staff.role")[0] == ("ok", "from=technician to=receptionist")
    assert vault.auth.sign_in("Zofia Nowak-Wójcik", "583917").role is Role.RECEPTIONIST


def test_list_shows_last_sign_in_failures_and_lockout(
    vault: Vault, team: Team, clock: FakeClock
) -> None:
    owner = team.owner
    team.technician  # noqa: B018 - signs in
    for _ in range(3):
        with pytest.raises(WrongPin):
            vault.auth.sign_in(RECEPTION, "583917")
    listed = {m.name: m for m in vault.staff.list(owner)}
    assert listed[TECH].last_login_at == clock.now()
    assert listed[RECEPTION].failed_attempts == 3 and listed[RECEPTION].locked_out
    assert listed[RECEPTION].sign_in_delayed_until is not None
    assert not listed[TECH].locked_out and listed[TECH].failed_attempts == 0
    clock.advance(minutes=1)  # the 30 s delay is over: no longer locked out, failures still shown
    later = {m.name: m for m in vault.staff.list(owner)}[RECEPTION]
    assert not later.locked_out and later.failed_attempts == 3


def test_disable_stops_sign_in_and_ends_sessions_enable_restores(vault: Vault, team: Team) -> None:
    owner, technician = team.owner, team.technician
    tech_id = technician.staff_id
    vault.staff.disable(owner, tech_id)
    with pytest.raises(SessionExpired):
        vault.clients.search(technician, "hoa")
    with pytest.raises(AccountDisabled, match="by the owner"):
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])
    assert TECH not in {name for _id, name, _role in vault.staff.sign_in_list()}
    assert not vault.staff.find(owner, TECH).active
    vault.staff.enable(owner, tech_id)
    assert vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN]).role is Role.TECHNICIAN
    assert log_of(vault, owner, "staff.disable")[0] == ("ok", "field=active")
    assert log_of(vault, owner, "staff.enable")[0] == ("ok", "field=active was_disabled_by=owner")


def test_names_are_unique_ignoring_case_and_spacing(vault: Vault, team: Team) -> None:
    owner = team.owner
    with pytest.raises(ValidationError, match="already has that name") as added:
        vault.staff.add(owner, "  mai   TRẦN ", Role.TECHNICIAN, "583917")
    assert added.value.field == "name"
    with pytest.raises(ValidationError, match="already has that name") as renamed:
        vault.staff.rename(owner, team.receptionist.staff_id, "MAI TRẦN")
    assert renamed.value.field == "name"
    vault.staff.rename(owner, team.receptionist.staff_id, "kasia nowak")  # own name, new case
    with pytest.raises(ValidationError, match="Enter the staff member's name"):
        vault.staff.rename(owner, team.receptionist.staff_id, "   ")


def test_a_weak_pin_is_refused_when_adding(vault: Vault, team: Team) -> None:
    with pytest.raises(ValidationError, match="run of digits") as error:
        vault.staff.add(team.owner, "Li Na", Role.TECHNICIAN, "123456")
    assert error.value.field == "pin"


# -- the last active owner --------------------------------------------------------------------


def test_the_last_active_owner_cannot_be_disabled_or_demoted(vault: Vault, team: Team) -> None:
    owner = team.owner
    for attempt in (
        lambda: vault.staff.disable(owner, owner.staff_id),
        lambda: vault.staff.set_role(owner, owner.staff_id, Role.TECHNICIAN),
    ):
        with pytest.raises(RuleViolation, match="last active owner"):
            attempt()
    assert vault.staff.find(owner, OWNER).role is Role.OWNER
    assert log_of(vault, owner, "staff.disable")[0] == ("refused", "reason=last_owner")
    assert log_of(vault, owner, "staff.role")[0] == ("refused", "reason=last_owner")
    assert vault.staff.list(owner)  # still signed in: nothing changed


def test_with_a_second_owner_the_first_may_step_down(vault: Vault, team: Team) -> None:
    owner = team.owner
    second = vault.staff.add(owner, "Lan Phạm", Role.OWNER, "583917")
    vault.staff.disable(owner, second.id)  # a disabled owner does not count as an owner
    with pytest.raises(RuleViolation, match="last active owner"):
        vault.staff.set_role(owner, owner.staff_id, Role.RECEPTIONIST)
    vault.staff.enable(owner, second.id)
    vault.staff.set_role(owner, owner.staff_id, Role.RECEPTIONIST)
    with pytest.raises(SessionExpired):  # own role changed: sign in again
        vault.staff.list(owner)
    lan = vault.auth.sign_in("Lan Phạm", "583917")
    assert vault.staff.find(lan, OWNER).role is Role.RECEPTIONIST


# -- refusals for the other roles -------------------------------------------------------------

StaffCall = Callable[[Vault, Session, int], object]
CALLS: dict[str, StaffCall] = {
    "list": lambda v, s, target: v.staff.list(s),
    "find": lambda v, s, target: v.staff.find(s, OWNER),
    "add": lambda v, s, target: v.staff.add(s, "Zofia Wójcik", Role.OWNER, "583917"),
    "rename": lambda v, s, target: v.staff.rename(s, target, "Someone Else"),
    "set_role": lambda v, s, target: v.staff.set_role(s, target, Role.TECHNICIAN),
    "disable": lambda v, s, target: v.staff.disable(s, target),
    "enable": lambda v, s, target: v.staff.enable(s, target),
    "reset_pin": lambda v, s, target: v.staff.reset_pin(s, target),
}
REFUSED = [(call, role) for call in CALLS for role in (Role.RECEPTIONIST, Role.TECHNICIAN)]


@pytest.mark.parametrize(("call", "role"), REFUSED, ids=[f"{c}-{r}" for c, r in REFUSED])
def test_other_roles_are_refused_and_logged(
    vault: Vault, team: Team, call: str, role: Role
) -> None:
    owner, session = team.owner, team.of(role)
    before = vault.staff.list(owner)
    with pytest.raises(PermissionDenied, match=f"A {role.value} may not manage staff accounts"):
        CALLS[call](vault, session, owner.staff_id)
    denied = vault.audit.list(owner, AuditFilter(action="permission.denied", limit=1))[0]
    assert denied.staff_id == session.staff_id and denied.role == role.value
    assert denied.detail == "permission=STAFF_MANAGE" and denied.outcome.value == "refused"
    assert vault.staff.list(owner) == before  # nothing changed
    assert vault.auth.sign_in(OWNER, PINS[Role.OWNER])  # the owner's PIN still works


# -- PIN reset by one-time code ---------------------------------------------------------------


def test_reset_gives_a_one_time_code_and_the_old_pin_stops(vault: Vault, team: Team) -> None:
    owner, receptionist = team.owner, team.receptionist
    reset = vault.staff.reset_pin(owner, receptionist.staff_id)
    assert len(reset.code) == 10 and reset.code.isdigit() and reset.name == RECEPTION
    stored = vault.database.scalar(
        "SELECT reset_code_hash FROM staff WHERE id = ?", (receptionist.staff_id,)
    )
    assert stored.startswith("$argon2id$") and reset.code not in stored
    assert str(reset.code) not in str(vault.staff.find(owner, RECEPTION))
    with pytest.raises(SessionExpired):  # their sessions end
        vault.clients.search(receptionist, "hoa")
    with pytest.raises(WrongResetCode, match="one-time code"):
        vault.auth.sign_in(RECEPTION, PINS[Role.RECEPTIONIST])
    assert vault.staff.find(owner, RECEPTION).reset_pending
    assert RECEPTION in vault.staff.reset_pending_names()
    assert log_of(vault, owner, "staff.reset_pin")[0] == (
        "ok",
        "field=pin method=one_time_code hours=24",
    )
    assert ("failed", "reason=wrong_reset_code failures=1") in log_of(vault, owner, "sign_in")


def test_the_code_leads_to_choosing_a_pin_and_works_once(vault: Vault, team: Team) -> None:
    owner = team.owner
    reset = vault.staff.reset_pin(owner, team.technician.staff_id)
    with pytest.raises(NewPinRequired):  # the code alone gives no session
        vault.auth.sign_in(TECH, reset.code)
    with pytest.raises(ValidationError, match="run of digits"):
        vault.auth.complete_pin_reset(TECH, reset.code, "123456")
    with pytest.raises(ValidationError, match="not the one-time code"):
        vault.auth.complete_pin_reset(TECH, reset.code, reset.code)
    with pytest.raises(WrongResetCode):
        vault.auth.complete_pin_reset(TECH, "0000000001", "583917")
    session = vault.auth.complete_pin_reset(TECH, reset.code, "583917")
    assert session.role is Role.TECHNICIAN
    vault.clients.search(session, "hoa")
    listed = vault.staff.find(owner, TECH)
    assert not listed.reset_pending and listed.failed_attempts == 0
    assert log_of(vault, owner, "staff.pin_chosen")[0] == ("ok", "field=pin method=reset_code")
    # The code is spent: neither as a code nor as a PIN does it open the account again.
    with pytest.raises(RuleViolation, match="no PIN reset waiting"):
        vault.auth.complete_pin_reset(TECH, reset.code, "694027")
    with pytest.raises(WrongPin):
        vault.auth.sign_in(TECH, reset.code)
    with pytest.raises(WrongPin):
        vault.auth.sign_in(TECH, PINS[Role.TECHNICIAN])  # nor the PIN before the reset
    assert vault.auth.sign_in(TECH, "583917").staff_id == session.staff_id


def test_an_expired_code_is_refused_without_counting(
    vault: Vault, team: Team, clock: FakeClock
) -> None:
    owner = team.owner
    reset = vault.staff.reset_pin(owner, team.technician.staff_id)
    clock.advance(hours=24)
    for attempt in (
        lambda: vault.auth.sign_in(TECH, reset.code),
        lambda: vault.auth.complete_pin_reset(TECH, reset.code, "583917"),
    ):
        with pytest.raises(ResetCodeExpired, match="ask the owner for a new one"):
            attempt()
    owner = vault.auth.sign_in(OWNER, PINS[Role.OWNER])  # the owner's session went idle
    assert vault.staff.find(owner, TECH).failed_attempts == 0
    assert ("refused", "reason=reset_code_expired") in log_of(vault, owner, "sign_in")
    fresh = vault.staff.reset_pin(owner, team.technician.staff_id)  # a new code replaces it
    with pytest.raises(WrongResetCode):
        vault.auth.sign_in(TECH, reset.code)
    assert vault.auth.complete_pin_reset(TECH, fresh.code, "583917").role is Role.TECHNICIAN


def test_wrong_codes_count_towards_the_lockout(vault: Vault, team: Team, clock: FakeClock) -> None:
    reset = vault.staff.reset_pin(team.owner, team.technician.staff_id)
    for number in range(1, 11):
        clock.advance(minutes=45)  # past each delay, within the day the code lasts
        with pytest.raises(WrongResetCode) as error:
            vault.auth.sign_in(TECH, "1111111112")
        assert error.value.attempts_left == 10 - number
    with pytest.raises(AccountDisabled, match="too many wrong PINs"):
        vault.auth.complete_pin_reset(TECH, reset.code, "583917")


def test_a_disabled_account_cannot_use_its_code(vault: Vault, team: Team) -> None:
    owner = team.owner
    reset = vault.staff.reset_pin(owner, team.technician.staff_id)
    vault.staff.disable(owner, team.technician.staff_id)
    with pytest.raises(AccountDisabled):
        vault.auth.complete_pin_reset(TECH, reset.code, "583917")
    vault.staff.enable(owner, team.technician.staff_id)
    assert vault.auth.complete_pin_reset(TECH, reset.code, "583917").role is Role.TECHNICIAN


def test_the_owner_cannot_reset_their_own_pin(vault: Vault, team: Team) -> None:
    owner = team.owner
    with pytest.raises(RuleViolation, match="your own PIN"):
        vault.staff.reset_pin(owner, owner.staff_id)
    assert log_of(vault, owner, "staff.reset_pin")[0] == ("refused", "reason=own_pin")
    assert vault.auth.sign_in(OWNER, PINS[Role.OWNER])


def test_unknown_staff_member_is_not_found(vault: Vault, team: Team) -> None:
    from salonvault.domain.errors import NotFound

    for call in ("rename", "set_role", "disable", "enable", "reset_pin"):
        with pytest.raises(NotFound):
            CALLS[call](vault, team.owner, 9999)
