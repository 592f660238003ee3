"""Earlier versions of a client's changed records, for the card and the CLI (decision 0031).

The services that change a visit, a health item, a patch test or a client's consent-relevant
fields keep the record as it was (storage/versions_repo.py) in the same transaction as the
change. This service only reads them back, each kind to the roles that may see the record
itself (domain/versions.py READ_PERMISSION): a receptionist never sees an earlier formula.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.errors import NotFound
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.versions import READ_PERMISSION, RecordVersion, VersionedKind
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.versions_repo import VersionsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


class HistoryService:
    def __init__(self, database: Database, guard: Guard) -> None:
        self._versions = VersionsRepository(database)
        self._clients = ClientsRepository(database)
        self._guard = guard

    def visible_kinds(self, session: Session) -> tuple[VersionedKind, ...]:
        """The kinds whose earlier versions this session's role may see."""
        live = self._guard.require(session, Permission.FIND_CLIENTS)
        return tuple(k for k in VersionedKind if role_allows(live.role, READ_PERMISSION[k]))

    def earlier_versions(
        self, session: Session, client_id: int, kind: VersionedKind | None = None
    ) -> list[RecordVersion]:
        """The client's earlier versions the role may see (of one kind, or all), by kind and
        record, oldest first. Empty, not refused, for kinds the role may not see."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")
        kinds = tuple(k for k in self.visible_kinds(session) if kind is None or k is kind)
        return self._versions.for_client(client_id, kinds)
