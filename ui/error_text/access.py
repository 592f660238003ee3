"""The window's words for the core's "access.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from salonvault.domain.roles import Role
from ui.error_text.params import Params
from ui.labels import fill, role_label


class AccessErrors(QObject):
    """Methods are named after the key's second part."""

    def guard_s_sessions_already_opened(self, p: Params) -> str:
        return self.tr("This guard's sessions are already opened by its sign-in service.")

    def sessions_start_only_sign_after(self, p: Params) -> str:
        return self.tr("Sessions start only at sign-in, after the PIN is checked.")

    def your_account_changed_please_sign(self, p: Params) -> str:
        return self.tr("Your account was changed; please sign in again.")

    def permission_denied(self, p: Params) -> str:
        # The role by its label, the action by its Permission value (context "Permissions").
        role = p.text("role")
        role_text = role_label(Role(role)) if role in {r.value for r in Role} else role
        action = QCoreApplication.translate("Permissions", p.text("action"))
        return fill(self.tr("A %1 may not %2."), role_text, action)
