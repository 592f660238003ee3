"""Every table that can hold a client's rows is known to erasure and to merging.

The schema is read, not the code: a new table with a client_id column (or a foreign key to
clients) fails here until it is listed in storage/client_tables.py, given rows by
tests.test_erasure.rich_client, and handled by both a merge and an erasure.
"""

from __future__ import annotations

from salonvault.domain.clients import ClientInput
from salonvault.services.vault.opening import Vault
from salonvault.storage.client_tables import CLIENT_TABLES
from tests.support import Team
from tests.test_erasure import NAME, rich_client


def tables_holding_clients(vault: Vault) -> set[str]:
    db = vault.database
    found: set[str] = set()
    tables = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {row[1] for row in db.query(f"SELECT * FROM pragma_table_info('{table}')")}
        targets = {row[2] for row in db.query(f"SELECT * FROM pragma_foreign_key_list('{table}')")}
        if table != "clients" and ("client_id" in columns or "clients" in targets):
            found.add(table)
    return found


def rows_of(vault: Vault, client_id: int) -> dict[str, int]:
    return {
        table: int(
            vault.database.scalar(f"SELECT count(*) FROM {table} WHERE client_id = ?", (client_id,))
        )
        for table in sorted(tables_holding_clients(vault))
    }


def test_the_list_matches_the_schema(vault: Vault) -> None:
    assert tables_holding_clients(vault) == set(CLIENT_TABLES)


def test_a_merge_leaves_no_row_under_the_absorbed_id(vault: Vault, team: Team) -> None:
    survivor = vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id
    absorbed = rich_client(vault, team)
    before = rows_of(vault, absorbed)
    assert all(before.values()), f"rich_client must fill every client table: {before}"
    vault.merge.merge(team.owner, survivor, absorbed, " ".join(NAME))
    assert not any(rows_of(vault, absorbed).values()), rows_of(vault, absorbed)
    after = rows_of(vault, survivor)
    assert all(after.values()), after


def test_an_erasure_leaves_no_row_under_the_erased_id(vault: Vault, team: Team) -> None:
    erased = rich_client(vault, team)
    assert all(rows_of(vault, erased).values())
    vault.erasure.erase(team.owner, erased, " ".join(NAME), False)
    assert not any(rows_of(vault, erased).values()), rows_of(vault, erased)
