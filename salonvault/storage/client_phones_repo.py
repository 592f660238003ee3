"""A client's phone numbers (migration 12): every number in `client_phones`, in order.

The first number is also kept on the client row (`clients.phone`, `phone_e164`), which the
list, exports and duplicate checks have always read, and `clients.phone_search` holds the digit
forms of every number, so search ranks a match on any of them from the row it already reads.
Only clients_repo writes here, together with the client row, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from salonvault.domain.clients import ClientPhone, PhoneLabel
from salonvault.storage.database import Database, Row

_CHUNK = 500  # ids bound in one IN (...) list


@dataclass(frozen=True, slots=True)
class PhoneRow:
    """One number as stored: as entered, in E.164, and its searchable digit forms."""

    number: str
    e164: str
    search: str
    label: PhoneLabel | None = None

    def shown(self) -> ClientPhone:
        return ClientPhone(self.number, self.label)


def _phone(row: Row) -> PhoneRow:
    return PhoneRow(row[1], row[2], row[3], PhoneLabel(row[4]) if row[4] else None)


def write_phones(database: Database, client_id: int, phones: Sequence[PhoneRow]) -> None:
    """The client's numbers become exactly these, in this order."""
    database.execute("DELETE FROM client_phones WHERE client_id = ?", (client_id,))
    insert_phones(database, [(client_id, phones)])


def insert_phones(database: Database, clients: Iterable[tuple[int, Sequence[PhoneRow]]]) -> None:
    database.executemany(
        "INSERT INTO client_phones (client_id, position, label, number, e164, search)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (client_id, position, p.label.value if p.label else None, p.number, p.e164, p.search)
            for client_id, phones in clients
            for position, p in enumerate(phones)
        ],
    )


def phones_of(database: Database, client_ids: Sequence[int]) -> dict[int, tuple[PhoneRow, ...]]:
    """Each client's numbers in order (clients without any are left out)."""
    found: dict[int, list[PhoneRow]] = {}
    for start in range(0, len(client_ids), _CHUNK):
        chunk = list(client_ids[start : start + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        rows = database.query(
            "SELECT client_id, number, e164, search, label FROM client_phones"
            f" WHERE client_id IN ({marks}) ORDER BY client_id, position",
            chunk,
        )
        for row in rows:
            found.setdefault(int(row[0]), []).append(_phone(row))
    return {client_id: tuple(phones) for client_id, phones in found.items()}


def all_phones(database: Database) -> dict[int, tuple[PhoneRow, ...]]:
    """Every client's numbers (the owner's export reads them all at once)."""
    found: dict[int, list[PhoneRow]] = {}
    rows = database.query(
        "SELECT client_id, number, e164, search, label FROM client_phones"
        " ORDER BY client_id, position"
    )
    for row in rows:
        found.setdefault(int(row[0]), []).append(_phone(row))
    return {client_id: tuple(phones) for client_id, phones in found.items()}


def clients_with_number(database: Database, e164: str) -> list[int]:
    """Clients holding this number in any position (the counter's duplicate check)."""
    rows = database.query(
        "SELECT DISTINCT client_id FROM client_phones WHERE e164 = ? ORDER BY client_id", (e164,)
    )
    return [int(row[0]) for row in rows]


def all_numbers(database: Database) -> list[tuple[int, str]]:
    """(client, E.164) for every number of every client (the import's duplicate check)."""
    rows = database.query("SELECT client_id, e164 FROM client_phones ORDER BY client_id, position")
    return [(int(row[0]), str(row[1])) for row in rows]
