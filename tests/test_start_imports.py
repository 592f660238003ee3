"""What the program loads before its lock screen (issue 24, cold start): opening a vault needs
the services and the shell, not the libraries that make or read documents, nor printing (the
set-up wizard's kit page). Each was imported on the way to the lock screen and cost every start
of the program 30-120 ms; they are loaded when first used."""

from __future__ import annotations

import os
import subprocess
import sys

LOADED_WHEN_USED = ("reportlab", "pypdfium2", "charset_normalizer", "PySide6.QtPrintSupport")


def test_the_way_to_the_lock_screen_loads_no_document_library() -> None:
    probe = (
        "import sys, salonvault.services.vault, ui.app, ui.launch, ui.shell;"
        f"print(' '.join(m for m in {LOADED_WHEN_USED!r} if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    assert found == []
