"""Translated names for domain values (roles, health kinds, severities, …), in one place for
every widget: a raw enum value never reaches the screen."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, PatchStatus
from ui.formats import moment_text


def role_label(role: Role) -> str:
    names = {
        Role.OWNER: QCoreApplication.translate("Labels", "Owner"),
        Role.RECEPTIONIST: QCoreApplication.translate("Labels", "Receptionist"),
        Role.TECHNICIAN: QCoreApplication.translate("Labels", "Technician"),
    }
    return names[role]


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2 … in one pass, so a value that itself contains "%2" stays intact."""
    return re.sub(
        r"%(\d)",
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )


def business_kind_label(kind: BusinessKind) -> str:
    names = {
        BusinessKind.HAIR: QCoreApplication.translate("Labels", "Hair salon"),
        BusinessKind.BEAUTY: QCoreApplication.translate("Labels", "Beauty and spa"),
        BusinessKind.CLINIC: QCoreApplication.translate("Labels", "Aesthetic clinic"),
        BusinessKind.OPTICIAN: QCoreApplication.translate("Labels", "Optician"),
    }
    return names[kind]


def health_kind_label(kind: HealthKind) -> str:
    names = {
        HealthKind.ALLERGY: QCoreApplication.translate("Labels", "Allergy"),
        HealthKind.CONDITION: QCoreApplication.translate("Labels", "Condition"),
        HealthKind.MEDICATION: QCoreApplication.translate("Labels", "Medication"),
        HealthKind.CONTRAINDICATION: QCoreApplication.translate("Labels", "Contraindication"),
    }
    return names[kind]


def attachment_kind_label(kind: AttachmentKind) -> str:
    names = {
        AttachmentKind.PAPER_CONSENT: QCoreApplication.translate(
            "Labels", "Consent signed on paper"
        ),
        AttachmentKind.REFERRAL_LETTER: QCoreApplication.translate(
            "Labels", "Referral or doctor's letter"
        ),
        AttachmentKind.OUTSIDE_PRESCRIPTION: QCoreApplication.translate(
            "Labels", "Prescription from elsewhere"
        ),
        AttachmentKind.OTHER: QCoreApplication.translate("Labels", "Other paper"),
    }
    return names[kind]


def severity_label(severity: Severity) -> str:
    names = {
        Severity.LOW: QCoreApplication.translate("Labels", "Low"),
        Severity.MODERATE: QCoreApplication.translate("Labels", "Moderate"),
        Severity.SEVERE: QCoreApplication.translate("Labels", "Severe"),
    }
    return names[severity]


def patch_result_label(result: PatchResult) -> str:
    names = {
        PatchResult.PENDING: QCoreApplication.translate("Labels", "Pending"),
        PatchResult.PASS: QCoreApplication.translate("Labels", "Passed"),
        PatchResult.FAIL: QCoreApplication.translate("Labels", "Failed"),
    }
    return names[result]


def patch_status_label(status: PatchStatus) -> str:
    """What the counter may know about a client's patch test (every role)."""
    words = {
        PatchStatus.VALID: QCoreApplication.translate("Labels", "valid"),
        PatchStatus.EXPIRED: QCoreApplication.translate("Labels", "expired"),
        PatchStatus.PENDING: QCoreApplication.translate("Labels", "pending"),
        PatchStatus.FAILED: QCoreApplication.translate("Labels", "failed"),
        PatchStatus.NONE: QCoreApplication.translate("Labels", "none on file"),
    }
    return words[status]


def local_time(moment: datetime) -> str:
    """A stored (UTC) moment as the counter PC's local date and time, to the minute, in the
    screen language's conventions (ui/formats.py)."""
    return moment_text(moment)
