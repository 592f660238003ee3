"""The whole-file check yields while a person waits for the window (issue 24): the shell says
when someone waits (from the PIN to the first page read) and the check pauses meanwhile."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.background import BACKGROUND_NICENESS
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import FakeClock, Team
from tests.ui.support import sign_in_as
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
