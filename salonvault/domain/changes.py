"""What an operation changed, by kind of record: the notice screens use to re-read what they show.

Anki's `OpChanges` is the model: every operation says which kinds of record it touched, and each
screen re-reads only when a kind it shows is among them. Kinds are coarse on purpose; a screen
that re-reads once too often costs a query, one that misses a change shows stale records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class RecordKind(StrEnum):
    CLIENTS = "clients"  # names, contacts, tags, archive; a client registered, erased, merged
    HEALTH = "health"  # health items (allergies, alerts)
    VISITS = "visits"  # treatments recorded, edited, corrected
    SERVICES = "services"  # the salon's catalogue of services
    PATCH_TESTS = "patch_tests"
    RECORDS = "records"  # service records (prescriptions, skin, lash, laser) added or changed
    RECORD_TEMPLATES = "record_templates"  # their templates, versions, services, notation
    CONSENT = "consent"  # clients' decisions and withdrawals (photos go with a photo withdrawal)
    CONSENT_TEXTS = "consent_texts"  # versions of the consent texts
    PHOTOS = "photos"
    ATTACHMENTS = "attachments"  # scanned or photographed paper (decision 0030)
    FORMS = "forms"  # signed consultation forms and their red flags' reviews (decision 0038)
    FORM_VERSIONS = "form_versions"  # consultation forms' versions and the services they guard
    STAFF = "staff"  # accounts, roles, PINs and their resets, sign-in failures
    SETTINGS = "settings"  # the salon's details and limits, fields collected, purposes asked
    KEYS = "keys"  # key slots, how the vault opens, the Recovery Kit's confirmation
    BACKUPS = "backups"  # backup history and backup settings
    RETENTION = "retention"  # retention rules and the last review
    INCIDENTS = "incidents"  # the incident register
    RECALLS = "recalls"  # marks left on the recall lists (called, booked, not now)
    AUDIT = "audit"  # the activity log (logged readings too: opening a card writes an entry)


@dataclass(frozen=True, slots=True)
class Changes:
    """An immutable set of kinds; empty means the operation changed nothing."""

    kinds: frozenset[RecordKind] = frozenset()

    @classmethod
    def of(cls, *kinds: RecordKind) -> Changes:
        return cls(frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def within(self, kinds: Iterable[RecordKind]) -> Changes:
        return Changes(self.kinds & frozenset(kinds))

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        """Whether any of `kinds` (what a screen shows) is among what changed."""
        return not self.kinds.isdisjoint(kinds)


NOTHING = Changes()
