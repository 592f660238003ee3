"""Staff accounts, managed by the owner. At least one active owner exists at all times."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.errors import NotFound, RuleViolation, ValidationError
from salonvault.domain.roles import Permission, Role
from salonvault.domain.staff import PinResetCode, StaffMember
from salonvault.security import lockout
from salonvault.security.pins import (
    RESET_CODE_LIFETIME,
    check_pin,
    hash_pin,
    new_reset_code,
    unusable_pin_hash,
)
from salonvault.storage.staff_repo import StaffRecord, StaffRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

MAX_NAME_LENGTH = 80


def clean_staff_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise ValidationError("staff.enter_staff_member_s_name", field="name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            "staff.name_has_most_characters", field="name", max_name_length=MAX_NAME_LENGTH
        )
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise ValidationError("staff.name_cannot_contain_control_characters", field="name")
    return cleaned


def to_member(record: StaffRecord, now: datetime | None = None) -> StaffMember:
    """The account as the owner sees it; `now` decides whether a sign-in delay is running."""
    retry_at = lockout.retry_allowed_at(record.failed_attempts, record.last_failed_at)
    delayed = retry_at if retry_at is not None and now is not None and now < retry_at else None
    return StaffMember(
        id=record.id,
        name=record.name,
        role=record.role,
        active=record.active,
        disabled_by_lockout=record.disabled_by_lockout,
        failed_attempts=record.failed_attempts,
        created_at=record.created_at,
        last_login_at=record.last_login_at,
        reset_pending=record.reset_pending,
        reset_code_expires_at=record.reset_code_expires_at,
        sign_in_delayed_until=delayed,
    )


class StaffService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._repo = StaffRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings

    # -- reading -----------------------------------------------------------------------------

    def sign_in_list(self) -> list[tuple[int, str, Role]]:
        """Who may sign in (id, name, role), for the lock screen. No session needed: the lock
        screen shows these names before anyone signs in, and it holds no client data."""
        return [(r.id, r.name, r.role) for r in self._repo.list_all() if r.active]

    def reset_pending_names(self) -> frozenset[str]:
        """Who signs in with a one-time code next (the lock screen words its prompt)."""
        return frozenset(r.name for r in self._repo.list_all() if r.active and r.reset_pending)

    def names(self, session: Session) -> dict[int, str]:
        """Every account's name by id, former staff included: who recorded an allergy or did a
        patch test stays readable on the card after they leave."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return {r.id: r.name for r in self._repo.list_all()}

    def list(self, session: Session) -> list[StaffMember]:
        self._guard.require(session, Permission.STAFF_MANAGE)
        now = self._clock.now()
        return [to_member(r, now) for r in self._repo.list_all()]

    def find(self, session: Session, name: str) -> StaffMember:
        self._guard.require(session, Permission.STAFF_MANAGE)
        return to_member(self._by_name(name), self._clock.now())

    # -- changing ----------------------------------------------------------------------------

    def create_first_owner(self, name: str, pin: str) -> StaffMember:
        """Only while the vault has no staff at all (set-up); afterwards owners add staff."""
        with self._db.transaction():
            if self._repo.list_all():
                raise RuleViolation("staff.vault_already_has_staff_owner")
            member = self._insert(name, Role.OWNER, pin)
            self._log.record(
                AuditEvent(
                    "staff.add",
                    staff_id=member.id,
                    role=Role.OWNER.value,
                    object_type="staff",
                    object_id=str(member.id),
                    detail="role=owner first_owner=yes",
                )
            )
        return member

    def add(self, session: Session, name: str, role: Role, pin: str) -> StaffMember:
        live = self._guard.require(session, Permission.STAFF_MANAGE)
        with self._db.transaction():
            member = self._insert(name, role, pin)
            self._audit(live, "staff.add", member.id, f"role={role.value}")
        return member

    def disable(self, session: Session, staff_id: int) -> None:
        live = self._guard.require(session, Permission.STAFF_MANAGE, "staff", str(staff_id))
        with (
            self._refusals_logged(live, "staff.disable", staff_id, "last_owner"),
            self._db.transaction(),
        ):
            record = self._get(staff_id)
            if record.active and record.role is Role.OWNER:
                self._keep_an_owner("disable")
            self._repo.set_active(staff_id, False)
            self._audit(live, "staff.disable", staff_id, "field=active")
        self._guard.end_sessions_of(staff_id, "disabled")

    def enable(self, session: Session, staff_id: int) -> None:
        """Enable an account, also one disabled after too many wrong PINs (counters cleared)."""
        live = self._guard.require(session, Permission.STAFF_MANAGE, "staff", str(staff_id))
        with self._db.transaction():
            record = self._get(staff_id)
            self._repo.set_active(staff_id, True)
            was = "lockout" if record.disabled_by_lockout else "owner"
            self._audit(live, "staff.enable", staff_id, f"field=active was_disabled_by={was}")

    def set_role(self, session: Session, staff_id: int, role: Role) -> None:
        live = self._guard.require(session, Permission.STAFF_MANAGE, "staff", str(staff_id))
        with (
            self._refusals_logged(live, "staff.role", staff_id, "last_owner"),
            self._db.transaction(),
        ):
            record = self._get(staff_id)
            if record.role is role:
                return
            if record.role is Role.OWNER and record.active:
                self._keep_an_owner("change the role of")
            self._repo.set_role(staff_id, role)
            self._audit(live, "staff.role", staff_id, f"from={record.role.value} to={role.value}")
        self._guard.end_sessions_of(staff_id, "role_changed")

    def rename(self, session: Session, staff_id: int, name: str) -> None:
        live = self._guard.require(session, Permission.STAFF_MANAGE, "staff", str(staff_id))
        cleaned = clean_staff_name(name)
        with self._db.transaction():
            self._get(staff_id)
            self._repo.rename(staff_id, cleaned)
            self._audit(live, "staff.rename", staff_id, "field=name")

    def reset_pin(self, session: Session, staff_id: int) -> PinResetCode:
        """Reset a PIN without the owner ever choosing one (decision 0009).

        The old PIN stops working at once and the person's sessions end. The owner gets a
        one-time code, shown once and kept only as a hash, to hand over in person; with it the
        staff member signs in and must choose a new PIN. The code expires after 24 hours.
        """
        live = self._guard.require(session, Permission.STAFF_MANAGE, "staff", str(staff_id))
        code = new_reset_code()
        code_hash = hash_pin(code)  # Argon2 before the write lock
        expires_at = self._clock.now() + RESET_CODE_LIFETIME
        with (
            self._refusals_logged(live, "staff.reset_pin", staff_id, "own_pin"),
            self._db.transaction(),
        ):
            record = self._get(staff_id)
            if staff_id == live.staff_id:
                raise RuleViolation("staff.you_cannot_reset_your_own")
            self._repo.start_reset(staff_id, unusable_pin_hash(), code_hash, expires_at)
            hours = int(RESET_CODE_LIFETIME.total_seconds() // 3600)
            self._audit(
                live, "staff.reset_pin", staff_id, f"field=pin method=one_time_code hours={hours}"
            )
        self._guard.end_sessions_of(staff_id, "pin_reset")
        return PinResetCode(staff_id, record.name, code, expires_at)

    # -- helpers -----------------------------------------------------------------------------

    def _insert(self, name: str, role: Role, pin: str) -> StaffMember:
        cleaned = clean_staff_name(name)
        check_pin(pin, self._settings.min_pin_length())
        staff_id = self._repo.insert(cleaned, role, hash_pin(pin), self._clock.now())
        return to_member(self._get(staff_id))

    def _get(self, staff_id: int) -> StaffRecord:
        record = self._repo.get(staff_id)
        if record is None:
            raise NotFound("staff.there_such_staff_member")
        return record

    def _by_name(self, name: str) -> StaffRecord:
        record = self._repo.find_by_name(name)
        if record is None:
            raise NotFound("staff.staff_member_has_name")
        return record

    def _keep_an_owner(self, verb: str) -> None:
        if self._repo.count_active_owners() <= 1:
            raise RuleViolation("staff.you_cannot_last_active_owner", verb=verb)

    @contextmanager
    def _refusals_logged(
        self, session: Session, action: str, staff_id: int, reason: str
    ) -> Iterator[None]:
        """A rule refusal (the last owner, your own PIN) is logged after its rollback."""
        try:
            yield
        except RuleViolation:
            self._log.record_for(
                session,
                AuditEvent(
                    action,
                    Outcome.REFUSED,
                    object_type="staff",
                    object_id=str(staff_id),
                    detail=f"reason={reason}",
                ),
            )
            raise

    def _audit(self, session: Session, action: str, staff_id: int, detail: str) -> None:
        self._log.record_for(
            session, AuditEvent(action, object_type="staff", object_id=str(staff_id), detail=detail)
        )
