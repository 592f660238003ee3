"""Every file dialog starts in the user's Documents folder (issue 18 item 9): one helper for
all of them, so none opens in the working folder (on Windows, the program's own folder)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.ui.support import sign_in_as
from ui.file_dialogs import documents_folder
from ui.pages.activity_page import ActivityPage
from ui.shell import ShellWindow

UI = Path(__file__).resolve().parents[2] / "ui"
_DIALOG_CALLS = {"getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"}


def test_only_the_helper_opens_file_dialogs() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in _DIALOG_CALLS:
                offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno} {node.attr}")
    assert offenders == [], "use ui.file_dialogs, which starts in Documents"


def test_a_save_dialog_offers_its_name_in_documents(
    qtbot: QtBot, shell: ShellWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    offered: list[str] = []

    def cancel(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    def encrypted(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Encrypted").click()
        return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    monkeypatch.setattr(QMessageBox, "exec", encrypted)
    assert page.choose_export() is None
    assert offered == [str(documents_folder() / "salonvault-activity.csv")]
