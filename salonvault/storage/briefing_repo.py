"""Rows of the staff briefing's texts, its acknowledgements and the training sessions
(migration 19). Nothing here is ever updated or deleted: triggers refuse it."""

from __future__ import annotations

from datetime import date, datetime

from salonvault.domain.briefing import Acknowledgement, BriefingText, TrainingSession
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_TEXT_COLUMNS = "id, version, language, text, sha256, created_at"
_ACK_SELECT = (
    "SELECT a.staff_id, t.version, t.language, a.sha256, a.acknowledged_at"
    " FROM briefing_acknowledgements a JOIN briefing_texts t ON t.id = a.text_id"
)


def _text(row: Row) -> BriefingText:
    return BriefingText(row[0], row[1], row[2], row[3], row[4], from_db(row[5]))


def _acknowledgement(row: Row) -> Acknowledgement:
    return Acknowledgement(row[0], row[1], row[2], row[3], from_db(row[4]))


class BriefingRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- texts ---------------------------------------------------------------------------------

    def has_tables(self) -> bool:
        return bool(
            self._db.scalar(
                "SELECT count(*) FROM sqlite_master"
                " WHERE type = 'table' AND name = 'briefing_texts'"
            )
        )

    def current_version(self) -> int:
        """The newest version (0 before the first one is installed)."""
        return int(self._db.scalar("SELECT coalesce(max(version), 0) FROM briefing_texts"))

    def texts_of(self, version: int) -> dict[str, BriefingText]:
        rows = self._db.query(
            f"SELECT {_TEXT_COLUMNS} FROM briefing_texts WHERE version = ?", (version,)
        )
        return {row[2]: _text(row) for row in rows}

    def text(self, text_id: int) -> BriefingText | None:
        row = self._db.query_one(
            f"SELECT {_TEXT_COLUMNS} FROM briefing_texts WHERE id = ?", (text_id,)
        )
        return None if row is None else _text(row)

    def add_text(self, version: int, language: str, text: str, sha256: str, at: datetime) -> int:
        cursor = self._db.execute(
            "INSERT INTO briefing_texts (version, language, text, sha256, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (version, language, text, sha256, to_db(at)),
        )
        return int(cursor.lastrowid)

    def version_dates(self) -> dict[int, datetime]:
        """When each version came into the vault."""
        rows = self._db.query(
            "SELECT version, min(created_at) FROM briefing_texts GROUP BY version"
        )
        return {int(row[0]): from_db(row[1]) for row in rows}

    # -- acknowledgements ------------------------------------------------------------------------

    def acknowledge(self, staff_id: int, text_id: int, sha256: str, at: datetime) -> None:
        self._db.execute(
            "INSERT INTO briefing_acknowledgements (staff_id, text_id, sha256, acknowledged_at)"
            " VALUES (?, ?, ?, ?)",
            (staff_id, text_id, sha256, to_db(at)),
        )

    def latest_of(self, staff_id: int) -> Acknowledgement | None:
        row = self._db.query_one(
            f"{_ACK_SELECT} WHERE a.staff_id = ? ORDER BY a.acknowledged_at DESC, a.id DESC"
            " LIMIT 1",
            (staff_id,),
        )
        return None if row is None else _acknowledgement(row)

    def latest_by_staff(self) -> dict[int, Acknowledgement]:
        """Each staff member's newest acknowledgement."""
        found: dict[int, Acknowledgement] = {}
        for row in self._db.query(f"{_ACK_SELECT} ORDER BY a.acknowledged_at, a.id"):
            found[int(row[0])] = _acknowledgement(row)
        return found

    def acknowledgements(self) -> list[Acknowledgement]:
        """Every acknowledgement, newest first (the owner's history)."""
        rows = self._db.query(f"{_ACK_SELECT} ORDER BY a.acknowledged_at DESC, a.id DESC")
        return [_acknowledgement(row) for row in rows]

    # -- training sessions -----------------------------------------------------------------------

    def add_training(
        self, held_on: date, topic: str, attendees: tuple[int, ...], staff_id: int, at: datetime
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO training_sessions (held_on, topic, recorded_by, recorded_at)"
            " VALUES (?, ?, ?, ?)",
            (held_on.isoformat(), topic, staff_id, to_db(at)),
        )
        session_id = int(cursor.lastrowid)
        self._db.executemany(
            "INSERT INTO training_attendees (session_id, staff_id) VALUES (?, ?)",
            [(session_id, attendee) for attendee in attendees],
        )
        return session_id

    def trainings(self) -> list[TrainingSession]:
        """Every training session, newest first."""
        attendees: dict[int, list[int]] = {}
        for session_id, staff_id in self._db.query(
            "SELECT session_id, staff_id FROM training_attendees ORDER BY session_id, staff_id"
        ):
            attendees.setdefault(int(session_id), []).append(int(staff_id))
        rows = self._db.query(
            "SELECT id, held_on, topic, recorded_by, recorded_at FROM training_sessions"
            " ORDER BY held_on DESC, id DESC"
        )
        return [
            TrainingSession(
                id=int(row[0]),
                held_on=date.fromisoformat(row[1]),
                topic=row[2],
                attendees=tuple(attendees.get(int(row[0]), ())),
                recorded_by=int(row[3]),
                recorded_at=from_db(row[4]),
            )
            for row in rows
        ]
