"""What the program loads before its lock screen (issue 24, cold start): opening a vault needs
the services and the shell, not the libraries that make or read documents, nor printing (the
set-up wizard's kit page). Each was imported on the way to the lock screen and cost every start
of the program 30-120 ms; they are loaded when first used."""

from __future__ import annotations

import os
import subprocess
import sys

LOADED_WHEN_USED = ("reportlab", "pypdfium2", "charset_normalizer", "PySide6.QtPrintSupport")


def printed_by(probe: str) -> list[str]:
    """The words a fresh interpreter running `probe` prints."""
    return subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()


def test_the_way_to_the_lock_screen_loads_no_document_library() -> None:
    probe = (
        "import sys, salonvault.services.vault, ui.app, ui.launch, ui.shell;"
        f"print(' '.join(m for m in {LOADED_WHEN_USED!r} if m in sys.modules))"
    )
    found = printed_by(probe)
    assert found == []


def test_the_gui_loads_the_core_before_qt() -> None:
    """PySide6 reads the source of every module imported after it (its `__feature__` check):
    ui.launch loads the core first, so a cold start does not fetch ~430 source files. The GUI
    itself is replaced by a stand-in that reports what was loaded when it was reached."""
    probe = (
        "import sys, types\n"
        "stand_in = types.ModuleType('ui.app')\n"
        "def run_gui(args):\n"
        "    print('core' if 'salonvault.services.vault.opening' in sys.modules else 'none',"
        " 'qt' if 'PySide6' in sys.modules else 'no-qt')\n"
        "    return 0\n"
        "stand_in.run_gui = run_gui\n"
        "sys.modules['ui.app'] = stand_in\n"
        "import ui.launch\n"
        "sys.exit(ui.launch.main([]))\n"
    )
    found = printed_by(probe)
    assert found == ["core", "no-qt"]


def test_no_part_of_the_core_is_first_loaded_after_qt() -> None:
    """The whole way to the lock screen (launcher, app, shell): every core module it needs is
    loaded by `load_core_first`, so PySide6 reads none of their sources."""
    probe = (
        "import sys\n"
        "from ui.launch import load_core_first\n"
        "load_core_first()\n"
        "before = set(sys.modules)\n"
        "import PySide6.QtCore, ui.app, ui.shell\n"
        "print(' '.join(sorted(m for m in set(sys.modules) - before"
        " if m.startswith('salonvault'))))\n"
    )
    found = printed_by(probe)
    assert found == []
