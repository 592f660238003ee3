"""Translated names for domain values (roles, …), in one place for every widget."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from salonvault.domain.roles import Role


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
