"""Removing one client's rows from every table that holds them (erasure and retention).

Runs inside the caller's transaction. The vault has `secure_delete` on, so SQLite overwrites
the freed bytes; the caller checkpoints afterwards so no older page copy stays in the WAL.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.storage.attachments_repo import AttachmentsRepository
from salonvault.storage.clients_repo import retire_client_id
from salonvault.storage.database import Database


@dataclass(frozen=True, slots=True)
class ErasedRows:
    visits: int
    photos: int
    consents: int
    health_items: int
    patch_tests: int
    pinned_notes: int
    service_records: int = 0
    attachments: int = 0
    versions: int = 0  # earlier versions of changed records (decision 0031)
    forms: int = 0


class ErasureRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def erase_client(self, client_id: int, keep_visit_counts: bool) -> ErasedRows:
        db = self._db
        by_client = (client_id,)
        if keep_visit_counts:
            db.execute(
                "INSERT INTO anonymous_visit_counts (month, service_id, visits)"
                " SELECT substr(visited_on, 1, 7), service_id, count(*) FROM visits"
                " WHERE client_id = ? AND corrects_visit_id IS NULL"
                " GROUP BY substr(visited_on, 1, 7), service_id"
                " ON CONFLICT (month, service_id) DO UPDATE SET visits = visits + excluded.visits",
                by_client,
            )
        db.execute("DELETE FROM client_card_photos WHERE client_id = ?", by_client)
        db.execute("DELETE FROM recall_marks WHERE client_id = ?", by_client)
        # Service records before the visits they may name; earlier versions with them.
        db.execute("DELETE FROM service_record_revisions WHERE client_id = ?", by_client)
        service_records = self._count("service_records", client_id)
        db.execute("DELETE FROM service_records WHERE client_id = ?", by_client)
        # Signed forms: their red flags first (they name the health items deleted below).
        db.execute("DELETE FROM form_red_flags WHERE client_id = ?", by_client)
        forms = self._count("filled_forms", client_id)
        db.execute("DELETE FROM filled_forms WHERE client_id = ?", by_client)
        photos = self._count("photos", client_id)
        db.execute("DELETE FROM photos WHERE client_id = ?", by_client)
        # Before the consent records: a paper consent's scan names the record it proves.
        attachments = AttachmentsRepository(db).delete_for_clients([client_id])
        consents = self._count("consent_records", client_id)
        db.execute(
            "DELETE FROM consent_withdrawals WHERE record_id IN"
            " (SELECT id FROM consent_records WHERE client_id = ?)",
            by_client,
        )
        db.execute("DELETE FROM consent_records WHERE client_id = ?", by_client)
        db.execute("DELETE FROM consent_forms WHERE client_id = ?", by_client)
        visits = self._count("visits", client_id)
        db.execute("DELETE FROM visits WHERE client_id = ?", by_client)
        patch_tests = self._count("patch_tests", client_id)
        db.execute("DELETE FROM patch_tests WHERE client_id = ?", by_client)
        health_items = self._count("health_items", client_id)
        db.execute("DELETE FROM health_items WHERE client_id = ?", by_client)
        versions = self._count("record_versions", client_id)
        db.execute("DELETE FROM record_versions WHERE client_id = ?", by_client)
        pinned_notes = self._count("client_pinned_notes", client_id)
        db.execute("DELETE FROM client_pinned_notes WHERE client_id = ?", by_client)
        db.execute("DELETE FROM client_phones WHERE client_id = ?", by_client)
        db.execute("DELETE FROM client_name_tokens WHERE client_id = ?", by_client)
        db.execute("DELETE FROM client_contact_tokens WHERE client_id = ?", by_client)
        db.execute("DELETE FROM clients WHERE id = ?", by_client)
        retire_client_id(db, client_id)
        return ErasedRows(
            visits,
            photos,
            consents,
            health_items,
            patch_tests,
            pinned_notes,
            service_records,
            attachments,
            versions,
            forms,
        )

    def _count(self, table: str, client_id: int) -> int:
        return int(
            self._db.scalar(f"SELECT count(*) FROM {table} WHERE client_id = ?", (client_id,))
        )

    def visit_counts(self) -> dict[tuple[str, int], int]:
        rows = self._db.query("SELECT month, service_id, visits FROM anonymous_visit_counts")
        return {(row[0], int(row[1])): int(row[2]) for row in rows}
