"""The full client list: ids sorted in the vault, rows a page at a time, as the role may see."""

from __future__ import annotations

from datetime import date

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import PermissionDenied, SessionExpired, ValidationError
from salonvault.domain.roles import Role
from salonvault.services.clients.service import MAX_PAGE
from salonvault.services.vault.opening import Vault
from tests.support import FakeClock, Team


@pytest.fixture
def listed(vault: Vault, team: Team) -> dict[str, int]:
    people = {
        "zofia": ("Łęcka", "Zofia", "+48 512 345 678"),
        "hoa": ("Nguyễn", "Thị Hoa", "+84 912 345 678"),
        "dang": ("Đặng", "Thu Trang", "+84 903 111 222"),
        "anna": ("Adamska", "Anna", "+48 601 234 567"),
    }
    ids = {
        key: vault.clients.create(team.receptionist, ClientInput(f, g, phone=p)).id
        for key, (f, g, p) in people.items()
    }
    db = vault.database
    with db.transaction():  # visits: Hoa last week, Zofia last year, the others never
        db.execute("UPDATE clients SET last_visit_on = ? WHERE id = ?", ("2026-11-15", ids["hoa"]))
        db.execute(
            "UPDATE clients SET last_visit_on = ? WHERE id = ?", ("2025-11-01", ids["zofia"])
        )
    return ids


def test_most_recent_visit_first_then_newest_client(
    vault: Vault, team: Team, listed: dict[str, int]
) -> None:
    ids = vault.clients.list_ids(team.technician)
    assert ids == [listed["hoa"], listed["zofia"], listed["anna"], listed["dang"]]


def test_by_name_ignores_accents_and_ld(vault: Vault, team: Team, listed: dict[str, int]) -> None:
    ids = vault.clients.list_ids(team.receptionist, by_name=True)
    # Adamska, Đặng (as D), Łęcka (as L), Nguyễn: the order people expect, not code points
    assert ids == [listed["anna"], listed["dang"], listed["zofia"], listed["hoa"]]


def test_archived_clients_only_when_asked(vault: Vault, team: Team, listed: dict[str, int]) -> None:
    vault.clients.set_archived(team.receptionist, listed["zofia"], True)
    assert listed["zofia"] not in vault.clients.list_ids(team.owner)
    everyone = vault.clients.list_ids(team.owner, include_archived=True)
    assert everyone == [listed["hoa"], listed["zofia"], listed["anna"], listed["dang"]]
    [row] = vault.clients.summaries(team.owner, [listed["zofia"]])
    assert row.archived


@pytest.mark.parametrize("role", list(Role))
def test_rows_show_what_the_role_may_see(
    vault: Vault, team: Team, listed: dict[str, int], role: Role
) -> None:
    wanted = [listed["dang"], listed["hoa"], 987654]  # a gone client is left out
    rows = vault.clients.summaries(team.of(role), wanted)
    assert [r.id for r in rows] == wanted[:2]
    assert rows[0].display_name == "Đặng Thu Trang"
    expected = "••••••••222" if role is Role.TECHNICIAN else "+84 903 111 222"
    assert rows[0].phone == expected
    assert rows[1].last_visit_on == date(2026, 11, 15)


def test_pages_are_bounded_and_sessions_checked(
    vault: Vault, team: Team, listed: dict[str, int], clock: FakeClock
) -> None:
    with pytest.raises(ValidationError):
        vault.clients.summaries(team.owner, list(range(1, MAX_PAGE + 2)))
    session = team.technician
    clock.advance(hours=13)
    with pytest.raises(SessionExpired):
        vault.clients.list_ids(session)
    with pytest.raises((SessionExpired, PermissionDenied)):
        vault.clients.summaries(session, [listed["hoa"]])
