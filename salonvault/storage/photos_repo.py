"""Rows of photos.

Lists read only the metadata columns; the image columns are read one photo at a time. Whether
photos may be kept is the consent service's answer (services/photo_consent.py); the interim
`clients.photo_consent` flag was migrated into consent records by migration 4 and is unused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salonvault.domain.photos import PhotoInfo, PhotoKind
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_INFO_COLUMNS = "id, client_id, visit_id, kind, taken_on, width, height, added_by, added_at"


@dataclass(frozen=True, slots=True)
class NewPhoto:
    """What gets written: the cleaned JPEG, its size and thumbnail, and where it belongs."""

    client_id: int
    visit_id: int | None
    kind: PhotoKind
    taken_on: date
    width: int
    height: int
    thumbnail: bytes
    jpeg: bytes


def _info(row: Row) -> PhotoInfo:
    return PhotoInfo(
        id=row[0],
        client_id=row[1],
        visit_id=row[2],
        kind=PhotoKind(row[3]),
        taken_on=date.fromisoformat(row[4]),
        width=row[5],
        height=row[6],
        added_by=row[7],
        added_at=from_db(row[8]),
    )


def insert_values(photo: NewPhoto, added_by: int, now: datetime) -> tuple[object, ...]:
    """One row for INSERT_SQL (the demo inserts several with executemany)."""
    return (
        photo.client_id,
        photo.visit_id,
        photo.kind.value,
        photo.taken_on.isoformat(),
        photo.width,
        photo.height,
        added_by,
        to_db(now),
        photo.thumbnail,
        photo.jpeg,
    )


INSERT_SQL = (
    f"INSERT INTO photos ({_INFO_COLUMNS.removeprefix('id, ')}, thumbnail, jpeg)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# Grouped by visit (newest first, photos without a visit last), before ahead of after.
_ORDER = (
    " ORDER BY p.visit_id IS NULL, v.visited_on DESC, p.visit_id DESC,"
    " p.kind = 'after', p.taken_on, p.id"
)


class PhotosRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def insert(self, photo: NewPhoto, added_by: int, now: datetime) -> int:
        cursor = self._db.execute(INSERT_SQL, insert_values(photo, added_by, now))
        return int(cursor.lastrowid)

    def info(self, photo_id: int) -> PhotoInfo | None:
        row = self._db.query_one(f"SELECT {_INFO_COLUMNS} FROM photos WHERE id = ?", (photo_id,))
        return _info(row) if row else None

    def list_for_client(self, client_id: int) -> list[PhotoInfo]:
        columns = ", ".join(f"p.{c.strip()}" for c in _INFO_COLUMNS.split(","))
        rows = self._db.query(
            f"SELECT {columns} FROM photos p LEFT JOIN visits v ON v.id = p.visit_id"
            f" WHERE p.client_id = ?{_ORDER}",
            (client_id,),
        )
        return [_info(r) for r in rows]

    def thumbnails(self, client_id: int) -> list[tuple[PhotoInfo, bytes]]:
        columns = ", ".join(f"p.{c.strip()}" for c in _INFO_COLUMNS.split(","))
        rows = self._db.query(
            f"SELECT {columns}, p.thumbnail FROM photos p LEFT JOIN visits v ON v.id = p.visit_id"
            f" WHERE p.client_id = ?{_ORDER}",
            (client_id,),
        )
        return [(_info(r), bytes(r[9])) for r in rows]

    def thumbnail(self, photo_id: int) -> bytes | None:
        value = self._db.scalar("SELECT thumbnail FROM photos WHERE id = ?", (photo_id,))
        return None if value is None else bytes(value)

    def ids_for_visit(self, client_id: int, visit_id: int) -> list[int]:
        """The photos attached to one of the client's visits, before ahead of after."""
        rows = self._db.query(
            "SELECT id FROM photos WHERE client_id = ? AND visit_id = ?"
            " ORDER BY kind = 'after', taken_on, id",
            (client_id, visit_id),
        )
        return [int(r[0]) for r in rows]

    def jpeg(self, photo_id: int) -> bytes | None:
        value = self._db.scalar("SELECT jpeg FROM photos WHERE id = ?", (photo_id,))
        return None if value is None else bytes(value)

    def delete(self, photo_id: int) -> None:
        self._db.execute("DELETE FROM photos WHERE id = ?", (photo_id,))

    def delete_for_client(self, client_id: int) -> int:
        cursor = self._db.execute("DELETE FROM photos WHERE client_id = ?", (client_id,))
        return int(cursor.rowcount)

    def count_for_client(self, client_id: int) -> int:
        return int(self._db.scalar("SELECT count(*) FROM photos WHERE client_id = ?", (client_id,)))

    # -- the card photo (migration 12) -------------------------------------------------------

    def card_photo_id(self, client_id: int) -> int | None:
        value = self._db.scalar(
            "SELECT photo_id FROM client_card_photos WHERE client_id = ?", (client_id,)
        )
        return None if value is None else int(value)

    def set_card_photo(self, client_id: int, photo_id: int, chosen_by: int, now: datetime) -> None:
        """The photo shown on the card (one of the client's own: a trigger checks)."""
        self._db.execute(
            "INSERT INTO client_card_photos (client_id, photo_id, chosen_by, chosen_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET"
            " photo_id = excluded.photo_id, chosen_by = excluded.chosen_by,"
            " chosen_at = excluded.chosen_at",
            (client_id, photo_id, chosen_by, to_db(now)),
        )

    def clear_card_photo(self, client_id: int) -> bool:
        """No photo on the card (the photo itself stays); False when there was none."""
        cursor = self._db.execute(
            "DELETE FROM client_card_photos WHERE client_id = ?", (client_id,)
        )
        return bool(cursor.rowcount)
