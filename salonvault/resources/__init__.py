"""Find the program's own files (fonts, icons, translations, consent texts).

They are package data in this folder, so a checkout, an installed wheel and PyInstaller's unpack
folder (`sys._MEIPASS`, where the frozen build puts them under `resources/`) all have them, and
callers never guess paths.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _resources_root() -> Path:
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is None:
            raise FileNotFoundError(
                "SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown,"
                " so its resources cannot be found."
            )
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of `resources/<parts…>`; FileNotFoundError if it is not there."""
    root = _resources_root()
    path = root.joinpath(*parts)
    if not path.exists():
        what = "/".join(("resources", *parts))
        raise FileNotFoundError(
            f"SalonVault's {what} is missing (looked in {root}); the installation is incomplete."
        )
    return path
