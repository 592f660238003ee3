"""Moving one client's rows onto another (a merge), and the record of merges.

Runs inside the caller's transaction. The merge is registered first: the consent triggers of
migration 9 let a consent row change client only from a registered absorbed record to its
survivor. The absorbed client row goes last; with foreign keys on, that delete fails if any
row still points at it, so a table this module does not know about stops the merge instead of
being left behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salonvault.storage.client_tables import (
    CLIENT_COMBINED_TABLES,
    CLIENT_INDEX_TABLES,
    CLIENT_RECORD_TABLES,
)
from salonvault.storage.clients_repo import retire_client_id
from salonvault.storage.database import Database
from salonvault.storage.timestamps import to_db


@dataclass(frozen=True, slots=True)
class ClientRowCounts:
    """How many rows one client has in each table of CLIENT_RECORD_TABLES."""

    visits: int
    photos: int
    consent_forms: int
    consents: int
    health_items: int
    patch_tests: int
    pinned_notes: int
    service_records: int
    attachments: int = 0
    forms: int = 0

    def as_detail(self) -> str:
        return (
            f"visits={self.visits} photos={self.photos} consents={self.consents}"
            f" consent_forms={self.consent_forms} health={self.health_items}"
            f" patch_tests={self.patch_tests} pinned_notes={self.pinned_notes}"
            f" records={self.service_records}"
            f" attachments={self.attachments} forms={self.forms}"
        )


def _counts(by_table: dict[str, int]) -> ClientRowCounts:
    return ClientRowCounts(
        visits=by_table["visits"],
        photos=by_table["photos"],
        consent_forms=by_table["consent_forms"],
        consents=by_table["consent_records"],
        health_items=by_table["health_items"],
        patch_tests=by_table["patch_tests"],
        pinned_notes=by_table["client_pinned_notes"],
        service_records=by_table["service_records"],
        attachments=by_table["attachments"],
        forms=by_table["filled_forms"],
    )


class MergeRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def counts(self, client_id: int) -> ClientRowCounts:
        return _counts(
            {
                table: int(
                    self._db.scalar(
                        f"SELECT count(*) FROM {table} WHERE client_id = ?", (client_id,)
                    )
                )
                for table in CLIENT_RECORD_TABLES
            }
        )

    def register(self, absorbed_id: int, survivor_id: int, now: datetime) -> None:
        """Record the merge, bounded by the newest activity-log entry so far: entries logged
        about the absorbed id up to here are the survivor's history (decision 0015)."""
        self._db.execute(
            "INSERT INTO client_merges (absorbed_id, survivor_id, upto_seq, merged_at)"
            " VALUES (?, ?, (SELECT coalesce(max(seq), 0) FROM audit_log), ?)",
            (absorbed_id, survivor_id, to_db(now)),
        )
        retire_client_id(self._db, absorbed_id)

    def move_rows(self, absorbed_id: int, survivor_id: int) -> ClientRowCounts:
        """Every record row of the absorbed client now belongs to the survivor (ids kept), and
        so does its card photo if the survivor has none (the photos have moved first)."""
        moved = {
            table: int(
                self._db.execute(
                    f"UPDATE {table} SET client_id = ? WHERE client_id = ?",
                    (survivor_id, absorbed_id),
                ).rowcount
            )
            for table in CLIENT_RECORD_TABLES
        }
        self._db.execute(
            "UPDATE client_card_photos SET client_id = ? WHERE client_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM client_card_photos s WHERE s.client_id = ?)",
            (survivor_id, absorbed_id, survivor_id),
        )
        return _counts(moved)

    def settle_survivor(self, survivor_id: int, absorbed_id: int) -> None:
        """The merged record's facts that come from both: the earlier registration, the latest
        visit, and archived only if both were."""
        self._db.execute(
            "UPDATE clients SET"
            " created_at = min(created_at, (SELECT a.created_at FROM clients a WHERE a.id = ?)),"
            " archived = archived AND (SELECT a.archived FROM clients a WHERE a.id = ?),"
            " last_visit_on = (SELECT max(v.visited_on) FROM visits v WHERE v.client_id = ?)"
            " WHERE id = ?",
            (absorbed_id, absorbed_id, survivor_id, survivor_id),
        )

    def remove_absorbed(self, absorbed_id: int) -> None:
        """The absorbed client's combined rows (the survivor holds what it kept of them), search
        rows and record (secure_delete overwrites them)."""
        for table in CLIENT_COMBINED_TABLES + CLIENT_INDEX_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE client_id = ?", (absorbed_id,))
        self._db.execute("DELETE FROM clients WHERE id = ?", (absorbed_id,))


def merged_into(database: Database, client_id: int) -> list[tuple[int, int]]:
    """The records merged into this client, directly or through earlier merges, each with the
    last activity-log sequence number that can be about it (entries after that are not)."""
    rows = database.query(
        "WITH RECURSIVE lineage (id, upto) AS ("
        " SELECT absorbed_id, upto_seq FROM client_merges WHERE survivor_id = ?"
        " UNION"
        " SELECT m.absorbed_id, min(m.upto_seq, l.upto)"
        " FROM client_merges m JOIN lineage l ON m.survivor_id = l.id)"
        " SELECT id, max(upto) FROM lineage GROUP BY id ORDER BY id",
        (client_id,),
    )
    return [(int(row[0]), int(row[1])) for row in rows]
