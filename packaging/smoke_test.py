"""Run the frozen build the way a salon would, in a throw-away data folder.

    python packaging/smoke_test.py [dist/SalonVault]

The console program makes a demo salon, searches it, takes a backup and verifies it (once with
the vault, once with the recovery key alone); the window program starts offscreen and must
reach the lock screen. Each step's time is printed; any failure exits non-zero with the step's
output. Nothing here imports SalonVault: only the frozen programs run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""


class SmokeFailure(Exception):
    pass


def _run(step: str, command: list[str], env: dict[str, str], stdin: str = "") -> str:
    started = time.perf_counter()
    done = subprocess.run(  # noqa: PLW1510 - the exit code is checked below
        command, input=stdin, capture_output=True, text=True, env=env, timeout=300
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SmokeFailure(
            f"{step} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}".rstrip()
        )
    print(f"ok  {step:<38} {seconds:6.2f} s")
    return done.stdout


# A throw-away key pair made for this test only: it protects nothing.
_TEST_IDENTITY = "AGE-SECRET-KEY-19Z78S467DEKZLQ0HWCU6Y3Z07GNHSKJWNY3DE8YX26AYRNXNHXTQY5JRDY"
_TEST_RECIPIENT = "age1n0mksj78wkd8u06xtv2g6sqgelep82ry2xhgjxu5qtwf46qy25essa3r8d"
_WORKER_FLAG = "--salonvault-age-worker"  # salonvault/backup/age_process.py


def _age_worker_round_trip(program: str, env: dict[str, str]) -> None:
    """A large vault's backup runs age in a child: the frozen program started with the worker
    flag. The demo salon is too small to take that path, so run the child here directly."""
    started = time.perf_counter()
    plain = os.urandom(3 * 1024 * 1024) + b"SalonVault"

    def worker(mode: str, key: str, data: bytes, option: str = "-") -> bytes:
        done = subprocess.run(  # noqa: PLW1510 - the exit code is checked below
            [program, _WORKER_FLAG],
            input=f"{mode} {key} {option}\n".encode("ascii") + data,
            capture_output=True,
            env=env,
            timeout=120,
        )
        if done.returncode != 0:
            raise SmokeFailure(
                f"{Path(program).name} {_WORKER_FLAG} {mode} failed (exit {done.returncode}):\n"
                + done.stderr.decode("utf-8", "replace")
            )
        return done.stdout

    sealed = worker("encrypt", _TEST_RECIPIENT, plain)
    if not sealed.startswith(b"age-encryption.org/v1") or plain[:64] in sealed:
        raise SmokeFailure(f"{Path(program).name} as the age child did not encrypt.")
    if worker("decrypt", _TEST_IDENTITY, sealed) != plain:
        raise SmokeFailure(f"{Path(program).name} as the age child did not decrypt back.")
    # The read-back after a backup: decrypted whole, nothing sent back.
    if worker("decrypt", _TEST_IDENTITY, sealed, "discard") != b"":
        raise SmokeFailure(f"{Path(program).name} as the age child sent a read-back back.")
    step = f"age child ({Path(program).name})"
    print(f"ok  {step:<38} {time.perf_counter() - started:6.2f} s")


def _papers_and_old_files(
    cli: str, data: str, acting: list[str], pin: str, work: Path, env: dict[str, str]
) -> None:
    """Libraries the program loads only when first used (issue 24, cold start), so starting
    it no longer proves they are in the build: reportlab makes a client card, PDFium reads it
    back as an attached paper, charset_normalizer recognises an old Windows-1250 list."""
    card = work / "card.pdf"
    _run(
        "card PDF",
        [cli, "--data-dir", data, "card-pdf", "1", "--out", str(card), *acting],
        env,
        pin,
    )
    attached = json.loads(
        _run(
            "attach a PDF",
            [cli, "--data-dir", data, "attach", "1", str(card), "--kind", "other", *acting],
            env,
            pin,
        )
    )
    if attached.get("pages") != 1:
        raise SmokeFailure(f"the attached card did not read back as one page: {attached}")
    old_list = work / "old-list.csv"
    old_list.write_bytes("Nazwisko;Imię;Telefon\nŁukasiewicz;Zofia;+48601555777\n".encode("cp1250"))
    report = _run(
        "import a Windows-1250 list (dry run)",
        [cli, "--data-dir", data, "import", str(old_list), "--dry-run", *acting],
        env,
        pin,
    )
    if json.loads(report.splitlines()[0]).get("detected_encoding") != "cp1250":
        raise SmokeFailure(f"the old list's code page was not recognised:\n{report}")


def smoke_test(build: Path) -> None:
    cli = str(build / f"salonvault-cli{EXE}")
    gui = str(build / f"SalonVault{EXE}")
    for program in (cli, gui):
        if not Path(program).is_file():
            raise SmokeFailure(f"{program} is missing from the build.")
    work = Path(tempfile.mkdtemp(prefix="salonvault-smoke-"))
    try:
        env = dict(os.environ)
        env.update(
            SALONVAULT_DEVICE_KEY_DIR=str(work / "device-keys"),  # never the builder's own store
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            QT_QPA_PLATFORM="offscreen",
        )
        data = str(work / "salon")
        version = _run("version", [cli, "--version"], env).strip()
        print(f"    {version}")
        info = json.loads(_run("demo salon", [cli, "--data-dir", data, "demo"], env))
        owner = next(s for s in info["staff"] if s["role"] == "owner")
        acting = ["--staff", owner["name"], "--pin-stdin"]
        pin = f"{owner['pin']}\n"
        found = _run("search", [cli, "--data-dir", data, "search", "nguyen", *acting], env, pin)
        if not found.strip():
            raise SmokeFailure("search found no demo client named Nguyễn.")
        backups = work / "usb-stick"
        backups.mkdir()
        written = _run(
            "backup", [cli, "--data-dir", data, "backup", "--to", str(backups), *acting], env, pin
        )
        files = sorted(backups.glob("*.svbak"))
        if len(files) != 1:
            raise SmokeFailure(f"backup wrote {len(files)} files:\n{written}")
        _run(
            "verify-backup (with the vault)",
            [cli, "--data-dir", data, "verify-backup", str(files[0])],
            env,
        )
        _run(
            "verify-backup (recovery key alone)",
            [
                cli,
                "--data-dir",
                str(work / "elsewhere"),
                "verify-backup",
                str(files[0]),
                "--recovery-key",
                info["recovery_key_file"],
            ],
            env,
        )
        _papers_and_old_files(cli, data, acting, pin, work, env)
        _age_worker_round_trip(cli, env)
        _age_worker_round_trip(gui, env)
        shown = _run("window to the lock screen", [gui, "--data-dir", data, "--smoke-test"], env)
        if "lock screen shown" not in shown:
            raise SmokeFailure(f"the window did not reach the lock screen:\n{shown}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    build = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "SalonVault"
    try:
        smoke_test(build.resolve())
    except SmokeFailure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
