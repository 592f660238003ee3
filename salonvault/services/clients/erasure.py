"""Erasing a client (GDPR Art. 17 and its Vietnamese and Chinese counterparts), owner only.

Everything held on the client goes: the record with every phone number and pinned note, health
items, patch tests, visits, photos, attachments (every page) and every consent with its signature
and PDF. Visits may survive as anonymous counts per month and service when the owner chooses. The
activity log keeps a tombstone (that an erasure happened, by whom, how many rows) and, as always, no
names or values. Backups made before still hold the client until they rotate out; the service says
so in its receipt so the GUI can tell the owner.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import display_name
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.roles import Permission
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.erasure_repo import ErasedRows, ErasureRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


@dataclass(frozen=True, slots=True)
class ErasureReceipt:
    client_id: int
    rows: ErasedRows
    visit_counts_kept: bool
    fully_flushed: bool  # False: a reader held the WAL; old page copies go at the next checkpoint


def names_match(typed: str, name: str) -> bool:
    """The confirmation: the client's name as shown, typed again (case, spacing, accents
    composed or not, all forgiven; the letters themselves are not)."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return bool(norm(typed)) and norm(typed) == norm(name)


class ErasureService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clients = ClientsRepository(database)
        self._repo = ErasureRepository(database)

    def erase(
        self, session: Session, client_id: int, typed_name: str, keep_visit_counts: bool
    ) -> ErasureReceipt:
        live = self._guard.require(session, Permission.ERASE, "client", str(client_id))
        with self._db.transaction():
            record = self._clients.get(client_id)
            if record is None:
                raise NotFound("clients.there_such_client_already_erased")
            if not names_match(typed_name, display_name(record.family_name, record.given_name)):
                raise ValidationError(
                    "clients.type_client_s_name_exactly",
                    field="typed_name",
                )
            rows = self._repo.erase_client(client_id, keep_visit_counts)
            detail = (
                f"visits={rows.visits} photos={rows.photos} consents={rows.consents}"
                f" health={rows.health_items} patch_tests={rows.patch_tests}"
                f" pinned_notes={rows.pinned_notes} records={rows.service_records}"
                f" attachments={rows.attachments} versions={rows.versions} forms={rows.forms}"
                f" counts_kept={'yes' if keep_visit_counts else 'no'}"
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "client.erase", object_type="client", object_id=str(client_id), detail=detail
                ),
            )
        flushed = self._db.checkpoint()
        return ErasureReceipt(client_id, rows, keep_visit_counts, flushed)
