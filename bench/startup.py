"""Cold start to the lock screen, and PIN accepted to the main window, in fresh processes.

Each run starts a new Python process that goes through the real AppController (open the vault,
build the shell) and reports when the lock screen, then the workspace, first paint, and its
peak resident memory. Targets (issue 3): cold start ≤ 1.0 s, PIN to main window ≤ 0.6 s.

    .venv/bin/python -m bench --only startup [--clients 100000] [--runs 5]
    .venv/bin/python -m bench.startup [same options]
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import time
from typing import Any

from bench.salon import REPO_ROOT, Salon
from bench.stats import plural, summary
from bench.targets import limit

CHILD = r"""
import sys, time
t0 = float(sys.argv[3])
from pathlib import Path
from ui.launch import load_core_first
load_core_first()  # as the `salonvault` command starts the GUI
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from ui.app import AppController, create_application, leave_now
from ui.i18n import Translations
from ui.operations import Operations

app = create_application()
translations = Translations(app)
translations.switch("en")
operations = Operations(app)
controller = AppController(Path(sys.argv[1]), translations, operations)
marks = {}

class FirstPaint(QObject):
    def __init__(self, key, then, inside=lambda obj: True):
        super().__init__()
        self.key, self.then, self.inside = key, then, inside
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.key not in marks and self.inside(obj):
            marks[self.key] = time.time()
            QTimer.singleShot(0, self.then)
        return False

def peak_kb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

def signed_in_painted():
    lock, main = marks["lock"] - t0, marks["main"] - marks["pin"]
    print(f"{lock:.4f} {main:.4f} {peak_kb()}", flush=True)
    app.quit()

def sign_in():
    shell = controller.shell
    def in_workspace(obj):
        workspace = shell.workspace
        if workspace is None or not isinstance(obj, QWidget):  # QWindows get paint events too
            return False
        return obj is workspace or workspace.isAncestorOf(obj)
    watcher = FirstPaint("main", signed_in_painted, in_workspace)
    app.installEventFilter(watcher)
    shell._watcher = watcher
    marks["pin"] = time.time()
    shell.lock_screen.select(sys.argv[2].split("|")[0])
    shell.lock_screen.sign_in_requested.emit(*sys.argv[2].split("|"))

def lock_painted():
    app.removeEventFilter(first)
    # Wait for the workspace's own paint, not the lock screen's repaints.
    QTimer.singleShot(0, sign_in)

def in_lock_screen(obj):
    # Not the "Opening the vault…" dialog a big vault shows first: the lock screen itself.
    shell = controller.shell
    lock = shell.lock_screen if shell is not None else None
    if lock is None or not isinstance(obj, QWidget):  # QWindows get paint events too
        return False
    return obj is lock or lock.isAncestorOf(obj)

first = FirstPaint("lock", lock_painted, in_lock_screen)
app.installEventFilter(first)
controller.start()
code = app.exec()
operations.wait()  # the same way out as ui/app.py's run_gui
stopped = controller.stop_file_check()
if controller.shell is not None:
    controller.shell.vault.close()
if not stopped:
    leave_now(code)
sys.exit(code)
"""


SECTION = "Start-up (bench/startup.py)"


def measure(salon: Salon, runs: int) -> dict[str, Any]:
    """`runs` fresh processes, each timed from before its launch; peak RSS is the largest
    any of them reached."""
    cold, pin, peaks = [], [], []
    # As installed (PyInstaller ships bytecode): compiled once before, never at start. Without
    # this, an environment with PYTHONDONTWRITEBYTECODE compiles ~100 modules from source in
    # every run (2.8 s of a PIN-to-window on this machine, issue 24).
    for package in ("salonvault", "ui"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1, workers=1)
    env = {k: v for k, v in salon.env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(salon.data_dir), "|".join(salon.staff("owner")),
             repr(start)],
            capture_output=True, text=True, check=False, env=env, timeout=900,
        )  # fmt: skip
        if out.returncode:
            raise RuntimeError(f"the start-up process failed:\n{out.stderr}")
        lock_s, main_s, peak_kb = out.stdout.split()
        cold.append(float(lock_s))
        pin.append(float(main_s))
        peaks.append(int(peak_kb) / 1024)
    return {
        "measures": {
            "cold_start_s": summary(cold, "s", max(peaks)),
            "pin_to_window_s": summary(pin, "s", max(peaks)),
        },
        "details": {"runs": runs},
    }


def section(result: dict[str, Any], salon: str, machine: str) -> str:
    measures = result["measures"]
    rows = [
        ("Cold start to lock screen", measures["cold_start_s"], limit("cold_start_s")),
        ("PIN accepted to main window", measures["pin_to_window_s"], limit("pin_to_window_s")),
    ]
    table = [
        "| measure | median | p95 | target | met | peak RSS |",
        "|---|---|---|---|---|---|",
        *(
            f"| {name} | {m['median']:.3f} s | {m['p95']:.3f} s | ≤ {target} s "
            f"| {'yes' if m['p95'] <= target else 'NO'} | {m['peak_rss_mb']:.0f} MB |"
            for name, m, target in rows
        ),
        "",
        f"{plural(result['details']['runs'], 'run')}, each a fresh process timed from before its"
        f" launch, on a salon of {salon}; device-slot unlock, owner signing in. Before the lock"
        " screen the program checks the key and the first page; the whole-file check (every"
        " page's HMAC and `quick_check`) runs afterwards on its own thread (decision 0017),"
        " so it overlaps both measures. The PIN time includes Argon2id verification (RFC 9106"
        " low-memory profile), loading the workspace's code, the dashboard's figures and the"
        " first paint of the main window. Peak RSS is the largest of the processes."
        f" {machine}",
    ]
    return "\n".join(table)


def main() -> None:
    """Start-up alone, through the one bench command (which builds or reuses the salon)."""
    from bench.__main__ import main as bench_main  # noqa: PLC0415

    bench_main(["--only", "startup", *sys.argv[1:]])


if __name__ == "__main__":
    main()
