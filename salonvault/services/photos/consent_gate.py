"""The photo-consent gate: the one place that decides whether a client's photos may be taken,
kept and shown (DESIGN.md §6: photos only while photo consent is active).

The answer comes from the consent service (purpose "photos": the newest decision is granted
and not withdrawn, and the salon asks for it). Recording consent goes through
`ConsentService.record` (template text, signature, witness); this class keeps the gate `check`
that services/photos.py calls, `is_active` for the card, and `withdraw`, which withdraws through
the consent service and so deletes the client's photos in the same transaction. The vault runs
with `secure_delete`, so the freed pages are overwritten too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.consent import Purpose
from salonvault.domain.errors import ConsentRequired, NotFound
from salonvault.domain.roles import Permission
from salonvault.storage.clients_repo import ClientsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.guard import Guard
    from salonvault.services.consent.service import ConsentService
    from salonvault.storage.database import Database

PURPOSE = Purpose.PHOTOS.value


class PhotoConsent:
    def __init__(self, database: Database, guard: Guard, consent: ConsentService) -> None:
        self._clients = ClientsRepository(database)
        self._guard = guard
        self._consent = consent

    def is_active(self, session: Session, client_id: int) -> bool:
        """Whether the client's photo consent is active (everyone at the counter may know)."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        return self._active(client_id)

    def check(self, client_id: int) -> None:
        """The gate. Raises ConsentRequired unless the consent is active.

        For services only, after their own permission check and inside their transaction, so a
        withdrawal in another process cannot slip between the check and the write.
        """
        if not self._active(client_id):
            raise ConsentRequired(PURPOSE)

    def active(self, client_id: int) -> bool:
        """The gate's answer without raising (for services only, like `check`)."""
        return self._active(client_id)

    def withdraw(self, session: Session, client_id: int, reason: str = "") -> int:
        """The client withdrew: the consent ends and every photo of theirs is deleted at once.

        Returns how many photos were deleted (the GUI has asked the staff member to confirm).
        """
        return self._consent.withdraw(session, client_id, Purpose.PHOTOS, reason)

    def _active(self, client_id: int) -> bool:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")
        return self._consent.is_active(client_id, Purpose.PHOTOS)
