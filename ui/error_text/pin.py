"""The window's words for the core's "pin.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class PinErrors(QObject):
    """Methods are named after the key's second part."""

    def not_digits(self, p: Params) -> str:
        return self.tr("A PIN has digits only.")

    def length(self, p: Params) -> str:
        return fill(
            self.tr("A PIN has %1 to %2 digits."),
            p.text("min"),
            p.text("max"),
        )

    def one_digit(self, p: Params) -> str:
        return self.tr("A PIN cannot be one digit repeated.")

    def run(self, p: Params) -> str:
        return self.tr("A PIN cannot be a run of digits like 123456 or 987654.")

    def pattern(self, p: Params) -> str:
        return self.tr("A PIN cannot repeat a short pattern like 121212 or 123123.")

    def common(self, p: Params) -> str:
        return self.tr("That PIN is among the most common ones; choose another.")

    def date(self, p: Params) -> str:
        return self.tr("A PIN cannot look like a date (people guess birthdays first).")
