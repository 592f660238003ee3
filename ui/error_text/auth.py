"""The window's words for the core's "auth.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ui.error_text.params import Params


class AuthErrors(QObject):
    """Methods are named after the key's second part."""

    def choose_your_own_pin_one(self, p: Params) -> str:
        return self.tr("Choose your own PIN, not the one-time code (the owner has seen it).")

    def recovery_key_re_enables_owner(self, p: Params) -> str:
        return self.tr("The recovery key re-enables owner accounts only; the owner enables others.")

    def wrong_pin(self, p: Params) -> str:
        # The lock screen's own sentences (context "LockScreen"), already translated.
        return self.tr(
            "Wrong PIN. %n more wrong tries will disable this account.",
            "",
            p.count("attempts_left"),
        )

    def wrong_pin_disabled(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen", "Wrong PIN. This account is now disabled; ask the owner to enable it."
        )

    def sign_in_delayed(self, p: Params) -> str:
        seconds = p.count("seconds")
        if seconds >= 120:
            minutes = -(-seconds // 60)  # round up: never promise too early
            return self.tr("Too many wrong PINs. Try again in %n minutes.", "", minutes)
        return self.tr("Too many wrong PINs. Try again in %n seconds.", "", seconds)

    def disabled_by_lockout(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen",
            "This account is disabled after too many wrong PINs. The owner can enable it"
            ' again; an owner uses "Forgot your PIN? (owner)" below, with the recovery'
            " key.",
        )

    def disabled_by_owner(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen", "This account is disabled. The owner can enable it again."
        )

    def wrong_reset_code(self, p: Params) -> str:
        return self.tr(
            "Your PIN was reset: enter the one-time code the owner gave you."
            " %n more wrong tries will disable this account.",
            "",
            p.count("attempts_left"),
        )

    def wrong_reset_code_disabled(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen",
            "Wrong code. This account is now disabled; ask the owner to enable it.",
        )

    def reset_code_expired(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen", "Your one-time code has expired; ask the owner for a new one."
        )

    def new_pin_required(self, p: Params) -> str:
        return QCoreApplication.translate(
            "LockScreen", "Enter the one-time code again to choose your new PIN."
        )

    def session_ended(self, p: Params) -> str:
        return self.tr("The session has ended; please sign in again.")

    def account_has_pin_reset_waiting(self, p: Params) -> str:
        return self.tr("This account has no PIN reset waiting; sign in with the PIN.")

    def session_was_ended(self, p: Params) -> str:
        return self.tr("The session was ended; please sign in again.")

    def session_idle(self, p: Params) -> str:
        return self.tr("The session locked after being idle; please sign in again.")

    def session_too_long(self, p: Params) -> str:
        return self.tr("The session reached its 12-hour limit; please sign in again.")

    def type_owner_name(self, p: Params) -> str:
        return self.tr("Type the owner's name.")

    def two_pins_differ(self, p: Params) -> str:
        return self.tr("The two PINs differ.")
