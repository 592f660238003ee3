"""Rows of pinned notes (migration 12): short lines at the top of a client's card."""

from __future__ import annotations

from datetime import datetime

from salonvault.domain.clients import PinnedNote
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_COLUMNS = "id, text, author_id, pinned_at"


def _note(row: Row) -> PinnedNote:
    return PinnedNote(int(row[0]), row[1], int(row[2]), from_db(row[3]))


class PinnedNotesRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, client_id: int, text: str, author_id: int, now: datetime) -> int:
        cursor = self._db.execute(
            "INSERT INTO client_pinned_notes (client_id, text, author_id, pinned_at)"
            " VALUES (?, ?, ?, ?)",
            (client_id, text, author_id, to_db(now)),
        )
        return int(cursor.lastrowid)

    def remove(self, note_id: int) -> None:
        """Gone at once (secure_delete overwrites it): a pinned note keeps no history."""
        self._db.execute("DELETE FROM client_pinned_notes WHERE id = ?", (note_id,))

    def of_client(self, client_id: int) -> list[PinnedNote]:
        """Oldest first, the order they were pinned in."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM client_pinned_notes WHERE client_id = ? ORDER BY id",
            (client_id,),
        )
        return [_note(r) for r in rows]

    def all_notes(self) -> dict[int, list[PinnedNote]]:
        """Every client's notes, keyed by client (the owner's export)."""
        found: dict[int, list[PinnedNote]] = {}
        rows = self._db.query(
            f"SELECT {_COLUMNS}, client_id FROM client_pinned_notes ORDER BY client_id, id"
        )
        for row in rows:
            found.setdefault(int(row[4]), []).append(_note(row))
        return found
