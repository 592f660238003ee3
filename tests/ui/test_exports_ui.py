"""The Privacy page's Exports tab with real widgets: choices, refusals, an encrypted export."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.security.recovery import read_recovery_key_file
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.pages.privacy.exports_tab import BACKUP_KEY, PASSPHRASE, PLAIN, WHAT_JSON, ExportsTab
from ui.pages.privacy_page import PrivacyPage
from ui.shell import ShellWindow


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    return said


def exports_tab(qtbot: QtBot, shell: ShellWindow) -> ExportsTab:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("privacy")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, PrivacyPage)
    return page.exports


def test_plain_needs_the_tick_and_passphrases_must_match(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path, told: list[str]
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    tab = exports_tab(qtbot, shell)
    tab.how_buttons[PLAIN].setChecked(True)
    assert "unencrypted" in tab.warning.text() and tab.confirm_plain.isVisibleTo(tab)
    assert tab.export_to(out / "out.csv") is None
    assert "Tick the box" in tab.error.text() and list(out.iterdir()) == []
    tab.how_buttons[PASSPHRASE].setChecked(True)
    tab.passphrase.setText("correct horse battery")
    tab.passphrase_again.setText("correct horse batter")
    assert tab.export_to(out / "out.csv") is None and "differ" in tab.error.text()
    tab.how_buttons[PLAIN].setChecked(True)
    tab.confirm_plain.setChecked(True)
    result = tab.export_to(out / "out.csv")
    assert result is not None and not result.encrypted
    assert sorted(p.name for p in out.iterdir()) == ["out-clients.csv", "out-visits.csv"]
    assert told and "out-clients.csv" in told[-1]


def test_json_encrypted_to_the_recovery_key(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    recovery_key_file: Path,
    told: list[str],
) -> None:
    shell.vault.clients.create(team.owner, ClientInput("Wąsowska-Żak", "Łucja"))
    out = tmp_path / "usb"
    out.mkdir()
    tab = exports_tab(qtbot, shell)
    tab.what_buttons[WHAT_JSON].setChecked(True)
    tab.how_buttons[BACKUP_KEY].setChecked(True)
    result = tab.export_to(out / "all.json")
    assert result is not None and result.encrypted and result.clients == 1
    [written] = result.files
    assert written.name == "all.json.age" and list(out.iterdir()) == [written]
    identity = pyrage.x25519.Identity.from_str(read_recovery_key_file(recovery_key_file).secret)
    plain = pyrage.decrypt(written.read_bytes(), [identity])
    assert "Wąsowska-Żak".encode() in plain
