"""Bulk reads and writes for importing clients (the rows themselves go through clients_repo)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salonvault.domain.clients import HealthKind, Severity
from salonvault.storage.client_phones_repo import all_numbers
from salonvault.storage.database import Database
from salonvault.storage.timestamps import to_db


@dataclass(frozen=True, slots=True)
class ClientKeys:
    """What duplicate checks compare, for one client already in the vault."""

    id: int
    numbers: tuple[str, ...]  # every phone number, in E.164
    email: str
    birth_date: date | None
    family_name: str
    given_name: str


def all_client_keys(database: Database) -> list[ClientKeys]:
    """Every client's phone numbers, e-mail, birth date and name (archived clients too: an
    archived client coming back is still the same person)."""
    numbers: dict[int, list[str]] = {}
    for client_id, e164 in all_numbers(database):
        numbers.setdefault(client_id, []).append(e164)
    rows = database.query("SELECT id, email, birth_date, family_name, given_name FROM clients")
    return [
        ClientKeys(
            r[0],
            tuple(numbers.get(r[0], ())),
            r[1],
            date.fromisoformat(r[2]) if r[2] else None,
            r[3],
            r[4],
        )
        for r in rows
    ]


def insert_health_items(
    database: Database,
    items: list[tuple[int, HealthKind, str, Severity]],
    staff_id: int,
    now: datetime,
) -> None:
    """(client id, kind, text, severity) rows, recorded by `staff_id`, in one statement."""
    stamp = to_db(now)
    database.executemany(
        "INSERT INTO health_items (client_id, kind, text, severity, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (cid, kind.value, text, severity.value, staff_id, stamp)
            for cid, kind, text, severity in items
        ],
    )


def set_last_visits(database: Database, visits: list[tuple[int, date]]) -> None:
    """The last visit a spreadsheet gives, kept on the client row (no visit row is invented);
    a later date already on the record wins."""
    database.executemany(
        "UPDATE clients SET last_visit_on = max(coalesce(last_visit_on, ''), ?) WHERE id = ?",
        [(visited.isoformat(), client_id) for client_id, visited in visits],
    )
