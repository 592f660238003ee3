"""The Privacy page's Retention tab with real widgets: rules, the review list, the purge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound
from salonvault.domain.retention import RetentionRules
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.pages.privacy_page import PrivacyPage
from ui.shell import ShellWindow


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return said


def open_privacy(qtbot: QtBot, shell: ShellWindow) -> PrivacyPage:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("privacy")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, PrivacyPage)
    return page


def test_review_and_purge_from_the_tab(
    qtbot: QtBot, shell: ShellWindow, team: Team, told: list[str]
) -> None:
    vault = shell.vault
    old = vault.clients.create(team.owner, ClientInput("Dawna", "Klientka")).id
    service = vault.catalogue.add(team.owner, ServiceInput("Cut", requires_patch_test=False))
    vault.treatments.add_visit(
        team.owner, old, VisitInput(visited_on=date(2021, 4, 2), service_id=service)
    )
    tab = open_privacy(qtbot, shell).retention
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "Dawna Klientka"
    assert tab.purge_button.isEnabled() and "Never reviewed" in tab.last_review.text()
    assert tab.purge()
    assert "anonymous counts): 1\n" in told[0] and "Clients erased: 1;" in told[-1]
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, old)
    assert tab.table.rowCount() == 0 and not tab.purge_button.isEnabled()
    assert tab.last_review.text().startswith("Last review:")


def test_rules_are_saved_and_switched_off(qtbot: QtBot, shell: ShellWindow) -> None:
    tab = open_privacy(qtbot, shell).retention
    tab.switches["photo_years"].setChecked(False)
    tab.years["inactive_client_years"].setValue(5)
    assert tab.store_rules()
    assert shell.vault.retention.rules() == RetentionRules(5, 2, None)
    assert not tab.years["photo_years"].isEnabled()


def test_non_owners_have_no_privacy_page(qtbot: QtBot, shell: ShellWindow) -> None:
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        sign_in_as(qtbot, shell, role)
        assert shell.workspace is not None and "privacy" not in shell.workspace.nav_keys()
        shell.switch_user()
