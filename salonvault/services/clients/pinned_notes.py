"""Pinned notes: short lines at the top of the card ("prefers Anna", "always 10 minutes late"),
apart from the free notes, each with who pinned it and when (decision 0022).

Every role that may find a client reads them: they come with the card (`ClientView`), so the
card's opening is the logged reading. Anyone may pin one (Permission.PIN_NOTES); a note is
removed by the staff member who pinned it or by the owner (Permission.UNPIN_ANY_NOTE), and
removing deletes it: a pinned note is a reminder, not a clinical or consent record, so it keeps
no history. Every role sees them, so they are not the place for health details (those are
health items). The log names the note's id, never its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.roles import Permission
from salonvault.services.clients import fields
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository

if TYPE_CHECKING:
    from salonvault.domain.clients import PinnedNote
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

MAX_PINNED_TEXT = 200  # one line, read at a glance
MAX_PINNED_PER_CLIENT = 10


class PinnedNoteService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._clients = ClientsRepository(database)
        self._repo = PinnedNotesRepository(database)

    def notes(self, session: Session, client_id: int) -> list[PinnedNote]:
        """The client's pinned notes, oldest first (as the card shows them again after a pin
        or an unpin; the card's opening was logged)."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        self._client(client_id)
        return self._repo.of_client(client_id)

    def pin(self, session: Session, client_id: int, text: str) -> PinnedNote:
        """A new note on the card, by the signed-in staff member, now."""
        live = self._guard.require(session, Permission.PIN_NOTES, "client", str(client_id))
        cleaned = fields.refuse_card_numbers(
            fields.clean_line(text, "text", "pinned note", MAX_PINNED_TEXT, True), "text"
        )
        with self._db.transaction():
            self._client(client_id)
            if len(self._repo.of_client(client_id)) >= MAX_PINNED_PER_CLIENT:
                raise ValidationError(
                    "clients.client_has_most_pinned_notes",
                    field="text",
                    max_pinned_per_client=MAX_PINNED_PER_CLIENT,
                )
            note_id = self._repo.add(client_id, cleaned, live.staff_id, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "client.pin_note",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"note={note_id}",
                ),
            )
            return next(n for n in self._repo.of_client(client_id) if n.id == note_id)

    def unpin(self, session: Session, client_id: int, note_id: int) -> None:
        """Deleted at once; only by whoever pinned it, or the owner."""
        live = self._guard.require(session, Permission.PIN_NOTES, "client", str(client_id))
        note = self._note(client_id, note_id)
        own = note.author_id == live.staff_id
        if not own:  # asked before the transaction, so a refusal's log entry stays
            self._guard.require(live, Permission.UNPIN_ANY_NOTE, "client", str(client_id))
        with self._db.transaction():
            self._note(client_id, note_id)  # still there, now holding the write lock
            self._repo.remove(note_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "client.unpin_note",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"note={note_id} pinned_by={'self' if own else 'other'}",
                ),
            )

    def _note(self, client_id: int, note_id: int) -> PinnedNote:
        self._client(client_id)
        note = next((n for n in self._repo.of_client(client_id) if n.id == note_id), None)
        if note is None:
            raise NotFound("clients.note_pinned_client_s_card")
        return note

    def _client(self, client_id: int) -> None:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")
