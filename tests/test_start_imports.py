"""What the program loads before its lock screen (issue 24, cold start): opening a vault needs
the services, not the libraries that make or read documents. Each of these was imported with
the services and cost every start of the program 30-120 ms; they are loaded when first used."""

from __future__ import annotations

import subprocess
import sys

from salonvault import app_version

LOADED_WHEN_USED = ("reportlab", "pypdfium2", "charset_normalizer")


def test_the_services_load_no_document_library() -> None:
    probe = (
        "import sys, salonvault.services.vault, salonvault.storage.database;"
        f"print(' '.join(m for m in {LOADED_WHEN_USED!r} if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert found == []


def test_the_version_is_read_when_asked_for() -> None:
    assert app_version() == app_version() and app_version().count(".") >= 2
