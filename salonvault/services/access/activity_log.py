"""The activity log's writing half: every sign-in, refusal, staff or key change and client
access, chained.

`record` appends inside the caller's transaction (or its own), so a change and its log entry
commit together. Reading and verifying it for a person is `AuditService` (it needs the guard,
which itself writes refusals here: keeping the two apart keeps the imports one way).
"""

from __future__ import annotations

import builtins
from dataclasses import replace
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEntry, AuditEvent, ChainVerdict
from salonvault.security.audit_chain import GENESIS_MAC, entry_mac, verify_chain
from salonvault.storage.audit_repo import AuditRepository
from salonvault.storage.database import Database
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.clock import Clock

_HEAD_KEY = "audit_chain_head"


class ActivityLog:
    """Writes entries; the reading half is AuditService."""

    def __init__(self, database: Database, chain_key: bytes, clock: Clock, workstation: str):
        self._db = database
        self._repo = AuditRepository(database)
        self._settings = SettingsRepository(database)
        self._chain_key = chain_key
        self._clock = clock
        self._workstation = workstation

    def on(self, database: Database) -> ActivityLog:
        """The same log written through another connection to the vault (an import's own)."""
        return ActivityLog(database, self._chain_key, self._clock, self._workstation)

    def record(self, event: AuditEvent) -> int:
        return self.record_many([event])

    def record_many(self, events: builtins.list[AuditEvent]) -> int:
        """Append the events in order, each chained to the one before, in one statement (an
        import logs each client it creates); returns the last sequence number."""
        with self._db.transaction():
            seq, mac = self._next_link()
            seq -= 1
            rows: builtins.list[tuple[AuditEntry, bytes]] = []
            at = self._clock.now()
            for event in events:
                seq += 1
                entry = AuditEntry(
                    seq=seq,
                    at=at,
                    staff_id=event.staff_id,
                    role=event.role,
                    workstation=self._workstation,
                    action=event.action,
                    object_type=event.object_type,
                    object_id=event.object_id,
                    outcome=event.outcome,
                    detail=event.detail,
                )
                mac = entry_mac(self._chain_key, mac, entry)
                rows.append((entry, mac))
            if rows:
                self._repo.append_many(rows)
                # The head lets verify notice a cut-off tail, which a chain alone cannot.
                self._settings.set(_HEAD_KEY, {"seq": seq, "mac": mac.hex()})
        return seq

    def _next_link(self) -> tuple[int, bytes]:
        """The next sequence number and the MAC to chain from.

        The stored head wins over the last row: if rows were cut off the end, the next entry
        still follows the head, leaving a gap that verify reports instead of a healed chain.
        """
        last = self._repo.last()
        head = self._settings.get(_HEAD_KEY)
        head_seq = int(head["seq"]) if head else 0
        last_seq = last[0] if last else 0
        if head and head_seq >= last_seq:
            return head_seq + 1, bytes.fromhex(head["mac"])
        return (last_seq + 1, last[1]) if last else (1, GENESIS_MAC)

    def record_for(self, session: Session, event: AuditEvent) -> int:
        return self.record(replace(event, staff_id=session.staff_id, role=session.role.value))

    def verify(self) -> ChainVerdict:
        return verify_chain(self._repo.walk(), self._settings.get(_HEAD_KEY), self._chain_key)
