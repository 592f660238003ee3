"""Translated names for domain values (roles, …), in one place for every widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.roles import Role


def role_label(role: Role) -> str:
    names = {
        Role.OWNER: QCoreApplication.translate("Labels", "Owner"),
        Role.RECEPTIONIST: QCoreApplication.translate("Labels", "Receptionist"),
        Role.TECHNICIAN: QCoreApplication.translate("Labels", "Technician"),
    }
    return names[role]
