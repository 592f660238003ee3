"""The data report from the client card: owner only, a warning that the files leave the vault,
both files saved where the owner chose, each logged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.support import Team
from ui.dialogs.client_card import ClientCard
from ui.dialogs.data_report_dialog import DataReportDialog


def card_for(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def test_only_the_owner_sees_the_report_button(qtbot: QtBot, vault: Vault, team: Team) -> None:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        assert card_for(qtbot, vault, team, role, client).report_button is None
    assert card_for(qtbot, vault, team, Role.OWNER, client).report_button is not None


def test_owner_saves_pdf_and_json(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Wiśniewska", "Ewa", language="pl")).id
    card = card_for(qtbot, vault, team, Role.OWNER, client)
    assert card.report_button is not None
    card.report_button.click()
    dialog = card.findChild(DataReportDialog, "dataReportDialog")
    assert isinstance(dialog, DataReportDialog) and dialog.isVisible()
    assert "leave the vault" in dialog.warning.text()
    assert dialog.language.currentData() == "pl"  # the client's language
    chosen = tmp_path / "handover" / "ewa.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), "PDF (*.pdf)")
    )
    saved = dialog.ask_and_save()
    assert saved == [chosen, chosen.with_suffix(".json")]
    assert chosen.read_bytes().startswith(b"%PDF")
    assert json.loads(chosen.with_suffix(".json").read_text("utf-8"))["client"]["given_name"] == (
        "Ewa"
    )
    if os.name != "nt":
        assert chosen.stat().st_mode & 0o777 == 0o600
    details = [
        e.detail for e in vault.audit.list(team.owner, AuditFilter(action="client.data_report"))
    ]
    assert sorted(details) == ["format=json", "format=pdf"]


def test_json_only_and_not_into_the_vault_folder(
    qtbot: QtBot, vault: Vault, team: Team, tmp_path: Path
) -> None:
    client = vault.clients.create(team.owner, ClientInput("王", "芳", language="zh_CN")).id
    dialog = card_for(qtbot, vault, team, Role.OWNER, client).ask_report()
    dialog.pdf_box.setChecked(False)
    assert dialog.save_button.isEnabled()
    assert dialog.save_to(vault.paths.data_dir / "report.json") == []
    assert "outside the vault's folder" in dialog.message.text()
    assert not (vault.paths.data_dir / "report.json").exists()
    assert dialog.save_to(tmp_path / "wang.json") == [tmp_path / "wang.json"]
    assert not (tmp_path / "wang.pdf").exists()
    dialog.json_box.setChecked(False)
    assert not dialog.save_button.isEnabled()
