"""Every page fits a small salon screen: the window's minimum size stays within 1024x700 pixels
for every role and language (a big page would push the whole window off a laptop's screen)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.ui.support import sign_in_as
from ui.shell import ShellWindow


@pytest.mark.parametrize("language", ["en", "vi", "pl", "zh_CN"])
@pytest.mark.parametrize("role", list(Role))
def test_the_window_fits_a_1024_pixel_screen(
    qtbot: QtBot, shell: ShellWindow, role: Role, language: str
) -> None:
    shell.switch_language(language)
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    for key in shell.workspace.nav_keys():  # each built when first shown: build them all
        shell.workspace.page(key)
    wide = {
        shell.workspace.pages.widget(i).objectName(): shell.workspace.pages.widget(i)
        .minimumSizeHint()
        .width()
        for i in range(shell.workspace.pages.count())
    }
    assert shell.minimumSizeHint().width() <= 1024, wide
    tall = {
        shell.workspace.pages.widget(i).objectName(): shell.workspace.pages.widget(i)
        .minimumSizeHint()
        .height()
        for i in range(shell.workspace.pages.count())
    }
    assert shell.minimumSizeHint().height() <= 700, tall  # a 1366x768 laptop, less the taskbar
