"""Merging two records of one client: what the owner compares, and what a merge did."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salonvault.domain.clients import ClientPhone


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One of the two records, as the merge dialog shows them side by side (owner only)."""

    id: int
    display_name: str
    phone: str
    phones: tuple[ClientPhone, ...]  # every number, `phone` first; a merge keeps them all
    email: str
    birth_date: date | None
    address: str
    archived: bool
    last_visit_on: date | None
    visits: int
    consents: int
    photos: int
    health_items: int
    patch_tests: int
    pinned_notes: int
    service_records: int = 0  # prescriptions, skin analyses, lash maps, laser sessions
    attachments: int = 0
    forms: int = 0  # signed consultation forms


@dataclass(frozen=True, slots=True)
class MergeReceipt:
    survivor_id: int
    absorbed_id: int
    visits: int
    consents: int
    consent_forms: int
    photos: int
    health_items: int
    patch_tests: int
    pinned_notes: int
    filled: tuple[str, ...]  # the survivor's fields that changed (names, never values)
    photos_deleted: int  # photos without an active photo consent over both histories
    fully_flushed: bool  # False: a reader held the WAL; old page copies go at the next checkpoint
    service_records: int = 0
    attachments: int = 0
    forms: int = 0
