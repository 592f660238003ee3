"""Screens learn what changed (decision 0020): a page or panel names the kinds of record it shows
and how it re-reads them; its ChangeFollower re-reads when a call changed one of those kinds, at
once while the widget is visible, else the next time it shows.

The notices come from the vault's change feed (`vault.changes`), the one broadcaster: every
window, page and dialog built on a vault hears the same feed, so a dialog's change reaches the
card and the pages behind it without anyone calling them. The feed publishes on the thread that
made the call: on the GUI thread the follower hears it at once; a job that Operations runs on
its worker keeps its notices until it is done, and they are handed over on the GUI thread before
the job's own callback (Anki: the operation finishes, then the window passes its OpChanges on).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from salonvault.domain.changes import Changes, RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.services.vault import Vault

Delivery = Callable[[], None]
_worker = threading.local()  # per worker thread: notices held until its job is done


@contextmanager
def notices_held() -> Iterator[list[Delivery]]:
    """Around a job on a worker thread (Operations): notices wait in the list it yields."""
    held: list[Delivery] = []
    _worker.held = held
    try:
        yield held
    finally:
        del _worker.held


def deliver(held: list[Delivery]) -> None:
    """On the GUI thread, once the job is done."""
    for delivery in held:
        delivery()


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class _Alive:
    """Whether the follower still exists; read on the GUI thread, where it is destroyed."""

    def __init__(self) -> None:
        self.value = True


class ChangeFollower(QObject):
    """Keeps `widget` in step with the vault's records of the kinds it `shows`.

    `reads_when_shown`: the widget re-reads each time it shows by itself (its showEvent), so a
    change while it is hidden needs nothing here. Otherwise a hidden widget is marked stale and
    re-read when it next shows; `stale=True` makes that first showing read (a page that reads
    lazily). `with_window`: shown means its window is (a tab of the client card keeps up while
    the card is open, in front or not: its re-read is small and the card shows its outcome).
    A re-read the vault refuses (the session ended, the client was erased or merged while the
    card is open) leaves the widget as it was: the lock screen or closing card follows.
    """

    _notice = Signal(object)  # Changes, on the GUI thread; a slot's error stays in the slot

    def __init__(
        self,
        widget: QWidget,
        vault: Vault,
        shows: Iterable[RecordKind],
        reload: Callable[[], object],
        reads_when_shown: bool = False,
        stale: bool = False,
        with_window: bool = False,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._with_window = with_window
        self._shows = frozenset(shows)
        self._reload = reload
        self._reads_when_shown = reads_when_shown
        self.stale = stale
        self._reloading = False
        self._notice.connect(self._heard)
        if not reads_when_shown:
            widget.installEventFilter(self)
        feed, kinds, alive, notice = vault.changes, self._shows, _Alive(), self._notice

        def tell(changes: Changes) -> None:  # on the GUI thread
            if alive.value and not feed.closed:
                with contextlib.suppress(RuntimeError):  # a window Qt is taking down
                    notice.emit(changes)

        def heard(changes: Changes) -> None:  # on the thread that made the call; never raises
            if not changes.touches(kinds):
                return
            if _on_gui_thread():
                tell(changes)
                return
            later = functools.partial(tell, changes)
            held: list[Delivery] | None = getattr(_worker, "held", None)
            if held is not None:
                held.append(later)
            else:  # a thread Operations did not start
                app = QCoreApplication.instance()
                if app is not None:  # none: the program is shutting down; nobody to tell
                    QTimer.singleShot(0, app, later)

        unsubscribe = feed.subscribe(heard)

        def gone() -> None:
            alive.value = False
            unsubscribe()

        self.destroyed.connect(gone)

    @Slot(object)
    def _heard(self, _changes: Changes) -> None:
        if self._reloading:
            return  # a logged reading of this very re-read
        shown = self._widget.window() if self._with_window else self._widget
        if shown.isVisible():
            self.reload_now()
        elif not self._reads_when_shown:
            self.stale = True

    def reload_now(self) -> None:
        self.stale = False
        self._reloading = True
        try:
            self._reload()
        except SalonVaultError:
            pass
        finally:
            self._reloading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Qt takes a window down, it may ask a follower whose Python half has already
        # gone (a bare wrapper, no attributes): there is nothing to do then.
        widget = getattr(self, "_widget", None)
        shown = widget is not None and watched is widget and event.type() == QEvent.Type.Show
        if shown and self.stale:
            self.reload_now()
        return False
