"""The data folder's own files and folders are this user's alone: 0600 and 0700.

Files leaving the vault go through outbound.py; this is for the vault's own folder (the data
folder, a restore's staging folder, `replaced-…/`, `backups/before-upgrade/`), where a folder
made with Python's defaults, or a vault file copied in by hand, would be readable by every
account on the PC (issue 20). Windows keeps a user's AppData private by its ACLs: nothing to do.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Make `folder` and any missing parent 0700 (`mkdir -p` would give the parents the
    umask's 0755); an existing `folder` is made 0700 too. Parents that exist are not touched."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    if os.name == "posix":
        # Best effort (a folder someone else made, read-only media): the files are private.
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER)


def keep_private(*paths: Path) -> None:
    """Files of the vault found wider than 0600 (copied in by hand, or restored by a version
    before this rule) are narrowed; missing ones are skipped."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(OSError):  # missing, or not ours to change: opening decides
            if os.stat(path).st_mode & 0o077:
                os.chmod(path, PRIVATE_FILE)
