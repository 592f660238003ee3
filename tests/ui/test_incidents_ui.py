"""The Privacy page's Incidents and Record of processing tabs with real widgets: record an
incident, see the clock, field errors beside the fields, and the PDFs saved where chosen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.incidents import DataCategory, IncidentStatus, ScopeKind
from tests.helpers import grant_health_consent
from tests.support import Team
from tests.test_consent_pdf import pdftotext
from tests.ui.test_retention_ui import open_privacy
from ui.shell import ShellWindow


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Accept the leaves-the-vault warning and answer the file dialog with a temp path."""
    warned: list[str] = []

    def warn(_parent: object, _title: str, text: str, *args: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.Ok

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        return str(tmp_path / Path(suggested).name), "PDF (*.pdf)"

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return warned


def test_record_an_incident_and_save_both_drafts(
    qtbot: QtBot, shell: ShellWindow, team: Team, save_to: list[str]
) -> None:
    vault = shell.vault
    for name in ("Anna", "Bao"):
        client = vault.clients.create(team.owner, ClientInput("Sổ", name)).id
    grant_health_consent(vault, team.owner, client)  # health data rests on consent
    vault.clients.add_health_item(team.owner, client, HealthKind.ALLERGY, "PPD", Severity.LOW)
    page = open_privacy(qtbot, shell)
    page.tabs.setCurrentWidget(page.incidents)
    tab = page.incidents
    form = tab.form
    assert tab.table.rowCount() == 0 and not tab.authority_button.isEnabled()

    form.summary.setPlainText("The counter PC was left signed in overnight.")
    discovered = QDateTime.fromSecsSinceEpoch(int(vault.clock.now().timestamp()) - 3600 * 5)
    form.discovered.setDateTime(discovered)
    form.category_boxes[DataCategory.HEALTH].setChecked(True)
    form.scope.setCurrentIndex(form.scope.findData(ScopeKind.WITH_HEALTH))
    assert "Clients concerned now: 1" in form.count_label.text()
    form.scope.setCurrentIndex(form.scope.findData(ScopeKind.ALL_CLIENTS))
    assert "Clients concerned now: 2" in form.count_label.text()
    saved = tab.save()
    assert saved is not None and saved.affected.clients == 2
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 5).text().startswith("67 h left to notify")
    assert tab.authority_button.isEnabled() and form.editing == saved.id

    form.status.setCurrentIndex(form.status.findData(IncidentStatus.CONTAINED))
    form.measures.setPlainText("Idle lock set to 3 minutes.")
    assert tab.save() is not None
    assert vault.incidents.get(team.owner, saved.id).status is IncidentStatus.CONTAINED

    path = tab.save_notice("authority")
    assert path is not None and path.name == f"incident-{saved.id}-authority.pdf"
    assert "leaves the vault" in save_to[0]
    draft = "".join(pdftotext(path.read_bytes()).split())  # facts and times, no judgement
    assert "Hoursfromdiscoverytotheprintingofthisdraft5h" in draft
    assert "hleft" not in draft and "intime" not in draft and "overdue" not in draft
    letter = tab.save_notice("clients")
    assert letter is not None and "Idle lock set to 3 minutes." in pdftotext(letter.read_bytes())


def test_field_errors_show_beside_the_field(
    qtbot: QtBot, shell: ShellWindow, save_to: list[str]
) -> None:
    page = open_privacy(qtbot, shell)
    tab = page.incidents
    assert tab.save() is None
    assert tab.form.errors["summary"].text() == "Describe what happened."
    tab.form.summary.setPlainText("A USB stick with an export was lost.")
    for box in tab.form.category_boxes.values():
        box.setChecked(False)
    assert tab.save() is None
    assert tab.form.errors["categories"].text() == "Choose at least one kind of data."
    assert tab.form.errors["summary"].text() == ""
    tab.form.category_boxes[DataCategory.CONTACT].setChecked(True)
    now = QDateTime.fromSecsSinceEpoch(int(shell.vault.clock.now().timestamp()))
    tab.form.discovered.setDateTime(now.addDays(2))
    assert tab.save() is None
    assert "future" in tab.form.errors["discovered_at"].text()
    tab.form.discovered.setDateTime(now.addSecs(-60))
    tab.form.scope.setCurrentIndex(tab.form.scope.findData(ScopeKind.MANUAL))
    tab.form.manual_count.setValue(30)
    saved = tab.save()
    assert saved is not None and saved.affected.clients == 30 and not saved.affected.counted
    tab.new_incident()
    assert tab.form.editing is None and tab.form.summary.toPlainText() == ""


def test_the_overdue_clock_is_shown(qtbot: QtBot, shell: ShellWindow, team: Team) -> None:
    from tests.test_incidents import incident

    vault = shell.vault
    vault.incidents.record(team.owner, incident(discovered=vault.clock.now() - timedelta(hours=75)))
    tab = open_privacy(qtbot, shell).incidents
    tab.reload()
    assert tab.table.item(0, 5).text().startswith("Overdue by 3 h")


def test_the_record_of_processing_tab(qtbot: QtBot, shell: ShellWindow, save_to: list[str]) -> None:
    page = open_privacy(qtbot, shell)
    page.tabs.setCurrentWidget(page.processing)
    tab = page.processing
    assert "Record of processing activities" in tab.preview.toPlainText()
    assert "Salon Hoa Mai" in tab.preview.toPlainText()
    path = tab.save_pdf()
    assert path is not None and path.name == "record-of-processing.pdf"
    assert "Argon2id" in pdftotext(path.read_bytes())
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Record of processing"


def test_a_chinese_salon_is_reminded_of_the_impact_assessment_and_saves_its_draft(
    qtbot: QtBot, shell: ShellWindow, team: Team, save_to: list[str]
) -> None:
    page = open_privacy(qtbot, shell)
    page.tabs.setCurrentWidget(page.processing)
    tab = page.processing
    assert not tab.assessment_reminder.isVisible()  # a British salon: no such duty shown
    assert not tab.assessment_button.isVisible()
    shell.vault.settings.set_phone_region(team.owner, "CN")
    tab.reload()
    assert tab.assessment_reminder.isVisible() and "PIPL (Art. 55-56)" in (
        tab.assessment_reminder.text()
    )
    assert "GDPR" not in tab.preview.toPlainText()
    path = tab.save_assessment()
    assert path is not None and path.name == "impact-assessment.pdf"
    assert "Personal information protection impact assessment" in pdftotext(path.read_bytes())


def test_the_register_says_what_the_salons_country_asks(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    page = open_privacy(qtbot, shell)
    page.tabs.setCurrentWidget(page.incidents)
    tab = page.incidents
    assert tab.rule.isVisible() and tab.rule.text().startswith("GDPR Art. 33")
    for country, words in (("VN", "from the breach itself"), ("CN", "immediately")):
        shell.vault.settings.set_phone_region(team.owner, country)
        page.tabs.setCurrentWidget(page.processing)
        page.tabs.setCurrentWidget(tab)  # shown again: the rule follows the salon's country
        assert words in tab.rule.text()


def test_the_form_counts_the_clients_once_and_only_when_its_tab_shows(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: building the Privacy page counted the affected clients four times (0.2 s at
    100,000 clients), for a tab most sign-ins never open."""
    vault = shell.vault
    vault.clients.create(team.owner, ClientInput("Sổ", "Anna"))
    counted: list[ScopeKind] = []
    real = vault.incidents.affected

    def affected(*args: Any) -> Any:
        counted.append(args[1].kind)
        return real(*args)

    monkeypatch.setattr(vault.incidents, "affected", affected)
    page = open_privacy(qtbot, shell)
    assert page.tabs.currentWidget() is page.retention
    assert counted == []
    page.tabs.setCurrentWidget(page.incidents)
    form = page.incidents.form
    assert counted == [ScopeKind.ALL_CLIENTS]
    assert "Clients concerned now: 1" in form.count_label.text()
    page.incidents.new_incident()  # the same choice again: nothing read
    assert counted == [ScopeKind.ALL_CLIENTS]
    form.scope.setCurrentIndex(form.scope.findData(ScopeKind.WITH_HEALTH))
    assert counted == [ScopeKind.ALL_CLIENTS, ScopeKind.WITH_HEALTH]
    page.tabs.setCurrentWidget(page.processing)
    vault.clients.create(team.owner, ClientInput("Sổ", "Bao"))
    page.tabs.setCurrentWidget(page.incidents)  # shown again: "now" is now
    assert counted == [ScopeKind.ALL_CLIENTS, ScopeKind.WITH_HEALTH, ScopeKind.WITH_HEALTH]
    form.summary.setPlainText("A list of clients was left on the counter.")
    saved = vault.incidents.record(team.owner, form.data())
    counted.clear()
    page.incidents.reload(select=saved.id)  # an incident shown: its fields set, one count
    assert form.editing == saved.id and counted == []  # the same choice as shown
    page.incidents.new_incident()
    assert counted == [ScopeKind.ALL_CLIENTS]
    assert "Clients concerned now: 2" in form.count_label.text()
