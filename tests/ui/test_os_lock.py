"""The screen-lock monitor on Linux: a screen saver's ActiveChanged signal on D-Bus locks.

A private dbus-daemon stands in for the desktop's session bus, so the test needs no desktop.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from ui.os_lock import ScreenLockMonitor

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None,
    reason="needs Linux and dbus-daemon",
)


@pytest.fixture
def private_bus() -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    """Two connections to a fresh bus: one for the monitor, one for the "screen saver"."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        monitor_side = QDBusConnection.connectToBus(address, "salonvault-test-monitor")
        saver_side = QDBusConnection.connectToBus(address, "salonvault-test-saver")
        assert monitor_side.isConnected() and saver_side.isConnected()
        yield monitor_side, saver_side
    finally:
        QDBusConnection.disconnectFromBus("salonvault-test-monitor")
        QDBusConnection.disconnectFromBus("salonvault-test-saver")
        daemon.terminate()
        daemon.wait(timeout=10)


@pytest.mark.parametrize(
    ("service", "path"),
    [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ],
)
def test_screen_saver_turning_on_locks_and_turning_off_does_not(
    qtbot: QtBot,
    private_bus: tuple[QDBusConnection, QDBusConnection],
    service: str,
    path: str,
) -> None:
    monitor_side, saver_side = private_bus
    assert saver_side.registerService(service)
    monitor = ScreenLockMonitor(bus=monitor_side)
    locks: list[bool] = []
    monitor.locked.connect(lambda: locks.append(True))

    def announce(active: bool) -> None:
        signal = QDBusMessage.createSignal(path, service, "ActiveChanged")
        signal.setArguments([active])
        assert saver_side.send(signal)

    announce(False)
    announce(True)
    qtbot.waitUntil(lambda: locks == [True], timeout=5_000)
    announce(False)
    qtbot.wait(200)
    assert locks == [True]
