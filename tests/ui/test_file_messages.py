"""The window's sentences for the door out's errors (ui/file_messages.py): one for every key,
and in English the same words as the core's, so neither drifts from the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.domain.errors import (
    BackupNotWritten,
    ExportNotWritten,
    FileNotWritten,
    FileProblem,
    FileRefused,
    VaultError,
)
from ui.error_text import error_text

TARGET = Path("/media/usb/kit.pdf")


@pytest.mark.parametrize("problem", list(FileProblem))
@pytest.mark.parametrize(
    "make",
    [
        lambda problem: FileRefused(problem, TARGET),
        lambda problem: FileNotWritten(problem, TARGET, reason="Input/output error"),
        lambda problem: ExportNotWritten(problem, TARGET, reason="Input/output error"),
        lambda problem: BackupNotWritten(problem, TARGET, reason="Input/output error"),
    ],
)
def test_every_key_has_the_cores_sentence_in_english(problem: FileProblem, make: object) -> None:
    error = make(problem)  # type: ignore[operator]
    assert error_text(error) == str(error)


def test_other_errors_are_said_by_their_key() -> None:
    busy = VaultError("vault.vault_busy_another_salonvault_backup")
    assert error_text(busy) == str(busy)  # the entry's English source until translated
