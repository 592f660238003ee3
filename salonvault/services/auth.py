"""Sign-in with a PIN, lockout, and the owner's recovery with the recovery key.

The failure counter is written and committed before the answer is given, inside a write
transaction, so parallel processes cannot each get "one more try".
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.errors import (
    AccountDisabled,
    AuthenticationError,
    KeyUnavailable,
    NewPinRequired,
    ResetCodeExpired,
    RuleViolation,
    SalonVaultError,
    SignInDelayed,
    ValidationError,
    WrongPin,
    WrongResetCode,
)
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security import lockout
from salonvault.security.keyslots import SlotKind, unseal
from salonvault.security.pins import check_pin, hash_pin, needs_rehash, verify_pin
from salonvault.security.recovery import RecoveryKey, recovery_wrapping_key
from salonvault.storage.staff_repo import StaffRecord, StaffRepository

if TYPE_CHECKING:
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.keys import KeyService
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database


class AuthService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
        keys: KeyService,
    ) -> None:
        self._db = database
        self._staff = StaffRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._keys = keys
        self._mint = guard.take_mint()  # the only way sessions start; used after a PIN check

    def sign_in(self, name: str, pin: str) -> Session:
        """Check `pin` for the staff member called `name`; a Session, or a typed refusal.

        After a PIN reset the account takes only its one-time code, and a right code answers
        NewPinRequired: the sign-in ends in `complete_pin_reset`, never in a session here.
        """
        record = self._attempt(name, pin, None)
        return self._start(record)

    def complete_pin_reset(self, name: str, code: str, new_pin: str) -> Session:
        """Finish a sign-in after a PIN reset: the one-time code once more, and the PIN the staff
        member chose. The code stops working; the new PIN and a session start together."""
        check_pin(new_pin, self._settings.min_pin_length())
        if new_pin == code:
            raise ValidationError("auth.choose_your_own_pin_one", field="pin")
        record = self._attempt(name, code, new_pin)
        return self._start(record)

    def _start(self, record: StaffRecord) -> Session:
        current = self._staff.get(record.id)  # the hash may have just been upgraded or set
        return self._guard.open_session(
            self._mint,
            record.id,
            record.name,
            record.role,
            self._settings.idle_limit(),
            current.pin_hash if current else "",
        )

    def _attempt(self, name: str, secret: str, new_pin: str | None) -> StaffRecord:
        """One checked try of `secret` (a PIN, or the one-time code while a reset is pending).

        The slow Argon2 check runs before the write transaction, so the vault is not locked
        while it runs; inside the transaction the counters are read again and decide, and a
        secret changed meanwhile is checked again there.
        """
        before = self._staff.find_by_name(name)
        verified: bool | None = None
        prepared: str | None = None
        if before is not None and before.active and not self._delayed(before):
            verified = verify_pin(before.secret_hash, secret)
            if verified:
                prepared = self._new_hash(before, secret, new_pin)
        refusal: SalonVaultError | None = None
        with self._db.transaction():
            record = self._staff.find_by_name(name)
            if record is None:
                self._log.record(
                    AuditEvent("sign_in", Outcome.FAILED, detail="reason=unknown_name")
                )
                refusal = AuthenticationError("staff.staff_member_has_name")
            else:
                unchanged = before is not None and before.secret_hash == record.secret_hash
                refusal = self._check(
                    record,
                    secret,
                    new_pin,
                    verified if unchanged else None,
                    prepared if unchanged else None,
                )
        if refusal is not None:
            raise refusal
        assert record is not None
        return record

    @staticmethod
    def _new_hash(record: StaffRecord, secret: str, new_pin: str | None) -> str | None:
        """After a right secret: the hash to store (the chosen PIN's, or an upgraded one)."""
        if record.reset_pending:
            return hash_pin(new_pin) if new_pin is not None else None
        return hash_pin(secret) if needs_rehash(record.pin_hash) else None

    def _delayed(self, record: StaffRecord) -> bool:
        retry_at = lockout.retry_allowed_at(record.failed_attempts, record.last_failed_at)
        return retry_at is not None and self._clock.now() < retry_at

    def _check(  # noqa: PLR0911 - one return per refusal
        self,
        record: StaffRecord,
        secret: str,
        new_pin: str | None,
        verified: bool | None,
        prepared: str | None,
    ) -> SalonVaultError | None:
        """Inside the sign-in transaction, on the fresh row: the refusal, or None on success."""
        now = self._clock.now()

        def log(outcome: Outcome, detail: str, action: str = "sign_in") -> None:
            self._log.record(
                AuditEvent(
                    action, outcome, record.id, record.role.value, "staff", str(record.id), detail
                )
            )

        if not record.active:
            log(Outcome.REFUSED, "reason=disabled")
            return AccountDisabled(by_lockout=record.disabled_by_lockout)
        if new_pin is not None and not record.reset_pending:
            log(Outcome.REFUSED, "reason=no_reset_pending")
            return RuleViolation("auth.account_has_pin_reset_waiting")
        expires = record.reset_code_expires_at
        if record.reset_pending and (expires is None or now >= expires):
            log(Outcome.REFUSED, "reason=reset_code_expired")
            return ResetCodeExpired()
        retry_at = lockout.retry_allowed_at(record.failed_attempts, record.last_failed_at)
        if retry_at is not None and now < retry_at:
            log(Outcome.REFUSED, f"reason=delay failures={record.failed_attempts}")
            return SignInDelayed(math.ceil((retry_at - now).total_seconds()))
        if verified is None:  # the secret changed (or was not checked) before the lock: now
            verified = verify_pin(record.secret_hash, secret)
            prepared = self._new_hash(record, secret, new_pin) if verified else None
        if not verified:
            failures = record.failed_attempts + 1
            disable = failures >= lockout.DISABLE_AFTER_FAILURES
            self._staff.record_failure(record.id, failures, now, disable)
            what = "wrong_reset_code" if record.reset_pending else "wrong_pin"
            log(Outcome.FAILED, f"reason={what} failures={failures}")
            if disable:
                log(Outcome.OK, f"failures={failures}", action="staff.locked_out")
            left = lockout.attempts_left(failures)
            return WrongResetCode(left) if record.reset_pending else WrongPin(left)
        if record.reset_pending:
            if prepared is None:  # the code is right; no PIN chosen yet
                log(Outcome.REFUSED, "reason=new_pin_required")
                return NewPinRequired()
            self._staff.set_pin_hash(record.id, prepared)  # the code is dropped with it
            self._staff.record_success(record.id, now, None)
            log(Outcome.OK, "field=pin method=reset_code", action="staff.pin_chosen")
            log(Outcome.OK, "method=reset_code")
            return None
        self._staff.record_success(record.id, now, prepared)
        log(Outcome.OK, "pin_rehashed=yes" if prepared else "")
        return None

    def sign_out(self, session: Session) -> None:
        self._guard.end_session(session, "sign_out")

    def recover_owner(self, name: str, recovery_key: RecoveryKey, new_pin: str) -> None:
        """Re-enable an owner's account with the recovery key (the fallback when no owner can
        sign in) and set the new PIN they chose (a pending PIN reset is dropped with it)."""
        try:
            unseal(
                self._keys.slot(SlotKind.RECOVERY),
                recovery_wrapping_key(recovery_key, self._keys.vault_id),
                self._keys.vault_id,
            )
        except KeyUnavailable:
            self._log.record(
                AuditEvent("staff.recovered", Outcome.FAILED, detail="reason=wrong_recovery_key")
            )
            raise
        check_pin(new_pin, self._settings.min_pin_length())
        with self._db.transaction():
            record = self._staff.find_by_name(name)
            if record is None or record.role is not Role.OWNER:
                raise RuleViolation("auth.recovery_key_re_enables_owner")
            self._staff.set_active(record.id, True)
            self._staff.set_pin_hash(record.id, hash_pin(new_pin))
            self._log.record(
                AuditEvent(
                    "staff.recovered",
                    Outcome.OK,
                    record.id,
                    record.role.value,
                    "staff",
                    str(record.id),
                    "method=recovery_key fields=active,pin",
                )
            )
        self._guard.end_sessions_of(record.id, "recovered")

    @staticmethod
    def lockout_delay_after(failures: int) -> timedelta:
        return lockout.delay_after(failures)
