"""Rows of attachments and their pages (migration 14).

Lists read the metadata and the first page's thumbnail; pages are read one attachment at a
time. Deleting runs inside the caller's transaction (secure_delete overwrites the pages).
"""

from __future__ import annotations

from datetime import date, datetime

from salonvault.domain.attachments import (
    HEALTH_KINDS,
    AttachmentInfo,
    AttachmentKind,
    AttachmentPage,
    SourceFormat,
)
from salonvault.storage.database import Database, Row
from salonvault.storage.timestamps import from_db, to_db

_INFO_COLUMNS = (
    "id, client_id, kind, dated_on, note, consent_record_id, source_format, page_count,"
    " stored_bytes, added_by, added_at"
)
_ORDER = " ORDER BY dated_on DESC, id DESC"
HEALTH_KIND_VALUES = tuple(sorted(kind.value for kind in HEALTH_KINDS))
# For SQL: the health kinds, as a literal list (values from the enum, never from input).
HEALTH_KINDS_SQL = "(" + ", ".join(f"'{value}'" for value in HEALTH_KIND_VALUES) + ")"


def _info(row: Row) -> AttachmentInfo:
    return AttachmentInfo(
        id=int(row[0]),
        client_id=int(row[1]),
        kind=AttachmentKind(row[2]),
        dated_on=date.fromisoformat(row[3]),
        note=row[4],
        consent_record_id=None if row[5] is None else int(row[5]),
        source_format=SourceFormat(row[6]),
        page_count=int(row[7]),
        stored_bytes=int(row[8]),
        added_by=int(row[9]),
        added_at=from_db(row[10]),
    )


class AttachmentsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def insert(
        self,
        info: AttachmentInfo,
        pages: tuple[AttachmentPage, ...],
        thumbnail: bytes,
    ) -> int:
        """The attachment (its `id` is ignored) and every page, in the caller's transaction."""
        cursor = self._db.execute(
            f"INSERT INTO attachments ({_INFO_COLUMNS.removeprefix('id, ')}, thumbnail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.client_id,
                info.kind.value,
                info.dated_on.isoformat(),
                info.note,
                info.consent_record_id,
                info.source_format.value,
                info.page_count,
                info.stored_bytes,
                info.added_by,
                to_db(info.added_at),
                thumbnail,
            ),
        )
        attachment_id = int(cursor.lastrowid)
        for page in pages:
            self._db.execute(
                "INSERT INTO attachment_pages (attachment_id, page_no, width, height, sha256,"
                " jpeg) VALUES (?, ?, ?, ?, ?, ?)",
                (attachment_id, page.number, page.width, page.height, page.sha256, page.jpeg),
            )
        return attachment_id

    def info(self, attachment_id: int) -> AttachmentInfo | None:
        row = self._db.query_one(
            f"SELECT {_INFO_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
        )
        return _info(row) if row else None

    def list_for_client(self, client_id: int) -> list[AttachmentInfo]:
        rows = self._db.query(
            f"SELECT {_INFO_COLUMNS} FROM attachments WHERE client_id = ?{_ORDER}", (client_id,)
        )
        return [_info(row) for row in rows]

    def thumbnails(self, client_id: int) -> list[tuple[AttachmentInfo, bytes]]:
        rows = self._db.query(
            f"SELECT {_INFO_COLUMNS}, thumbnail FROM attachments WHERE client_id = ?{_ORDER}",
            (client_id,),
        )
        return [(_info(row), bytes(row[11])) for row in rows]

    def pages(self, attachment_id: int) -> tuple[AttachmentPage, ...]:
        rows = self._db.query(
            "SELECT page_no, width, height, jpeg, sha256 FROM attachment_pages"
            " WHERE attachment_id = ? ORDER BY page_no",
            (attachment_id,),
        )
        return tuple(
            AttachmentPage(int(r[0]), int(r[1]), int(r[2]), bytes(r[3]), str(r[4])) for r in rows
        )

    def page_hashes(self, attachment_id: int) -> list[tuple[int, int, int, str]]:
        """(page, width, height, SHA-256) per page, without reading the pictures."""
        rows = self._db.query(
            "SELECT page_no, width, height, sha256 FROM attachment_pages"
            " WHERE attachment_id = ? ORDER BY page_no",
            (attachment_id,),
        )
        return [(int(r[0]), int(r[1]), int(r[2]), str(r[3])) for r in rows]

    def all_listed(self) -> dict[int, list[tuple[AttachmentInfo, list[str]]]]:
        """Every attachment by client, each with its pages' SHA-256 (no pictures read)."""
        hashes: dict[int, list[str]] = {}
        for attachment_id, digest in self._db.query(
            "SELECT attachment_id, sha256 FROM attachment_pages ORDER BY attachment_id, page_no"
        ):
            hashes.setdefault(int(attachment_id), []).append(str(digest))
        found: dict[int, list[tuple[AttachmentInfo, list[str]]]] = {}
        rows = self._db.query(f"SELECT {_INFO_COLUMNS} FROM attachments ORDER BY client_id, id")
        for row in rows:
            info = _info(row)
            found.setdefault(info.client_id, []).append((info, hashes.get(info.id, [])))
        return found

    def linked_to_consent(self, consent_record_ids: list[int]) -> dict[int, list[int]]:
        """The paper scans proving each of these consent records."""
        if not consent_record_ids:
            return {}
        marks = ",".join("?" * len(consent_record_ids))
        rows = self._db.query(
            f"SELECT consent_record_id, id FROM attachments WHERE consent_record_id IN ({marks})"
            " ORDER BY id",
            consent_record_ids,
        )
        found: dict[int, list[int]] = {}
        for record_id, attachment_id in rows:
            found.setdefault(int(record_id), []).append(int(attachment_id))
        return found

    def delete(self, attachment_id: int) -> None:
        self._db.execute("DELETE FROM attachment_pages WHERE attachment_id = ?", (attachment_id,))
        self._db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))

    def delete_for_clients(self, client_ids: list[int], health_only: bool = False) -> int:
        """Every attachment of these clients (or only the health kinds); how many went."""
        if not client_ids:
            return 0
        marks = ",".join("?" * len(client_ids))
        where = f"client_id IN ({marks})" + (
            f" AND kind IN {HEALTH_KINDS_SQL}" if health_only else ""
        )
        self._db.execute(
            "DELETE FROM attachment_pages WHERE attachment_id IN"
            f" (SELECT id FROM attachments WHERE {where})",
            client_ids,
        )
        return int(self._db.execute(f"DELETE FROM attachments WHERE {where}", client_ids).rowcount)

    def health_count(self, client_id: int) -> int:
        """How many health-kind attachments the client has (a withdrawal's confirmation)."""
        return int(
            self._db.scalar(
                "SELECT count(*) FROM attachments"
                f" WHERE client_id = ? AND kind IN {HEALTH_KINDS_SQL}",
                (client_id,),
            )
        )

    def count_for_client(self, client_id: int) -> int:
        return int(
            self._db.scalar("SELECT count(*) FROM attachments WHERE client_id = ?", (client_id,))
        )


def attachment_info(
    client_id: int,
    kind: AttachmentKind,
    dated_on: date,
    note: str,
    consent_record_id: int | None,
    source_format: SourceFormat,
    pages: tuple[AttachmentPage, ...],
    added_by: int,
    added_at: datetime,
) -> AttachmentInfo:
    """The metadata of a new attachment (id 0 until inserted)."""
    return AttachmentInfo(
        id=0,
        client_id=client_id,
        kind=kind,
        dated_on=dated_on,
        note=note,
        consent_record_id=consent_record_id,
        source_format=source_format,
        page_count=len(pages),
        stored_bytes=sum(len(page.jpeg) for page in pages),
        added_by=added_by,
        added_at=added_at,
    )
