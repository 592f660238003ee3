"""The window's words for the core's "catalogue.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class CatalogueErrors(QObject):
    """Methods are named after the key's second part."""

    def duration_from_1_minutes(self, p: Params) -> str:
        return fill(
            self.tr("The duration is from 1 to %1 minutes."),
            p.text("max_service_minutes"),
        )

    def price_out_range(self, p: Params) -> str:
        return self.tr("The price is out of range.")

    def two_services_have_same_name(self, p: Params) -> str:
        return self.tr("Two services have the same name.")

    def salon_has_most_services(self, p: Params) -> str:
        return fill(
            self.tr("A salon has at most %1 services."),
            p.text("max_services"),
        )

    def there_such_service(self, p: Params) -> str:
        return self.tr("There is no such service.")

    def give_every_service_exactly_once(self, p: Params) -> str:
        return self.tr("Give every service exactly once to change the order.")
