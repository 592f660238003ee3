"""Schema migrations 13 and on (the second round: service records, forms, attachments …).

Kept apart from migrations.py so that file stays readable; `migrations.MIGRATIONS` joins both.
Same rules: never edit a released migration, add the next number, numbers without gaps.
"""

from __future__ import annotations

ROUND_TWO: dict[int, str] = {
    # Reserved for the service records branch (issue 22), which brings its own 13: at merge its
    # migration replaces this placeholder (kept here only so that numbers have no gap).
    13: """
    SELECT 1;
    """,
    14: """
    -- Attachments (issue 23 item 2, decision 0030): scanned or photographed paper, kept as
    -- metadata-free JPEG pages rebuilt from pixels. A paper consent names the consent record
    -- it proves; the other kinds name none.
    CREATE TABLE attachments (
        id                INTEGER PRIMARY KEY,
        client_id         INTEGER NOT NULL REFERENCES clients (id),
        kind              TEXT NOT NULL CHECK (kind IN ('paper_consent', 'referral_letter',
                              'outside_prescription', 'other')),
        dated_on          TEXT NOT NULL,
        note              TEXT NOT NULL DEFAULT '',
        consent_record_id INTEGER REFERENCES consent_records (id),
        source_format     TEXT NOT NULL CHECK (source_format IN ('pdf', 'jpeg', 'png')),
        page_count        INTEGER NOT NULL CHECK (page_count BETWEEN 1 AND 100),
        stored_bytes      INTEGER NOT NULL CHECK (stored_bytes > 0),
        added_by          INTEGER NOT NULL REFERENCES staff (id),
        added_at          TEXT NOT NULL,
        thumbnail         BLOB NOT NULL,  -- first page, small, so a list never reads the pages
        CHECK ((kind = 'paper_consent') = (consent_record_id IS NOT NULL))
    );
    CREATE INDEX attachments_client ON attachments (client_id, dated_on);
    CREATE INDEX attachments_consent ON attachments (consent_record_id);

    CREATE TABLE attachment_pages (
        attachment_id INTEGER NOT NULL REFERENCES attachments (id),
        page_no       INTEGER NOT NULL CHECK (page_no >= 1),
        width         INTEGER NOT NULL CHECK (width > 0),
        height        INTEGER NOT NULL CHECK (height > 0),
        sha256        TEXT NOT NULL,  -- of the JPEG below, for exports that list, not carry
        jpeg          BLOB NOT NULL,
        PRIMARY KEY (attachment_id, page_no)
    ) WITHOUT ROWID;
    """,
}
