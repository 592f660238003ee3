"""Idle lock: keyboard, mouse and touch count as activity; the services decide when it is over.

The watcher tells the services about activity (`guard.touch`, at most once a second) and asks
them every second how long is left. When the services say the session has ended, it emits
`expired`; the shell then locks. So the lock holds even if this timer were to stop: the next
service call would be refused anyway.

It filters the application's events, so input in any of the program's windows counts: a modal
dialog, a message box, Qt's file dialog, the hand-over window. Input in a native (system) file
dialog never reaches Qt and does not count. Time is measured on the monotonic clock
(`Clock.monotonic`): setting the computer's clock neither locks nor keeps a screen open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from salonvault.domain.errors import SessionExpired
from salonvault.domain.session import Session
from salonvault.services.access import Clock, Guard

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,  # a shortcut's key too: its Alt or Ctrl arrives as a KeyPress
        # Vietnamese and Chinese typed through an input method arrive as these, not KeyPress.
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
COUNTDOWN_FROM_SECONDS = 60
_TOUCH_EVERY_SECONDS = 1.0


class IdleWatcher(QObject):
    expired = Signal()
    countdown = Signal(int)  # seconds left in the last minute; -1 when not in the last minute

    def __init__(self, guard: Guard, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard
        self._clock = clock
        self._session: Session | None = None
        self._last_touch = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, session: Session) -> None:
        self._session = session
        self._last_touch = self._clock.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._session = None
        self._timer.stop()
        self.countdown.emit(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._session is not None and event.type() in _INPUT_EVENTS:
            now = self._clock.monotonic()
            # A wall clock set back would have held this off until it caught up again.
            if now - self._last_touch >= _TOUCH_EVERY_SECONDS:
                self._last_touch = now
                try:
                    self._guard.touch(self._session)
                except SessionExpired:
                    self._expire()
        return False

    def check_now(self) -> None:
        if self._session is None:
            return
        try:
            status = self._guard.status(self._session)
        except SessionExpired:
            self._expire()
            return
        left = int(status.seconds_until_idle_lock(self._clock.monotonic()))
        self.countdown.emit(left if left <= COUNTDOWN_FROM_SECONDS else -1)

    def _expire(self) -> None:
        self.stop()
        self.expired.emit()
