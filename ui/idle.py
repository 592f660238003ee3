"""Idle lock: keyboard, mouse and touch count as activity; the services decide when it is over.

The watcher tells the services about activity (`guard.touch`, at most once a second) and asks
them every second how long is left. When the services say the session has ended, it emits
`expired`; the shell then locks. So the lock holds even if this timer were to stop: the next
service call would be refused anyway.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from salonvault.domain.errors import SessionExpired
from salonvault.domain.session import Session
from salonvault.services.access import Clock, Guard

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
COUNTDOWN_FROM_SECONDS = 60
_TOUCH_EVERY = timedelta(seconds=1)


class IdleWatcher(QObject):
    expired = Signal()
    countdown = Signal(int)  # seconds left in the last minute; -1 when not in the last minute

    def __init__(self, guard: Guard, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard
        self._clock = clock
        self._session: Session | None = None
        self._last_touch = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, session: Session) -> None:
        self._session = session
        self._last_touch = self._clock.now()
        self._timer.start()

    def stop(self) -> None:
        self._session = None
        self._timer.stop()
        self.countdown.emit(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._session is not None and event.type() in _INPUT_EVENTS:
            now = self._clock.now()
            if now - self._last_touch >= _TOUCH_EVERY:
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
        left = int(status.seconds_until_idle_lock(self._clock.now()))
        self.countdown.emit(left if left <= COUNTDOWN_FROM_SECONDS else -1)

    def _expire(self) -> None:
        self.stop()
        self.expired.emit()
