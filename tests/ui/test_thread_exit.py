"""Worker threads are waited for down to the operating system before the program exits
(ui/thread_exit.py): SQLCipher's bundled OpenSSL aborted some exits otherwise."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
