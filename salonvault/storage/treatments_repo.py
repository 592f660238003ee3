"""Rows of services, visits and patch tests."""

from __future__ import annotations

import json
from datetime import date, datetime

from salonvault.domain.formula_input import formula_from_dict, formula_to_dict
from salonvault.domain.formulas import Formula
from salonvault.domain.treatments import (
    PatchResult,
    PatchTest,
    PaymentMethod,
    VisitInput,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_VISIT_COLUMNS = (
    "v.id, v.visited_on, v.service_id, s.name, v.technician_id, v.products, v.formula, v.notes,"
    " v.price_minor, v.currency, v.payment_method, v.created_by, v.created_at,"
    " v.corrects_visit_id, v.client_id"
)


def formula_to_json(formula: Formula) -> str:
    """The formula column: versioned JSON (domain/formula_input.py)."""
    return json.dumps(formula_to_dict(formula), ensure_ascii=False, separators=(",", ":"))


def formula_from_json(text: str) -> Formula:
    """Any stored formula, release 0.1's flat one included, as bowls."""
    data = json.loads(text or "{}")
    return formula_from_dict(data) if isinstance(data, dict) else Formula()


class VisitRow:
    """A stored visit as the service needs it (kept as a plain tuple wrapper for speed)."""

    __slots__ = (
        "client_id",
        "corrects_visit_id",
        "created_at",
        "created_by",
        "currency",
        "formula",
        "id",
        "notes",
        "payment_method",
        "price_minor",
        "products",
        "service_id",
        "service_name",
        "technician_id",
        "visited_on",
    )

    def __init__(self, row: Row) -> None:
        self.id: int = row[0]
        self.visited_on = date.fromisoformat(row[1])
        self.service_id: int = row[2]
        self.service_name: str = row[3]
        self.technician_id: int = row[4]
        self.products: str = row[5]
        self.formula = formula_from_json(row[6])
        self.notes: str = row[7]
        self.price_minor: int | None = row[8]
        self.currency: str = row[9]
        self.payment_method = PaymentMethod(row[10]) if row[10] else None
        self.created_by: int = row[11]
        self.created_at: datetime = from_db(row[12])
        self.corrects_visit_id: int | None = row[13]
        self.client_id: int = row[14]


def visit_values(visit: VisitRow) -> dict[str, object]:
    """A stored visit's own fields as an earlier version keeps them (the formula as its
    versioned JSON object; the service's name as it was, since services can be renamed)."""
    return {
        "visited_on": visit.visited_on.isoformat(),
        "service_id": visit.service_id,
        "service_name": visit.service_name,
        "technician_id": visit.technician_id,
        "products": visit.products,
        "formula": formula_to_dict(visit.formula),
        "notes": visit.notes,
        "price_minor": visit.price_minor,
        "currency": visit.currency,
        "payment_method": visit.payment_method.value if visit.payment_method else None,
    }


def _visit_values(data: VisitInput, technician_id: int) -> tuple[object, ...]:
    """The visit columns a form sets, in the order of the INSERT and UPDATE statements."""
    return (
        data.visited_on.isoformat(),
        data.service_id,
        technician_id,
        data.products,
        formula_to_json(data.formula),
        data.notes,
        data.price_minor,
        data.currency,
        data.payment_method.value if data.payment_method else None,
    )


class TreatmentsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- visits ------------------------------------------------------------------------------

    def insert_visit(
        self,
        client_id: int,
        data: VisitInput,
        technician_id: int,
        created_by: int,
        now: datetime,
        corrects_visit_id: int | None = None,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO visits (client_id, visited_on, service_id, technician_id, products,"
            " formula, notes, price_minor, currency, payment_method, corrects_visit_id,"
            " created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                *_visit_values(data, technician_id),
                corrects_visit_id,
                created_by,
                to_db(now),
                to_db(now),
            ),
        )
        self._touch_last_visit(client_id)
        return int(cursor.lastrowid)

    def update_visit(
        self, visit_id: int, data: VisitInput, technician_id: int, now: datetime
    ) -> None:
        self._db.execute(
            "UPDATE visits SET visited_on = ?, service_id = ?, technician_id = ?, products = ?,"
            " formula = ?, notes = ?, price_minor = ?, currency = ?, payment_method = ?,"
            " updated_at = ? WHERE id = ?",
            (
                *_visit_values(data, technician_id),
                to_db(now),
                visit_id,
            ),
        )
        visit = self.visit(visit_id)
        if visit is not None:
            self._touch_last_visit(visit.client_id)

    def _touch_last_visit(self, client_id: int) -> None:
        self._db.execute(
            "UPDATE clients SET last_visit_on ="
            " (SELECT max(visited_on) FROM visits WHERE client_id = ?) WHERE id = ?",
            (client_id, client_id),
        )

    def visit(self, visit_id: int) -> VisitRow | None:
        row = self._db.query_one(
            f"SELECT {_VISIT_COLUMNS} FROM visits v JOIN services s ON s.id = v.service_id"
            " WHERE v.id = ?",
            (visit_id,),
        )
        return VisitRow(row) if row else None

    def visits(self, client_id: int, limit: int = 1000) -> list[VisitRow]:
        """Newest first (the latest formula on top)."""
        rows = self._db.query(
            f"SELECT {_VISIT_COLUMNS} FROM visits v JOIN services s ON s.id = v.service_id"
            " WHERE v.client_id = ? ORDER BY v.visited_on DESC, v.id DESC LIMIT ?",
            (client_id, limit),
        )
        return [VisitRow(r) for r in rows]

    def corrections_of(self, visit_id: int) -> list[VisitRow]:
        """The entries that correct this one, oldest first."""
        rows = self._db.query(
            f"SELECT {_VISIT_COLUMNS} FROM visits v JOIN services s ON s.id = v.service_id"
            " WHERE v.corrects_visit_id = ? ORDER BY v.created_at, v.id",
            (visit_id,),
        )
        return [VisitRow(r) for r in rows]

    def all_visits(self) -> list[VisitRow]:
        """Every visit of every client, by client, oldest first (the owner's export)."""
        rows = self._db.query(
            f"SELECT {_VISIT_COLUMNS} FROM visits v JOIN services s ON s.id = v.service_id"
            " ORDER BY v.client_id, v.visited_on, v.id"
        )
        return [VisitRow(r) for r in rows]

    # -- patch tests -------------------------------------------------------------------------

    def add_patch_test(
        self, client_id: int, test: PatchTest, recorded_by: int, now: datetime
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO patch_tests (client_id, tested_on, product, batch, result, done_by,"
            " valid_until, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                test.tested_on.isoformat(),
                test.product,
                test.batch,
                test.result.value,
                test.done_by,
                test.valid_until.isoformat(),
                recorded_by,
                to_db(now),
            ),
        )
        return int(cursor.lastrowid)

    def set_patch_result(self, test_id: int, result: PatchResult) -> None:
        self._db.execute("UPDATE patch_tests SET result = ? WHERE id = ?", (result.value, test_id))

    def patch_tests(self, client_id: int) -> list[PatchTest]:
        rows = self._db.query(
            "SELECT id, tested_on, product, batch, result, done_by, valid_until FROM patch_tests"
            " WHERE client_id = ? ORDER BY tested_on DESC, id DESC",
            (client_id,),
        )
        return [
            PatchTest(
                r[0],
                date.fromisoformat(r[1]),
                r[2],
                r[3],
                PatchResult(r[4]),
                r[5],
                date.fromisoformat(r[6]),
            )
            for r in rows
        ]

    def all_patch_tests(self) -> dict[int, list[PatchTest]]:
        """Every client's patch tests, keyed by client, oldest first (the owner's export)."""
        rows = self._db.query(
            "SELECT id, tested_on, product, batch, result, done_by, valid_until, client_id"
            " FROM patch_tests ORDER BY client_id, tested_on, id"
        )
        found: dict[int, list[PatchTest]] = {}
        for r in rows:
            test = PatchTest(
                r[0],
                date.fromisoformat(r[1]),
                r[2],
                r[3],
                PatchResult(r[4]),
                r[5],
                date.fromisoformat(r[6]),
            )
            found.setdefault(r[7], []).append(test)
        return found
