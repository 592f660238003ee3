"""The window's words for the core's "privacy.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class PrivacyErrors(QObject):
    """Methods are named after the key's second part."""

    def time_needs_time_zone(self, p: Params) -> str:
        return self.tr("A time needs its time zone.")

    def impact_assessment_china_vietnam(self, p: Params) -> str:
        return fill(
            self.tr(
                "The impact-assessment draft is for a salon in China or Vietnam; the salon's"
                " country is %1."
            ),
            p.text("country"),
        )

    def notice_goes_authority_clients(self, p: Params) -> str:
        return self.tr("A notice goes to the authority or to clients.")

    def there_such_incident_register(self, p: Params) -> str:
        return self.tr("There is no such incident in the register.")

    def describe_what_happened(self, p: Params) -> str:
        return self.tr("Describe what happened.")

    def discovery_cannot_future(self, p: Params) -> str:
        return self.tr("The discovery cannot be in the future.")

    def incident_happens_before_discovered(self, p: Params) -> str:
        return self.tr("An incident happens before it is discovered.")

    def choose_least_one_kind_data(self, p: Params) -> str:
        return self.tr("Choose at least one kind of data.")

    def give_first_registration_date(self, p: Params) -> str:
        return self.tr("Give the first registration date.")

    def give_last_registration_date(self, p: Params) -> str:
        return self.tr("Give the last registration date.")

    def range_ends_before_starts(self, p: Params) -> str:
        return self.tr("The range ends before it starts.")

    def give_number_clients_concerned_your(self, p: Params) -> str:
        return self.tr("Give the number of clients concerned (your best estimate).")

    def authority_notified_after_discovery(self, p: Params) -> str:
        return self.tr("The authority is notified after the discovery.")

    def notification_cannot_future(self, p: Params) -> str:
        return self.tr("The notification cannot be in the future.")

    def retention_period_between_1_years(self, p: Params) -> str:
        return fill(
            self.tr("A retention period is between 1 and %1 years."),
            p.text("max_years"),
        )

    def report_language_one_of(self, p: Params) -> str:
        return fill(
            self.tr("The report language is one of %1."),
            p.text("languages"),
        )
