"""Numbered schema migrations. Each runs once, inside the opening transaction, in order.

Never edit a released migration; add the next number. A vault whose version is higher than the
last one here was written by a newer program and is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import sqlcipher3

from salonvault.domain.errors import VaultTooNew
from salonvault.storage.migrations_round_two import ROUND_TWO


class SchemaConnection(Protocol):
    """What a migration needs of the open vault (`Database` is one); named here so the
    database module can import the migrations without the migrations importing it back."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any: ...


MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );

    CREATE TABLE staff (
        id                  INTEGER PRIMARY KEY,
        name                TEXT NOT NULL,
        name_key            TEXT NOT NULL UNIQUE,  -- casefolded, for sign-in by name
        role                TEXT NOT NULL CHECK (role IN ('owner', 'receptionist', 'technician')),
        active              INTEGER NOT NULL DEFAULT 1,
        disabled_by_lockout INTEGER NOT NULL DEFAULT 0,
        pin_hash            TEXT NOT NULL,
        failed_attempts     INTEGER NOT NULL DEFAULT 0,
        last_failed_at      TEXT,
        created_at          TEXT NOT NULL,
        last_login_at       TEXT
    );

    CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        staff_id    INTEGER,
        role        TEXT,
        workstation TEXT NOT NULL,
        action      TEXT NOT NULL,
        object_type TEXT,
        object_id   TEXT,
        outcome     TEXT NOT NULL,
        detail      TEXT NOT NULL,
        mac         BLOB NOT NULL
    );
    CREATE INDEX audit_log_staff ON audit_log (staff_id, seq);
    CREATE INDEX audit_log_object ON audit_log (object_type, object_id, seq);

    -- The log is append-only for the program; the HMAC chain catches anyone who bypasses this.
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    """,
    2: """
    CREATE TABLE clients (
        id            INTEGER PRIMARY KEY,
        family_name   TEXT NOT NULL,
        given_name    TEXT NOT NULL,
        phone         TEXT NOT NULL DEFAULT '',   -- as entered
        phone_e164    TEXT NOT NULL DEFAULT '',
        phone_search  TEXT NOT NULL DEFAULT '',   -- digit forms: international and national
        email         TEXT NOT NULL DEFAULT '',
        birth_date    TEXT,
        address       TEXT NOT NULL DEFAULT '',
        language      TEXT NOT NULL DEFAULT '',
        is_minor      INTEGER NOT NULL DEFAULT 0,
        guardian      TEXT NOT NULL DEFAULT '',
        preferences   TEXT NOT NULL DEFAULT '{}', -- hair, skin, lash preferences (JSON)
        tags          TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        photo_consent INTEGER NOT NULL DEFAULT 0, -- interim; the consent service will own it
        archived      INTEGER NOT NULL DEFAULT 0,
        search_text   TEXT NOT NULL,              -- folded tokens, space-separated and padded
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        last_visit_on TEXT
    );
    CREATE INDEX clients_phone_e164 ON clients (phone_e164);

    -- Search index: every typed word is a range scan on the primary key (see search_index.py).
    -- kind 0: a word's start (prefix matches); 1: inside a word (partial matches).
    CREATE TABLE client_name_tokens (
        token     TEXT NOT NULL,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        kind      INTEGER NOT NULL,
        PRIMARY KEY (token, client_id, kind)
    ) WITHOUT ROWID;
    CREATE INDEX client_name_tokens_client ON client_name_tokens (client_id);
    -- Phone digit forms and e-mail pieces: searched only for roles that may read them.
    CREATE TABLE client_contact_tokens (
        token     TEXT NOT NULL,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        PRIMARY KEY (token, client_id)
    ) WITHOUT ROWID;
    CREATE INDEX client_contact_tokens_client ON client_contact_tokens (client_id);
    CREATE INDEX clients_recent ON clients (last_visit_on);
    -- Narrow and covering: search ranks tens of thousands of matches without reading rows.
    CREATE INDEX clients_rank ON clients (id, archived, last_visit_on);

    CREATE TABLE health_items (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients (id),
        kind        TEXT NOT NULL
                    CHECK (kind IN ('allergy', 'condition', 'medication', 'contraindication')),
        text        TEXT NOT NULL,
        severity    TEXT NOT NULL CHECK (severity IN ('low', 'moderate', 'severe')),
        recorded_by INTEGER NOT NULL REFERENCES staff (id),
        recorded_at TEXT NOT NULL,
        removed_at  TEXT,
        removed_by  INTEGER REFERENCES staff (id)
    );
    CREATE INDEX health_items_client ON health_items (client_id);

    CREATE TABLE services (
        id                  INTEGER PRIMARY KEY,
        name                TEXT NOT NULL,
        name_key            TEXT NOT NULL UNIQUE,
        requires_patch_test INTEGER NOT NULL DEFAULT 0,
        active              INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE visits (
        id                INTEGER PRIMARY KEY,
        client_id         INTEGER NOT NULL REFERENCES clients (id),
        visited_on        TEXT NOT NULL,
        service_id        INTEGER NOT NULL REFERENCES services (id),
        technician_id     INTEGER NOT NULL REFERENCES staff (id),
        products          TEXT NOT NULL DEFAULT '',
        formula           TEXT NOT NULL DEFAULT '{}',  -- ColourFormula as JSON
        notes             TEXT NOT NULL DEFAULT '',
        price_minor       INTEGER,
        currency          TEXT NOT NULL DEFAULT '',
        payment_method    TEXT
                          CHECK (payment_method IN
                                 ('cash', 'card', 'transfer', 'voucher', 'other')),
        corrects_visit_id INTEGER REFERENCES visits (id),
        created_by        INTEGER NOT NULL REFERENCES staff (id),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
    );
    CREATE INDEX visits_client ON visits (client_id, visited_on DESC, id DESC);

    CREATE TABLE patch_tests (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients (id),
        tested_on   TEXT NOT NULL,
        product     TEXT NOT NULL,
        batch       TEXT NOT NULL DEFAULT '',
        result      TEXT NOT NULL CHECK (result IN ('pending', 'pass', 'fail')),
        done_by     INTEGER NOT NULL REFERENCES staff (id),
        valid_until TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff (id),
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX patch_tests_client ON patch_tests (client_id, tested_on);
    """,
    3: """
    -- Search checks a candidate's other words, or walks the most recently seen clients when
    -- every typed word is common, from these narrow copies of the search columns: index pages
    -- hold hundreds of clients, so neither reads the wide rows (see clients_repo.search).
    DROP INDEX clients_rank;
    CREATE INDEX clients_rank
        ON clients (id, archived, last_visit_on, search_text, phone_search, email);
    CREATE INDEX clients_walk
        ON clients (archived, last_visit_on, id, search_text, phone_search, email);
    -- The full client list, alphabetically (search_text starts with the folded name).
    CREATE INDEX clients_by_name ON clients (archived, search_text, id);
    -- Before/after photos, re-encoded as JPEG without metadata (see photo_image.py). The image
    -- columns come last so listing the metadata never reads their overflow pages.
    CREATE TABLE photos (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        visit_id  INTEGER REFERENCES visits (id),
        kind      TEXT NOT NULL CHECK (kind IN ('before', 'after')),
        taken_on  TEXT NOT NULL,
        width     INTEGER NOT NULL CHECK (width > 0),
        height    INTEGER NOT NULL CHECK (height > 0),
        added_by  INTEGER NOT NULL REFERENCES staff (id),
        added_at  TEXT NOT NULL,
        thumbnail BLOB NOT NULL,  -- small JPEG for the grid, so a list never decodes full photos
        jpeg      BLOB NOT NULL
    );
    CREATE INDEX photos_client_visit ON photos (client_id, visit_id);
    """,
    4: """
    -- Consent (issue 5, DESIGN.md §6). Purposes are switched on and off by the owner.
    CREATE TABLE consent_purposes (
        id      INTEGER PRIMARY KEY,
        key     TEXT NOT NULL UNIQUE,
        enabled INTEGER NOT NULL DEFAULT 1
    );
    INSERT INTO consent_purposes (id, key) VALUES
        (1, 'service_records'), (2, 'health_data'), (3, 'photos'), (4, 'photos_marketing'),
        (5, 'marketing_sms'), (6, 'marketing_email'), (7, 'marketing_phone'),
        (8, 'marketing_messaging'), (9, 'reminders');

    -- Template versions, with {salon_name}/{salon_address} placeholders. Never changed or
    -- removed: a decision points at the version its client was shown.
    CREATE TABLE consent_templates (
        id         INTEGER PRIMARY KEY,
        purpose_id INTEGER NOT NULL REFERENCES consent_purposes (id),
        language   TEXT NOT NULL CHECK (language IN ('en', 'vi', 'pl', 'zh_CN')),
        version    INTEGER NOT NULL CHECK (version >= 1),
        text       TEXT NOT NULL,
        sha256     TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id),  -- NULL: the text shipped with the program
        created_at TEXT NOT NULL,
        UNIQUE (purpose_id, language, version)
    );
    CREATE TRIGGER consent_templates_no_update BEFORE UPDATE ON consent_templates
    BEGIN SELECT RAISE(ABORT, 'consent templates are never changed; add a new version'); END;
    CREATE TRIGGER consent_templates_no_delete BEFORE DELETE ON consent_templates
    BEGIN SELECT RAISE(ABORT, 'consent templates are kept forever'); END;

    -- One signing: the decisions a client made at one time, one signature, one witness, and
    -- the PDF exactly as it was printed (NULL only for decisions migrated from the flag).
    CREATE TABLE consent_forms (
        id              INTEGER PRIMARY KEY,
        client_id       INTEGER NOT NULL REFERENCES clients (id),
        language        TEXT NOT NULL,
        method          TEXT NOT NULL CHECK (method IN ('on_screen', 'paper')),
        paper_reference TEXT NOT NULL DEFAULT '',
        witness_id      INTEGER REFERENCES staff (id),
        signed_at       TEXT NOT NULL,
        signature_png   BLOB,
        pdf             BLOB
    );
    CREATE INDEX consent_forms_client ON consent_forms (client_id);

    CREATE TABLE consent_records (
        id               INTEGER PRIMARY KEY,
        form_id          INTEGER NOT NULL REFERENCES consent_forms (id),
        client_id        INTEGER NOT NULL REFERENCES clients (id),
        purpose_id       INTEGER NOT NULL REFERENCES consent_purposes (id),
        decision         TEXT NOT NULL CHECK (decision IN ('granted', 'refused')),
        template_id      INTEGER REFERENCES consent_templates (id),
        template_version INTEGER NOT NULL,
        text_sha256      TEXT NOT NULL,  -- SHA-256 of text_shown (UTF-8)
        text_shown       TEXT NOT NULL,  -- the exact text, placeholders filled in
        recorded_at      TEXT NOT NULL
    );
    CREATE INDEX consent_records_client ON consent_records (client_id, purpose_id, id);
    CREATE INDEX consent_records_purpose ON consent_records (purpose_id, decision, client_id);

    CREATE TABLE consent_withdrawals (
        id           INTEGER PRIMARY KEY,
        record_id    INTEGER NOT NULL UNIQUE REFERENCES consent_records (id),
        reason       TEXT NOT NULL DEFAULT '',
        staff_id     INTEGER NOT NULL REFERENCES staff (id),
        withdrawn_at TEXT NOT NULL
    );

    -- What was recorded is history: it is never rewritten (erasing a client may delete it).
    CREATE TRIGGER consent_forms_no_update BEFORE UPDATE ON consent_forms
    BEGIN SELECT RAISE(ABORT, 'a recorded consent form is never changed'); END;
    CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
    BEGIN SELECT RAISE(ABORT, 'a recorded consent is never changed; record a new one'); END;
    CREATE TRIGGER consent_withdrawals_no_update BEFORE UPDATE ON consent_withdrawals
    BEGIN SELECT RAISE(ABORT, 'a recorded withdrawal is never changed'); END;

    -- The interim photo flag becomes a photo consent on paper, "migrated": the client did
    -- agree (as told to the staff member the activity log names), but no text was shown, so
    -- template version 0 makes the card ask for a proper re-consent. The flag is then unused.
    INSERT INTO consent_forms (client_id, language, method, paper_reference, witness_id, signed_at)
    SELECT c.id,
           CASE WHEN c.language IN ('en', 'vi', 'pl', 'zh_CN') THEN c.language
                ELSE coalesce((SELECT json_extract(s.value, '$') FROM settings s
                               WHERE s.key = 'language'), 'en') END,
           'paper', 'migrated',
           (SELECT a.staff_id FROM audit_log a
             WHERE a.action = 'consent.grant' AND a.object_type = 'client'
               AND a.object_id = CAST(c.id AS TEXT) AND a.outcome = 'ok'
             ORDER BY a.seq DESC LIMIT 1),
           coalesce((SELECT a.at FROM audit_log a
                      WHERE a.action = 'consent.grant' AND a.object_type = 'client'
                        AND a.object_id = CAST(c.id AS TEXT) AND a.outcome = 'ok'
                      ORDER BY a.seq DESC LIMIT 1), c.updated_at)
      FROM clients c WHERE c.photo_consent = 1;
    INSERT INTO consent_records (form_id, client_id, purpose_id, decision, template_id,
                                 template_version, text_sha256, text_shown, recorded_at)
    SELECT f.id, f.client_id, 3, 'granted', NULL, 0,
           'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', f.signed_at
      FROM consent_forms f WHERE f.paper_reference = 'migrated';
    UPDATE clients SET photo_consent = 0 WHERE photo_consent = 1;
    """,
    5: """
    -- Backups (issue 6, DESIGN.md §5). The manifest of the backup being taken is written here
    -- just before the snapshot, so every backup carries its own manifest inside the database.
    CREATE TABLE backup_manifest (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        manifest TEXT NOT NULL  -- JSON, MAC'd with a key only the recovery key gives
    );
    -- What was backed up, where, by whom, and whether it verified.
    CREATE TABLE backup_history (
        id          INTEGER PRIMARY KEY,
        backup_id   TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('backup', 'verify', 'drill', 'restore')),
        started_at  TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        staff_id    INTEGER REFERENCES staff (id),  -- NULL: a restore or a scheduled check
        folder      TEXT NOT NULL,
        file_name   TEXT NOT NULL,
        size_bytes  INTEGER NOT NULL DEFAULT 0,
        outcome     TEXT NOT NULL CHECK (outcome IN ('verified', 'failed', 'cancelled')),
        message     TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX backup_history_recent ON backup_history (kind, outcome, finished_at);
    """,
    6: """
    -- Erasure (issue 7): when the owner keeps them, an erased client's visits survive only as
    -- counts per month and service, with nothing that points back at a person.
    CREATE TABLE anonymous_visit_counts (
        month      TEXT NOT NULL,  -- YYYY-MM
        service_id INTEGER NOT NULL REFERENCES services (id),
        visits     INTEGER NOT NULL CHECK (visits > 0),
        PRIMARY KEY (month, service_id)
    ) WITHOUT ROWID;
    """,
    7: """
    -- PIN reset (issue 7, decision 0009): the owner gets a one-time code to hand over; the
    -- staff member signs in with it and must choose a new PIN. Only the code's Argon2id hash
    -- is kept; NULL: no reset pending.
    ALTER TABLE staff ADD COLUMN reset_code_hash TEXT;
    ALTER TABLE staff ADD COLUMN reset_code_expires_at TEXT;
    """,
    8: """
    -- The breach register (issue 7, GDPR Art. 33(5)): every incident stays on record. The
    -- counts are kept as they were when the incident was saved (JSON: category -> clients).
    CREATE TABLE incidents (
        id                    INTEGER PRIMARY KEY,
        summary               TEXT NOT NULL,
        occurred_at           TEXT,  -- NULL: not known
        discovered_at         TEXT NOT NULL,
        categories            TEXT NOT NULL,  -- space-separated DataCategory values
        scope                 TEXT NOT NULL CHECK (scope IN ('all_clients', 'with_health',
                                  'with_photos', 'registered_between', 'manual')),
        registered_from       TEXT,
        registered_to         TEXT,
        affected_clients      INTEGER NOT NULL CHECK (affected_clients >= 0),
        category_counts       TEXT NOT NULL DEFAULT '{}',
        counted               INTEGER NOT NULL DEFAULT 1,
        consequences          TEXT NOT NULL DEFAULT '',
        measures              TEXT NOT NULL DEFAULT '',
        status                TEXT NOT NULL CHECK (status IN ('open', 'contained', 'closed')),
        authority_notified_at TEXT,
        recorded_by           INTEGER NOT NULL REFERENCES staff (id),
        recorded_at           TEXT NOT NULL,
        updated_at            TEXT NOT NULL
    );
    CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
    BEGIN SELECT RAISE(ABORT, 'the breach register keeps every incident'); END;
    """,
    9: """
    -- Merging two records of one client (issue 10, decision 0015). One row per absorbed
    -- record: ids only. No foreign keys: the absorbed row is gone, and erasing the survivor
    -- later must not be blocked. Kept like the activity log it points into.
    CREATE TABLE client_merges (
        id          INTEGER PRIMARY KEY,
        absorbed_id INTEGER NOT NULL UNIQUE,
        survivor_id INTEGER NOT NULL CHECK (survivor_id <> absorbed_id),
        upto_seq    INTEGER NOT NULL,  -- the last activity-log entry before the merge
        merged_at   TEXT NOT NULL
    );
    CREATE INDEX client_merges_survivor ON client_merges (survivor_id);
    CREATE TRIGGER client_merges_no_update BEFORE UPDATE ON client_merges
    BEGIN SELECT RAISE(ABORT, 'a recorded merge is never changed'); END;
    CREATE TRIGGER client_merges_no_delete BEFORE DELETE ON client_merges
    BEGIN SELECT RAISE(ABORT, 'a recorded merge is kept'); END;

    -- Consent history is never rewritten, except that a merge moves both histories, whole,
    -- to the surviving record: client_id may change, and only from an absorbed record to its
    -- survivor as registered above (first), and no other column may be set.
    DROP TRIGGER consent_forms_no_update;
    CREATE TRIGGER consent_forms_no_update BEFORE UPDATE ON consent_forms
    WHEN NOT EXISTS (SELECT 1 FROM client_merges m
                      WHERE m.absorbed_id = OLD.client_id AND m.survivor_id = NEW.client_id)
    BEGIN SELECT RAISE(ABORT, 'a recorded consent form is never changed'); END;
    CREATE TRIGGER consent_forms_only_merge_moves BEFORE UPDATE OF
        id, language, method, paper_reference, witness_id, signed_at, signature_png, pdf
        ON consent_forms
    BEGIN SELECT RAISE(ABORT, 'a recorded consent form is never changed'); END;
    DROP TRIGGER consent_records_no_update;
    CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
    WHEN NOT EXISTS (SELECT 1 FROM client_merges m
                      WHERE m.absorbed_id = OLD.client_id AND m.survivor_id = NEW.client_id)
    BEGIN SELECT RAISE(ABORT, 'a recorded consent is never changed; record a new one'); END;
    CREATE TRIGGER consent_records_only_merge_moves BEFORE UPDATE OF
        id, form_id, purpose_id, decision, template_id, template_version, text_sha256,
        text_shown, recorded_at
        ON consent_records
    BEGIN SELECT RAISE(ABORT, 'a recorded consent is never changed; record a new one'); END;
    """,
    # Visits per month (decision 0018), kept as visits are written: the dashboard used to scan
    # every visit at sign-in (1.1 s at 100,000 clients). Live visits only, corrections not
    # counted; erased clients' visits stay in anonymous_visit_counts as before.
    10: """
    CREATE TABLE visit_month_counts (
        month  TEXT PRIMARY KEY,  -- YYYY-MM
        visits INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO visit_month_counts (month, visits)
        SELECT substr(visited_on, 1, 7), count(*) FROM visits
        WHERE corrects_visit_id IS NULL GROUP BY 1;
    CREATE TRIGGER visit_month_counts_insert AFTER INSERT ON visits
    WHEN NEW.corrects_visit_id IS NULL
    BEGIN
        INSERT INTO visit_month_counts (month, visits) VALUES (substr(NEW.visited_on, 1, 7), 1)
        ON CONFLICT (month) DO UPDATE SET visits = visits + 1;
    END;
    CREATE TRIGGER visit_month_counts_delete AFTER DELETE ON visits
    WHEN OLD.corrects_visit_id IS NULL
    BEGIN
        UPDATE visit_month_counts SET visits = visits - 1
        WHERE month = substr(OLD.visited_on, 1, 7);
    END;
    CREATE TRIGGER visit_month_counts_update AFTER UPDATE OF visited_on, corrects_visit_id
    ON visits
    BEGIN
        UPDATE visit_month_counts SET visits = visits - 1
        WHERE OLD.corrects_visit_id IS NULL AND month = substr(OLD.visited_on, 1, 7);
        INSERT INTO visit_month_counts (month, visits)
            SELECT substr(NEW.visited_on, 1, 7), 1 WHERE NEW.corrects_visit_id IS NULL
        ON CONFLICT (month) DO UPDATE SET visits = visits + 1;
    END;
    """,
    # The service catalogue (issue 18): groups, default duration and price, the owner's order.
    # A salon made before this keeps its services, ordered by name as they were shown.
    11: """
    ALTER TABLE services ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE services ADD COLUMN duration_minutes INTEGER
        CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 720);
    ALTER TABLE services ADD COLUMN price_minor INTEGER
        CHECK (price_minor IS NULL OR price_minor >= 0);
    ALTER TABLE services ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    UPDATE services SET position = (
        SELECT count(*) FROM services AS earlier WHERE earlier.name_key <= services.name_key
    );
    """,
    # The card's everyday fields (issue 18 item 12, decision 0022). Every number in
    # client_phones; the first (position 0) is also clients.phone/phone_e164, which lists and
    # duplicate checks read, and clients.phone_search holds every number's digit forms.
    12: """
    CREATE TABLE client_phones (
        client_id INTEGER NOT NULL REFERENCES clients (id),
        position  INTEGER NOT NULL CHECK (position >= 0),
        label     TEXT CHECK (label IN ('mobile', 'home', 'work', 'other')),  -- NULL: not said
        number    TEXT NOT NULL,  -- as entered
        e164      TEXT NOT NULL,
        search    TEXT NOT NULL,  -- digit forms, as clients.phone_search has them
        PRIMARY KEY (client_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX client_phones_e164 ON client_phones (e164);
    INSERT INTO client_phones (client_id, position, label, number, e164, search)
        SELECT id, 0, NULL, phone, phone_e164, phone_search FROM clients WHERE phone <> '';

    -- Short lines at the top of the card, with who pinned them and when. Unpinning deletes.
    CREATE TABLE client_pinned_notes (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        text      TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
        author_id INTEGER NOT NULL REFERENCES staff (id),
        pinned_at TEXT NOT NULL
    );
    CREATE INDEX client_pinned_notes_client ON client_pinned_notes (client_id, id);

    -- The photo shown on the card: one of the client's own photos, so it lives and dies with
    -- the photo consent (withdrawing deletes the photos, and with them this row).
    CREATE TABLE client_card_photos (
        client_id INTEGER PRIMARY KEY REFERENCES clients (id),
        photo_id  INTEGER NOT NULL UNIQUE REFERENCES photos (id) ON DELETE CASCADE,
        chosen_by INTEGER NOT NULL REFERENCES staff (id),
        chosen_at TEXT NOT NULL
    );
    CREATE TRIGGER client_card_photos_own_insert BEFORE INSERT ON client_card_photos
    WHEN (SELECT p.client_id FROM photos p WHERE p.id = NEW.photo_id) IS NOT NEW.client_id
    BEGIN SELECT RAISE(ABORT, 'the card photo is one of the client''s own photos'); END;
    CREATE TRIGGER client_card_photos_own_update BEFORE UPDATE ON client_card_photos
    WHEN (SELECT p.client_id FROM photos p WHERE p.id = NEW.photo_id) IS NOT NEW.client_id
    BEGIN SELECT RAISE(ABORT, 'the card photo is one of the client''s own photos'); END;

    -- The client list's filters by service and technician read these; a visit a later entry
    -- corrects does not count (the correction does).
    CREATE INDEX visits_service ON visits (service_id, technician_id, client_id);
    CREATE INDEX visits_technician ON visits (technician_id, client_id);
    CREATE INDEX visits_corrected ON visits (corrects_visit_id) WHERE corrects_visit_id IS NOT NULL;
    """,
}

MIGRATIONS.update(ROUND_TWO)
LATEST_VERSION = max(MIGRATIONS)


def current_version(database: SchemaConnection) -> int:
    has_table = database.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    )
    if not has_table:
        return 0
    return int(database.scalar("SELECT coalesce(max(version), 0) FROM schema_version"))


def apply_migrations(database: SchemaConnection, target: int = LATEST_VERSION) -> int:
    """Bring the schema to `target`; the caller holds the transaction. Returns the old version."""
    database.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    )
    found = current_version(database)
    if found > LATEST_VERSION:
        raise VaultTooNew(found, LATEST_VERSION)
    for number in range(found + 1, target + 1):
        for statement in _statements(MIGRATIONS[number]):
            database.execute(statement)
        database.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    return found


def _statements(script: str) -> list[str]:
    """Split a migration into statements with SQLite's own parser (trigger bodies stay whole).

    executescript() would commit the opening transaction, so statements run one by one.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("a migration ends in the middle of a statement")
    return statements
