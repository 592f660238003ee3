"""Work that must not slow what a person or a deadline waits for runs at a lower priority.

Used by the whole-file check after sign-in (the window comes first)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading

BACKGROUND_NICENESS = 10
_THREAD_PRIORITY_LOWEST = -2  # Windows' SetThreadPriority scale


def lower_this_thread_priority() -> None:
    """This thread only, for good (an unprivileged process cannot raise it back): call it in a
    thread that ends with the work. Linux schedules threads one by one, so its niceness is the
    thread's; Windows has a priority per thread. Elsewhere nothing changes."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            thread = threading.get_native_id()
            current = os.getpriority(os.PRIO_PROCESS, thread)
            os.setpriority(os.PRIO_PROCESS, thread, max(current, BACKGROUND_NICENESS))
    elif sys.platform == "win32":
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetThreadPriority(kernel32.GetCurrentThread(), _THREAD_PRIORITY_LOWEST)
