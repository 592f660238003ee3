"""Find files in the top-level `resources/` folder (fonts, icons, translations, templates).

The folder sits beside the package in a source or editable checkout, and inside PyInstaller's
unpack folder (`sys._MEIPASS`) in the frozen Windows build, so callers never guess paths.
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
    return Path(__file__).resolve().parents[1] / "resources"


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
