"""Earlier versions of records that were changed: history that is never overwritten
(DESIGN.md §7b, decision 0031).

Every change to a visit, a health item, a patch test or a consent-relevant client field keeps
the record as it was before, with who changed it (and in which role) and when. The values are
the record's own fields as stored (field name → value), never rendered text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from salonvault.domain.roles import Permission, Role


class VersionedKind(StrEnum):
    VISIT = "visit"
    HEALTH_ITEM = "health_item"
    PATCH_TEST = "patch_test"
    CLIENT = "client"  # the consent-relevant fields only (CONSENT_RELEVANT_FIELDS)


class ChangeKind(StrEnum):
    EDIT = "edit"
    REMOVE = "remove"


# The client fields that decide who consents and whether the client may consent alone.
CONSENT_RELEVANT_FIELDS = ("birth_date", "is_minor", "guardian")

# Who may see earlier versions of each kind: whoever may see the record itself.
READ_PERMISSION: dict[VersionedKind, Permission] = {
    VersionedKind.VISIT: Permission.TREATMENT_READ,
    VersionedKind.HEALTH_ITEM: Permission.HEALTH_READ,
    VersionedKind.PATCH_TEST: Permission.PATCH_TEST_READ,
    VersionedKind.CLIENT: Permission.CONTACT_READ,
}


@dataclass(frozen=True, slots=True)
class RecordVersion:
    """One earlier version: the record's values before `changed_at`, when `changed_by` (then
    in `changed_by_role`) changed or removed it. `number` counts from 1 per record."""

    id: int
    kind: VersionedKind
    record_id: int
    number: int
    values: dict[str, Any]
    change: ChangeKind
    changed_by: int
    changed_by_role: Role
    changed_at: datetime
