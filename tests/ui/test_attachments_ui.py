"""The card's Papers tab (issue 23 item 2): a scan is attached and viewed with the keyboard
only, in a zoomable viewer inside the program; each role sees what the service hands it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.attachment_files import HTML, pdf_with_pages
from tests.helpers import grant_health_consent
from tests.support import Team
from ui.dialogs.attachment_view import AttachmentViewDialog
from ui.dialogs.card_tabs.attachments import AddAttachmentDialog
from ui.dialogs.client_card import ClientCard


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    client = vault.clients.create(team.owner, ClientInput("Lê", "Thị Quyên")).id
    grant_health_consent(vault, team.owner, client)  # health papers rest on it (decision 0031)
    return client


def open_papers(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.show_tab(card.attachments_tab)
    return card


def focused_dialog(qtbot: QtBot, kind: type) -> object:
    found: list[object] = []

    def shown() -> None:
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        assert isinstance(active, kind)
        found.append(active)

    qtbot.waitUntil(shown)
    return found[0]


def test_a_scan_is_attached_and_viewed_with_the_keyboard_only(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    scan = tmp_path / "skierowanie.pdf"
    scan.write_bytes(pdf_with_pages(2))
    card = open_papers(qtbot, vault, team, Role.OWNER, client_id)
    tab = card.attachments_tab
    assert tab.table.rowCount() == 0
    # The tab's button opens the form; the file's name is typed, Enter saves.
    tab.add_button.setFocus()
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    dialog = focused_dialog(qtbot, AddAttachmentDialog)
    assert isinstance(dialog, AddAttachmentDialog)
    dialog.path.setFocus()
    qtbot.keyClicks(dialog.path, str(scan))
    index = dialog.kind.findData(AttachmentKind.REFERRAL_LETTER.value)
    qtbot.keyClicks(dialog.kind, "R")  # typing a kind's first letter picks it
    assert dialog.kind.currentIndex() == index
    qtbot.keyClicks(dialog.note, "Dr Pham, dermatology")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 1).text() == "Referral or doctor's letter"
    assert tab.table.item(0, 2).text() == "2"
    # Enter on the highlighted row opens the viewer: the pages, in memory, zoomable.
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    viewer = focused_dialog(qtbot, AttachmentViewDialog)
    assert isinstance(viewer, AttachmentViewDialog)
    assert viewer.page_label.text() == "Page 1 of 2" and viewer.picture.pixmap() is not None
    fitted = viewer.shown_scale()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.shown_scale() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.page_label.text() == "Page 2 of 2" and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom is None
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible())
    actions = [e.action for e in vault.audit.list(team.owner, AuditFilter(limit=50))]
    assert {"attachment.add", "attachment.list", "attachment.open"} <= set(actions)


def test_a_disguised_file_is_refused_under_the_file_field(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    fake = tmp_path / "scan.png"
    fake.write_bytes(HTML)
    card = open_papers(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    dialog = card.attachments_tab.ask_add()
    assert dialog is not None
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["paper_consent", "other"]  # reception adds no health papers
    dialog.path.setText(str(fake))
    dialog.kind.setCurrentIndex(1)
    dialog.save()
    assert "web page (HTML)" in dialog.errors["file"].text()
    assert dialog.isVisible() and vault.attachments.infos(team.owner, client_id).shown == ()


def test_reception_sees_that_health_papers_exist_and_technicians_cannot_add(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = date(2026, 9, 1)
    letter = AttachmentKind.REFERRAL_LETTER
    vault.attachments.add(team.owner, client_id, pdf_with_pages(1), "gp.pdf", letter, day)
    card = open_papers(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    tab = card.attachments_tab
    assert tab.table.rowCount() == 0 and tab.hidden_note.isVisible()
    assert "1 health paper" in tab.hidden_note.text()
    card.close()
    card = open_papers(qtbot, vault, team, Role.TECHNICIAN, client_id)
    tab = card.attachments_tab
    assert tab.table.rowCount() == 1 and not tab.hidden_note.isVisible()
    assert not tab.add_button.isEnabled() and tab.why_not.text()  # says why, next to it
    assert not tab.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert isinstance(tab.open_selected(), AttachmentViewDialog)
    assert not any(
        isinstance(w, QLineEdit) and w.objectName() == "attachmentFile"
        for w in QApplication.topLevelWidgets()
    )
