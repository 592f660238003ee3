"""Schema migrations 13 and on (the second round: service records, forms, attachments …).

Kept apart from migrations.py so that file stays readable; `migrations.MIGRATIONS` joins both.
Same rules: never edit a released migration, add the next number, numbers without gaps.
"""

from __future__ import annotations

ROUND_TWO: dict[int, str] = {
    # 13 and 14 belong to other branches (service records, attachments) merged beside this one;
    # until they are, these stand in so the numbers run without a gap. The merge keeps theirs.
    13: "SELECT 13;",
    14: "SELECT 14;",
    15: """
    -- History that is never overwritten (issue 21, decision 0031): before a visit, a health
    -- item, a patch test or a client's consent-relevant fields change, the record as it was is
    -- kept here, with who changed it, in which role, and when. One table for every kind, so
    -- erasure, merging, the data report and a health-consent withdrawal each have one place
    -- to look. Rows are never changed, except that a merge moves them to the surviving client;
    -- they are deleted only with the client (erasure) or with the health data (withdrawal).
    CREATE TABLE record_versions (
        id              INTEGER PRIMARY KEY,
        client_id       INTEGER NOT NULL REFERENCES clients (id),
        kind            TEXT NOT NULL
                        CHECK (kind IN ('visit', 'health_item', 'patch_test', 'client')),
        record_id       INTEGER NOT NULL,  -- visits.id, health_items.id, patch_tests.id, clients.id
        number          INTEGER NOT NULL CHECK (number >= 1),
        content         TEXT NOT NULL,     -- the record's fields before the change (JSON)
        change          TEXT NOT NULL CHECK (change IN ('edit', 'remove')),
        changed_by      INTEGER NOT NULL REFERENCES staff (id),
        changed_by_role TEXT NOT NULL CHECK (changed_by_role IN
                                             ('owner', 'receptionist', 'technician')),
        changed_at      TEXT NOT NULL,
        UNIQUE (kind, record_id, number)
    );
    CREATE INDEX record_versions_client ON record_versions (client_id, kind, record_id);
    CREATE TRIGGER record_versions_kept BEFORE UPDATE OF
        kind, record_id, number, content, change, changed_by, changed_by_role, changed_at
        ON record_versions
    BEGIN SELECT RAISE(ABORT, 'earlier versions are never changed'); END;
    """,
}
