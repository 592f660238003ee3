"""Sessions and the permission check every service method makes first.

Sessions live here, keyed by a random token; a caller cannot forge a role by building its own
Session object, because `require` trusts only the registry's copy. Nor can it have the guard
start one from a staff row (the PIN hash is readable by anything holding the data key): a
session opens only with the guard's `SessionMint`, which the vault hands once to the sign-in
service, and that service uses it only after a PIN check (docs/threat-model.md).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.errors import PermissionDenied, RuleViolation, SessionExpired
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.session import Session
from salonvault.storage.staff_repo import StaffRepository

if TYPE_CHECKING:
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock


class SessionMint:
    """The right to open sessions on one guard: handed out once (`Guard.take_mint`), to the
    sign-in service. Another instance, however made, opens nothing."""

    __slots__ = ()


class Guard:
    def __init__(self, log: ActivityLog, clock: Clock, staff: StaffRepository) -> None:
        self._log = log
        self._clock = clock
        self._staff = staff
        self._mint = SessionMint()
        self._mint_taken = False
        self._sessions: dict[str, Session] = {}
        # What the person's staff row looked like at sign-in; any change in any process (role,
        # disabled, new PIN) ends the session at its next call.
        self._stamps: dict[str, tuple[str, str]] = {}

    # -- sessions ----------------------------------------------------------------------------

    def take_mint(self) -> SessionMint:
        """The guard's one mint, for the sign-in service the vault builds beside it; asked for
        a second time, refused (nothing else may open sessions)."""
        if self._mint_taken:
            raise RuleViolation("access.guard_s_sessions_already_opened")
        self._mint_taken = True
        return self._mint

    def open_session(
        self,
        mint: SessionMint,
        staff_id: int,
        staff_name: str,
        role: Role,
        idle_limit: timedelta,
        pin_hash: str = "",
    ) -> Session:
        """A new session, for the sign-in service after it checked the PIN (`mint` is the one
        it took). Any other caller is refused, and the attempt is logged."""
        if mint is not self._mint or not self._mint_taken:
            self._log.record(
                AuditEvent(
                    "session.start_refused",
                    Outcome.REFUSED,
                    object_type="staff",
                    object_id=str(staff_id),
                    detail="reason=not_the_sign_in_service",
                )
            )
            raise RuleViolation("access.sessions_start_only_sign_after")
        steady = self._clock.monotonic()
        session = Session(
            token=secrets.token_urlsafe(24),
            staff_id=staff_id,
            staff_name=staff_name,
            role=role,
            started_at=self._clock.now(),
            started_steady=steady,
            last_activity_steady=steady,
            idle_limit=idle_limit,
        )
        self._sessions[session.token] = session
        self._stamps[session.token] = (role.value, _digest(pin_hash))
        return replace(session)  # the caller's copy; changing it changes nothing here

    def end_session(self, session: Session, reason: str = "sign_out") -> None:
        live = self._sessions.pop(session.token, None)
        self._stamps.pop(session.token, None)
        if live is not None and not live.ended:
            live.ended = True
            self._log.record_for(live, AuditEvent("session.end", detail=f"reason={reason}"))
        session.ended = True

    def end_sessions_of(self, staff_id: int, reason: str) -> None:
        for live in [s for s in self._sessions.values() if s.staff_id == staff_id]:
            self.end_session(live, reason)

    def live_session(self, session: Session) -> Session:
        """The registry's copy of `session`, refreshed; raises SessionExpired when it is over."""
        live = self._sessions.get(session.token)
        if live is None:
            raise SessionExpired()
        reason = live.expiry_reason(self._clock.monotonic())
        if reason is not None:
            self.end_session(live, "idle" if "idle" in reason else "expired")
            raise SessionExpired(reason)
        record = self._staff.get(live.staff_id)
        stamp = self._stamps.get(live.token)
        if (
            record is None
            or not record.active
            or stamp != (record.role.value, _digest(record.pin_hash))
        ):
            self.end_session(live, "account_changed")
            raise SessionExpired("access.your_account_changed_please_sign")
        return live

    def status(self, session: Session) -> Session:
        """A fresh copy of the live session (for the idle countdown), without counting activity."""
        return replace(self.live_session(session))

    def touch(self, session: Session) -> None:
        """Count user input as activity (the GUI calls this on keyboard and mouse events)."""
        self.live_session(session).last_activity_steady = self._clock.monotonic()

    # -- permissions -------------------------------------------------------------------------

    def require(
        self,
        session: Session,
        permission: Permission,
        object_type: str | None = None,
        object_id: str | None = None,
    ) -> Session:
        """Check and refresh the session, then the role. A refusal is logged, then raised.

        Call it first in a service method, before any transaction, so the refusal's log entry
        is committed even though the call fails.
        """
        live = self.live_session(session)
        if not role_allows(live.role, permission):
            self._log.record_for(
                live,
                AuditEvent(
                    "permission.denied",
                    Outcome.REFUSED,
                    object_type=object_type,
                    object_id=object_id,
                    detail=f"permission={permission.name}",
                ),
            )
            raise PermissionDenied(permission.value, live.role.value)
        live.last_activity_steady = self._clock.monotonic()
        return live


def _digest(pin_hash: str) -> str:
    return hashlib.sha256(pin_hash.encode()).hexdigest()
