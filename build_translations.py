"""A wheel carries the compiled translations: setuptools' build_py runs Qt's lrelease on every
.ts in salonvault/resources/translations before copying package data. Without it an installed
program would show English after the user picks Vietnamese, silently; here a missing lrelease
or a failed compile stops the build instead.

Wired in pyproject.toml ([tool.setuptools.cmdclass]); `python3 dev.py` builds the same files
for a checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "salonvault" / "resources" / "translations"


def lrelease() -> str:
    """PySide6's lrelease: beside this Python, or on PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        found = shutil.which(name, path=str(folder)) or shutil.which(name)
        if found:
            return found
    raise SystemExit(
        "Building SalonVault needs Qt's lrelease (PySide6-Essentials) to compile translations."
    )


def compile_translations() -> list[Path]:
    tool = lrelease()
    made = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        result = subprocess.run(  # noqa: S603 - our own tool on our own files
            [tool, "-silent", str(source), "-qm", str(target)], check=False
        )
        if result.returncode != 0 or not target.is_file():
            raise SystemExit(f"Compiling {source.name} failed; the build stops here.")
        made.append(target)
    if not made:
        raise SystemExit(f"No translations found in {TRANSLATIONS}.")
    return made


class BuildPyWithTranslations(build_py):  # type: ignore[misc]
    def run(self) -> None:
        compile_translations()
        super().run()
