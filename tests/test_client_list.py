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


@pytest.mark.parametrize("role", list(Role))
def test_namesakes_are_told_apart_as_the_role_may_see(vault: Vault, team: Team, role: Role) -> None:
    """Issue 18 item 2: seven clients called Nguyễn Thị Linh. Wherever one is picked (search,
    the list's rows, the log's client filter, merge, import duplicates: all read these rows),
    the row says what tells them apart: the client number, the phone's last digits (every role
    may see those), the birth year (roles that may read contact details) and the last visit."""
    vault.clients.set_collected_fields(team.owner, {"phone", "birth_date"})
    linhs = [
        vault.clients.create(
            team.owner,
            ClientInput(
                "Nguyễn",
                "Thị Linh",
                phone=f"+84 912 345 {index:03d}" if index != 6 else "",
                birth_date=date(1980 + index, 3, 1) if index % 2 == 0 else None,
            ),
            allow_duplicate=True,
        ).id
        for index in range(7)
    ]
    contact = role is not Role.TECHNICIAN
    session = team.of(role)
    found = {row.id: row for row in vault.clients.search(session, "nguyen thi linh")}
    rows = {row.id: row for row in vault.clients.summaries(session, linhs)}
    assert set(found) == set(rows) == set(linhs)
    for index, client in enumerate(linhs):
        for row in (found[client], rows[client]):
            assert row.phone_last_digits == (f"{index:03d}" if index != 6 else None)
            year = 1980 + index if index % 2 == 0 and contact else None
            assert row.birth_year == year
    facts = {(r.phone_last_digits, r.birth_year, r.last_visit_on) for r in rows.values()}
    assert len(facts) == 7  # no two rows alike, for any role
