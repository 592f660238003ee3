"""Waiting until worker threads are gone from the operating system, not only from Python.

A joined thread still runs its C library's clean-up for a moment after `join` returns (its
thread-local memory, and the OpenSSL state that SQLCipher's bundled OpenSSL keeps per thread).
At exit, OpenSSL's own clean-up frees that state too; when the two overlap the program aborts
with "double free or corruption" after its work is done (seen at 1 exit in 5 when the window
closed while the whole-file check of a big vault was running). So the threads that used the
vault are waited for until the kernel no longer lists them. Linux shows that in /proc; where it
cannot be seen this returns at once.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

_TASKS = Path("/proc/self/task")


def wait_until_gone(native_ids: Iterable[int], timeout_s: float = 2.0) -> bool:
    """True once none of these OS threads is listed any more (or the system cannot tell)."""
    ids = [str(i) for i in native_ids]
    if not ids or not _TASKS.is_dir():
        return True
    deadline = time.monotonic() + timeout_s
    while any((_TASKS / i).exists() for i in ids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True
