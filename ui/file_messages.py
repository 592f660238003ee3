"""Translated sentences for files the door out refused or could not write (keys from
salonvault.domain.errors.FileProblem; decision 0019). Any other error keeps its own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.errors import (
    BackupNotWritten,
    ExportNotWritten,
    FileNotWritten,
    FileProblem,
    FileRefused,
)
from ui.labels import fill


def file_error_text(error: Exception) -> str:
    """The window's sentence for `error`: translated by key for the door's errors."""
    if isinstance(error, FileRefused):
        return fill(_problem(error.problem), error.path, error.folder, error.reason) + "."
    if isinstance(error, FileNotWritten):
        sentence = fill(_problem(error.problem), error.path, error.folder, error.reason)
        return fill(QCoreApplication.translate("FileProblem", "%1; %2."), sentence, _outcome(error))
    return str(error)


def _outcome(error: FileNotWritten) -> str:
    if isinstance(error, ExportNotWritten):
        return QCoreApplication.translate("FileProblem", "nothing was exported")
    if isinstance(error, BackupNotWritten):
        return QCoreApplication.translate("FileProblem", "earlier backups were not touched")
    return QCoreApplication.translate("FileProblem", "nothing was written")


def _problem(problem: FileProblem) -> str:  # noqa: PLR0911
    # %1 the file, %2 its folder, %3 the system's reason. Spelled out so lupdate finds them;
    # no final full stop (the caller adds it, or an outcome after a semicolon).
    if problem is FileProblem.INSIDE_VAULT:
        return QCoreApplication.translate(
            "FileProblem",
            "Choose a place outside the vault's folder: %1 is inside it, and this file leaves"
            " the vault",
        )
    if problem is FileProblem.VAULT_FILE:
        return QCoreApplication.translate(
            "FileProblem", "%1 has the name of one of the vault's own files; choose another name"
        )
    if problem is FileProblem.IS_FOLDER:
        return QCoreApplication.translate("FileProblem", "%1 is a folder; give a file name")
    if problem is FileProblem.EXISTS:
        return QCoreApplication.translate("FileProblem", "%1 already exists; choose a new file")
    if problem is FileProblem.NO_FOLDER:
        return QCoreApplication.translate(
            "FileProblem", "The folder %2 is not there (is the drive plugged in?)"
        )
    if problem is FileProblem.FULL:
        return QCoreApplication.translate(
            "FileProblem", "The drive of %2 is full (free some space or use another drive)"
        )
    if problem is FileProblem.READ_ONLY:
        return QCoreApplication.translate(
            "FileProblem", "SalonVault may not write to %2: the drive is read-only"
        )
    if problem is FileProblem.NO_PERMISSION:
        return QCoreApplication.translate(
            "FileProblem", "SalonVault may not write to %2: this user has no permission there"
        )
    if problem is FileProblem.REMOVED:
        return QCoreApplication.translate(
            "FileProblem",
            "The folder %2 stopped answering or was removed (was the drive unplugged?)",
        )
    return QCoreApplication.translate("FileProblem", "The file could not be written to %2 (%3)")
