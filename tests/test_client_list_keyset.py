"""The whole client list read by key, a screen at a time (issue 24): every client exactly once,
in `list_ids`' order, whatever the screen length, with ties on the visit day, clients never
seen, archived ones shown or not, and after clients are added and removed."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.session import Session
from salonvault.services.vault.opening import Vault
from salonvault.storage.clients_repo import insert_many_clients
from tests.support import Team

FAMILIES = ("Nguyễn", "Nowak", "Trần", "Wiśniewska", "王", "Lê")


def fill(vault: Vault, count: int, seed: int = 24) -> None:
    """`count` clients; visit days drawn from a few weeks (so many share a day), a quarter never
    seen, one in eight archived."""
    rng = random.Random(seed)
    rows = [
        vault.clients.prepare(ClientInput(rng.choice(FAMILIES), f"Khách {n}")) for n in range(count)
    ]
    db = vault.database
    with db.transaction():
        insert_many_clients(db, rows, datetime(2026, 11, 1, tzinfo=UTC))
        for (client_id,) in db.query("SELECT id FROM clients"):
            day = None if rng.random() < 0.25 else date(2026, 10, 1) + timedelta(rng.randrange(20))
            db.execute(
                "UPDATE clients SET last_visit_on = ?, archived = ? WHERE id = ?",
                (day.isoformat() if day else None, int(rng.random() < 0.125), client_id),
            )


def walked(vault: Vault, session: Session, screen: int, by_name: bool, archived: bool) -> list[int]:
    ids: list[int] = []
    while True:
        after = ids[-1] if ids else None
        page = vault.clients.list_after(session, after, screen, by_name, archived)
        assert len(page) <= screen
        ids += page
        if len(page) < screen:
            return ids


ORDERS = [(by_name, archived) for by_name in (False, True) for archived in (False, True)]


@pytest.mark.parametrize(("by_name", "archived"), ORDERS)
def test_screens_by_key_show_every_client_once_in_order(
    vault: Vault, by_name: bool, archived: bool
) -> None:
    fill(vault, 300)
    desk = Team(vault).receptionist
    whole = vault.clients.list_ids(desk, by_name, archived)
    assert len(set(whole)) == len(whole) == vault.clients.list_count(desk, archived)
    for screen in (1, 7, 100, 1000):
        assert walked(vault, desk, screen, by_name, archived) == whole
    for row in (0, 1, 57, len(whole) - 1):
        assert vault.clients.list_position(desk, whole[row], by_name, archived) == row


def test_after_adding_and_removing_clients_the_screens_still_match(vault: Vault) -> None:
    fill(vault, 200)
    team = Team(vault)
    owner, desk = team.owner, team.receptionist
    for number in range(5):
        vault.clients.create(owner, ClientInput("Nowak", f"Nowa {number}"))
    gone = vault.clients.list_ids(desk)[::40]
    for client_id in gone:  # archived: out of the list unless archived clients are shown
        vault.clients.set_archived(owner, client_id, True)
    for by_name, archived in ORDERS:
        whole = vault.clients.list_ids(desk, by_name, archived)
        assert walked(vault, desk, 9, by_name, archived) == whole
        assert vault.clients.list_count(desk, archived) == len(whole)
    for client_id in gone:
        assert vault.clients.list_position(desk, client_id) is None
        assert vault.clients.list_after(desk, client_id, 5) == []  # not listed: no key


def test_a_screen_reads_by_key_not_by_offset(vault: Vault) -> None:
    """The plan SQLite chooses walks the narrow index from the key: no sorting, no OFFSET."""
    fill(vault, 50)
    plans: list[str] = []
    vault.database._connection.set_trace_callback(plans.append)
    try:
        desk = Team(vault).receptionist
        first = vault.clients.list_after(desk, None, 10)
        vault.clients.list_after(desk, first[-1], 10, by_name=False)
        vault.clients.list_after(desk, first[-1], 10, by_name=True)
    finally:
        vault.database._connection.set_trace_callback(None)
    reads = [sql for sql in plans if "FROM clients INDEXED BY" in sql]
    assert reads and not any("OFFSET" in sql.upper() for sql in reads)
    for sql in reads:
        plan = " ".join(str(row[-1]) for row in vault.database.query("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, plan


def test_the_count_follows_adding_archiving_erasing_and_merging(vault: Vault) -> None:
    """The scroll bar's count is every listed client, whatever changed the list."""
    fill(vault, 80)
    team = Team(vault)
    owner, desk = team.owner, team.receptionist
    db = vault.database

    def check() -> None:
        for archived in (False, True):
            listed = "" if archived else " WHERE archived = 0"
            expected = int(db.scalar("SELECT count(*) FROM clients" + listed))
            assert vault.clients.list_count(desk, archived) == expected
            assert len(vault.clients.list_ids(desk, False, archived)) == expected

    check()
    made = [vault.clients.create(owner, ClientInput("Trần", f"Mai {n}")).id for n in range(4)]
    check()
    vault.clients.set_archived(owner, made[0], True)
    check()
    vault.clients.set_archived(owner, made[0], False)
    vault.erasure.erase(owner, made[1], "Trần Mai 1", False)
    check()
    vault.merge.merge(owner, made[2], made[3], "Trần Mai 3")
    check()


def test_the_count_reads_one_small_table_not_the_clients(vault: Vault) -> None:
    """The scroll bar's count is the triggers' running count (migration 20): no index of
    `clients` is read for it, so it costs the same at 300,000 clients as at 30."""
    fill(vault, 30)
    desk = Team(vault).receptionist
    statements: list[str] = []
    vault.database._connection.set_trace_callback(statements.append)
    try:
        counts = [vault.clients.list_count(desk, archived) for archived in (False, True)]
    finally:
        vault.database._connection.set_trace_callback(None)
    archived = int(vault.database.scalar("SELECT count(*) FROM clients WHERE archived = 1"))
    assert counts == [30 - archived, 30] and 0 < archived < 30
    reads = [sql for sql in statements if "client" in sql]  # not the session's own checks
    assert reads
    for sql in reads:
        plan = " ".join(str(row[-1]) for row in vault.database.query("EXPLAIN QUERY PLAN " + sql))
        assert "client_counts" in plan and " clients" not in plan.replace("client_counts", ""), plan


def test_a_vault_from_before_the_running_count_starts_it_from_its_clients(tmp_path: Path) -> None:
    """Migration 20 counts the clients already there; the triggers carry on from that."""
    from salonvault.security.keyslots import new_data_key
    from salonvault.storage import database as storage
    from salonvault.storage.migrations import apply_migrations

    path, key = tmp_path / "old.db", new_data_key()
    path.touch(mode=0o600)
    old = storage.Database(storage._connect(path, key), path)
    with old.transaction():
        apply_migrations(old, target=19)
        for number, archived in enumerate((0, 0, 1, 0, 1)):
            old.execute(
                "INSERT INTO clients (family_name, given_name, archived, search_text, created_at,"
                " updated_at) VALUES ('Nowak', ?, ?, ' x ', '2026-01-01T00:00:00+00:00',"
                " '2026-01-02T00:00:00+00:00')",
                (f"Ewa {number}", archived),
            )
    old.close()
    upgraded = storage.Database.open(path, key)
    counts = dict(upgraded.query("SELECT archived, clients FROM client_counts"))
    assert counts == {0: 3, 1: 2}
    with upgraded.transaction():
        upgraded.execute("UPDATE clients SET archived = 0 WHERE id = 3")
        upgraded.execute("DELETE FROM clients WHERE id = 1")
    assert dict(upgraded.query("SELECT archived, clients FROM client_counts")) == {0: 3, 1: 1}
    upgraded.close()


def test_a_vault_from_before_the_alert_counts_starts_them_from_its_health_items(
    tmp_path: Path,
) -> None:
    """Migration 21 counts each client's current health items (a removed one does not count);
    the triggers carry on from that. Worked out by hand: client 1 has two current items and a
    removed one, client 2 one, client 3 none."""
    from salonvault.security.keyslots import new_data_key
    from salonvault.storage import database as storage
    from salonvault.storage.migrations import apply_migrations

    path, key = tmp_path / "old.db", new_data_key()
    path.touch(mode=0o600)
    old = storage.Database(storage._connect(path, key), path)
    stamp = "'2026-01-01T00:00:00+00:00'"
    with old.transaction():
        apply_migrations(old, target=20)
        old.execute(
            "INSERT INTO staff (name, name_key, role, pin_hash, created_at) VALUES"
            f" ('Mai', 'mai', 'owner', 'x', {stamp})"
        )
        for number in range(3):
            old.execute(
                "INSERT INTO clients (family_name, given_name, search_text, created_at,"
                f" updated_at) VALUES ('Nowak', ?, ' x ', {stamp}, {stamp})",
                (f"Ewa {number}",),
            )
        for client_id, removed in ((1, None), (1, None), (1, stamp), (2, None)):
            old.execute(
                "INSERT INTO health_items (client_id, kind, text, severity, recorded_by,"
                f" recorded_at, removed_at) VALUES (?, 'allergy', 'PPD', 'low', 1, {stamp}, "
                f"{removed or 'NULL'})",
                (client_id,),
            )
    old.close()
    upgraded = storage.Database.open(path, key)
    counts = dict(upgraded.query("SELECT id, current_alerts FROM clients"))
    assert counts == {1: 2, 2: 1, 3: 0}
    with upgraded.transaction():
        upgraded.execute("UPDATE health_items SET removed_at = " + stamp + " WHERE id = 4")
        upgraded.execute("UPDATE health_items SET client_id = 3 WHERE id = 1")
    assert dict(upgraded.query("SELECT id, current_alerts FROM clients")) == {1: 1, 2: 0, 3: 1}
    upgraded.close()


def test_the_recount_of_alerts_reads_no_client_without_them(vault: Vault) -> None:
    """A restore recounts each client's alerts (derived data): from the holders' index and the
    partial index of those counted, never a scan of every client (seconds at 300,000)."""
    from salonvault.storage.client_list_repo import recount_clients

    fill(vault, 20)
    db = vault.database
    statements: list[str] = []
    db._connection.set_trace_callback(statements.append)
    try:
        with db.transaction():
            recount_clients(db)
    finally:
        db._connection.set_trace_callback(None)
    updates = [sql for sql in statements if "current_alerts" in sql and "UPDATE" in sql]
    assert len(updates) == 2
    for sql in updates:
        plan = [str(row[-1]) for row in db.query("EXPLAIN QUERY PLAN " + sql)]
        walks = [line for line in plan if line.startswith(("SCAN clients", "SEARCH clients"))]
        assert walks, plan
        for line in walks:
            assert "clients_with_alerts" in line or "INTEGER PRIMARY KEY" in line, plan
