"""Rows of the staff table. Holds PIN hashes, so only services.auth and services.staff use it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

import sqlcipher3

from salonvault.domain.errors import ValidationError
from salonvault.domain.roles import Role
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, from_db_optional, to_db

_COLUMNS = (
    "id, name, role, active, disabled_by_lockout, pin_hash, failed_attempts, last_failed_at,"
    " created_at, last_login_at, reset_code_hash, reset_code_expires_at"
)


@dataclass(frozen=True, slots=True)
class StaffRecord:
    id: int
    name: str
    role: Role
    active: bool
    disabled_by_lockout: bool
    pin_hash: str = field(repr=False)
    failed_attempts: int
    last_failed_at: datetime | None
    created_at: datetime
    last_login_at: datetime | None
    reset_code_hash: str | None = field(default=None, repr=False)
    reset_code_expires_at: datetime | None = None

    @property
    def reset_pending(self) -> bool:
        """The owner reset the PIN: only the one-time code (then a new PIN) signs in."""
        return self.reset_code_hash is not None

    @property
    def secret_hash(self) -> str:
        """The hash a sign-in is checked against: the reset code's while a reset is pending."""
        return self.reset_code_hash if self.reset_code_hash is not None else self.pin_hash


def name_key(name: str) -> str:
    """How names are compared: NFC, casefolded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _record(row: Row) -> StaffRecord:
    return StaffRecord(
        id=row[0],
        name=row[1],
        role=Role(row[2]),
        active=bool(row[3]),
        disabled_by_lockout=bool(row[4]),
        pin_hash=row[5],
        failed_attempts=row[6],
        last_failed_at=from_db_optional(row[7]),
        created_at=from_db(row[8]),
        last_login_at=from_db_optional(row[9]),
        reset_code_hash=row[10],
        reset_code_expires_at=from_db_optional(row[11]),
    )


class StaffRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def insert(self, name: str, role: Role, pin_hash: str, now: datetime) -> int:
        try:
            cursor = self._db.execute(
                "INSERT INTO staff (name, name_key, role, pin_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, name_key(name), role.value, pin_hash, to_db(now)),
            )
        except sqlcipher3.IntegrityError:
            raise ValidationError(
                "staff.someone_staff_already_has_name",
                field="name",
            ) from None
        return int(cursor.lastrowid)

    def get(self, staff_id: int) -> StaffRecord | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,))
        return _record(row) if row else None

    def find_by_name(self, name: str) -> StaffRecord | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM staff WHERE name_key = ?", (name_key(name),)
        )
        return _record(row) if row else None

    def list_all(self) -> list[StaffRecord]:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM staff ORDER BY active DESC, name_key")
        return [_record(row) for row in rows]

    def count_active_owners(self) -> int:
        return int(
            self._db.scalar("SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1")
        )

    def record_failure(self, staff_id: int, failures: int, at: datetime, disable: bool) -> None:
        self._db.execute(
            "UPDATE staff SET failed_attempts = ?, last_failed_at = ?,"
            " active = CASE WHEN ? THEN 0 ELSE active END,"
            " disabled_by_lockout = CASE WHEN ? THEN 1 ELSE disabled_by_lockout END"
            " WHERE id = ?",
            (failures, to_db(at), disable, disable, staff_id),
        )

    def record_success(self, staff_id: int, at: datetime, new_pin_hash: str | None) -> None:
        self._db.execute(
            "UPDATE staff SET failed_attempts = 0, last_failed_at = NULL, last_login_at = ?,"
            " pin_hash = coalesce(?, pin_hash) WHERE id = ?",
            (to_db(at), new_pin_hash, staff_id),
        )

    def set_active(self, staff_id: int, active: bool) -> None:
        """Enable (clearing the lockout counters) or disable by the owner's decision."""
        self._db.execute(
            "UPDATE staff SET active = ?, disabled_by_lockout = 0, failed_attempts = 0,"
            " last_failed_at = NULL WHERE id = ?",
            (active, staff_id),
        )

    def set_role(self, staff_id: int, role: Role) -> None:
        self._db.execute("UPDATE staff SET role = ? WHERE id = ?", (role.value, staff_id))

    def rename(self, staff_id: int, name: str) -> None:
        try:
            self._db.execute(
                "UPDATE staff SET name = ?, name_key = ? WHERE id = ?",
                (name, name_key(name), staff_id),
            )
        except sqlcipher3.IntegrityError:
            raise ValidationError("staff.someone_staff_already_has_name_2", field="name") from None

    def set_pin_hash(self, staff_id: int, pin_hash: str) -> None:
        """A new PIN; any pending reset code is dropped with the old PIN."""
        self._db.execute(
            "UPDATE staff SET pin_hash = ?, reset_code_hash = NULL, reset_code_expires_at = NULL"
            " WHERE id = ?",
            (pin_hash, staff_id),
        )

    def start_reset(
        self, staff_id: int, unusable_pin_hash: str, code_hash: str, expires_at: datetime
    ) -> None:
        """The old PIN stops working; only the one-time code signs in until it expires."""
        self._db.execute(
            "UPDATE staff SET pin_hash = ?, reset_code_hash = ?, reset_code_expires_at = ?"
            " WHERE id = ?",
            (unusable_pin_hash, code_hash, to_db(expires_at), staff_id),
        )
