"""The window's words for the core's "documents.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class DocumentsErrors(QObject):
    """Methods are named after the key's second part."""

    def pdf_far_larger_than_recovery(self, p: Params) -> str:
        return self.tr("That PDF is far larger than a Recovery Kit.")

    def pdf_cannot_read_open_recovery(self, p: Params) -> str:
        return self.tr("That PDF cannot be read; open the Recovery Kit PDF or the key file.")

    def pdf_recovery_kit(self, p: Params) -> str:
        return self.tr("That PDF is not a Recovery Kit.")

    def day_sheet_lists_most_clients(self, p: Params) -> str:
        return fill(
            self.tr("A day sheet lists at most %1 clients."),
            p.text("max_day_sheet"),
        )

    def paper_printed_saved(self, p: Params) -> str:
        return self.tr("A paper is printed or saved.")

    def paper_language_one_of(self, p: Params) -> str:
        return fill(
            self.tr("The paper's language is one of %1."),
            p.text("languages"),
        )
