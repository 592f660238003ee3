"""The whole-file check yields while a person waits for the window (issue 24): the shell says
when someone waits (from the PIN to the first page read) and the check pauses meanwhile."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.background import BACKGROUND_NICENESS
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import FakeClock, Team
from tests.ui.support import sign_in_as
from ui import file_check
from ui.file_check import FileCheck
from ui.pages.dashboard_page import DashboardPage
from ui.shell import ShellWindow


def test_someone_waits_from_the_pin_until_the_dashboard_shows_its_figures(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    said: list[tuple[bool, bool]] = []  # (waiting, the dashboard's figures shown by then)

    def heard(waiting: bool) -> None:
        page = shell.workspace.pages.currentWidget() if shell.workspace else None
        said.append((waiting, isinstance(page, DashboardPage) and page.figures is not None))

    shell.person_waiting.connect(heard)
    sign_in_as(qtbot, shell, Role.OWNER)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said == [(True, False), (False, True)]


def test_a_refused_pin_ends_the_wait(qtbot: QtBot, shell: ShellWindow) -> None:
    said: list[bool] = []
    shell.person_waiting.connect(said.append)
    lock = shell.lock_screen
    name = next(iter(lock.staff_buttons))
    qtbot.mouseClick(lock.staff_buttons[name], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lock.pin_pad.field, "000000")
    qtbot.keyClick(lock.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said == [True, False], timeout=10_000)
    assert shell.session is None


def test_a_paused_check_waits_and_a_resumed_one_finishes(
    qtbot: QtBot, vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    owner = Team(vault).owner
    for number in range(40):
        vault.clients.create(owner, ClientInput("Lê", f"Lan {number}", notes="n" * 400))
    vault.close()
    opened = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    check = FileCheck(opened)
    try:
        check.pause()
        check.start()
        qtbot.waitUntil(lambda: check.pauses == 1)
        qtbot.wait(300)
        assert check.running, "held while someone waits"
        if sys.platform.startswith("linux"):  # and behind the person's work throughout
            niceness = os.getpriority(os.PRIO_PROCESS, check._thread.native_id or 0)
            assert niceness >= BACKGROUND_NICENESS > os.getpriority(os.PRIO_PROCESS, 0)
        check.resume()
        qtbot.waitUntil(lambda: not check.running, timeout=10_000)
        assert check.pauses == 1
    finally:
        assert check.stop()
        opened.close()


def test_the_check_starts_once_the_lock_screen_has_painted(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the whole file while the lock screen first painted slowed a cold start by
    0.2-0.3 s at 300,000 clients: the check waits for that paint."""
    monkeypatch.setattr(file_check, "PAINT_WAIT_MS", 60_000)
    lock_screen = QWidget()
    qtbot.addWidget(lock_screen)
    check = FileCheck(vault)
    try:
        check.start_after_paint(lock_screen)
        qtbot.wait(300)
        assert not check.started
        lock_screen.show()
        qtbot.waitUntil(lambda: check.started)
        qtbot.waitUntil(lambda: not check.running, timeout=10_000)
    finally:
        assert check.stop()


def never_painted(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, wait_ms: int
) -> tuple[QWidget, FileCheck]:
    """A lock screen that is never shown, and a check that waits `wait_ms` at most for it."""
    monkeypatch.setattr(file_check, "PAINT_WAIT_MS", wait_ms)
    hidden = QWidget()
    qtbot.addWidget(hidden)
    return hidden, FileCheck(vault)


def test_a_lock_screen_never_painted_delays_the_check_only_so_long(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden, check = never_painted(qtbot, vault, monkeypatch, wait_ms=200)
    try:
        check.start_after_paint(hidden)
        qtbot.waitUntil(lambda: check.started, timeout=5_000)
    finally:
        assert check.stop()


def test_a_check_stopped_before_its_start_never_starts(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden, check = never_painted(qtbot, vault, monkeypatch, wait_ms=100)
    check.start_after_paint(hidden)
    assert check.stop()
    qtbot.wait(400)
    assert not check.started


def test_a_check_started_while_someone_waits_holds_before_its_first_pass(
    qtbot: QtBot, vault: Vault
) -> None:
    """Started after the lock screen painted, the check can begin just as a PIN is entered:
    it reads nothing until the person has their window (its first pass cannot pause inside)."""
    reads: list[str] = []
    check_file = vault.check_file

    def recorded(*args: object, **kwargs: object) -> str | None:
        reads.append("check")
        return check_file(*args, **kwargs)  # type: ignore[arg-type]

    vault.check_file = recorded  # type: ignore[method-assign]
    check = FileCheck(vault)
    try:
        check.pause()
        check.start()
        qtbot.waitUntil(lambda: check.pauses == 1)
        qtbot.wait(200)
        assert reads == []
        check.resume()
        qtbot.waitUntil(lambda: not check.running, timeout=10_000)
        assert reads == ["check"]
    finally:
        assert check.stop()
