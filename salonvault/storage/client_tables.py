"""Every table that holds one client's rows, in one list for erasure, merging and their tests.

A table belongs here when it has a `client_id` column or a foreign key to `clients`.
tests/test_client_tables.py reads the schema and fails when a table like that is added and not
listed, so a new kind of client data cannot be forgotten by a merge or an erasure.
"""

from __future__ import annotations

# The client's own records: a merge moves them to the surviving record, whole, ids unchanged
# (consent withdrawals follow their record; photos keep their visit; an attachment's pages
# follow it, and a paper consent's scan keeps its consent record, which moves too).
CLIENT_RECORD_TABLES = (
    "visits",
    "photos",
    "attachments",
    "consent_forms",
    "consent_records",
    "health_items",
    "patch_tests",
    "client_pinned_notes",
    "service_records",
    "service_record_revisions",  # earlier versions of a record, kept with it
    "record_versions",
    "recall_marks",  # the recall lists' marks on the client's lines
    "filled_forms",  # signed consultation forms (decision 0038)
    "form_red_flags",  # their red flags and reviews, kept with them
)
# One list or one choice per client, which a merge makes from both records: the survivor's
# phone numbers are written again with the absorbed record's added (the absorbed rows are then
# deleted); the survivor keeps its card photo, or takes the absorbed record's.
CLIENT_COMBINED_TABLES = ("client_phones", "client_card_photos")
# The search index: derived from the record, rebuilt rather than moved.
CLIENT_INDEX_TABLES = ("client_name_tokens", "client_contact_tokens")
CLIENT_TABLES = CLIENT_RECORD_TABLES + CLIENT_COMBINED_TABLES + CLIENT_INDEX_TABLES
