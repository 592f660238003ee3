"""Set up the local environment and run SalonVault or its tests.

Standard library only, so it runs on a fresh machine with nothing but Python 3.11+:

    python3 dev.py run     create .venv and a demo salon, open the window on it
    python3 dev.py test    create .venv, run the whole test suite (the 30 slowest tests listed)
    python3 dev.py test --quick    the same without the tests marked slow (docs/testing.md)
    python3 dev.py lint    ruff, mypy (strict on salonvault/ and ui/), layer contracts, actionlint
    python3 dev.py i18n    refresh the .ts files from the GUI's tr() strings, build the .qm files
    python3 dev.py build   the frozen app in dist/ (--smoke-test, --installer: see packaging/)

The environment is installed from requirements/lock.txt with hashes checked, so every machine gets
the same packages. It is rebuilt when the lock file changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "lock.txt"
STAMP = VENV / "salonvault-lock.sha256"
DEMO_DIR = ROOT / "demo-salon"
DEMO_INFO = ROOT / "demo-salon.json"
TRANSLATIONS = ROOT / "salonvault" / "resources" / "translations"
GUI_LANGUAGES = ("en", "vi", "pl", "zh_CN")


def venv_bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def run(*args: str | Path, stdin_text: str | None = None, stdout: object = None) -> int:
    data = stdin_text.encode() if stdin_text is not None else None
    result = subprocess.run(  # noqa: PLW1510 - the exit code is the answer
        [str(a) for a in args], cwd=ROOT, input=data, stdout=stdout
    )
    return result.returncode


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - an older Python may start this script
        sys.exit("SalonVault needs Python 3.11 or newer.")
    # Only what installs counts: the lock and pyproject's [project] part (not tool settings).
    project_part = re.split(r"^\[tool\.", (ROOT / "pyproject.toml").read_text(), flags=re.M)[0]
    wanted = hashlib.sha256(LOCK.read_bytes() + project_part.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and venv_bin("python").exists():
        return
    print("Setting up the environment in .venv (first run or changed lock file)...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    python = venv_bin("python")
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    steps = [
        [*pip, "install", "--require-hashes", "--no-deps", "-r", LOCK],
        [*pip, "install", "--no-deps", "--no-build-isolation", "--editable", ROOT],
    ]
    for step in steps:
        if run(*step) != 0:
            sys.exit("Installing the environment failed (see the messages above).")
    STAMP.write_text(wanted)


def build_translations() -> None:
    """Compile every .ts in salonvault/resources/translations to .qm (build output, not in git;
    a wheel builds them itself: build_translations.py)."""
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if run(venv_bin("pyside6-lrelease"), "-silent", source, "-qm", target) != 0:
            sys.exit(f"Building {target.name} failed.")


def cmd_i18n(_extra: list[str]) -> int:
    ensure_env()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    targets = [str(TRANSLATIONS / f"salonvault_{lang}.ts") for lang in GUI_LANGUAGES]
    code = run(venv_bin("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *targets)
    build_translations()
    return code


def cmd_run(extra: list[str]) -> int:
    ensure_env()
    build_translations()
    salonvault = venv_bin("salonvault")
    if not DEMO_DIR.exists():
        with DEMO_INFO.open("wb") as out:
            code = run(salonvault, "--data-dir", DEMO_DIR, "demo", stdout=out)
        if code != 0:
            return code
    info = json.loads(DEMO_INFO.read_text())
    print("Demo salon in", info["data_dir"])
    print("Demo staff (name / role / PIN):")
    for member in info["staff"]:
        print(f"  {member['name']:<20} {member['role']:<13} {member['pin']}")
    print("Recovery key file:", info["recovery_key_file"])
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        owner = next(m for m in info["staff"] if m["role"] == "owner")
        print("\nNo display here, so the window cannot open; the activity log instead:")
        audit = ["audit", "list", "--staff", owner["name"], "--pin-stdin"]
        return run(salonvault, "--data-dir", DEMO_DIR, *audit, stdin_text=f"{owner['pin']}\n")
    print("\nOpening SalonVault…", flush=True)
    return run(salonvault, "--data-dir", DEMO_DIR, "--demo-info", DEMO_INFO, *extra)


def cmd_test(extra: list[str]) -> int:
    """Everything, or with --quick the inner loop: all but the tests marked slow. Other
    arguments go to pytest (a file, -k, -x …)."""
    ensure_env()
    build_translations()
    if "--quick" in extra:
        extra = [arg for arg in extra if arg != "--quick"]
        lane = ["-m", "not slow", "--durations=10"]
        os.environ["SALONVAULT_TEST_PIN_COST"] = "low"  # PINs hashed cheaply (docs/testing.md)
    else:
        lane = ["--durations=30"]
    return run(venv_bin("python"), "-m", "pytest", *lane, *extra)


def cmd_lint(_extra: list[str]) -> int:
    ensure_env()
    checks = [
        [venv_bin("ruff"), "check", "."],
        [venv_bin("ruff"), "format", "--check", "."],
        [venv_bin("mypy")],
        [venv_bin("lint-imports")],
        # .github/workflows/ (with shellcheck on run: scripts when it is on PATH)
        [venv_bin("actionlint")],
    ]
    failed = [" ".join(str(c) for c in check[:2]) for check in checks if run(*check) != 0]
    if failed:
        print("Failed:", ", ".join(failed))
        return 1
    return 0


def cmd_build(extra: list[str]) -> int:
    ensure_env()
    build_translations()
    return run(venv_bin("python"), ROOT / "packaging" / "build.py", *extra)


COMMANDS = {
    "run": cmd_run,
    "test": cmd_test,
    "lint": cmd_lint,
    "i18n": cmd_i18n,
    "build": cmd_build,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(COMMANDS)}}} [args...]")
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
