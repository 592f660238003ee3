"""A wheel built from the repository carries everything the program reads at run time, the
compiled translations above all (issue 18 item 14): installed on its own, the window speaks
Vietnamese. Built without build isolation (this environment's setuptools and PySide6), from a
copy of the sources that has no .qm files, so the build hook must make them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

SHOW_IN_VIETNAMESE = """
import sys
from pathlib import Path
site = Path(sys.argv[1])
import salonvault.resources, ui
assert Path(salonvault.resources.__file__).is_relative_to(site), salonvault.resources.__file__
assert Path(ui.__file__).is_relative_to(site), ui.__file__
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from ui.i18n import Translations
app = QApplication([])
Translations(app).switch("vi")
print(QCoreApplication.translate("Navigation", "Clients"))
"""


def _sources(target: Path) -> Path:
    ignored = shutil.ignore_patterns(
        ".venv", ".git", "*.qm", "__pycache__", "build", "dist", "*.egg-info", "demo-salon*"
    )
    shutil.copytree(ROOT, target, ignore=ignored)
    return target


def test_a_wheel_built_from_the_repo_shows_the_window_in_vietnamese(tmp_path: Path) -> None:
    source = _sources(tmp_path / "src")
    assert not list(source.rglob("*.qm"))
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps"]
    build += ["--no-build-isolation", "-q", "-w", str(wheels)]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("salonvault-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("en", "vi", "pl", "zh_CN"):
        assert f"salonvault/resources/translations/salonvault_{language}.qm" in names
    assert not [n for n in names if n.endswith(".ts")]
    assert "salonvault/resources/fonts/NotoSans-Regular.ttf" in names
    assert "salonvault/resources/consent/vi/health_data.txt" in names

    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site)]
    subprocess.run([*install, str(wheel)], check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_IN_VIETNAMESE, str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "Khách hàng"
