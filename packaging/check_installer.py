"""Compile installer.iss with the real Inno Setup compiler under Wine and drive the result:
install, upgrade over it, refuse the data folder as the program folder, uninstall, and check
after each step that the salon's data folder is byte for byte as it was.

    python packaging/check_installer.py --iscc /path/to/ISCC.exe [--frozen dist/SalonVault]

Needs Debian's wine (with wine32) and xvfb-run; Inno Setup 6 from its official installer or the
npm package `innosetup` (which carries ISCC.exe). Wine has no per-user Program Files folder, so
setup runs with /ALLUSERS here; on Windows the default is per-user (docs/decisions/0013).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class CheckFailure(Exception):
    pass


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all")

    def run(self, *args: str, check: bool = True) -> int:
        command = ["xvfb-run", "-a", "wine", *args]
        done = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=600, check=False
        )
        if check and done.returncode != 0:
            raise CheckFailure(f"{' '.join(args[:2])} exited {done.returncode}: {done.stderr}")
        return done.returncode

    def path(self, windows_path: str) -> Path:
        """The Linux path of C:\\… inside the prefix."""
        drive, _, rest = windows_path.partition(":\\")
        assert drive.upper() == "C", windows_path
        return self.prefix / "drive_c" / Path(*rest.split("\\"))


def digest_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def compile_setup(iscc: list[str], wine: Wine, version: str, source: Path, out: Path) -> Path:
    command = [
        *iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir=Z:{source}",
        f"/DOutputDir=Z:{out}",
        "installer.iss",
    ]
    done = subprocess.run(
        command, cwd=ROOT, env=wine.env, capture_output=True, text=True, timeout=900, check=False
    )
    if done.returncode != 0 or "Successful compile" not in done.stdout:
        raise CheckFailure(f"ISCC failed for {version}:\n{done.stdout[-3000:]}\n{done.stderr}")
    setup = out / f"SalonVault-Setup-{version}.exe"
    print(f"ok  compiled {setup.name} ({setup.stat().st_size / 2**20:.1f} MiB)")
    return setup


def check(iscc_exe: Path, frozen: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="salonvault-installer-"))
    try:
        wine = Wine(work / "wineprefix")
        wine.run("wineboot", "--init")
        wine.run("winecfg", "-v", "win10")
        iscc = ["wine", str(iscc_exe)]
        # Version 1: the build plus a library the next version no longer ships.
        old = work / "old-build"
        shutil.copytree(frozen, old, symlinks=True)
        (old / "_internal" / "dropped-in-the-next-version.txt").write_text("old")
        setup_old = compile_setup(iscc, wine, "0.0.1", old, work)
        setup_new = compile_setup(iscc, wine, "99.0.0", frozen, work)

        program = wine.path("C:\\Program Files\\SalonVault")
        data = wine.path(
            "C:\\users\\" + os.environ.get("USER", "root") + "\\AppData\\Local\\SalonVault"
        )
        data.mkdir(parents=True)
        (data / "vault.db").write_bytes(os.urandom(65536))
        (data / "keyslots.json").write_text('{"slots": []}')
        (data / "backups" / "before-upgrade").mkdir(parents=True)
        (data / "backups" / "before-upgrade" / "salonvault-backup-x.svbak").write_bytes(b"age")
        salon = digest_tree(data)
        silent = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS"]

        wine.run(str(setup_old), *silent)
        if not (program / "_internal" / "dropped-in-the-next-version.txt").is_file():
            raise CheckFailure("version 0.0.1 did not install its files")
        print(f"ok  installed 0.0.1 into {program}")
        if digest_tree(data) != salon:
            raise CheckFailure("installing changed the data folder")

        wine.run(str(setup_new), *silent)
        if (program / "_internal" / "dropped-in-the-next-version.txt").exists():
            raise CheckFailure("the upgrade left the old version's library behind")
        if digest_tree(program / "_internal") != digest_tree(frozen / "_internal"):
            raise CheckFailure("after the upgrade the program folder differs from the build")
        if digest_tree(data) != salon:
            raise CheckFailure("upgrading changed the data folder")
        print("ok  upgraded to 99.0.0: old library removed, program folder = build, data as it was")

        refused = wine.run(str(setup_new), *silent, f"/DIR={data_windows(data, wine)}", check=False)
        if refused == 0 or digest_tree(data) != salon:
            raise CheckFailure("setup accepted the salon's data folder as its program folder")
        print(f"ok  the data folder as program folder is refused (exit {refused}), data as it was")

        uninstaller = program / "unins000.exe"
        wine.run(str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
        left = list(program.rglob("*")) if program.exists() else []
        if left:
            raise CheckFailure(f"uninstalling left {len(left)} program files behind")
        if digest_tree(data) != salon:
            raise CheckFailure("uninstalling changed the data folder")
        print("ok  uninstalled: program folder gone, data folder byte for byte as it was")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def data_windows(data: Path, wine: Wine) -> str:
    relative = data.relative_to(wine.prefix / "drive_c")
    return "C:\\" + "\\".join(relative.parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iscc", type=Path, required=True, help="path of ISCC.exe")
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "SalonVault")
    options = parser.parse_args()
    try:
        check(options.iscc.resolve(), options.frozen.resolve())
    except CheckFailure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("installer check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
