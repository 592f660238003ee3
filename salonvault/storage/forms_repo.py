"""Consultation forms' tables: versions, the services each guards, signed forms, red flags."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from salonvault.domain.forms import (
    FilledForm,
    FormDefinition,
    FormVersion,
    RedFlag,
    definition_from_json,
    definition_json,
)
from salonvault.storage.timestamps import from_db, from_db_optional, to_db

if TYPE_CHECKING:
    from salonvault.storage.database import Database, Row


@dataclass(frozen=True, slots=True)
class FilledRow:
    id: int
    client_id: int
    version: FormVersion
    language: str
    shown_sha256: str
    answers: dict[str, str]
    witness_id: int
    witness_name: str
    signed_at: datetime
    signed_on: date


_VERSION_COLUMNS = "id, form_key, version, definition, sha256, built_in, created_at"
_FILLED = (
    "SELECT f.id, f.client_id, f.version_id, f.language, f.shown_sha256, f.answers,"
    " f.witness_id, coalesce(s.name, ''), f.signed_at, f.signed_on"
    " FROM filled_forms f LEFT JOIN staff s ON s.id = f.witness_id"
)


class FormsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- versions ----------------------------------------------------------------------------

    def has_tables(self) -> bool:
        return bool(
            self._db.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'form_versions'"
            )
        )

    def add_version(
        self,
        form_key: str,
        definition: FormDefinition,
        sha256: str,
        built_in: bool,
        staff_id: int | None,
        now: datetime,
    ) -> FormVersion:
        number = int(
            self._db.scalar(
                "SELECT coalesce(max(version), 0) + 1 FROM form_versions WHERE form_key = ?",
                (form_key,),
            )
        )
        cursor = self._db.execute(
            "INSERT INTO form_versions (form_key, version, built_in, definition, sha256,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                form_key,
                number,
                int(built_in),
                definition_json(definition),
                sha256,
                staff_id,
                to_db(now),
            ),
        )
        return FormVersion(
            int(cursor.lastrowid), form_key, number, definition, sha256, built_in, now
        )

    def latest(self, form_key: str) -> FormVersion | None:
        row = self._db.query_one(
            f"SELECT {_VERSION_COLUMNS} FROM form_versions WHERE form_key = ?"
            " ORDER BY version DESC LIMIT 1",
            (form_key,),
        )
        return None if row is None else _version(row)

    def version_by_id(self, version_id: int) -> FormVersion:
        row = self._db.query_one(
            f"SELECT {_VERSION_COLUMNS} FROM form_versions WHERE id = ?", (version_id,)
        )
        assert row is not None  # versions are never deleted
        return _version(row)

    def next_own_key(self) -> str:
        """A key for a form of the salon's own: own_1, own_2 … (never a built-in's)."""
        rows = self._db.query("SELECT DISTINCT form_key FROM form_versions WHERE built_in = 0")
        keys = [str(r[0]) for r in rows]
        numbers = [int(k[4:]) for k in keys if k.startswith("own_") and k[4:].isdigit()]
        return f"own_{max(numbers, default=0) + 1}"

    def latest_versions(self) -> list[FormVersion]:
        rows = self._db.query(
            f"SELECT {_VERSION_COLUMNS} FROM form_versions v WHERE version ="
            " (SELECT max(version) FROM form_versions w WHERE w.form_key = v.form_key)"
            " ORDER BY built_in DESC, id"
        )
        return [_version(r) for r in rows]

    # -- services ----------------------------------------------------------------------------

    def set_services(self, form_key: str, service_ids: list[int]) -> None:
        self._db.execute("DELETE FROM form_services WHERE form_key = ?", (form_key,))
        self._db.executemany(
            "INSERT INTO form_services (form_key, service_id) VALUES (?, ?)",
            [(form_key, s) for s in sorted(set(service_ids))],
        )

    def services_of(self, form_key: str) -> list[int]:
        rows = self._db.query(
            "SELECT service_id FROM form_services WHERE form_key = ? ORDER BY service_id",
            (form_key,),
        )
        return [int(r[0]) for r in rows]

    def forms_for_service(self, service_id: int) -> list[str]:
        rows = self._db.query(
            "SELECT form_key FROM form_services WHERE service_id = ? ORDER BY form_key",
            (service_id,),
        )
        return [str(r[0]) for r in rows]

    # -- signed forms ------------------------------------------------------------------------

    def insert_filled(
        self,
        client_id: int,
        version_id: int,
        language: str,
        shown_sha256: str,
        answers: dict[str, str],
        signature: bytes,
        witness_id: int,
        now: datetime,
        today: date,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO filled_forms (client_id, version_id, language, shown_sha256, answers,"
            " signature, witness_id, signed_at, signed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                version_id,
                language,
                shown_sha256,
                json.dumps(answers, ensure_ascii=False, sort_keys=True),
                signature,
                witness_id,
                to_db(now),
                today.isoformat(),
            ),
        )
        return int(cursor.lastrowid)

    def filled(self, filled_id: int) -> FilledRow | None:
        row = self._db.query_one(f"{_FILLED} WHERE f.id = ?", (filled_id,))
        return None if row is None else self._filled(row)

    def filled_of(self, client_id: int) -> list[FilledRow]:
        """A client's signed forms, newest first."""
        rows = self._db.query(
            f"{_FILLED} WHERE f.client_id = ? ORDER BY f.signed_at DESC, f.id DESC", (client_id,)
        )
        return [self._filled(r) for r in rows]

    def signature(self, filled_id: int) -> bytes:
        return bytes(
            self._db.scalar("SELECT signature FROM filled_forms WHERE id = ?", (filled_id,))
        )

    def _filled(self, row: Row) -> FilledRow:
        return FilledRow(
            id=int(row[0]),
            client_id=int(row[1]),
            version=self.version_by_id(int(row[2])),
            language=str(row[3]),
            shown_sha256=str(row[4]),
            answers=dict(json.loads(row[5])),
            witness_id=int(row[6]),
            witness_name=str(row[7]),
            signed_at=from_db(row[8]),
            signed_on=date.fromisoformat(row[9]),
        )

    # -- red flags ---------------------------------------------------------------------------

    def add_red_flag(
        self,
        filled_id: int,
        client_id: int,
        question_key: str,
        answer: str,
        blocks: bool,
        health_item_id: int | None,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO form_red_flags (filled_form_id, client_id, question_key, answer, blocks,"
            " health_item_id) VALUES (?, ?, ?, ?, ?, ?)",
            (filled_id, client_id, question_key, answer, int(blocks), health_item_id),
        )
        return int(cursor.lastrowid)

    def alerts_made_for(self, client_id: int, form_key: str, question_key: str) -> set[int]:
        """The health items earlier signings of this form made for this question: how a repeated
        red flag finds its alert whatever the alert's text (older ones end in the form's key)."""
        rows = self._db.query(
            "SELECT r.health_item_id FROM form_red_flags r"
            " JOIN filled_forms f ON f.id = r.filled_form_id"
            " JOIN form_versions v ON v.id = f.version_id"
            " WHERE r.client_id = ? AND v.form_key = ? AND r.question_key = ?"
            " AND r.health_item_id IS NOT NULL",
            (client_id, form_key, question_key),
        )
        return {int(r[0]) for r in rows}

    def red_flags_of(self, client_id: int) -> list[RedFlag]:
        rows = self._db.query(
            "SELECT r.id, r.filled_form_id, r.question_key, r.answer, r.blocks, r.reviewed_by,"
            " coalesce(s.name, ''), r.reviewed_at, r.review_note"
            " FROM form_red_flags r LEFT JOIN staff s ON s.id = r.reviewed_by"
            " WHERE r.client_id = ? ORDER BY r.id",
            (client_id,),
        )
        return [
            RedFlag(
                id=int(r[0]),
                filled_form_id=int(r[1]),
                question_key=str(r[2]),
                answer=str(r[3]),
                blocks=bool(r[4]),
                reviewed_by=None if r[5] is None else int(r[5]),
                reviewed_by_name=str(r[6]),
                reviewed_at=from_db_optional(r[7]),
                review_note=str(r[8]),
            )
            for r in rows
        ]

    def review(self, flag_id: int, staff_id: int, note: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE form_red_flags SET reviewed_by = ?, reviewed_at = ?, review_note = ?"
            " WHERE id = ? AND reviewed_at IS NULL",
            (staff_id, to_db(now), note, flag_id),
        )

    def flag_client(self, flag_id: int) -> int | None:
        found = self._db.scalar("SELECT client_id FROM form_red_flags WHERE id = ?", (flag_id,))
        return None if found is None else int(found)

    def health_changed_after(self, client_id: int, moment: datetime) -> bool:
        """Whether the card's health details changed after `moment`, leaving out the alerts
        forms themselves made (signing a form must not make it due again)."""
        stamp = to_db(moment)
        return bool(
            self._db.scalar(
                "SELECT EXISTS (SELECT 1 FROM health_items h WHERE h.client_id = ?"
                " AND (h.recorded_at > ? OR coalesce(h.removed_at, '') > ?)"
                " AND h.id NOT IN (SELECT health_item_id FROM form_red_flags"
                "  WHERE client_id = ? AND health_item_id IS NOT NULL))"
                " OR EXISTS (SELECT 1 FROM record_versions v WHERE v.client_id = ?"
                "  AND v.kind = 'health_item' AND v.changed_at > ?)",
                (client_id, stamp, stamp, client_id, client_id, stamp),
            )
        )


@lru_cache(maxsize=256)
def _parsed(text: str) -> FormDefinition:
    """A stored version's definition, parsed once per text: versions never change once written,
    and every card opening reads all of them (parsing was a third of the card's opening time)."""
    return definition_from_json(text)


def _version(row: Row) -> FormVersion:
    return FormVersion(
        id=int(row[0]),
        form_key=str(row[1]),
        version=int(row[2]),
        definition=_parsed(str(row[3])),
        sha256=str(row[4]),
        built_in=bool(row[5]),
        created_at=from_db(row[6]),
    )


def unreviewed_blocking_flags(database: Database, client_id: int, service_id: int) -> list[int]:
    """Blocking red flags not yet reviewed on the client's forms that guard `service_id`: the
    treatments refuse the service while there are any (decision 0038)."""
    rows = database.query(
        "SELECT r.id FROM form_red_flags r"
        " JOIN filled_forms f ON f.id = r.filled_form_id"
        " JOIN form_versions v ON v.id = f.version_id"
        " JOIN form_services s ON s.form_key = v.form_key AND s.service_id = ?"
        " WHERE r.client_id = ? AND r.blocks = 1 AND r.reviewed_at IS NULL ORDER BY r.id",
        (service_id, client_id),
    )
    return [int(r[0]) for r in rows]


def as_filled(row: FilledRow, flags: list[RedFlag], may_see: bool) -> FilledForm:
    """The domain's signed form; `may_see` False holds back the answers and which questions
    raised the red flags (the health rules)."""
    mine = tuple(f for f in flags if f.filled_form_id == row.id)
    return FilledForm(
        id=row.id,
        client_id=row.client_id,
        form_key=row.version.form_key,
        version=row.version.version,
        version_id=row.version.id,
        language=row.language,
        shown_sha256=row.shown_sha256,
        answers=dict(row.answers) if may_see else {},
        signed_at=row.signed_at,
        signed_on=row.signed_on,
        witness_id=row.witness_id,
        witness_name=row.witness_name,
        # Without HEALTH_READ: that there are flags and whether reviewed, not which question.
        red_flags=mine if may_see else tuple(replace(f, answer="", question_key="") for f in mine),
        withheld=not may_see,
    )
