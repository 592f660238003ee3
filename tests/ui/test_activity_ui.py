"""The owner's activity-log page with real widgets: filters, the chain check, the backup check."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import PermissionDenied
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from tests.helpers import data_key_of, raw_connection
from tests.support import NAMES, Team
from tests.ui.support import sign_in_as
from ui.pages.activity_page import RECORD, WHAT, WHO, ActivityPage
from ui.shell import ShellWindow


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return said


def open_log(qtbot: QtBot, shell: ShellWindow) -> ActivityPage:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    return page


def column(page: ActivityPage, index: int) -> list[str]:
    return [page.table.item(row, index).text() for row in range(page.table.rowCount())]


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_only_the_owner_has_the_log_page(qtbot: QtBot, shell: ShellWindow) -> None:
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        sign_in_as(qtbot, shell, role)
        assert shell.workspace is not None and "activity" not in shell.workspace.nav_keys()
        shell.switch_user()


def test_filters_by_staff_outcome_action_client_and_dates(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    vault = shell.vault
    mai = vault.clients.create(team.receptionist, ClientInput("Trần", "Thị Mai")).id
    other = vault.clients.create(team.receptionist, ClientInput("Kowalska", "Ewa")).id
    vault.clients.open(team.technician, mai)
    vault.clients.open(team.technician, other)
    with pytest.raises(PermissionDenied):
        vault.audit.list(team.receptionist)  # a refusal, logged
    page = open_log(qtbot, shell)
    assert page.table.rowCount() > 5 and "matching entries" in page.count.text()

    choose(page.staff, team.receptionist.staff_id)
    whos = set(column(page, WHO))
    assert whos == {"Kasia Nowak (Receptionist)"}
    choose(page.outcome, "refused")
    assert column(page, WHAT) == ["Refused"] and page.table.rowCount() == 1

    page.outcome.setCurrentIndex(0)
    page.staff.setCurrentIndex(0)
    choose(page.action, "client.open")
    assert set(column(page, WHAT)) == {"Opened the card"}
    records = column(page, RECORD)
    assert len(records) == 2 and any("Mai" in r for r in records)
    assert any("Ewa" in r for r in records)

    page.client.setText("Trần")  # QTest cannot type this letter; a paste can
    page.client.returnPressed.emit()
    assert page.client_id == mai and page.client_label.text()
    assert page.table.rowCount() == 1
    assert column(page, RECORD) == [page.client_label.text()]
    page.forget_client()
    assert page.client_id is None and page.table.rowCount() == 2

    page.since.setDate(QDate(2026, 11, 23))  # the day after everything happened
    assert page.table.rowCount() == 0
    assert page.count.text() == "0 matching entries"


def test_the_chain_check_says_intact_then_names_a_changed_entry(
    qtbot: QtBot, shell: ShellWindow, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    page = open_log(qtbot, shell)
    verdict = page.verify()
    assert verdict.ok and "intact" in page.verdict.text() and page.verdict.isVisible()
    assert column(page, WHAT)[0] == "Checked the activity log"  # the check is logged too

    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET detail = detail || ' edited' WHERE seq = 3")
    raw.close()
    verdict = page.verify()
    assert not verdict.ok
    assert "tampered with or damaged, from entry 3" in page.verdict.text()


def test_check_against_the_newest_backup(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    page = open_log(qtbot, shell)
    assert page.verify_against_backup() is False
    assert "No verified backup" in no_message_boxes[-1]
    usb = tmp_path / "usb"
    usb.mkdir()
    shell.vault.backups.backup(team.owner, usb)
    assert page.verify_against_backup() is True
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=60_000)
    assert "The backup is good." in no_message_boxes[-1]
    assert "Warning" not in no_message_boxes[-1]


def test_export_the_filtered_entries_encrypted(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    recovery_key_file: Path,
    no_message_boxes: list[str],
) -> None:
    page = open_log(qtbot, shell)
    choose(page.staff, team.owner.staff_id)
    out = tmp_path / "chosen"
    out.mkdir()
    written = page.export_to(out / "log.csv", encrypted=True)
    assert written is not None and written.name == "log.csv.age"
    identity = pyrage.x25519.Identity.from_str(read_recovery_key_file(recovery_key_file).secret)
    text = pyrage.decrypt(written.read_bytes(), [identity]).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("seq,") and len(lines) > 1
    assert all(NAMES[Role.OWNER] in line for line in lines[1:])
    assert "Saved to" in no_message_boxes[-1]
    assert column(page, WHAT)[0] == "Exported the activity log"


def test_the_newest_backup_catches_a_cut_off_tail(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    data_dir: Path,
    device_store: DeviceKeyStore,
    no_message_boxes: list[str],
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = shell.vault.backups.backup(team.owner, usb)
    head = int(made.report.manifest.chain_head["seq"])
    page = open_log(qtbot, shell)
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("DELETE FROM audit_log WHERE seq >= ?", (head - 1,))  # the tail, cut off
    raw.close()
    assert page.verify_against_backup() is True
    qtbot.waitUntil(lambda: not shell.backup_tasks.running, timeout=60_000)
    assert "does not hold the backup's last entry" in no_message_boxes[-1]
