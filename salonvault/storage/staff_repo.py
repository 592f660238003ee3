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
    " created_at, last_login_at"
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
                "Someone on the staff already has that name; add a surname or initial.",
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
            raise ValidationError(
                "Someone on the staff already has that name.", field="name"
            ) from None

    def set_pin_hash(self, staff_id: int, pin_hash: str) -> None:
        self._db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", (pin_hash, staff_id))
