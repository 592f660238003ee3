"""Recall lines in SQL (decision 0039): each kind is one SELECT of (client, kind, the date the
line came from, the date it is due); the list is their UNION, without archived clients and
lines a mark hides, sorted by due date. Rows for a page are read for the keys on that page.

The dates are ISO text, so comparing and sorting them as text is by date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from salonvault.domain.consent import Purpose
from salonvault.domain.recalls import (
    RecallKey,
    RecallKind,
    RecallMark,
    latest_with_due_by,
)
from salonvault.domain.records import BuiltIn
from salonvault.storage.consent_repo import active_consent_clients_sql
from salonvault.storage.database import Database
from salonvault.storage.timestamps import from_db, to_db

# Archived clients are left out by each kind (the lapsed and birthday ones read the clients'
# indexes, which hold `archived`; a join on every line of the union would read each client's
# whole row: 3x slower at 100,000 clients).
_NOT_ARCHIVED = "EXISTS (SELECT 1 FROM clients a WHERE a.id = {0}.client_id AND a.archived = 0)"

# A patch test that ran out longer ago than this is no longer a call to make: the client needs
# a new test when they book colour, which the treatment dialog already says.
PATCH_TEST_LOOKBACK_DAYS = 30


@dataclass(frozen=True, slots=True)
class Window:
    """What the list covers: due on or before `due_before`, seen from `today`."""

    today: date
    due_before: date
    lapsed_months: int


@dataclass(frozen=True, slots=True)
class ClientFacts:
    family_name: str
    given_name: str
    phone: str


@dataclass(frozen=True, slots=True)
class StoredMark:
    mark: RecallMark
    hide_until: date | None
    marked_by: str
    marked_at: datetime


def _newest_record_date(family: BuiltIn, field: str) -> tuple[str, list[object]]:
    """Each client's newest current record of a built-in family (or an owner's copy of it),
    with the date in `field`; a record a later one corrects does not count."""
    current = (
        "SELECT r2.id FROM service_records r2 JOIN record_templates t2 ON t2.id = r2.template_id"
        " WHERE r2.client_id = r.client_id AND t2.family = ? AND r2.id NOT IN"
        " (SELECT x.corrects_record_id FROM service_records x"
        " WHERE x.corrects_record_id IS NOT NULL)"
        " ORDER BY r2.recorded_on DESC, r2.id DESC LIMIT 1"
    )
    return (
        f"SELECT r.client_id, json_extract(r.record_values, '$.{field}') AS about"
        " FROM service_records r JOIN record_templates t ON t.id = r.template_id"
        f" WHERE t.family = ? AND r.id = ({current})",
        [family.value, family.value],
    )


def _kind_sql(kind: RecallKind, window: Window) -> tuple[str, list[object]]:
    """(client_id, kind, about, due) for one kind, due on or before the window's end."""
    end = window.due_before.isoformat()
    if kind in (RecallKind.EYE_TEST, RecallKind.LENS_AFTERCARE):
        family, field = (
            (BuiltIn.SPECTACLE_RX, "valid_until")
            if kind is RecallKind.EYE_TEST
            else (BuiltIn.CONTACT_LENS, "aftercare_due")
        )
        newest, params = _newest_record_date(family, field)
        return (
            f"SELECT n.client_id, '{kind.value}', n.about, n.about FROM ({newest}) n"
            f" WHERE n.about IS NOT NULL AND n.about <= ? AND {_NOT_ARCHIVED.format('n')}",
            [*params, end],
        )
    if kind is RecallKind.PATCH_TEST:
        start = date.fromordinal(window.today.toordinal() - PATCH_TEST_LOOKBACK_DAYS)
        newest = (
            "SELECT p.client_id, max(p.valid_until) AS about FROM patch_tests p"
            " WHERE p.result = 'pass' GROUP BY p.client_id HAVING about BETWEEN ? AND ?"
        )
        return (
            f"SELECT n.client_id, '{kind.value}', n.about, n.about FROM ({newest}) n"
            f" WHERE {_NOT_ARCHIVED.format('n')}",
            [start.isoformat(), end],
        )
    if kind is RecallKind.LAPSED:
        months = window.lapsed_months
        # The last visit plus N months, the day clamped to the month's end (add_months).
        due = (
            "min(date(c.last_visit_on, 'start of month', ? || ' months',"
            " (CAST(strftime('%d', c.last_visit_on) AS INTEGER) - 1) || ' days'),"
            " date(c.last_visit_on, 'start of month', ? || ' months', '-1 day'))"
        )
        return (
            f"SELECT c.id, '{kind.value}', c.last_visit_on, {due} FROM clients c"
            " WHERE c.archived = 0 AND c.last_visit_on IS NOT NULL AND c.last_visit_on <= ?",
            [
                f"+{months}",
                f"+{months + 1}",
                latest_with_due_by(window.due_before, months).isoformat(),
            ],
        )
    return _birthdays_sql(window)


def _birthdays_sql(window: Window) -> tuple[str, list[object]]:
    """Birthdays from today to the window's end (at most a year: each client once), one
    SELECT per calendar year the window touches; 29 February is kept on the 28th in other
    years (domain.recalls.birthday_in)."""
    first = window.today
    last = min(window.due_before, date.fromordinal(first.toordinal() + 365))
    if last < first:
        return "SELECT NULL, NULL, NULL, NULL WHERE 0", []
    selects: list[str] = []
    params: list[object] = []
    for year in range(first.year, last.year + 1):
        low = max(first, date(year, 1, 1)).strftime("%m-%d")
        high = min(last, date(year, 12, 31)).strftime("%m-%d")
        month_day = "strftime('%m-%d', c.birth_date)"
        if not calendar.isleap(year):
            month_day = f"CASE {month_day} WHEN '02-29' THEN '02-28' ELSE {month_day} END"
        selects.append(
            f"SELECT c.id, '{RecallKind.BIRTHDAY.value}', '{year:04d}-' || md, '{year:04d}-' || md"
            f" FROM (SELECT c.id, {month_day} AS md FROM clients c"
            " WHERE c.archived = 0 AND c.birth_date IS NOT NULL) c WHERE md BETWEEN ? AND ?"
        )
        params += [low, high]
    return " UNION ALL ".join(selects), params


class RecallsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def keys(self, kinds: list[RecallKind], window: Window) -> list[tuple[RecallKey, date]]:
        """Every line of `kinds` due by the window's end, soonest first (then by client
        number), without archived
        clients and without the lines whose newest mark hides them (booked; not now until a
        later day)."""
        if not kinds:
            return []
        parts: list[str] = []
        params: list[object] = []
        for kind in kinds:
            sql, kind_params = _kind_sql(kind, window)
            parts.append(sql)
            params += kind_params
        union = " UNION ALL ".join(parts)
        rows = self._db.query(
            f"WITH due (client_id, kind, about, due) AS ({union})"
            " SELECT d.client_id, d.kind, d.about, d.due FROM due d"
            " WHERE NOT EXISTS (SELECT 1 FROM recall_marks m"
            " WHERE m.id = (SELECT max(m2.id) FROM recall_marks m2 WHERE m2.client_id ="
            " d.client_id AND m2.kind = d.kind AND m2.about_on = d.about)"
            " AND (m.mark = 'booked' OR (m.mark = 'not_now' AND m.hide_until > ?)))"
            " ORDER BY d.due, d.client_id, d.kind",
            [*params, window.today.isoformat()],
        )
        return [
            (
                RecallKey(int(row[0]), RecallKind(row[1]), date.fromisoformat(row[2])),
                date.fromisoformat(row[3]),
            )
            for row in rows
        ]

    def clients(self, client_ids: list[int]) -> dict[int, ClientFacts]:
        marks = ",".join("?" * len(client_ids))
        rows = self._db.query(
            f"SELECT id, family_name, given_name, phone FROM clients WHERE id IN ({marks})",
            client_ids,
        )
        return {int(r[0]): ClientFacts(str(r[1]), str(r[2]), str(r[3])) for r in rows}

    def consenting(self, purpose: Purpose, client_ids: list[int]) -> set[int]:
        """Those of `client_ids` whose consent to `purpose` is active."""
        active, params = active_consent_clients_sql(purpose)
        marks = ",".join("?" * len(client_ids))
        rows = self._db.query(
            f"SELECT a.client_id FROM ({active}) a WHERE a.client_id IN ({marks})",
            [*params, *client_ids],
        )
        return {int(row[0]) for row in rows}

    def newest_marks(self, keys: list[RecallKey]) -> dict[RecallKey, StoredMark]:
        found: dict[RecallKey, StoredMark] = {}
        for key in keys:
            row = self._db.query_one(
                "SELECT m.mark, m.hide_until, coalesce(s.name, ''), m.marked_at"
                " FROM recall_marks m LEFT JOIN staff s ON s.id = m.marked_by"
                " WHERE m.client_id = ? AND m.kind = ? AND m.about_on = ?"
                " ORDER BY m.id DESC LIMIT 1",
                (key.client_id, key.kind.value, key.about_on.isoformat()),
            )
            if row is not None:
                found[key] = StoredMark(
                    RecallMark(row[0]),
                    date.fromisoformat(row[1]) if row[1] else None,
                    str(row[2]),
                    from_db(row[3]),
                )
        return found

    def add_mark(
        self,
        key: RecallKey,
        mark: RecallMark,
        hide_until: date | None,
        staff_id: int,
        now: datetime,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO recall_marks (client_id, kind, about_on, mark, hide_until, marked_by,"
            " marked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key.client_id,
                key.kind.value,
                key.about_on.isoformat(),
                mark.value,
                hide_until.isoformat() if hide_until else None,
                staff_id,
                to_db(now),
            ),
        )
        return int(cursor.lastrowid)
