"""Worker threads are waited for down to the operating system before the program exits
(ui/thread_exit.py): SQLCipher's bundled OpenSSL aborted some exits otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salonvault.services.vault.opening import Vault
from ui.file_check import FileCheck
from ui.operations import Operations
from ui.thread_exit import wait_until_gone

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/task")


@linux_only
def test_a_finished_thread_is_waited_for_until_the_kernel_drops_it() -> None:
    thread = threading.Thread(target=lambda: None)
    thread.start()
    thread.join()
    assert thread.native_id is not None
    assert wait_until_gone([thread.native_id])
    assert not Path(f"/proc/self/task/{thread.native_id}").exists()


@linux_only
def test_a_thread_still_running_is_reported_as_not_gone() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert thread.native_id is not None
        assert not wait_until_gone([thread.native_id], timeout_s=0.05)
    finally:
        release.set()
        thread.join()


@linux_only
def test_operations_wait_ends_its_worker_threads(qtbot: QtBot) -> None:
    operations = Operations()
    seen: list[int] = []
    operations.run(threading.get_native_id, seen.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert operations.wait()
    assert not Path(f"/proc/self/task/{seen[0]}").exists()


def test_the_file_check_stops_when_interrupted_and_says_so(qtbot: QtBot, vault: Vault) -> None:
    check = FileCheck(vault)
    check.start()
    assert check.stop()  # a small vault: finished or interrupted within the wait


def test_a_file_check_that_cannot_be_interrupted_is_reported_still_running(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher's cipher_integrity_check ignores interrupts: the window must learn that the
    thread still runs, so it leaves without the C exit handlers (leave_now)."""
    release = threading.Event()

    def stuck(started: object = None, pause_point: object = None) -> None:
        release.wait(10)  # like a page walk nothing can interrupt

    monkeypatch.setattr(vault, "check_file", stuck)
    check = FileCheck(vault)
    check.start()
    try:
        assert check.stop(wait_s=0.1) is False
    finally:
        release.set()
    assert check.stop()


def test_leave_now_exits_with_the_code_and_flushed_output(tmp_path: Path) -> None:
    script = "import sys\nfrom ui.app import leave_now\nprint('written', end='')\nleave_now(3)\n"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
        check=False,
    )
    assert out.returncode == 3 and out.stdout == "written", out.stderr
