"""Rows of clients and health items. Returns full rows; the service decides what a role sees."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from salonvault.domain.clients import HealthItem, HealthKind, Preferences, Severity
from salonvault.storage.client_phones_repo import (
    PhoneRow,
    all_phones,
    insert_phones,
    phones_of,
    write_phones,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.search_index import (
    IndexEntry,
    TypedWord,
    add_tokens,
    digits_word,
    replace_tokens,
)
from salonvault.storage.search_repo import ClientSearch
from salonvault.storage.timestamps import from_db, to_db

_COLUMNS = (
    "id, family_name, given_name, phone, phone_e164, email, birth_date, address, language,"
    " notes, archived, last_visit_on, is_minor, guardian, preferences, tags"
)
MAX_RESULTS = 200
_CHUNK = 500  # ids bound in one IN (...) list


@dataclass(frozen=True, slots=True)
class ClientRecord:
    id: int
    family_name: str
    given_name: str
    phone: str
    phone_e164: str
    email: str
    birth_date: date | None
    address: str
    language: str
    notes: str
    archived: bool
    last_visit_on: date | None
    is_minor: bool = False
    guardian: str = ""
    preferences: Preferences = field(default_factory=Preferences)
    tags: tuple[str, ...] = ()
    phones: tuple[PhoneRow, ...] = ()  # every number, `phone` first


@dataclass(frozen=True, slots=True)
class SearchHit:
    """The little a search result list needs, and what tells namesakes apart."""

    id: int
    family_name: str
    given_name: str
    phone: str
    archived: bool
    last_visit_on: date | None
    birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class ClientRow:
    """What gets written: the cleaned fields plus the derived search columns."""

    family_name: str
    given_name: str
    email: str
    birth_date: date | None
    address: str
    language: str
    notes: str
    search_text: str
    is_minor: bool = False
    guardian: str = ""
    preferences: Preferences = field(default_factory=Preferences)
    tags: tuple[str, ...] = ()  # cleaned: no commas, so stored comma-joined
    phones: tuple[PhoneRow, ...] = ()  # cleaned, no number twice; the first is `phone`

    @property
    def phone(self) -> str:
        return self.phones[0].number if self.phones else ""

    @property
    def phone_e164(self) -> str:
        return self.phones[0].e164 if self.phones else ""

    @property
    def phone_search(self) -> str:
        """Every number's digit forms: search ranks a match on any of them from the row."""
        return " ".join(p.search for p in self.phones)


def _preferences(text: str) -> Preferences:
    stored = json.loads(text or "{}")
    return Preferences(stored.get("hair", ""), stored.get("skin", ""), stored.get("lash", ""))


def _record(row: Row, phones: tuple[PhoneRow, ...] = ()) -> ClientRecord:
    return ClientRecord(
        id=row[0],
        family_name=row[1],
        given_name=row[2],
        phone=row[3],
        phone_e164=row[4],
        email=row[5],
        birth_date=date.fromisoformat(row[6]) if row[6] else None,
        address=row[7],
        language=row[8],
        notes=row[9],
        archived=bool(row[10]),
        last_visit_on=date.fromisoformat(row[11]) if row[11] else None,
        is_minor=bool(row[12]),
        guardian=row[13],
        preferences=_preferences(row[14]),
        tags=tuple(row[15].split(",")) if row[15] else (),
        phones=phones,
    )


def _with_phones(database: Database, rows: list[Row]) -> list[ClientRecord]:
    phones = phones_of(database, [int(r[0]) for r in rows])
    return [_record(r, phones.get(int(r[0]), ())) for r in rows]


def _values(row: ClientRow) -> tuple[object, ...]:
    return (
        row.family_name,
        row.given_name,
        row.phone,
        row.phone_e164,
        row.phone_search,
        row.email,
        row.birth_date.isoformat() if row.birth_date else None,
        row.address,
        row.language,
        row.notes,
        row.search_text,
        row.is_minor,
        row.guardian,
        json.dumps(row.preferences.as_dict(), ensure_ascii=False, sort_keys=True),
        ",".join(row.tags),
    )


_WRITE_COLUMNS = (
    "family_name, given_name, phone, phone_e164, phone_search, email, birth_date, address,"
    " language, notes, search_text, is_minor, guardian, preferences, tags"
)
_WRITE_MARKS = ", ".join("?" * (len(_WRITE_COLUMNS.split(",")) + 2))  # + created/updated_at
# A new client never gets the id of a record merged away or erased: the activity log's entries
# about that id belong to the survivor's history (decision 0015) or to nobody. New ids start
# above the floor those raise (a setting, so inserting needs no table newer than the clients).
CLIENT_ID_FLOOR_KEY = "client_id_floor"
_NEXT_ID = (
    "SELECT max(coalesce((SELECT max(id) FROM clients), 0),"
    " coalesce((SELECT CAST(value AS INTEGER) FROM settings"
    f" WHERE key = '{CLIENT_ID_FLOOR_KEY}'), 0)) + 1"
)


def retire_client_id(database: Database, client_id: int) -> None:
    """`client_id` is never handed out again (after a merge or an erasure): the activity log's
    entries about it must not become a new client's history."""
    database.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
        " DO UPDATE SET value ="
        " CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)",
        (CLIENT_ID_FLOOR_KEY, str(client_id)),
    )


class ClientsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._search = ClientSearch(database)

    def insert(self, row: ClientRow, now: datetime) -> int:
        cursor = self._db.execute(
            f"INSERT INTO clients (id, {_WRITE_COLUMNS}, created_at, updated_at)"
            f" VALUES (({_NEXT_ID}), {_WRITE_MARKS})",
            (*_values(row), to_db(now), to_db(now)),
        )
        client_id = int(cursor.lastrowid)
        insert_phones(self._db, [(client_id, row.phones)])
        add_tokens(self._db, [_index_entry(client_id, row)])
        return client_id

    def update(self, client_id: int, row: ClientRow, now: datetime) -> None:
        assignments = ", ".join(f"{c.strip()} = ?" for c in _WRITE_COLUMNS.split(","))
        self._db.execute(
            f"UPDATE clients SET {assignments}, updated_at = ? WHERE id = ?",
            (*_values(row), to_db(now), client_id),
        )
        write_phones(self._db, client_id, row.phones)
        replace_tokens(self._db, _index_entry(client_id, row))

    def get(self, client_id: int) -> ClientRecord | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM clients WHERE id = ?", (client_id,))
        return _with_phones(self._db, [row])[0] if row else None

    def set_archived(self, client_id: int, archived: bool, now: datetime) -> None:
        self._db.execute(
            "UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?",
            (archived, to_db(now), client_id),
        )

    def search(
        self,
        tokens: list[str],
        digits: str,
        include_archived: bool,
        contact_fields: bool,
        limit: int = MAX_RESULTS,
    ) -> list[SearchHit]:
        """Clients matching every token through the search index (see search_index.py). With
        `contact_fields` (roles that may read contact details) a token may also match the phone
        or e-mail: a role that may not see a phone must not find one by trying digits. Exact
        words rank first, then prefixes, then partial matches; then the most recent visit.

        How the ranking is done quickly is search_repo.py's business."""
        words = [TypedWord.of(token, contact_fields) for token in tokens]
        if not words and digits and contact_fields:
            words = [digits_word(digits)]
        if not words:
            return []
        ids = self._search.ranked_ids(words, contact_fields, include_archived, limit)
        return self.hits(ids)

    def hits(self, ids: list[int]) -> list[SearchHit]:
        """List rows for these clients, in the order given (unknown ids are left out)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self._db.query(
            "SELECT id, family_name, given_name, phone, archived, last_visit_on, birth_date"
            f" FROM clients WHERE id IN ({marks})",
            ids,
        )
        position = {client_id: index for index, client_id in enumerate(ids)}
        hits = [SearchHit(r[0], r[1], r[2], r[3], bool(r[4]), _day(r[5]), _day(r[6])) for r in rows]
        return sorted(hits, key=lambda hit: position[hit.id])

    def all_ids(self, by_name: bool, include_archived: bool) -> list[int]:
        """Every client's id, sorted in SQL on a narrow index (the list reads rows as it shows
        them): by name (accents folded), or most recent visit first."""
        if by_name:
            index, order = "clients_by_name", "search_text, id"
        else:
            index, order = "clients_walk", "last_visit_on DESC, id DESC"
        if include_archived:  # both halves of the index, merged by the sort
            sql = f"SELECT id FROM clients ORDER BY {order}"
        else:
            sql = f"SELECT id FROM clients INDEXED BY {index} WHERE archived = 0 ORDER BY {order}"
        return [int(row[0]) for row in self._db.query(sql)]

    def all_records(self) -> list[ClientRecord]:
        """Every client, archived ones too, by id (the owner's export)."""
        phones = all_phones(self._db)
        rows = self._db.query(f"SELECT {_COLUMNS} FROM clients ORDER BY id")
        return [_record(r, phones.get(int(r[0]), ())) for r in rows]

    def records(self, ids: list[int]) -> list[ClientRecord]:
        """These clients, by id (unknown ids are left out)."""
        found: list[ClientRecord] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.query(f"SELECT {_COLUMNS} FROM clients WHERE id IN ({marks})", chunk)
            found += _with_phones(self._db, rows)
        return sorted(found, key=lambda record: record.id)

    def find_by_birth_date(self, birth_date: date) -> list[ClientRecord]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM clients WHERE birth_date = ?", (birth_date.isoformat(),)
        )
        return _with_phones(self._db, rows)

    # -- health ------------------------------------------------------------------------------

    def add_health_item(
        self,
        client_id: int,
        kind: HealthKind,
        text: str,
        severity: Severity,
        staff_id: int,
        now: datetime,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO health_items (client_id, kind, text, severity, recorded_by, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (client_id, kind.value, text, severity.value, staff_id, to_db(now)),
        )
        return int(cursor.lastrowid)

    def remove_health_item(self, item_id: int, staff_id: int, now: datetime) -> None:
        self._db.execute(
            "UPDATE health_items SET removed_at = ?, removed_by = ? WHERE id = ?",
            (to_db(now), staff_id, item_id),
        )

    def update_health_item(
        self, item_id: int, kind: HealthKind, text: str, severity: Severity
    ) -> None:
        self._db.execute(
            "UPDATE health_items SET kind = ?, text = ?, severity = ? WHERE id = ?",
            (kind.value, text, severity.value, item_id),
        )

    def delete_health_items(self, client_id: int) -> int:
        """Every health item of the client, removed ones too (a withdrawn health consent), with
        the signed consultation forms (health data; their red flags name the items)."""
        self._db.execute("DELETE FROM form_red_flags WHERE client_id = ?", (client_id,))
        self._db.execute("DELETE FROM filled_forms WHERE client_id = ?", (client_id,))
        cursor = self._db.execute("DELETE FROM health_items WHERE client_id = ?", (client_id,))
        return int(cursor.rowcount)

    def health_items(self, client_id: int) -> list[HealthItem]:
        rows = self._db.query(
            "SELECT id, kind, text, severity, recorded_by, recorded_at FROM health_items"
            " WHERE client_id = ? AND removed_at IS NULL ORDER BY recorded_at, id",
            (client_id,),
        )
        return [
            HealthItem(r[0], HealthKind(r[1]), r[2], Severity(r[3]), r[4], from_db(r[5]))
            for r in rows
        ]

    def all_health_items(self) -> dict[int, list[HealthItem]]:
        """Every client's current health items, keyed by client (the owner's export)."""
        rows = self._db.query(
            "SELECT id, kind, text, severity, recorded_by, recorded_at, client_id"
            " FROM health_items WHERE removed_at IS NULL ORDER BY client_id, recorded_at, id"
        )
        found: dict[int, list[HealthItem]] = {}
        for r in rows:
            item = HealthItem(r[0], HealthKind(r[1]), r[2], Severity(r[3]), r[4], from_db(r[5]))
            found.setdefault(r[6], []).append(item)
        return found

    def removed_health_items(self, client_id: int) -> list[tuple[HealthItem, datetime]]:
        """Items taken off the card but still held (the data report lists them), with when."""
        rows = self._db.query(
            "SELECT id, kind, text, severity, recorded_by, recorded_at, removed_at"
            " FROM health_items WHERE client_id = ? AND removed_at IS NOT NULL"
            " ORDER BY recorded_at, id",
            (client_id,),
        )
        return [
            (HealthItem(r[0], HealthKind(r[1]), r[2], Severity(r[3]), r[4], from_db(r[5])),
             from_db(r[6]))
            for r in rows
        ]  # fmt: skip

    def ids_last_visited_on(self, day: date) -> list[int]:
        """Clients (not archived) whose latest visit is dated `day`: for today, everyone with a
        treatment recorded for today (no visit can be dated later). Read from the index."""
        rows = self._db.query(
            "SELECT id FROM clients INDEXED BY clients_recent"
            " WHERE last_visit_on = ? AND archived = 0 ORDER BY id",
            (day.isoformat(),),
        )
        return [int(r[0]) for r in rows]

    def alert_flags(self, client_ids: list[int]) -> dict[int, tuple[bool, bool]]:
        """(has any health item, has a severe one) per client, for lists and summaries."""
        if not client_ids:
            return {}
        marks = ", ".join("?" for _ in client_ids)
        rows = self._db.query(
            "SELECT client_id, count(*), max(severity = 'severe') FROM health_items"
            f" WHERE removed_at IS NULL AND client_id IN ({marks}) GROUP BY client_id",
            client_ids,
        )
        flags = {cid: (False, False) for cid in client_ids}
        for client_id, count, severe in rows:
            flags[client_id] = (count > 0, bool(severe))
        return flags


def insert_many_clients(database: Database, rows: list[ClientRow], now: datetime) -> list[int]:
    """Bulk insert for the demo builder and benchmarks (one statement per row, one transaction
    held by the caller); returns the new ids in order."""
    stamp = to_db(now)
    first = int(database.scalar(_NEXT_ID))
    ids = list(range(first, first + len(rows)))
    database.executemany(
        f"INSERT INTO clients (id, {_WRITE_COLUMNS}, created_at, updated_at)"
        f" VALUES (?, {_WRITE_MARKS})",
        [(i, *_values(row), stamp, stamp) for i, row in zip(ids, rows, strict=True)],
    )
    insert_phones(database, [(i, row.phones) for i, row in zip(ids, rows, strict=True)])
    add_tokens(database, [_index_entry(i, row) for i, row in zip(ids, rows, strict=True)])
    return ids


def _index_entry(client_id: int, row: ClientRow) -> IndexEntry:
    return client_id, row.search_text.split(), [p.search for p in row.phones], row.email


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
