"""Rows of the salon's service catalogue."""

from __future__ import annotations

import sqlcipher3

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.errors import ValidationError
from salonvault.domain.treatments import SalonService
from salonvault.storage.database import Database, Row
from salonvault.storage.staff_repo import name_key

_COLUMNS = (
    "id, name, requires_patch_test, active, group_name, duration_minutes, price_minor, position"
)


class ServicesRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, data: ServiceInput) -> int:
        position = int(self._db.scalar("SELECT coalesce(max(position), 0) + 1 FROM services"))
        try:
            cursor = self._db.execute(
                "INSERT INTO services (name, name_key, requires_patch_test, active, group_name,"
                " duration_minutes, price_minor, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    data.name,
                    name_key(data.name),
                    data.requires_patch_test,
                    data.active,
                    data.group,
                    data.duration_minutes,
                    data.price_minor,
                    position,
                ),
            )
        except sqlcipher3.IntegrityError:
            raise _name_taken() from None
        return int(cursor.lastrowid)

    def update(self, service_id: int, data: ServiceInput) -> None:
        try:
            self._db.execute(
                "UPDATE services SET name = ?, name_key = ?, requires_patch_test = ?, active = ?,"
                " group_name = ?, duration_minutes = ?, price_minor = ? WHERE id = ?",
                (
                    data.name,
                    name_key(data.name),
                    data.requires_patch_test,
                    data.active,
                    data.group,
                    data.duration_minutes,
                    data.price_minor,
                    service_id,
                ),
            )
        except sqlcipher3.IntegrityError:
            raise _name_taken() from None

    def reorder(self, ids_in_order: list[int]) -> None:
        self._db.executemany(
            "UPDATE services SET position = ? WHERE id = ?",
            [(position, service_id) for position, service_id in enumerate(ids_in_order, 1)],
        )

    def all(self, include_inactive: bool = False) -> list[SalonService]:
        where = "" if include_inactive else " WHERE active = 1"
        rows = self._db.query(f"SELECT {_COLUMNS} FROM services{where} ORDER BY position, id")
        return [_service(r) for r in rows]

    def get(self, service_id: int) -> SalonService | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM services WHERE id = ?", (service_id,))
        return _service(row) if row else None

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM services"))


def _service(r: Row) -> SalonService:
    return SalonService(
        id=r[0],
        name=r[1],
        requires_patch_test=bool(r[2]),
        active=bool(r[3]),
        group=r[4],
        duration_minutes=r[5],
        price_minor=r[6],
        position=r[7],
    )


def _name_taken() -> ValidationError:
    return ValidationError("vault.service_name_exists", field="name")
