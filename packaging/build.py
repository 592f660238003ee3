"""Build the frozen SalonVault folder (and, on Windows or with ISCC given, the installer).

Run through `python3 dev.py build` (it prepares .venv and the translations first), or with the
project's own Python:

    .venv/bin/python packaging/build.py [--smoke-test] [--installer] [--iscc "wine ISCC.exe"]
        [--frozen dist/SalonVault]

Output: dist/SalonVault/ (SalonVault and salonvault-cli), dist/build-info.json (version, size),
and with --installer (or --iscc) dist/SalonVault-Setup-<version>.exe. The build folder is made
fresh each time, so a stale library from an earlier build can never ride along; --frozen skips
the build and compiles the installer from a folder already built (on Linux, the real ISCC under
Wine: docs/decisions/0013-packaging.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build"
FROZEN = DIST / "SalonVault"
EXE = ".exe" if os.name == "nt" else ""
WINDOWS_ISCC = [
    Path(os.environ.get(name, "")) / "Inno Setup 6" / "ISCC.exe"
    for name in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def windows_version_file(version: str) -> Path:
    """The version resource Windows shows in a file's Properties (read by PyInstaller)."""
    numbers = [int(part) for part in version.split(".")[:3]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    strings = {
        "CompanyName": "SalonVault",
        "FileDescription": "SalonVault: encrypted client records for salons",
        "FileVersion": version,
        "InternalName": "SalonVault",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": "SalonVault.exe",
        "ProductName": "SalonVault",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    WORK.mkdir(exist_ok=True)
    path = WORK / "version-info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def freeze(version: str) -> None:
    missing = [
        p.name
        for p in (ROOT / "salonvault" / "resources" / "translations").glob("*.ts")
        if not p.with_suffix(".qm").exists()
    ]
    if missing:
        sys.exit(f"Build the translations first (python3 dev.py i18n); missing .qm for {missing}.")
    shutil.rmtree(FROZEN, ignore_errors=True)
    env = dict(
        os.environ,
        SALONVAULT_VERSION=version,
        SALONVAULT_VERSION_FILE=str(windows_version_file(version)),
    )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / "pyinstaller"),
        str(ROOT / "packaging" / "salonvault.spec"),
    ]
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:  # noqa: PLW1510
        sys.exit("PyInstaller failed (see its messages above).")
    for name in ("SalonVault", "salonvault-cli"):
        if not (FROZEN / f"{name}{EXE}").is_file():
            sys.exit(f"The build has no {name}{EXE}; the spec is out of step.")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def largest_parts(folder: Path, count: int = 8) -> list[tuple[str, int]]:
    sizes = [
        (str(p.relative_to(folder)), p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def find_iscc(given: str | None, windows: bool = os.name == "nt") -> list[str] | None:
    """The compiler command from --iscc, $ISCC or where Inno Setup installs itself."""
    given = given or os.environ.get("ISCC")
    if given:
        if Path(given).is_file():  # a bare path with spaces: C:\Program Files (x86)\…\ISCC.exe
            return [given]
        return split_command(given, windows)
    found = shutil.which("ISCC") or next((str(p) for p in WINDOWS_ISCC if p.is_file()), None)
    return [found] if found else None


def split_command(text: str, windows: bool) -> list[str]:
    """A command line split the way the platform's own programs would: POSIX shell rules, or on
    Windows the C runtime's (CommandLineToArgvW): a backslash is literal unless it comes before
    a double quote, so C:\\Program Files\\… in quotes stays one path with its backslashes."""
    if not windows:
        return shlex.split(text)
    words: list[str] = []
    word: list[str] = []
    in_word = quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            run = len(text) - index - len(text[index:].lstrip("\\"))
            index += run
            if index < len(text) and text[index] == '"':
                word.append("\\" * (run // 2))
                if run % 2:  # an escaped quote is part of the word
                    word.append('"')
                    index += 1
            else:
                word.append("\\" * run)
            in_word = True
            continue
        if char == '"':
            if quoted and text[index + 1 : index + 2] == '"':  # "" inside quotes: one quote
                word.append('"')
                index += 1
            else:
                quoted = not quoted
            in_word = True
        elif char in " \t" and not quoted:
            if in_word:
                words.append("".join(word))
            word, in_word = [], False
        else:
            word.append(char)
            in_word = True
        index += 1
    if in_word:
        words.append("".join(word))
    return words


def build_installer(version: str, iscc: list[str], frozen: Path = FROZEN) -> Path:
    # Relative, with backslashes: the same for ISCC on Windows and under Wine (whose drive Z:
    # is the Linux root, so the working folder is where relative paths start on both).
    source = os.path.relpath(frozen, ROOT).replace("/", "\\")
    command = [
        *iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir={source}",
        "/DOutputDir=" + os.path.relpath(DIST, ROOT).replace("/", "\\"),
        "installer.iss",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, errors="replace")  # noqa: PLW1510
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    # Under Wine a compiler ended from outside (its wineserver stopped) exits 0 with half a
    # setup written: only ISCC's own last words say it finished.
    if done.returncode != 0 or "Successful compile" not in done.stdout:
        sys.exit("The installer did not compile (see ISCC's messages above).")
    return DIST / f"SalonVault-Setup-{version}.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true", help="run the frozen build after")
    parser.add_argument("--installer", action="store_true", help="compile installer.iss too")
    parser.add_argument(
        "--iscc", help="the Inno Setup compiler command, e.g. 'wine ISCC.exe' (implies --installer)"
    )
    parser.add_argument(
        "--frozen", type=Path, help="compile the installer from this built folder; no build"
    )
    options = parser.parse_args()
    version = project_version()
    frozen: Path = options.frozen.resolve() if options.frozen else FROZEN
    if options.frozen is None:
        print(f"Building SalonVault {version} into {FROZEN}")
        freeze(version)
    size, count = folder_size(frozen)
    info: dict[str, object] = {
        "version": version,
        "platform": sys.platform,
        "folder_bytes": size,
        "files": count,
        "largest": largest_parts(frozen),
    }
    print(f"Frozen folder: {size / 2**20:.1f} MiB in {count} files")
    if options.installer or options.iscc:
        iscc = find_iscc(options.iscc)
        if iscc is None:
            sys.exit("Inno Setup's ISCC was not found; install Inno Setup 6 or pass --iscc.")
        setup = build_installer(version, iscc, frozen)
        info["installer_bytes"] = setup.stat().st_size
        print(f"Installer: {setup} ({setup.stat().st_size / 2**20:.1f} MiB)")
    DIST.mkdir(exist_ok=True)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    if options.smoke_test:
        smoke = subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "smoke_test.py"),
                str(frozen),
            ],
            check=False,
        )
        return smoke.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
