"""The window's words for the core's "file.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class FileErrors(QObject):
    """Methods are named after the key's second part."""

    def inside_vault(self, p: Params) -> str:
        return fill(
            self.tr(
                "Choose a place outside the vault's folder: %1 is inside it, and this file "
                "leaves the vault"
            ),
            p.text("path"),
        )

    def vault_file(self, p: Params) -> str:
        return fill(
            self.tr("%1 has the name of one of the vault's own files; choose another name"),
            p.text("path"),
        )

    def is_folder(self, p: Params) -> str:
        return fill(
            self.tr("%1 is a folder; give a file name"),
            p.text("path"),
        )

    def exists(self, p: Params) -> str:
        return fill(
            self.tr("%1 already exists; choose a new file"),
            p.text("path"),
        )

    def no_folder(self, p: Params) -> str:
        return fill(
            self.tr("The folder %1 is not there (is the drive plugged in?)"),
            p.text("folder"),
        )

    def full(self, p: Params) -> str:
        return fill(
            self.tr("The drive of %1 is full (free some space or use another drive)"),
            p.text("folder"),
        )

    def read_only(self, p: Params) -> str:
        return fill(
            self.tr("SalonVault may not write to %1: the drive is read-only"),
            p.text("folder"),
        )

    def no_permission(self, p: Params) -> str:
        return fill(
            self.tr("SalonVault may not write to %1: this user has no permission there"),
            p.text("folder"),
        )

    def removed(self, p: Params) -> str:
        return fill(
            self.tr("The folder %1 stopped answering or was removed (was the drive unplugged?)"),
            p.text("folder"),
        )

    def other(self, p: Params) -> str:
        return fill(
            self.tr("The file could not be written to %1 (%2)"),
            p.text("folder"),
            p.text("reason"),
        )

    def refused(self, p: Params) -> str:
        return fill(
            self.tr("%1."),
            p.text("problem"),
        )

    def not_written(self, p: Params) -> str:
        return fill(
            self.tr("%1; %2."),
            p.text("problem"),
            p.text("outcome"),
        )

    def nothing_written(self, p: Params) -> str:
        return self.tr("nothing was written")

    def nothing_exported(self, p: Params) -> str:
        return self.tr("nothing was exported")

    def backups_untouched(self, p: Params) -> str:
        return self.tr("earlier backups were not touched")
