"""The vault's change feed: after each service call that changed records, whoever listens hears
what changed (`Changes`), so screens re-read only what they show.

Anki returns `OpChanges` from every operation and its main window passes them on. Here the
services keep their signatures: `what_changes.py` says in one table what each public method
changes, and the Vault wraps those methods so that the outermost call publishes once it
returns or raises. A failed call may still have written (a refusal is logged, a failed backup
is in the history), so it publishes too: at worst a screen re-reads once for nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from salonvault.domain.changes import Changes, RecordKind

Listener = Callable[[Changes], None]
# Refusals and failures are logged; a wrong PIN is counted; a failed or cancelled backup, check
# or drill is in the backup history. Nothing else outlives a call that raised.
KEPT_WHEN_FAILED = (RecordKind.AUDIT, RecordKind.STAFF, RecordKind.BACKUPS)


class ChangeFeed:
    """Listeners run on the thread that made the call, after it finished; they must not raise
    (the call's caller would see their error as the call's). A GUI hands the notice to its own
    thread (ui/changes.py)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._calls = threading.local()  # per thread: what each call in progress changed
        self._closed = False

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start telling `listener`; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    @property
    def closed(self) -> bool:
        """A closed vault's changes concern no one: its windows are rebuilt on another."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        with self._lock:
            self._listeners.clear()

    @contextmanager
    def call(self, changes: Changes) -> Iterator[None]:
        """Around one service call. Calls made inside it (a service using another) add their
        kinds to the outermost one, which publishes them all once: one notice per operation."""
        open_calls: list[Changes] = getattr(self._calls, "open", None) or []
        self._calls.open = open_calls
        open_calls.append(changes)
        try:
            yield
        except BaseException:
            done = open_calls.pop().within(KEPT_WHEN_FAILED)
            raise
        else:
            done = open_calls.pop()
        finally:
            if open_calls:
                open_calls[-1] |= done
            else:
                self.publish(done)

    def publish(self, changes: Changes) -> None:
        if not changes or self._closed:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)
