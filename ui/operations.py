"""Run slow service calls off the GUI thread; results come back on the GUI thread.

One small helper for everything slow (sign-in's Argon2, vault creation, PDFs), so the window never
freezes. Callbacks run on the thread that owns the `Operations` object (the GUI thread). What the
job changed reaches the screens there too, just before its callback (ui/changes.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.changes import Delivery, deliver, notices_held
from ui.thread_exit import wait_until_gone


class _Relay(QObject):
    succeeded = Signal(object, object)  # result, the change notices the job held
    failed = Signal(object, object)  # error, the same


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, workers: set[int]) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._workers = workers

    def run(self) -> None:
        self._workers.add(threading.get_native_id())
        with notices_held() as held:
            try:
                result = self._work()
            except Exception as error:  # handed to the GUI thread, which decides how to show it
                self._relay.failed.emit(error, held)
            else:
                self._relay.succeeded.emit(result, held)


class Operations(QObject):
    """Starts jobs; `busy` lets widgets disable buttons while one runs."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # vault work is serial anyway
        self._running: set[_Relay] = set()
        self._workers: set[int] = set()  # OS thread ids that ran jobs (see ui/thread_exit.py)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay()
        self._running.add(relay)
        self.busy_changed.emit(True)

        @Slot(object, object)
        def succeeded(result: Any, held: list[Delivery]) -> None:
            self._finish(relay)
            deliver(held)
            on_success(result)

        @Slot(object, object)
        def failed(error: Exception, held: list[Delivery]) -> None:
            self._finish(relay)
            deliver(held)
            on_error(error)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._pool.start(_Job(work, relay, self._workers))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 10_000) -> bool:
        """Finish the running job and end the pool's threads, down to the operating system's
        own clean-up (before the program exits; see ui/thread_exit.py)."""
        done = self._pool.waitForDone(msecs)
        return wait_until_gone(self._workers) and done

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        if not self._running:
            self.busy_changed.emit(False)
