"""Rows of consent purposes, template versions, signed forms, decisions and withdrawals.

Only services/consent.py (and the photo gate through it) uses this module. Nothing here updates
a recorded row: templates, forms, decisions and withdrawals are history (triggers refuse it too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salonvault.domain.consent import (
    ConsentRecord,
    ConsentTemplate,
    Decision,
    Method,
    Purpose,
    Withdrawal,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_TEMPLATE_COLUMNS = (
    "t.id, p.key, t.language, t.version, t.text, t.sha256, t.created_by, t.created_at"
)
_RECORD_COLUMNS = (
    "r.id, r.form_id, r.client_id, p.key, r.decision, r.template_id, r.template_version,"
    " r.text_sha256, r.text_shown, f.language, f.method, f.paper_reference, f.witness_id,"
    " r.recorded_at, f.signature_png IS NOT NULL, w.reason, w.staff_id, w.withdrawn_at"
)
_RECORD_FROM = (
    " FROM consent_records r"
    " JOIN consent_purposes p ON p.id = r.purpose_id"
    " JOIN consent_forms f ON f.id = r.form_id"
    " LEFT JOIN consent_withdrawals w ON w.record_id = r.id"
)
# When the client last spoke about a record: its withdrawal, or else its recording. Ordering by
# this, then id, is the order of events; after a merge two histories interleave, and ids alone
# no longer follow time (decision 0015). A withdrawal after the other record's grant wins.
_LAST_WORD = (
    "coalesce((SELECT w2.withdrawn_at FROM consent_withdrawals w2 WHERE w2.record_id = {0}.id),"
    " {0}.recorded_at)"
)
# The newest record per (client, purpose): no later one for the same pair exists.
_IS_CURRENT = (
    " NOT EXISTS (SELECT 1 FROM consent_records n"
    " WHERE n.client_id = r.client_id AND n.purpose_id = r.purpose_id AND n.id <> r.id"
    f" AND ({_LAST_WORD.format('n')}, n.id) > ({_LAST_WORD.format('r')}, r.id))"
)
_NEWEST_FIRST = f" ORDER BY {_LAST_WORD.format('r')} DESC, r.id DESC"


def active_consent_clients_sql(purpose: Purpose) -> tuple[str, list[object]]:
    """A subquery of the clients whose newest decision for `purpose` is granted and not
    withdrawn (the client list's "needs consent" filter is the clients not in it)."""
    return (
        "SELECT r.client_id FROM consent_records r"
        " JOIN consent_purposes p ON p.id = r.purpose_id"
        f" WHERE p.key = ? AND r.decision = 'granted' AND {_IS_CURRENT}"
        " AND NOT EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.record_id = r.id)",
        [purpose.value],
    )


@dataclass(frozen=True, slots=True)
class NewForm:
    client_id: int
    language: str
    method: Method
    paper_reference: str
    witness_id: int
    signed_at: datetime
    signature_png: bytes | None
    pdf: bytes


@dataclass(frozen=True, slots=True)
class NewDecision:
    purpose: Purpose
    decision: Decision
    template_id: int
    template_version: int
    text_sha256: str
    text_shown: str


def _template(row: Row) -> ConsentTemplate:
    return ConsentTemplate(
        id=row[0],
        purpose=Purpose(row[1]),
        language=row[2],
        version=row[3],
        text=row[4],
        sha256=row[5],
        created_by=row[6],
        created_at=from_db(row[7]),
    )


def _record(row: Row) -> ConsentRecord:
    withdrawal = None
    if row[17] is not None:
        withdrawal = Withdrawal(reason=row[15], staff_id=row[16], at=from_db(row[17]))
    return ConsentRecord(
        id=row[0],
        form_id=row[1],
        client_id=row[2],
        purpose=Purpose(row[3]),
        decision=Decision(row[4]),
        template_id=row[5],
        template_version=row[6],
        text_sha256=row[7],
        text_shown=row[8],
        language=row[9],
        method=Method(row[10]),
        paper_reference=row[11],
        witness_id=row[12],
        recorded_at=from_db(row[13]),
        has_signature=bool(row[14]),
        withdrawal=withdrawal,
    )


class ConsentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- purposes ----------------------------------------------------------------------------

    def purposes(self) -> dict[Purpose, bool]:
        rows = self._db.query("SELECT key, enabled FROM consent_purposes ORDER BY id")
        return {Purpose(key): bool(enabled) for key, enabled in rows}

    def set_enabled(self, purpose: Purpose, enabled: bool) -> None:
        self._db.execute(
            "UPDATE consent_purposes SET enabled = ? WHERE key = ?", (int(enabled), purpose.value)
        )

    # -- templates ---------------------------------------------------------------------------

    def template_count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM consent_templates"))

    def has_template(self, purpose: Purpose, language: str) -> bool:
        return bool(
            self._db.scalar(
                "SELECT 1 FROM consent_templates t JOIN consent_purposes p ON p.id = t.purpose_id"
                " WHERE p.key = ? AND t.language = ? LIMIT 1",
                (purpose.value, language),
            )
        )

    def add_template(
        self,
        purpose: Purpose,
        language: str,
        text: str,
        sha256: str,
        created_by: int | None,
        now: datetime,
    ) -> int:
        """Insert the next version for (purpose, language); returns the new row's id."""
        cursor = self._db.execute(
            "INSERT INTO consent_templates"
            " (purpose_id, language, version, text, sha256, created_by, created_at)"
            " SELECT p.id, ?, 1 + coalesce((SELECT max(t.version) FROM consent_templates t"
            "   WHERE t.purpose_id = p.id AND t.language = ?), 0), ?, ?, ?, ?"
            " FROM consent_purposes p WHERE p.key = ?",
            (language, language, text, sha256, created_by, to_db(now), purpose.value),
        )
        return int(cursor.lastrowid)

    def template(self, template_id: int) -> ConsentTemplate | None:
        row = self._db.query_one(
            f"SELECT {_TEMPLATE_COLUMNS} FROM consent_templates t"
            " JOIN consent_purposes p ON p.id = t.purpose_id WHERE t.id = ?",
            (template_id,),
        )
        return _template(row) if row else None

    def latest_template(self, purpose: Purpose, language: str) -> ConsentTemplate | None:
        row = self._db.query_one(
            f"SELECT {_TEMPLATE_COLUMNS} FROM consent_templates t"
            " JOIN consent_purposes p ON p.id = t.purpose_id"
            " WHERE p.key = ? AND t.language = ? ORDER BY t.version DESC LIMIT 1",
            (purpose.value, language),
        )
        return _template(row) if row else None

    def template_versions(self, purpose: Purpose, language: str) -> list[ConsentTemplate]:
        rows = self._db.query(
            f"SELECT {_TEMPLATE_COLUMNS} FROM consent_templates t"
            " JOIN consent_purposes p ON p.id = t.purpose_id"
            " WHERE p.key = ? AND t.language = ? ORDER BY t.version DESC",
            (purpose.value, language),
        )
        return [_template(r) for r in rows]

    # -- recording ---------------------------------------------------------------------------

    def add_form(self, form: NewForm, decisions: list[NewDecision]) -> list[int]:
        """One signing and its decisions; returns the decisions' record ids in order."""
        cursor = self._db.execute(
            "INSERT INTO consent_forms (client_id, language, method, paper_reference,"
            " witness_id, signed_at, signature_png, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                form.client_id,
                form.language,
                form.method.value,
                form.paper_reference,
                form.witness_id,
                to_db(form.signed_at),
                form.signature_png,
                form.pdf,
            ),
        )
        form_id = int(cursor.lastrowid)
        ids = []
        for item in decisions:
            cursor = self._db.execute(
                "INSERT INTO consent_records (form_id, client_id, purpose_id, decision,"
                " template_id, template_version, text_sha256, text_shown, recorded_at)"
                " SELECT ?, ?, id, ?, ?, ?, ?, ?, ? FROM consent_purposes WHERE key = ?",
                (
                    form_id,
                    form.client_id,
                    item.decision.value,
                    item.template_id,
                    item.template_version,
                    item.text_sha256,
                    item.text_shown,
                    to_db(form.signed_at),
                    item.purpose.value,
                ),
            )
            ids.append(int(cursor.lastrowid))
        return ids

    def withdraw(self, record_id: int, reason: str, staff_id: int, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO consent_withdrawals (record_id, reason, staff_id, withdrawn_at)"
            " VALUES (?, ?, ?, ?)",
            (record_id, reason, staff_id, to_db(now)),
        )

    # -- reading -----------------------------------------------------------------------------

    def record(self, record_id: int) -> ConsentRecord | None:
        row = self._db.query_one(
            f"SELECT {_RECORD_COLUMNS}{_RECORD_FROM} WHERE r.id = ?", (record_id,)
        )
        return _record(row) if row else None

    def current(self, client_id: int) -> dict[Purpose, ConsentRecord]:
        """The newest record per purpose for one client."""
        rows = self._db.query(
            f"SELECT {_RECORD_COLUMNS}{_RECORD_FROM} WHERE r.client_id = ? AND {_IS_CURRENT}",
            (client_id,),
        )
        return {record.purpose: record for record in map(_record, rows)}

    def current_for(self, client_id: int, purpose: Purpose) -> ConsentRecord | None:
        row = self._db.query_one(
            f"SELECT {_RECORD_COLUMNS}{_RECORD_FROM}"
            f" WHERE r.client_id = ? AND p.key = ?{_NEWEST_FIRST} LIMIT 1",
            (client_id, purpose.value),
        )
        return _record(row) if row else None

    def history(self, client_id: int) -> list[ConsentRecord]:
        rows = self._db.query(
            f"SELECT {_RECORD_COLUMNS}{_RECORD_FROM} WHERE r.client_id = ?"
            " ORDER BY r.recorded_at DESC, r.id DESC",
            (client_id,),
        )
        return [_record(r) for r in rows]

    def all_records(self) -> list[ConsentRecord]:
        """Every decision of every client, by client, oldest first (the owner's export)."""
        rows = self._db.query(
            f"SELECT {_RECORD_COLUMNS}{_RECORD_FROM} ORDER BY r.client_id, r.recorded_at, r.id"
        )
        return [_record(r) for r in rows]

    def form_pdf(self, form_id: int) -> bytes | None:
        value = self._db.scalar("SELECT pdf FROM consent_forms WHERE id = ?", (form_id,))
        return None if value is None else bytes(value)

    def signature(self, form_id: int) -> bytes | None:
        value = self._db.scalar("SELECT signature_png FROM consent_forms WHERE id = ?", (form_id,))
        return None if value is None else bytes(value)

    def active_clients(self, purposes: list[Purpose]) -> list[tuple[int, Purpose]]:
        """(client, purpose) pairs whose newest record is granted and not withdrawn."""
        marks = ", ".join("?" for _ in purposes)
        rows = self._db.query(
            f"SELECT r.client_id, p.key FROM consent_records r"
            " JOIN consent_purposes p ON p.id = r.purpose_id"
            " JOIN clients c ON c.id = r.client_id AND c.archived = 0"
            f" WHERE p.key IN ({marks}) AND r.decision = 'granted' AND {_IS_CURRENT}"
            " AND NOT EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.record_id = r.id)"
            " ORDER BY r.client_id, p.id",
            [p.value for p in purposes],
        )
        return [(client_id, Purpose(key)) for client_id, key in rows]

    def outdated(self) -> list[tuple[int, Purpose, str, int, int]]:
        """Active decisions signed under an older template version than the current one:
        (client, purpose, language, signed version, current version)."""
        rows = self._db.query(
            "SELECT r.client_id, p.key, f.language, r.template_version, latest.version"
            " FROM consent_records r"
            " JOIN consent_purposes p ON p.id = r.purpose_id AND p.enabled = 1"
            " JOIN consent_forms f ON f.id = r.form_id"
            " JOIN clients c ON c.id = r.client_id AND c.archived = 0"
            " JOIN (SELECT purpose_id, language, max(version) AS version"
            "       FROM consent_templates GROUP BY purpose_id, language) latest"
            "   ON latest.purpose_id = r.purpose_id AND latest.language = f.language"
            f" WHERE r.decision = 'granted' AND {_IS_CURRENT}"
            " AND NOT EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.record_id = r.id)"
            " AND r.template_version < latest.version"
            " ORDER BY r.client_id, p.id"
        )
        return [(c, Purpose(k), lang, signed, now) for c, k, lang, signed, now in rows]

    def latest_versions(self) -> dict[tuple[Purpose, str], int]:
        rows = self._db.query(
            "SELECT p.key, t.language, max(t.version) FROM consent_templates t"
            " JOIN consent_purposes p ON p.id = t.purpose_id GROUP BY p.key, t.language"
        )
        return {(Purpose(key), language): version for key, language, version in rows}
