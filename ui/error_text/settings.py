"""The window's words for the core's "settings.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class SettingsErrors(QObject):
    """Methods are named after the key's second part."""

    def choose_country_two_letter_code(self, p: Params) -> str:
        return self.tr("Choose a country by its two-letter code (VN, PL, CN, GB …).")

    def choose_least_one_kind_business(self, p: Params) -> str:
        return self.tr("Choose at least one kind of business.")

    def address_has_most_300_characters(self, p: Params) -> str:
        return self.tr("The address has at most 300 characters.")

    def address_contains_characters_text(self, p: Params) -> str:
        return self.tr("The address contains characters that are not text.")

    def salon_name_needs_1_120(self, p: Params) -> str:
        return self.tr("The salon name needs 1 to 120 characters.")

    def salon_name_contains_characters_text(self, p: Params) -> str:
        return self.tr("The salon name contains characters that are not text.")

    def idle_lock_1_minutes(self, p: Params) -> str:
        return fill(
            self.tr("The idle lock is 1 to %1 minutes."),
            p.text("max_idle_minutes"),
        )

    def shortest_pin_can_set_from(self, p: Params) -> str:
        return fill(
            self.tr("The shortest PIN can be set from %1 to %2 digits."),
            p.text("min_pin_length"),
            p.text("max_pin_length"),
        )

    def choose_language(self, p: Params) -> str:
        return fill(
            self.tr("Choose one of: %1."),
            p.text("languages"),
        )

    def health_basis_one_of(self, p: Params) -> str:
        return fill(
            self.tr("The basis is one of: %1."),
            p.text("names"),
        )

    def too_many_recipients(self, p: Params) -> str:
        return fill(self.tr("List at most %1 recipients."), p.text("most"))

    def recipient_name_1_120(self, p: Params) -> str:
        return fill(
            self.tr("Recipient %1: the name needs 1 to 120 characters of text."), p.text("row")
        )

    def recipient_purpose_1_200(self, p: Params) -> str:
        return fill(
            self.tr("Recipient %1: say what it receives the data for (1 to 200 characters)."),
            p.text("row"),
        )

    def recipient_safeguard_200(self, p: Params) -> str:
        return fill(
            self.tr("Recipient %1: the safeguard has at most 200 characters."), p.text("row")
        )

    def recipient_country_code(self, p: Params) -> str:
        return fill(
            self.tr("Recipient %1: choose its country by the two-letter code (VN, PL, CN, DE …)."),
            p.text("row"),
        )

    def recipient_named_twice(self, p: Params) -> str:
        return fill(self.tr("Recipient %1: that name is already in the list."), p.text("row"))
