"""The window's words for the core's "treatments.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class TreatmentsErrors(QObject):
    """Methods are named after the key's second part."""

    def write_developer_6_20_vol(self, p: Params) -> str:
        return self.tr("Write the developer as 6%, 20 vol or 6% / 20 vol.")

    def write_mixing_ratio_1_1(self, p: Params) -> str:
        return self.tr("Write the mixing ratio as 1:1, 1:1.5 or 1:2.")

    def developer_s_volume_whole_number(self, p: Params) -> str:
        return self.tr("A developer's volume is a whole number, like 20 vol.")

    def type_price_number_e_g(self, p: Params) -> str:
        return self.tr("Type the price as a number, e.g. 120.50.")

    def patch_test_date_future(self, p: Params) -> str:
        return self.tr("The patch test date is in the future.")

    def visit_date_future(self, p: Params) -> str:
        return self.tr("The visit date is in the future.")

    def choose_one_salon_s_services(self, p: Params) -> str:
        return self.tr("Choose one of the salon's services.")

    def choose_who_did_treatment(self, p: Params) -> str:
        return self.tr("Choose who did the treatment.")

    def currency_3_letter_code_vnd(self, p: Params) -> str:
        return self.tr("The currency is a 3-letter code (VND, PLN, CNY…).")

    def there_such_treatment(self, p: Params) -> str:
        return self.tr("There is no such treatment.")

    def patch_test_client_s_record(self, p: Params) -> str:
        return self.tr("That patch test is not on this client's record.")

    def patch_test_required(self, p: Params) -> str:
        return fill(
            self.tr(
                "This service needs a valid patch test and the client's is %1; record a "
                "patch test, or acknowledge the warning to go ahead (it is logged)."
            ),
            p.text("status"),
        )

    def visit_locked(self, p: Params) -> str:
        return self.tr(
            "This treatment can no longer be edited (own entries only, within 24 "
            "hours); add a correction instead."
        )
