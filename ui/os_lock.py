"""Notice when the operating system locks the screen or starts the screen saver.

Linux: the freedesktop and GNOME ScreenSaver `ActiveChanged` D-Bus signals. Windows: session
notifications (WM_WTSSESSION_CHANGE: lock, or a switch to another user's session). Elsewhere, and
where these are not available, the idle timer still locks the window.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection

_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_LOCKING_EVENTS = {0x2, 0x7}  # WTS_CONSOLE_DISCONNECT, WTS_SESSION_LOCK
_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


class ScreenLockMonitor(QObject):
    locked = Signal()

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        """`bus` is the session bus unless a test hands in a private one."""
        super().__init__(parent)
        self._native_filter: _WindowsSessionFilter | None = None
        if sys.platform.startswith("linux"):
            bus = bus if bus is not None else QDBusConnection.sessionBus()
            if bus.isConnected():
                # PySide6 wants the SLOT() string here (bytes are refused at run time), and
                # refuses a Python callable; its stub says bytes.
                slot = cast(bytes, SLOT("_active_changed(bool)"))
                for service, path in _SCREENSAVERS:
                    bus.connect(service, path, service, "ActiveChanged", self, slot)

    def watch_window(self, win_id: int) -> None:
        """On Windows, ask for session notifications for this top-level window."""
        if sys.platform == "win32":
            wtsapi = ctypes.WinDLL("wtsapi32")
            wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)
            self._native_filter = _WindowsSessionFilter(self.locked.emit)
            instance = QCoreApplication.instance()
            if instance is not None:
                instance.installNativeEventFilter(self._native_filter)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        name = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if name == b"windows_generic_MSG":
            msg = ctypes.cast(int(message), ctypes.POINTER(_Msg)).contents
            if msg.message == _WM_WTSSESSION_CHANGE and msg.wParam in _WTS_LOCKING_EVENTS:
                self._on_lock()
        return False, 0


class _Msg(ctypes.Structure):
    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    )
