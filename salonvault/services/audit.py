"""The owner's view of the activity log: list, filter, a client's history, verify the chain."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEntry, AuditEvent, AuditFilter, ChainVerdict, Outcome
from salonvault.domain.roles import Permission
from salonvault.storage.audit_repo import AuditRepository
from salonvault.storage.database import Database

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard


class AuditService:
    """The owner's view of the activity log."""

    def __init__(self, log: ActivityLog, database: Database, guard: Guard) -> None:
        self._log = log
        self._repo = AuditRepository(database)
        self._guard = guard

    def list(self, session: Session, where: AuditFilter | None = None) -> list[AuditEntry]:
        self._guard.require(session, Permission.AUDIT_READ)
        return self._repo.search(where or AuditFilter())

    def actions(self, session: Session) -> builtins.list[str]:
        """Every kind of entry the log holds, for the log page's filter."""
        self._guard.require(session, Permission.AUDIT_READ)
        return sorted(self._repo.actions())

    def client_activity(
        self, session: Session, client_id: int, limit: int = 200
    ) -> builtins.list[AuditEntry]:
        """Everything logged about one client (openings, changes, refusals), newest first: the
        Activity tab of the owner's client card."""
        self._guard.require(session, Permission.AUDIT_READ, "client", str(client_id))
        where = AuditFilter(object_type="client", object_id=str(client_id), limit=limit)
        return self._repo.search(where)

    def verify(self, session: Session) -> ChainVerdict:
        self._guard.require(session, Permission.AUDIT_READ)
        verdict = self._log.verify()
        outcome = Outcome.OK if verdict.ok else Outcome.FAILED
        detail = f"checked={verdict.entries_checked}"
        if not verdict.ok:
            detail += f" first_broken={verdict.first_broken_seq}"
        self._log.record_for(session, AuditEvent("audit.verify", outcome, detail=detail))
        return verdict
