"""Roles and the permission matrix of DESIGN.md §4, as data in one place.

Services ask `role_allows(role, permission)`; nothing else decides who may do what. The GUI may
read the same table to hide what would be refused anyway.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    RECEPTIONIST = "receptionist"
    TECHNICIAN = "technician"


class Permission(StrEnum):
    """One capability. The value reads as the end of "A <role> may not …" in refusals."""

    FIND_CLIENTS = "find clients"
    CONTACT_READ = "see contact details"
    CONTACT_READ_MASKED = "see masked contact details"
    CONTACT_WRITE = "change contact details"
    HEALTH_READ = "see health details"
    HEALTH_WRITE = "change health details"
    HEALTH_ALERT_FLAG = "see whether a client has health alerts"
    PIN_NOTES = "pin notes on a client's card"
    UNPIN_ANY_NOTE = "remove a note someone else pinned"
    TREATMENT_READ = "see treatment details"
    TREATMENT_SUMMARY_READ = "see treatment dates and services"
    TREATMENT_ADD = "add treatments"
    TREATMENT_EDIT_ANY = "edit any treatment"
    TREATMENT_EDIT_OWN_RECENT = "edit their own treatment within 24 hours"
    PATCH_TEST_READ = "see patch tests"
    PATCH_TEST_WRITE = "record patch tests"
    PATCH_TEST_STATUS = "see patch-test status"
    PHOTOS = "see or add photos"
    ATTACHMENTS_READ = "see scanned papers"
    ATTACHMENTS_WRITE = "add or remove scanned papers"
    ATTACHMENTS_HEALTH_READ = "see scanned health papers"
    ATTACHMENTS_HEALTH_WRITE = "add or remove scanned health papers"
    CONSENT_RECORD = "record consent"
    CONSENT_PRINT = "print consent forms"
    CONSENT_WITHDRAW = "withdraw consent"
    BACKUP_RUN = "run a backup"
    RESTORE = "restore a backup"
    EXPORT = "export records"
    IMPORT = "import clients from a spreadsheet"
    ERASE = "erase a client"
    MERGE_CLIENTS = "merge two clients' records"
    RETENTION_PURGE = "purge records past retention"
    STAFF_MANAGE = "manage staff accounts"
    SETTINGS_MANAGE = "change settings"
    KEYS_MANAGE = "change how the vault is unlocked"
    CONSENT_TEMPLATES_MANAGE = "edit consent templates"
    AUDIT_READ = "read the activity log"
    INCIDENTS = "keep the incident register"
    RECORD_READ = "see service records"
    RECORD_WRITE = "add service records"
    RECORD_TEMPLATES_MANAGE = "define service-record templates"
    RECALLS_READ = "see recall lists"
    RECALLS_MARK = "mark recall lists"
    FORMS_HAND_OVER = "hand the screen to a client for a consultation form"


_ALL_ROLES = frozenset(Role)
_OWNER = frozenset({Role.OWNER})
_OWNER_RECEPTION = frozenset({Role.OWNER, Role.RECEPTIONIST})
_OWNER_TECHNICIAN = frozenset({Role.OWNER, Role.TECHNICIAN})

# Which roles hold each permission. Read row by row against the table in DESIGN.md §4.
PERMISSION_MATRIX: dict[Permission, frozenset[Role]] = {
    Permission.FIND_CLIENTS: _ALL_ROLES,
    Permission.CONTACT_READ: _OWNER_RECEPTION,
    Permission.CONTACT_READ_MASKED: _ALL_ROLES,
    Permission.CONTACT_WRITE: _OWNER_RECEPTION,
    Permission.HEALTH_READ: _OWNER_TECHNICIAN,
    Permission.HEALTH_WRITE: _OWNER_TECHNICIAN,
    Permission.HEALTH_ALERT_FLAG: _ALL_ROLES,
    # Pinned notes: read with the card by everyone; pinned by anyone; removed by the one who
    # pinned it, or by the owner (decision 0022).
    Permission.PIN_NOTES: _ALL_ROLES,
    Permission.UNPIN_ANY_NOTE: _OWNER,
    Permission.TREATMENT_READ: _OWNER_TECHNICIAN,
    Permission.TREATMENT_SUMMARY_READ: _ALL_ROLES,
    Permission.TREATMENT_ADD: _OWNER_TECHNICIAN,
    Permission.TREATMENT_EDIT_ANY: _OWNER,
    Permission.TREATMENT_EDIT_OWN_RECENT: _OWNER_TECHNICIAN,
    Permission.PATCH_TEST_READ: _OWNER_TECHNICIAN,
    Permission.PATCH_TEST_WRITE: _OWNER_TECHNICIAN,
    Permission.PATCH_TEST_STATUS: _ALL_ROLES,
    Permission.PHOTOS: _OWNER_TECHNICIAN,
    # Attachments (issue 23): DESIGN.md §4's row "health kinds / other kinds".
    Permission.ATTACHMENTS_READ: _ALL_ROLES,
    Permission.ATTACHMENTS_WRITE: _OWNER_RECEPTION,
    Permission.ATTACHMENTS_HEALTH_READ: _OWNER_TECHNICIAN,
    Permission.ATTACHMENTS_HEALTH_WRITE: _OWNER,
    Permission.CONSENT_RECORD: _ALL_ROLES,
    Permission.CONSENT_PRINT: _ALL_ROLES,
    Permission.CONSENT_WITHDRAW: _OWNER_RECEPTION,
    Permission.BACKUP_RUN: _OWNER_RECEPTION,
    Permission.RESTORE: _OWNER,
    Permission.EXPORT: _OWNER,
    Permission.IMPORT: _OWNER,  # bulk writes of contact and health data, like export (0014)
    Permission.ERASE: _OWNER,
    Permission.MERGE_CLIENTS: _OWNER,  # irreversible, like erasure (issue 10, decision 0015)
    Permission.RETENTION_PURGE: _OWNER,
    Permission.STAFF_MANAGE: _OWNER,
    Permission.SETTINGS_MANAGE: _OWNER,
    Permission.KEYS_MANAGE: _OWNER,
    Permission.CONSENT_TEMPLATES_MANAGE: _OWNER,
    Permission.AUDIT_READ: _OWNER,
    Permission.INCIDENTS: _OWNER,
    # Service records (decision 0029): every role reads the fields not marked as health data;
    # health-marked fields need HEALTH_READ / HEALTH_WRITE. Edits follow the treatments' 24-hour
    # rule (TREATMENT_EDIT_ANY / TREATMENT_EDIT_OWN_RECENT).
    Permission.RECORD_READ: _ALL_ROLES,
    Permission.RECORD_WRITE: _OWNER_TECHNICIAN,
    Permission.RECORD_TEMPLATES_MANAGE: _OWNER,
    # Recall and due lists (decision 0039): names for everyone; the contact (where consent
    # allows) with CONTACT_READ; marks by the roles that contact clients.
    Permission.RECALLS_READ: _ALL_ROLES,
    Permission.RECALLS_MARK: _OWNER_RECEPTION,
    # DESIGN.md §4's consultation-forms row (decision 0045): every role hands the screen over
    # and witnesses the signature; seeing the answers stays HEALTH_READ.
    Permission.FORMS_HAND_OVER: _ALL_ROLES,
}


def role_allows(role: Role, permission: Permission) -> bool:
    return role in PERMISSION_MATRIX[permission]


def health_readers() -> tuple[Role, ...]:
    """Who may read health details, in the matrix's role order: whom a role that sees only
    "has alerts" is told to ask."""
    return tuple(r for r in Role if role_allows(r, Permission.HEALTH_READ))


def permissions_of(role: Role) -> frozenset[Permission]:
    return frozenset(p for p, roles in PERMISSION_MATRIX.items() if role in roles)
