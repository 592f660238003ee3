"""Making a rename durable: fsync the folder that holds the renamed file."""

from __future__ import annotations

import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """POSIX only: Windows cannot open a folder for fsync, and NTFS journals renames."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
