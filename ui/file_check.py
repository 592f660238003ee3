"""The whole-file check of the vault, run beside the lock screen (decision 0017).

Not through `Operations`: its one worker serves sign-in and every other slow call, and a
check of a big vault takes seconds. A plain thread with its own read-only connection does it;
only a finding comes back, as a signal on the GUI thread. `stop` interrupts and joins it, so
the program never exits (or closes the vault) with SQLite still reading on that thread.

It yields to the person at the counter (issue 24: on a one-core counter PC it took the CPU from
the sign-in). Its thread runs at a lower scheduling priority throughout (Linux; elsewhere as
is), and while a person waits for the window (a PIN accepted, the workspace being built and its
figures read) `pause` holds it at its next pause point, between its two passes, until `resume`;
each pass is one call into the C library, which cannot be held inside. A pause lasts at most
MAX_PAUSE_S, so a resume that never comes cannot leave the file unchecked.

It starts once the lock screen has painted (`start_after_paint`): reading the whole file while
the lock screen first paints made a cold start 0.2-0.3 s slower at 300,000 clients, the paint's
own program files waiting behind it on the disk.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from salonvault.domain.background import lower_this_thread_priority
from salonvault.services.vault import Vault
from ui.thread_exit import wait_until_gone

MAX_PAUSE_S = 15.0
PAINT_WAIT_MS = 2000  # the latest start when the lock screen is never painted (minimised)


class FileCheck(QObject):
    damaged = Signal(str)  # what is wrong, in the vault's own words

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._interrupt: Callable[[], None] | None = None
        self._stopping = threading.Event()
        self._running = threading.Event()  # cleared while a person waits
        self._running.set()
        self._paused_at = 0.0
        self._painted: QObject | None = None
        self.pauses = 0  # times the check thread actually waited (for tests and the bench)
        self._thread = threading.Thread(target=self._run, name="vault-file-check", daemon=True)

    def start(self) -> None:
        self._stop_watching_paint()
        if not self._stopping.is_set() and not self.started:
            self._thread.start()

    def start_after_paint(self, widget: QWidget) -> None:
        """Start once `widget` has painted, or after PAINT_WAIT_MS at the latest."""
        self._painted = widget
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            self._stop_watching_paint()
            QTimer.singleShot(0, self, self.start)  # once this paint is done
        return False

    def _stop_watching_paint(self) -> None:
        if self._painted is not None:
            self._painted.removeEventFilter(self)
            self._painted = None

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def pause(self) -> None:
        """Hold the check at its next pause point (a person waits for the window)."""
        self._paused_at = time.monotonic()
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def _pause_point(self) -> None:
        """On the check's thread: wait while paused, for MAX_PAUSE_S at most; never past a stop."""
        if self._running.is_set():
            return
        self.pauses += 1
        while not self._running.wait(0.05):
            if self._stopping.is_set():
                return
            if time.monotonic() - self._paused_at > MAX_PAUSE_S:
                self._running.set()  # nobody resumed it: go on, and pause no more for now
                return

    def stop(self, wait_s: float = 2.0) -> bool:
        """Interrupt the check and wait for its thread; False if it is still running then.

        SQLite's `quick_check` stops when interrupted, but SQLCipher's `cipher_integrity_check`
        walks every page inside one call that nothing interrupts (20 s or more for a vault of
        several GB). The caller then must not run the C library's exit handlers under it."""
        self._stopping.set()
        self._stop_watching_paint()
        interrupt = self._interrupt
        if interrupt is not None:
            interrupt()
        if self._thread.is_alive():
            self._thread.join(wait_s)
        if self._thread.is_alive():
            return False
        if self._thread.native_id is not None:
            return wait_until_gone([self._thread.native_id])  # its C-level clean-up too
        return True

    def _started(self, interrupt: Callable[[], None]) -> None:
        self._interrupt = interrupt
        if self._stopping.is_set():
            interrupt()

    def _run(self) -> None:
        lower_this_thread_priority()
        # Started after the lock screen painted, the check may begin while a person already
        # waits for the window: it holds before its first pass, which cannot be paused inside.
        self._pause_point()
        if self._stopping.is_set():
            return
        try:
            problem = self._vault.check_file(self._started, self._pause_point)
        except Exception:  # interrupted, or the vault closed: advisory only, every page is
            return  # still checked whenever it is read
        finally:
            self._interrupt = None  # its connection is closed now
        if problem is not None and not self._stopping.is_set():
            self.damaged.emit(problem)
