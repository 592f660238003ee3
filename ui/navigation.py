"""The navigation's entries: one title per page, used by the navigation list and by the page's
own heading, so what you click is what the page is called (issue 18 item 6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from salonvault.domain.roles import Permission


@dataclass(frozen=True)
class NavEntry:
    key: str
    source_title: str  # English, marked for lupdate with QT_TRANSLATE_NOOP
    permission: Permission | None  # None: every role

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.source_title)


# The order people see. A page shows only when the role holds its permission (DESIGN.md §4).
_PAGES = (
    ("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), Permission.AUDIT_READ),
    ("clients", QT_TRANSLATE_NOOP("Navigation", "Clients"), Permission.FIND_CLIENTS),
    ("consents", QT_TRANSLATE_NOOP("Navigation", "Consents"), Permission.CONSENT_RECORD),
    ("recalls", QT_TRANSLATE_NOOP("Navigation", "Recalls"), Permission.RECALLS_READ),
    ("backups", QT_TRANSLATE_NOOP("Navigation", "Backups"), Permission.BACKUP_RUN),
    ("staff", QT_TRANSLATE_NOOP("Navigation", "Staff"), Permission.STAFF_MANAGE),
    ("services", QT_TRANSLATE_NOOP("Navigation", "Services"), Permission.SETTINGS_MANAGE),
    ("activity", QT_TRANSLATE_NOOP("Navigation", "Activity log"), Permission.AUDIT_READ),
    ("privacy", QT_TRANSLATE_NOOP("Navigation", "Privacy"), Permission.RETENTION_PURGE),
    ("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), None),
)
# QT_TRANSLATE_NOOP hands back its text unchanged; PySide6's stub says `object`.
NAVIGATION = tuple(
    NavEntry(key, cast(str, source_title), permission) for key, source_title, permission in _PAGES
)
_BY_KEY = {entry.key: entry for entry in NAVIGATION}
# The client list's "New client…": from the list, and from any other page (the workspace).
NEW_CLIENT_KEYS = "Ctrl+N"


def nav_title(key: str) -> str:
    """A page's title in the current language: the same words as its navigation entry."""
    return _BY_KEY[key].title()
