"""A wheel built from the repository carries everything the program reads at run time, the
compiled translations above all (issue 18 item 14): installed into a fresh venv, the program's
own `salonvault` command opens its first window in Vietnamese. Built without build isolation
(this environment's setuptools and PySide6), from a copy of the sources that has no .qm files,
so the build hook must make them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

# Dependencies come from this environment (a .pth line in the new venv), not a download: the
# program itself is only what the wheel installed.
FIRST_SCREEN_IN_VIETNAMESE = "SetupWizard shown: Thiết lập SalonVault"


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

    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    subprocess.run([*install, "-q", str(wheel)], check=True, capture_output=True, timeout=300)
    program = venv / ("Scripts/salonvault.exe" if os.name == "nt" else "bin/salonvault")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    shown = subprocess.run(
        [program, "--data-dir", str(tmp_path / "salon"), "--language", "vi", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert FIRST_SCREEN_IN_VIETNAMESE in shown.stdout, shown.stdout
    where = subprocess.run(
        [python, "-c", "import ui, salonvault.resources as r; print(ui.__file__, r.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    assert all(Path(f).is_relative_to(site) for f in where.stdout.split()), where.stdout
