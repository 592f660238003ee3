"""The window's words for the core's "attachments.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class AttachmentsErrors(QObject):
    """Methods are named after the key's second part."""

    def paper_s_date_future(self, p: Params) -> str:
        return self.tr("The paper's date is in the future.")

    def paper_s_date_before_1900(self, p: Params) -> str:
        return self.tr("The paper's date is before 1900.")

    def choose_consent_record_paper_proves(self, p: Params) -> str:
        return self.tr(
            "Choose the consent record this paper proves (record the paper consent first)."
        )

    def consent_client_s_record(self, p: Params) -> str:
        return self.tr("That consent is not on this client's record.")

    def consent_signed_screen_link_scan(self, p: Params) -> str:
        return self.tr(
            "That consent was signed on screen; link a scan to a consent signed on paper."
        )

    def attachment_client_s_record(self, p: Params) -> str:
        return self.tr("That attachment is not on this client's record.")

    def there_such_attachment(self, p: Params) -> str:
        return self.tr("There is no such attachment.")

    def attachment_s_kind_one(self, p: Params) -> str:
        return fill(
            self.tr("An attachment's kind is one of %1."),
            p.text("kinds"),
        )

    def only_paper_consent_linked_consent(self, p: Params) -> str:
        return self.tr("Only a paper consent is linked to a consent record.")
