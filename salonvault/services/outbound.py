"""Saving a document where someone chose, for the services: the core decides where a file that
leaves the vault may land (the one door out, files/outbound.py; decision 0019), the window only
passes the path it was given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from salonvault.files.outbound import check_target, write_out


def save_document(path: Path, data_dir: Path, make: Callable[[], bytes]) -> Path:
    """Refuse a target the door refuses before `make` runs (it logs that the document was made),
    then write its bytes through the door. The caller checks the permission first."""
    check_target(path, data_dir)
    return write_out(path, make(), data_dir)
