"""Schema migrations 13 and on (the second round: service records, forms, attachments …).

Kept apart from migrations.py so that file stays readable; `migrations.MIGRATIONS` joins both.
Same rules: never edit a released migration, add the next number, numbers without gaps.
"""

from __future__ import annotations

ROUND_TWO: dict[int, str] = {
    # Service records (issue 22, decision 0029). A template version is never changed or deleted,
    # like a consent text: records point at the exact version they were written with. A record
    # edited within its 24 hours keeps each earlier version in service_record_revisions; a
    # locked record is corrected by a new one that points back (corrects_record_id).
    13: """
    CREATE TABLE record_templates (
        id           INTEGER PRIMARY KEY,
        template_key TEXT NOT NULL,
        version      INTEGER NOT NULL CHECK (version >= 1),
        family       TEXT,  -- the built-in it is, or was copied from; NULL: the owner's own
        definition   TEXT NOT NULL,  -- canonical JSON (domain/record_codec.py)
        sha256       TEXT NOT NULL,  -- of the definition
        created_by   INTEGER REFERENCES staff (id),  -- NULL: shipped with the program
        created_at   TEXT NOT NULL,
        UNIQUE (template_key, version)
    );
    CREATE TRIGGER record_templates_no_update BEFORE UPDATE ON record_templates
    BEGIN SELECT RAISE(ABORT, 'record templates are never changed; add a new version'); END;
    CREATE TRIGGER record_templates_no_delete BEFORE DELETE ON record_templates
    BEGIN SELECT RAISE(ABORT, 'record templates are kept forever'); END;

    -- Switched off (a row with active = 0) and the services a visit template is offered for.
    CREATE TABLE record_template_state (
        template_key TEXT PRIMARY KEY,
        active       INTEGER NOT NULL CHECK (active IN (0, 1))
    ) WITHOUT ROWID;
    CREATE TABLE record_template_services (
        template_key TEXT NOT NULL,
        service_id   INTEGER NOT NULL REFERENCES services (id),
        PRIMARY KEY (template_key, service_id)
    ) WITHOUT ROWID;

    CREATE TABLE service_records (
        id                 INTEGER PRIMARY KEY,
        client_id          INTEGER NOT NULL REFERENCES clients (id),
        template_id        INTEGER NOT NULL REFERENCES record_templates (id),
        visit_id           INTEGER REFERENCES visits (id),
        recorded_on        TEXT NOT NULL,
        record_values      TEXT NOT NULL,  -- JSON, numbers as decimal text
        corrects_record_id INTEGER REFERENCES service_records (id),
        created_by         INTEGER NOT NULL REFERENCES staff (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
    );
    CREATE INDEX service_records_client ON service_records (client_id, recorded_on DESC, id DESC);
    CREATE INDEX service_records_visit ON service_records (visit_id) WHERE visit_id IS NOT NULL;
    CREATE INDEX service_records_corrected ON service_records (corrects_record_id)
        WHERE corrects_record_id IS NOT NULL;

    CREATE TABLE service_record_revisions (
        record_id     INTEGER NOT NULL REFERENCES service_records (id),
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        client_id     INTEGER NOT NULL REFERENCES clients (id),
        template_id   INTEGER NOT NULL REFERENCES record_templates (id),
        recorded_on   TEXT NOT NULL,
        record_values TEXT NOT NULL,
        replaced_by   INTEGER NOT NULL REFERENCES staff (id),
        replaced_at   TEXT NOT NULL,
        PRIMARY KEY (record_id, revision)
    ) WITHOUT ROWID;
    CREATE INDEX service_record_revisions_client ON service_record_revisions (client_id);
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
    # Recall and due lists (issue 22 item 4, decision 0039): each mark staff leave on a line
    # (a client, what is due and the date it came from); the newest mark of a line counts and
    # the earlier ones stay.
    16: """
    CREATE TABLE recall_marks (
        id         INTEGER PRIMARY KEY,
        client_id  INTEGER NOT NULL REFERENCES clients (id),
        kind       TEXT NOT NULL CHECK (kind IN ('eye_test', 'lens_aftercare', 'patch_test',
                       'lapsed', 'birthday')),
        about_on   TEXT NOT NULL,  -- the date the line came from (RecallKey.about_on)
        mark       TEXT NOT NULL CHECK (mark IN ('called', 'booked', 'not_now')),
        hide_until TEXT,
        marked_by  INTEGER NOT NULL REFERENCES staff (id),
        marked_at  TEXT NOT NULL,
        CHECK ((mark = 'not_now') = (hide_until IS NOT NULL))
    );
    CREATE INDEX recall_marks_line ON recall_marks (client_id, kind, about_on, id);
    -- The birthday list reads only the clients with a birth date (most salons collect none).
    CREATE INDEX clients_birth_dates ON clients (birth_date, archived)
        WHERE birth_date IS NOT NULL;
    """,
    # Consultation forms (issue 23 item 1, decision 0038).
    17: """
    -- A form version is never changed or deleted, like a consent text: a signed form points at
    -- the exact version, and keeps the hash of the text shown in the client's language.
    CREATE TABLE form_versions (
        id          INTEGER PRIMARY KEY,
        form_key    TEXT NOT NULL,
        version     INTEGER NOT NULL CHECK (version >= 1),
        built_in    INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        definition  TEXT NOT NULL,  -- canonical JSON (domain/forms.py)
        sha256      TEXT NOT NULL,  -- of the definition
        created_by  INTEGER REFERENCES staff (id),  -- NULL: shipped with the program
        created_at  TEXT NOT NULL,
        UNIQUE (form_key, version)
    );
    CREATE TRIGGER form_versions_no_update BEFORE UPDATE ON form_versions
    BEGIN SELECT RAISE(ABORT, 'form versions are never changed; add a new version'); END;
    CREATE TRIGGER form_versions_no_delete BEFORE DELETE ON form_versions
    BEGIN SELECT RAISE(ABORT, 'form versions are kept forever'); END;

    -- Which services a form guards (asked before them; a blocking red flag stops them).
    CREATE TABLE form_services (
        form_key   TEXT NOT NULL,
        service_id INTEGER NOT NULL REFERENCES services (id),
        PRIMARY KEY (form_key, service_id)
    ) WITHOUT ROWID;

    CREATE TABLE filled_forms (
        id           INTEGER PRIMARY KEY,
        client_id    INTEGER NOT NULL REFERENCES clients (id),
        version_id   INTEGER NOT NULL REFERENCES form_versions (id),
        language     TEXT NOT NULL CHECK (language IN ('en', 'vi', 'pl', 'zh_CN')),
        shown_sha256 TEXT NOT NULL,  -- of the exact text shown (domain/forms.shown_text)
        answers      TEXT NOT NULL,  -- JSON: question key -> answer text
        signature    BLOB NOT NULL,  -- PNG from the pad, re-encoded from its pixels
        witness_id   INTEGER NOT NULL REFERENCES staff (id),
        signed_at    TEXT NOT NULL,
        signed_on    TEXT NOT NULL  -- the salon's calendar day
    );
    CREATE INDEX filled_forms_client ON filled_forms (client_id, version_id);

    -- Each red-flag answer of a signed form: the health alert it made, and its review.
    CREATE TABLE form_red_flags (
        id             INTEGER PRIMARY KEY,
        filled_form_id INTEGER NOT NULL REFERENCES filled_forms (id),
        client_id      INTEGER NOT NULL REFERENCES clients (id),
        question_key   TEXT NOT NULL,
        answer         TEXT NOT NULL,
        blocks         INTEGER NOT NULL CHECK (blocks IN (0, 1)),
        health_item_id INTEGER REFERENCES health_items (id),
        reviewed_by    INTEGER REFERENCES staff (id),
        reviewed_at    TEXT,
        review_note    TEXT NOT NULL DEFAULT '',
        CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL))
    );
    CREATE INDEX form_red_flags_client ON form_red_flags (client_id);
    CREATE INDEX form_red_flags_form ON form_red_flags (filled_form_id);
    CREATE INDEX form_red_flags_health ON form_red_flags (health_item_id)
        WHERE health_item_id IS NOT NULL;
    """,
    # Contraindications a service declares (issue 22 item 3, decision 0037): a JSON list of
    # terms, each a built-in's key ("ppd", "pregnancy") or the owner's own words. A visit of the
    # service for a client whose health items match warns and needs an acknowledgement.
    # Planned as 17; 18 after recalls (16) and consultation forms (17) came first.
    18: """
    ALTER TABLE services ADD COLUMN contraindications TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(contraindications) AND json_type(contraindications) = 'array');
    """,
    # The staff privacy briefing (issue 21 item 3, decision 0040). A version is the four
    # languages' texts together; like a consent text it is never changed or deleted, and an
    # acknowledgement keeps the SHA-256 of the exact text the person read. Acknowledgements and
    # training sessions are the salon's evidence: kept, never edited.
    19: """
    CREATE TABLE briefing_texts (
        id         INTEGER PRIMARY KEY,
        version    INTEGER NOT NULL CHECK (version >= 1),
        language   TEXT NOT NULL CHECK (language IN ('en', 'vi', 'pl', 'zh_CN')),
        text       TEXT NOT NULL,
        sha256     TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (version, language)
    );
    CREATE TRIGGER briefing_texts_no_update BEFORE UPDATE ON briefing_texts
    BEGIN SELECT RAISE(ABORT, 'briefing texts are never changed; add a new version'); END;
    CREATE TRIGGER briefing_texts_no_delete BEFORE DELETE ON briefing_texts
    BEGIN SELECT RAISE(ABORT, 'briefing texts are kept forever'); END;

    CREATE TABLE briefing_acknowledgements (
        id              INTEGER PRIMARY KEY,
        staff_id        INTEGER NOT NULL REFERENCES staff (id),
        text_id         INTEGER NOT NULL REFERENCES briefing_texts (id),
        sha256          TEXT NOT NULL,  -- of the text shown, checked against text_id's
        acknowledged_at TEXT NOT NULL
    );
    CREATE INDEX briefing_acknowledgements_staff
        ON briefing_acknowledgements (staff_id, acknowledged_at);
    CREATE TRIGGER briefing_acknowledgements_no_update BEFORE UPDATE ON briefing_acknowledgements
    BEGIN SELECT RAISE(ABORT, 'acknowledgements are never changed'); END;
    CREATE TRIGGER briefing_acknowledgements_no_delete BEFORE DELETE ON briefing_acknowledgements
    BEGIN SELECT RAISE(ABORT, 'acknowledgements are kept'); END;

    -- Other training the owner records: when, what about, who attended.
    CREATE TABLE training_sessions (
        id          INTEGER PRIMARY KEY,
        held_on     TEXT NOT NULL,  -- the salon's calendar day, ISO 8601
        topic       TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
        recorded_by INTEGER NOT NULL REFERENCES staff (id),
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE training_attendees (
        session_id INTEGER NOT NULL REFERENCES training_sessions (id),
        staff_id   INTEGER NOT NULL REFERENCES staff (id),
        PRIMARY KEY (session_id, staff_id)
    ) WITHOUT ROWID;
    CREATE TRIGGER training_sessions_no_update BEFORE UPDATE ON training_sessions
    BEGIN SELECT RAISE(ABORT, 'training sessions are never changed'); END;
    CREATE TRIGGER training_sessions_no_delete BEFORE DELETE ON training_sessions
    BEGIN SELECT RAISE(ABORT, 'training sessions are kept'); END;
    """,
    # The client list at 300,000 clients (issue 24): the scroll bar's count kept up to date by
    # triggers (a count(*) read 1,200 index pages, 60 ms when they were not cached), and the
    # current health alerts as a small index of their own for the "has alerts" filter (it
    # scanned every row of health_items). A row of client_counts is the clients with
    # `archived = 1` (archived 1) or without (0), as the list counts them.
    20: """
    CREATE TABLE client_counts (
        archived INTEGER PRIMARY KEY CHECK (archived IN (0, 1)),
        clients  INTEGER NOT NULL CHECK (clients >= 0)
    );
    INSERT INTO client_counts (archived, clients)
        SELECT 0, count(*) FROM clients WHERE archived IS NOT 1
        UNION ALL SELECT 1, count(*) FROM clients WHERE archived = 1;
    CREATE TRIGGER client_counts_insert AFTER INSERT ON clients
    BEGIN UPDATE client_counts SET clients = clients + 1 WHERE archived = (NEW.archived IS 1); END;
    CREATE TRIGGER client_counts_delete AFTER DELETE ON clients
    BEGIN UPDATE client_counts SET clients = clients - 1 WHERE archived = (OLD.archived IS 1); END;
    CREATE TRIGGER client_counts_archive AFTER UPDATE OF archived ON clients
    WHEN (NEW.archived IS 1) IS NOT (OLD.archived IS 1)
    BEGIN
        UPDATE client_counts SET clients = clients - 1 WHERE archived = (OLD.archived IS 1);
        UPDATE client_counts SET clients = clients + 1 WHERE archived = (NEW.archived IS 1);
    END;

    CREATE INDEX health_items_current ON health_items (client_id) WHERE removed_at IS NULL;
    """,
    # The "has alerts" filter at 300,000 clients (issue 24): each client's number of current
    # health items, kept by triggers of health_items (added, removed, moved by a merge, erased),
    # and a partial index of the clients who have any, in the list's order (with the search
    # text, so sorting them by name or matching a tag reads no row). The filter walks
    # those few index entries instead of every client's (x14-17 from 10,000 to 100,000
    # clients, at the edge of the growth rule; it now grows with the clients who have alerts).
    21: """
    ALTER TABLE clients ADD COLUMN current_alerts INTEGER NOT NULL DEFAULT 0
        CHECK (current_alerts >= 0);
    UPDATE clients SET current_alerts = (
        SELECT count(*) FROM health_items h WHERE h.client_id = clients.id AND h.removed_at IS NULL
    ) WHERE id IN (SELECT client_id FROM health_items WHERE removed_at IS NULL);
    CREATE TRIGGER client_alerts_insert AFTER INSERT ON health_items
    WHEN NEW.removed_at IS NULL
    BEGIN UPDATE clients SET current_alerts = current_alerts + 1 WHERE id = NEW.client_id; END;
    CREATE TRIGGER client_alerts_delete AFTER DELETE ON health_items
    WHEN OLD.removed_at IS NULL
    BEGIN UPDATE clients SET current_alerts = current_alerts - 1 WHERE id = OLD.client_id; END;
    CREATE TRIGGER client_alerts_update AFTER UPDATE OF removed_at, client_id ON health_items
    WHEN OLD.removed_at IS NULL OR NEW.removed_at IS NULL
    BEGIN
        UPDATE clients SET current_alerts = current_alerts - 1
        WHERE OLD.removed_at IS NULL AND id = OLD.client_id;
        UPDATE clients SET current_alerts = current_alerts + 1
        WHERE NEW.removed_at IS NULL AND id = NEW.client_id;
    END;
    CREATE INDEX clients_with_alerts ON clients (archived, last_visit_on, id, search_text)
        WHERE current_alerts > 0;
    """,
}
