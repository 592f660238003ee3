"""GUI test fixtures: offscreen Qt, one shared QApplication (pytest-qt), QSettings in a temp
folder, real vaults copied from the session template, sessions signed in through the window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.conftest import NAMES, PINS
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("SalonVaultTests")
    QCoreApplication.setApplicationName("SalonVaultTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    loaded = Translations(qapp)
    loaded.switch("en")
    yield loaded
    loaded.switch("en")


@pytest.fixture
def operations(qapp: QApplication) -> Iterator[Operations]:
    ops = Operations()
    yield ops
    ops.wait()


@pytest.fixture
def shell(
    qtbot: QtBot, vault: Vault, translations: Translations, operations: Operations
) -> ShellWindow:
    window = ShellWindow(vault, translations, operations)
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(qtbot: QtBot, window: ShellWindow, name: str, pin: str) -> None:
    """Click the person's button, type the PIN on the keyboard, press Enter."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(window.lock_screen.staff_buttons[name], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.lock_screen.pin_pad.field, pin)
    qtbot.keyClick(window.lock_screen.pin_pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window._operations.busy, timeout=10_000)


def sign_in_as(qtbot: QtBot, window: ShellWindow, role: Role) -> None:
    sign_in(qtbot, window, NAMES[role], PINS[role])
    assert window.session is not None and window.session.role is role
