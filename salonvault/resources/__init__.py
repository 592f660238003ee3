"""Find the program's own files (fonts, icons, translations, consent texts).

They are package data in this folder, so a checkout, an installed wheel and PyInstaller's unpack
folder (`sys._MEIPASS`, where the frozen build puts them under `resources/`) all have them, and
callers never guess paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

from salonvault.domain.errors import ResourceMissing


def _resources_root() -> Path:
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is None:
            raise ResourceMissing("vault.salonvault_running_frozen_but_bundle")
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of `resources/<parts…>`; FileNotFoundError if it is not there."""
    root = _resources_root()
    path = root.joinpath(*parts)
    if not path.exists():
        what = "/".join(("resources", *parts))
        raise ResourceMissing(
            "vault.salonvault_s_missing_looked_installation", what=what, root=root
        )
    return path
