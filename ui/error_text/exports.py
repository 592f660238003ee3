"""The window's words for the core's "exports.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class ExportsErrors(QObject):
    """Methods are named after the key's second part."""

    def use_passphrase_least_characters_export(self, p: Params) -> str:
        return fill(
            self.tr("Use a passphrase of at least %1 characters for the export."),
            p.text("min_passphrase"),
        )

    def export_could_encrypted_nothing_written(self, p: Params) -> str:
        return self.tr("The export could not be encrypted; nothing was written.")

    def marketing_channel_one(self, p: Params) -> str:
        return fill(
            self.tr("The marketing channel is one of: %1."),
            p.text("names"),
        )

    def unencrypted_export_needs_owner_s(self, p: Params) -> str:
        return self.tr(
            "An unencrypted export needs the owner's confirmation that the file leaves "
            "the vault; nothing was exported."
        )

    def separate_csv_columns_comma_semicolon(self, p: Params) -> str:
        return self.tr("Separate CSV columns with a comma or a semicolon.")
