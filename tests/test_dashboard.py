"""The owner's dashboard figures, from real records (FakeClock: 2026-11-22)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientFilter, ClientInput
from salonvault.domain.errors import PermissionDenied, WrongPin
from salonvault.domain.retention import RetentionRules
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.services.dashboard import month_keys
from salonvault.services.vault.opening import Vault
from salonvault.storage.database import Database
from tests.support import NAMES, FakeClock, Team


def test_figures_count_what_the_owner_needs(vault: Vault, team: Team) -> None:
    service = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))
    mai = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    ewa = vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa")).id
    for client, day in (
        (mai, date(2026, 10, 3)),
        (mai, date(2026, 10, 20)),
        (ewa, date(2026, 11, 2)),
    ):
        vault.treatments.add_visit(
            team.owner, client, VisitInput(visited_on=day, service_id=service)
        )
    first = vault.treatments.history(team.owner, mai)[0].id
    vault.treatments.add_correction(
        team.owner, first, VisitInput(visited_on=date(2026, 10, 20), service_id=service)
    )  # a correction is not a new visit
    gone = vault.clients.create(team.owner, ClientInput("Gone", "Away")).id
    vault.treatments.add_visit(
        team.owner, gone, VisitInput(visited_on=date(2026, 9, 9), service_id=service)
    )
    vault.erasure.erase(team.owner, gone, "Gone Away", True)  # her visit stays as a count
    vault.consent.record(
        team.owner, mai, "service_records", "granted", "vi", "paper", paper_reference="P1"
    )
    validity = vault.treatments.patch_validity_days()
    vault.treatments.record_patch_test(
        team.owner,
        ewa,
        date(2026, 11, 25) - timedelta(days=validity),
        "Wella",
        "",
        PatchResult.PASS,
    )
    with pytest.raises(WrongPin):
        vault.auth.sign_in(NAMES[Role.TECHNICIAN], "000000")

    figures = vault.dashboard.figures(team.owner)
    assert len(figures.visits_by_month) == 12
    assert figures.visits_by_month[-1] == ("2026-11", 1)
    assert figures.visits_by_month[-2] == ("2026-10", 2)
    assert figures.visits_by_month[-3] == ("2026-09", 1)
    assert figures.new_clients_30_days == 2  # the erased one is gone
    assert figures.missing_service_consent == 1  # Ewa
    assert figures.patch_tests_expiring_7_days == 1
    assert figures.failed_sign_ins_7_days == 1
    assert figures.last_verified_backup is None and figures.backup_overdue
    assert figures.retention_due == 0


def test_only_the_owner_sees_the_figures(vault: Vault, team: Team) -> None:
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.dashboard.figures(session)


def test_month_keys_cross_the_new_year() -> None:
    assert month_keys(date(2026, 2, 10), 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def _every_visit_counted(vault: Vault) -> dict[str, int]:
    """What the summary table stands in for: a count of every live visit plus erased ones."""
    counts: dict[str, int] = {}
    for month, number in vault.database.query(
        "SELECT substr(visited_on, 1, 7), count(*) FROM visits"
        " WHERE corrects_visit_id IS NULL GROUP BY 1"
        " UNION ALL SELECT month, sum(visits) FROM anonymous_visit_counts GROUP BY 1"
    ):
        counts[month] = counts.get(month, 0) + int(number)
    return counts


def test_monthly_visit_counts_follow_every_kind_of_change(vault: Vault, team: Team) -> None:
    """The counts kept by triggers (migration 10) equal a count of every visit after adds,
    a visit moved to another month, corrections, a merge and erasures with and without
    keeping the visits as counts."""
    service = vault.catalogue.add(team.owner, ServiceInput("Colour", requires_patch_test=False))
    clients = [
        vault.clients.create(team.owner, ClientInput("Nowak", name)).id
        for name in ("Anna", "Beata", "Celina", "Dorota")
    ]
    for index, client in enumerate(clients):
        for month in range(1, 12):
            if (month + index) % 3:
                vault.treatments.add_visit(
                    team.owner,
                    client,
                    VisitInput(visited_on=date(2026, month, 1 + index), service_id=service),
                )
    anna_visits = vault.treatments.history(team.owner, clients[0])
    vault.treatments.edit_visit(
        team.owner,
        anna_visits[0].id,
        VisitInput(visited_on=date(2026, 2, 14), service_id=service),
    )  # moved from November to February
    vault.treatments.add_correction(
        team.owner, anna_visits[1].id, VisitInput(visited_on=date(2026, 3, 3), service_id=service)
    )
    beata, celina = vault.clients.open(team.owner, clients[1]), clients[2]
    vault.merge.merge(team.owner, celina, beata.id, beata.display_name)
    for client, keep in ((clients[3], True), (clients[0], False)):  # Anna's visits uncounted
        name = vault.clients.open(team.owner, client).display_name
        vault.erasure.erase(team.owner, client, name, keep)

    expected = _every_visit_counted(vault)
    shown = dict(vault.dashboard.figures(team.owner).visits_by_month)
    assert shown == {m: expected.get(m, 0) for m in month_keys(date(2026, 11, 22))}
    assert sum(shown.values()) == 22  # Beata's 7 and Celina's 7 in one card; Dorota's 8 as counts


def test_each_client_figure_is_the_length_of_its_list(
    vault: Vault, team: Team, clock: FakeClock
) -> None:
    """The lists the dashboard opens (issue 18 item 4) hold exactly the clients counted,
    archived clients counted or left out alike."""
    old = vault.clients.create(team.owner, ClientInput("Dawna", "Klientka")).id
    clock.advance(days=31)
    now = Team(vault)  # the first sessions ran out with the month
    owner = now.owner
    named = {
        name: vault.clients.create(owner, ClientInput("Nowak", name)).id
        for name in ("Anna", "Beata", "Celina", "Dorota")
    }
    for name in ("Anna", "Celina"):
        vault.consent.record(
            owner, named[name], "service_records", "granted", "pl", "paper", paper_reference="P"
        )
    for name in ("Celina", "Dorota"):
        vault.clients.set_archived(owner, named[name], True)
    validity = vault.treatments.patch_validity_days()
    today = clock.now().date()
    for client, runs_out in ((old, 3), (named["Dorota"], 5), (named["Beata"], 20)):
        vault.treatments.record_patch_test(
            owner,
            client,
            today + timedelta(days=runs_out - validity),
            "Wella",
            "",
            PatchResult.PASS,
        )

    figures = vault.dashboard.figures(owner)

    def listed(client_filter: ClientFilter) -> set[int]:
        return set(vault.clients.filter_ids(owner, client_filter))

    without = listed(ClientFilter(needs_consent=True))
    assert without == {old, named["Beata"]} and figures.missing_service_consent == 2
    new = listed(ClientFilter(registered_from=figures.new_clients_since, include_archived=True))
    assert new == set(named.values()) and figures.new_clients_30_days == 4
    expiring = ClientFilter(patch_test_runs_out=figures.patch_tests_window, include_archived=True)
    assert listed(expiring) == {old, named["Dorota"]}
    assert figures.patch_tests_expiring_7_days == 2


class _Statements:
    """Which connection ran each statement (Database.query and .scalar, spied on)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ran: list[tuple[Database, str]] = []
        for name in ("query", "query_one"):
            real = getattr(Database, name)

            def spied(db: Database, sql: str, *args: Any, _real: Any = real) -> Any:
                self.ran.append((db, sql))
                return _real(db, sql, *args)

            monkeypatch.setattr(Database, name, spied)

    def counting(self) -> list[Database]:
        """The connections of the statements that count over clients, visits or the log."""
        heavy = ("FROM clients", "visit_month_counts", "FROM audit_log", "FROM patch_tests")
        return [db for db, sql in self.ran if any(table in sql for table in heavy)]


def test_the_figures_are_counted_on_a_connection_of_their_own(
    vault: Vault, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: a figures statement (up to a second at 300,000 clients) held the GUI's
    connection, and a click that read the vault waited for it. The permission check stays on
    the vault's connection, in the service."""
    vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai"))
    vault.retention.set_rules(team.owner, RetentionRules(inactive_client_years=2))
    statements = _Statements(monkeypatch)
    vault.dashboard.figures(team.owner)
    kept = statements.counting()
    assert kept and all(db is kept[0] for db in kept)
    assert kept[0] is not vault.database
    assert any(db is vault.database and "staff" in sql for db, sql in statements.ran)  # guard
    statements.ran.clear()
    vault.dashboard.recalls_due(team.owner)  # the recall tile's count, beside the figures
    assert statements.counting() and all(db is kept[0] for db in statements.counting())

    statements.ran.clear()
    vault.dashboard.figures(team.owner)  # kept open: its page cache stays warm
    assert all(db is kept[0] for db in statements.counting())
    assert vault.dashboard.own_connection.opened == 1
    vault.dashboard.release()  # at the lock screen
    assert not vault.dashboard.own_connection.is_open
    statements.ran.clear()
    vault.dashboard.figures(team.owner)
    assert all(db is not kept[0] for db in statements.counting())
    assert vault.dashboard.own_connection.opened == 2


def test_a_refused_figures_read_opens_no_connection(vault: Vault, team: Team) -> None:
    with pytest.raises(PermissionDenied):
        vault.dashboard.figures(team.receptionist)
    assert vault.dashboard.own_connection.opened == 0


def test_closing_the_vault_closes_the_figures_connection(vault: Vault, team: Team) -> None:
    vault.dashboard.figures(team.owner)
    connection = vault.dashboard.own_connection
    assert connection.is_open
    vault.close()
    assert not connection.is_open


def test_the_figures_are_read_again_after_a_rekeying(vault: Vault, team: Team) -> None:
    """The connection kept under the old key closes with the re-keying; the next read opens
    one under the new key."""
    vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai"))
    assert vault.dashboard.figures(team.owner).new_clients_30_days == 1
    vault.keys.rekey(team.owner)
    assert not vault.dashboard.own_connection.is_open
    assert vault.dashboard.figures(team.owner).new_clients_30_days == 1
    assert vault.dashboard.own_connection.opened == 2
