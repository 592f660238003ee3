"""The `salonvault` command: no command word opens the GUI, anything else is the CLI.

The CLI path never imports Qt, so scripted runs stay fast and work without a display.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from salonvault.cli import main as cli_main  # noqa: PLC0415 - keeps Qt out of the CLI

        return cli_main(args)
    load_core_first()
    from ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

    return run_gui(args)


def load_core_first() -> None:
    """Import the core before Qt. PySide6 reads the source of every module imported after it
    (its `__feature__` check): the core first spares a start about 430 source files, which a
    cold disk must fetch (issue 24)."""
    import salonvault.domain.background  # noqa: PLC0415 - for the file check
    import salonvault.services.vault  # noqa: F401, PLC0415


def _wants_cli(args: list[str]) -> bool:
    """True when a command word (a non-option after the global options) or --help is given."""
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg in ("-h", "--help", "--version"):
            return True
        elif arg in ("--data-dir", "--demo-info", "--language"):
            skip_next = True
        elif not arg.startswith("-"):
            return True
    return False


if __name__ == "__main__":
    sys.exit(main())
