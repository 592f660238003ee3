"""A page is deleted before its vault closes, in the window and between tests.

In the window the workspace, and every page in it, goes at sign-out, switch user and restore
(ShellWindow._show_locked / retire). Between tests, tests/ui/conftest.py deletes the widgets
pytest-qt closed before the fixtures close their vaults: a Recalls page a test made alone used
to outlive its vault and read the closed database at the next test's LanguageChange."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import NAMES, PINS
from tests.ui.support import sign_in
from ui.pages.recalls_page import RecallsPage
from ui.shell import ShellWindow

ROOT = Path(__file__).resolve().parents[2]


def test_switch_user_deletes_the_recalls_page(qtbot: QtBot, shell: ShellWindow) -> None:
    sign_in(qtbot, shell, NAMES[Role.RECEPTIONIST], PINS[Role.RECEPTIONIST])
    assert shell.workspace is not None
    page = shell.workspace.page("recalls")
    assert isinstance(page, RecallsPage)
    shell.switch_user()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the event loop's turn
    assert not shiboken6.isValid(page)
    assert shell.findChildren(RecallsPage) == []


def test_a_page_a_test_made_alone_is_gone_before_the_next_test() -> None:
    """The two files in one process, in this order, as the whole suite runs them."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_recalls_ui.py::test_a_technician_sees_names_and_why_marking_is_grey",
            "tests/ui/test_visit_safety_ui.py::test_a_new_choice_of_service_asks_again",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "2 passed" in done.stdout
