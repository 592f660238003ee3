"""GUI test fixtures: offscreen Qt, one shared QApplication (pytest-qt), QSettings in a temp
folder, real vaults copied from the session template. Helpers tests import (signing in through
the window) are in tests/ui/support.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.services.vault.opening import Vault
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Delete the test's widgets before its fixtures close their vaults. pytest-qt closes them
    and asks Qt to delete them later, but no event loop runs between tests: a page kept alive
    (its own signal connections hold it) would outlive its vault and read the closed database
    when the next test's translator sends every widget a LanguageChange. This runs after
    pytest-qt's close and before the fixtures' teardown."""
    del item
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
