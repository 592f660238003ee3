"""The photo-consent gate: the one place that decides whether a client's photos may be taken,
kept and shown (DESIGN.md §6: photos only while photo consent is active).

Interim: until the consent issue (issue 5) lands, the consent is a flag on the client
(`clients.photo_consent`). The consent service of issue 5 takes this class over — per-purpose
consents tied to the template text, witness and signature — and keeps the same three answers:
`check` (the gate every photo call passes), `grant` and `withdraw`. Nothing else reads or writes
the flag.

Withdrawing deletes the client's photos in the same transaction: the lawful basis for keeping them
is gone. The vault runs with `secure_delete`, so the freed pages are overwritten too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import ConsentRequired, NotFound
from salonvault.domain.roles import Permission
from salonvault.storage.photos_repo import PhotosRepository, photo_consent, set_photo_consent

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.audit import ActivityLog
    from salonvault.services.clock import Clock
    from salonvault.services.guard import Guard
    from salonvault.storage.database import Database

PURPOSE = "photos"


class PhotoConsent:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._photos = PhotosRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    def is_active(self, session: Session, client_id: int) -> bool:
        """Whether the client's photo consent is active (everyone at the counter may know)."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        return self._flag(client_id)

    def check(self, client_id: int) -> None:
        """The gate. Raises ConsentRequired unless the consent is active.

        For services only, after their own permission check and inside their transaction, so a
        withdrawal in another process cannot slip between the check and the write.
        """
        if not self._flag(client_id):
            raise ConsentRequired(PURPOSE)

    def grant(self, session: Session, client_id: int) -> None:
        """The client agreed to before/after photos (as told to the staff member, who is logged)."""
        live = self._guard.require(session, Permission.CONSENT_RECORD, "client", str(client_id))
        with self._db.transaction():
            was_active = self._flag(client_id)
            set_photo_consent(self._db, client_id, True, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "consent.grant",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"purpose={PURPOSE}" + (" again=1" if was_active else ""),
                ),
            )

    def withdraw(self, session: Session, client_id: int) -> int:
        """The client withdrew: the consent ends and every photo of theirs is deleted at once.

        Returns how many photos were deleted (the GUI has asked the staff member to confirm).
        """
        live = self._guard.require(session, Permission.CONSENT_WITHDRAW, "client", str(client_id))
        with self._db.transaction():
            self._flag(client_id)  # NotFound for an unknown client, before anything changes
            deleted = self._photos.delete_for_client(client_id)
            set_photo_consent(self._db, client_id, False, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "consent.withdraw",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"purpose={PURPOSE} photos_deleted={deleted}",
                ),
            )
        return deleted

    def _flag(self, client_id: int) -> bool:
        active = photo_consent(self._db, client_id)
        if active is None:
            raise NotFound("There is no such client.")
        return active
