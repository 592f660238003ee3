"""Recall and due lists (issue 22 item 4, decision 0039): each kind's rule with its dates worked
out by hand, the consent that lets a contact show, the roles, and the marks. FakeClock: Sunday
22 November 2026, so with no date a list runs to 22 December 2026 (30 days)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import PermissionDenied, ValidationError
from salonvault.domain.recalls import (
    NoContact,
    RecallKey,
    RecallKind,
    RecallMark,
    RecallRow,
    add_months,
    birthday_in,
    latest_with_due_by,
)
from salonvault.domain.records import RecordInput
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.services.vault.opening import Vault
from tests.support import FakeClock, Team

TODAY = date(2026, 11, 22)


def prescription(valid_until: str, examined_on: str = "2024-11-20") -> dict[str, Any]:
    return {
        "rx": {"right": {"sphere": "-1.00"}, "left": {"sphere": "-0.75"}},
        "examiner": "Jan Kowalski",
        "examined_on": examined_on,
        "valid_until": valid_until,
    }


def a_client(vault: Vault, team: Team, family: str, **fields: Any) -> int:
    data = ClientInput(family, "Anna", phone=fields.pop("phone", "+84 912 345 678"), **fields)
    client = vault.clients.create(team.owner, data, allow_duplicate=True).id
    # A prescription holds health data: kept with the client's consent (decision 0031).
    vault.consent.record(team.owner, client, "health_data", "granted", "pl", "paper", None, "H")
    return client


def a_service(vault: Vault, team: Team, name: str = "Eye examination") -> int:
    return vault.catalogue.add(team.owner, ServiceInput(name, requires_patch_test=False))


def listed(
    vault: Vault, session: Session, kind: RecallKind | None, due_before: date | None = None
) -> list[RecallRow]:
    keys = vault.recalls.list(session, kind, due_before).keys
    return vault.recalls.page(session, keys)


def due(rows: list[RecallRow]) -> list[tuple[int, date]]:
    return [(row.key.client_id, row.due_on) for row in rows]


# -- the rules, kind by kind ---------------------------------------------------------------------


def test_eye_test_due_from_the_newest_prescription(vault: Vault, team: Team) -> None:
    soon = a_client(vault, team, "Soon")
    vault.records.add_record(
        team.owner, soon, RecordInput("spectacle_rx", prescription("2026-12-10"))
    )
    later = a_client(vault, team, "Later")
    vault.records.add_record(
        team.owner, later, RecordInput("spectacle_rx", prescription("2027-01-05"))
    )
    renewed = a_client(vault, team, "Renewed")  # an old one ran out; the newest runs to 2028
    vault.records.add_record(
        team.owner, renewed, RecordInput("spectacle_rx", prescription("2026-10-01", "2024-10-01"))
    )
    vault.records.add_record(
        team.owner, renewed, RecordInput("spectacle_rx", prescription("2028-11-20", "2026-11-20"))
    )
    overdue = a_client(vault, team, "Overdue")  # ran out last year: still to call
    vault.records.add_record(
        team.owner, overdue, RecordInput("spectacle_rx", prescription("2025-06-30", "2023-06-30"))
    )

    assert due(listed(vault, team.owner, RecallKind.EYE_TEST)) == [
        (overdue, date(2025, 6, 30)),
        (soon, date(2026, 12, 10)),
    ]  # 2027-01-05 is after 22 December
    assert due(listed(vault, team.owner, RecallKind.EYE_TEST, date(2027, 1, 5))) == [
        (overdue, date(2025, 6, 30)),
        (soon, date(2026, 12, 10)),
        (later, date(2027, 1, 5)),
    ]


def test_a_corrected_prescription_counts_by_its_correction(vault: Vault, team: Team) -> None:
    client = a_client(vault, team, "Nowak")
    first = vault.records.add_record(
        team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-01"))
    )
    assert due(listed(vault, team.owner, RecallKind.EYE_TEST)) == [(client, date(2026, 12, 1))]
    vault.records.add_correction(team.owner, first, prescription("2027-11-20"))
    assert listed(vault, team.owner, RecallKind.EYE_TEST) == []


def test_contact_lens_aftercare_due(vault: Vault, team: Team) -> None:
    service = a_service(vault, team, "Contact lens fitting")
    client = a_client(vault, team, "Lens")
    visit = vault.treatments.add_visit(
        team.owner, client, VisitInput(visited_on=date(2026, 11, 20), service_id=service)
    )
    eye = {"design": "spherical", "base_curve": "8.6", "diameter": "14.2", "power": "-2.25"}
    fitting = {
        "lens": {"right": eye, "left": eye},
        "brand": "Acuvue Oasys",
        "replacement": "two_weekly",
        "fitted_on": "2026-11-20",
        "aftercare_due": "2026-12-04",  # two weeks after the fitting
    }
    vault.records.add_record(
        team.owner, client, RecordInput("contact_lens", fitting, visit_id=visit)
    )
    assert due(listed(vault, team.owner, RecallKind.LENS_AFTERCARE)) == [
        (client, date(2026, 12, 4))
    ]
    assert listed(vault, team.owner, RecallKind.EYE_TEST) == []  # a fitting is not an Rx


def test_patch_tests_running_out(vault: Vault, team: Team) -> None:
    days = vault.treatments.patch_validity_days()

    def tested(family: str, runs_out: date, result: PatchResult = PatchResult.PASS) -> int:
        client = a_client(vault, team, family)
        vault.treatments.record_patch_test(
            team.owner, client, runs_out - timedelta(days=days), "Wella", "", result
        )
        return client

    soon = tested("Soon", date(2026, 12, 1))
    recently = tested("Recently", date(2026, 10, 23))  # 30 days ago: still listed
    tested("Long ago", date(2026, 10, 22))  # 31 days ago: the client needs a new test
    tested("Failed", date(2026, 12, 1), PatchResult.FAIL)
    tested("Later", date(2026, 12, 23))  # the day after the list's end

    assert due(listed(vault, team.owner, RecallKind.PATCH_TEST)) == [
        (recently, date(2026, 10, 23)),
        (soon, date(2026, 12, 1)),
    ]


def test_lapsed_clients_after_the_owners_months(vault: Vault, team: Team) -> None:
    service = a_service(vault, team, "Cut")

    def visited(family: str, on: date) -> int:
        client = a_client(vault, team, family)
        vault.treatments.add_visit(
            team.owner, client, VisitInput(visited_on=on, service_id=service)
        )
        return client

    exactly = visited("Exactly", date(2025, 11, 22))  # 12 months: due today
    edge = visited("Edge", date(2025, 12, 22))  # due 22 December, the list's last day
    visited("Recent", date(2025, 12, 23))  # due 23 December: not yet
    a_client(vault, team, "Never")  # never visited: not lapsed, just new

    assert vault.recalls.lapsed_months() == 12
    assert due(listed(vault, team.owner, RecallKind.LAPSED)) == [
        (exactly, date(2026, 11, 22)),
        (edge, date(2026, 12, 22)),
    ]

    # Eleven months after 31 December is 30 November (the day clamped to November's end).
    vault.recalls.set_lapsed_months(team.owner, 11)
    end_of_month = visited("Month end", date(2025, 12, 31))
    rows = listed(vault, team.owner, RecallKind.LAPSED, date(2026, 11, 30))
    assert (end_of_month, date(2026, 11, 30)) in due(rows)
    assert end_of_month not in [
        r.key.client_id for r in listed(vault, team.owner, RecallKind.LAPSED, date(2026, 11, 29))
    ]
    with pytest.raises(PermissionDenied):
        vault.recalls.set_lapsed_months(team.receptionist, 6)
    with pytest.raises(ValidationError):
        vault.recalls.set_lapsed_months(team.owner, 0)


def test_months_by_hand() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)  # a leap year
    assert add_months(date(2025, 12, 31), 11) == date(2026, 11, 30)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)
    # Due by 28 February 2027 after one month: every visit up to 31 January (29, 30, 31 Jan
    # all become 28 Feb); by 30 March: up to 28 February (1 March becomes 1 April).
    assert latest_with_due_by(date(2027, 2, 28), 1) == date(2027, 1, 31)
    assert latest_with_due_by(date(2027, 3, 30), 1) == date(2027, 2, 28)
    assert latest_with_due_by(date(2027, 4, 30), 1) == date(2027, 3, 31)
    assert latest_with_due_by(date(2026, 12, 22), 12) == date(2025, 12, 22)
    assert birthday_in(2027, date(1988, 2, 29)) == date(2027, 2, 28)
    assert birthday_in(2028, date(1988, 2, 29)) == date(2028, 2, 29)


def test_birthdays_only_where_birth_dates_are_collected(vault: Vault, team: Team) -> None:
    assert RecallKind.BIRTHDAY not in vault.recalls.kinds(team.owner)
    collected = set(vault.clients.collected_fields())
    vault.clients.set_collected_fields(team.owner, collected | {"birth_date"})
    assert RecallKind.BIRTHDAY in vault.recalls.kinds(team.owner)

    next_week = a_client(vault, team, "Next week", birth_date=date(1990, 11, 30))
    today = a_client(vault, team, "Today", birth_date=date(1985, 11, 22))
    a_client(vault, team, "Yesterday", birth_date=date(1990, 11, 21))  # next year's is far
    january = a_client(vault, team, "January", birth_date=date(1990, 1, 5))
    leap = a_client(vault, team, "Leap", birth_date=date(1988, 2, 29))

    assert due(listed(vault, team.owner, RecallKind.BIRTHDAY)) == [
        (today, date(2026, 11, 22)),
        (next_week, date(2026, 11, 30)),
    ]
    # Over the new year, and 29 February kept on the 28th in 2027.
    rows = due(listed(vault, team.receptionist, RecallKind.BIRTHDAY, date(2027, 3, 1)))
    assert (january, date(2027, 1, 5)) in rows
    assert (leap, date(2027, 2, 28)) in rows
    assert len(rows) == 4  # not "Yesterday": 21 November 2027 is after 1 March
    # A technician sees no birth dates, so no birthdays (asking is refused).
    assert RecallKind.BIRTHDAY not in vault.recalls.kinds(team.technician)
    with pytest.raises(PermissionDenied):
        vault.recalls.list(team.technician, RecallKind.BIRTHDAY)
    # Switched off again: no list, whatever the birth dates held.
    vault.clients.set_collected_fields(team.owner, collected)
    assert vault.recalls.list(team.owner, RecallKind.BIRTHDAY).keys == []


def test_archived_clients_are_not_listed(vault: Vault, team: Team) -> None:
    client = a_client(vault, team, "Archived")
    vault.records.add_record(
        team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-10"))
    )
    vault.clients.set_archived(team.owner, client, True)
    assert listed(vault, team.owner, None) == []


# -- who sees a contact ------------------------------------------------------------------------


def grant(vault: Vault, team: Team, client: int, purpose: str) -> None:
    vault.consent.record(team.owner, client, purpose, "granted", "vi", "paper", paper_reference="P")


def test_a_contact_only_with_consent_and_for_roles_that_see_it(vault: Vault, team: Team) -> None:
    service = a_service(vault, team, "Cut")
    reminded = a_client(vault, team, "Reminded", phone="+84 912 345 678")
    silent = a_client(vault, team, "Silent", phone="+84 987 654 321")
    no_phone = a_client(vault, team, "No phone", phone="")
    for client in (reminded, silent, no_phone):
        vault.records.add_record(
            team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-10"))
        )
        vault.treatments.add_visit(
            team.owner, client, VisitInput(visited_on=date(2025, 11, 1), service_id=service)
        )
    grant(vault, team, reminded, "reminders")
    grant(vault, team, no_phone, "reminders")
    grant(vault, team, silent, "marketing_sms")  # marketing, not reminders

    for session in (team.owner, team.receptionist):
        rows = {r.key.client_id: r for r in listed(vault, session, RecallKind.EYE_TEST)}
        assert (rows[reminded].phone, rows[reminded].no_contact) == ("+84 912 345 678", None)
        assert (rows[silent].phone, rows[silent].no_contact) == ("", NoContact.NO_CONSENT)
        assert (rows[no_phone].phone, rows[no_phone].no_contact) == ("", NoContact.NO_PHONE)
        # A lapsed client is marketing: the SMS consent lets the phone show, reminders do not.
        rows = {r.key.client_id: r for r in listed(vault, session, RecallKind.LAPSED)}
        assert rows[silent].phone == "+84 987 654 321"
        assert rows[reminded].no_contact is NoContact.NO_CONSENT

    rows = {r.key.client_id: r for r in listed(vault, team.technician, RecallKind.EYE_TEST)}
    assert set(rows) == {reminded, silent, no_phone}  # names, for everyone
    assert all(r.phone == "" and r.no_contact is NoContact.ROLE for r in rows.values())
    assert rows[reminded].family_name == "Reminded"

    # Withdrawn: the phone goes.
    vault.consent.withdraw(team.receptionist, reminded, "reminders")
    rows = {r.key.client_id: r for r in listed(vault, team.owner, RecallKind.EYE_TEST)}
    assert (rows[reminded].phone, rows[reminded].no_contact) == ("", NoContact.NO_CONSENT)


# -- marks ---------------------------------------------------------------------------------------


def test_marks_are_remembered_and_logged(vault: Vault, team: Team, clock: FakeClock) -> None:
    called, booked, later = (a_client(vault, team, name) for name in ("Called", "Booked", "Later"))
    for client in (called, booked, later):
        vault.records.add_record(
            team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-10"))
        )
    keys = {k.client_id: k for k in vault.recalls.list(team.receptionist, RecallKind.EYE_TEST).keys}
    assert keys[called] == RecallKey(called, RecallKind.EYE_TEST, date(2026, 12, 10))

    vault.recalls.mark(team.receptionist, keys[called], RecallMark.CALLED)
    vault.recalls.mark(team.receptionist, keys[booked], RecallMark.BOOKED)
    vault.recalls.mark(team.owner, keys[later], RecallMark.NOT_NOW, date(2026, 12, 1))

    rows = listed(vault, team.receptionist, RecallKind.EYE_TEST)
    assert [r.key.client_id for r in rows] == [called]  # booked and "not now" are hidden
    mark = rows[0].mark
    assert mark is not None and mark.mark is RecallMark.CALLED
    assert mark.marked_at == clock.now()

    clock.moment = clock.moment.replace(day=30)  # 30 November: still "not now"
    team = Team(vault)  # signed in again, days later
    assert {r.key.client_id for r in listed(vault, team.receptionist, RecallKind.EYE_TEST)} == {
        called
    }
    clock.moment = clock.moment.replace(month=12, day=1)  # the day it was hidden until
    team = Team(vault)
    assert {r.key.client_id for r in listed(vault, team.receptionist, RecallKind.EYE_TEST)} == {
        called,
        later,
    }

    # A new prescription is a new line: the old mark does not hide it.
    vault.records.add_record(
        team.owner, booked, RecordInput("spectacle_rx", prescription("2026-12-20", "2025-12-20"))
    )
    assert booked in {r.key.client_id for r in listed(vault, team.owner, RecallKind.EYE_TEST)}

    entries = vault.audit.list(team.owner, AuditFilter(action="recall.mark", limit=10))
    assert sorted(e.detail for e in entries) == [
        "recall=eye_test mark=booked",
        "recall=eye_test mark=called",
        "recall=eye_test mark=not_now until=2026-12-01",
    ]
    assert {e.object_id for e in entries} == {str(called), str(booked), str(later)}


def test_who_may_mark_and_what_a_mark_needs(vault: Vault, team: Team) -> None:
    client = a_client(vault, team, "Nowak")
    vault.records.add_record(
        team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-10"))
    )
    [key] = vault.recalls.list(team.technician, RecallKind.EYE_TEST).keys
    with pytest.raises(PermissionDenied):
        vault.recalls.mark(team.technician, key, RecallMark.CALLED)
    with pytest.raises(ValidationError):
        vault.recalls.mark(team.receptionist, key, RecallMark.NOT_NOW)  # until when?
    with pytest.raises(ValidationError):
        vault.recalls.mark(team.receptionist, key, RecallMark.NOT_NOW, TODAY)  # not a later day
    with pytest.raises(ValidationError):
        vault.recalls.mark(team.receptionist, key, RecallMark.BOOKED, date(2027, 1, 1))


def test_erasing_a_client_takes_their_marks(vault: Vault, team: Team) -> None:
    client = a_client(vault, team, "Gone")
    vault.records.add_record(
        team.owner, client, RecordInput("spectacle_rx", prescription("2026-12-10"))
    )
    [key] = vault.recalls.list(team.owner, RecallKind.EYE_TEST).keys
    vault.recalls.mark(team.owner, key, RecallMark.CALLED)
    vault.erasure.erase(team.owner, client, "Gone Anna", True)
    assert vault.recalls.list(team.owner, None).keys == []
    assert vault.recalls.page(team.owner, [key]) == []
