"""The card's everyday fields in the window (issue 18 item 12): several phone numbers with
labels in the client form and on the card; pinned notes with author and date at the card's
top, pinned and removed by the roles allowed; the card photo, only with photo consent."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, ClientPhone, PhoneLabel
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_photo_consent
from tests.support import NAMES, Team
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.formats import date_text


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Nowak", "Ewa", phone="+48 601 234 567")).id


def open_card(qtbot: QtBot, vault: Vault, team: Team, role: Role, client_id: int) -> ClientCard:
    card = ClientCard(vault, team.of(role), client_id)
    qtbot.addWidget(card)
    card.show()
    return card


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def jpeg_file(folder: Path) -> Path:
    path = folder / "face.jpg"
    out = io.BytesIO()
    Image.new("RGB", (300, 400), (200, 150, 120)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_a_receptionist_registers_two_labelled_numbers_and_reorders_them(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    dialog = ClientDialog(vault, team.receptionist)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["family_name"].setText("Wiśniewska")  # type: ignore[union-attr]
    dialog.fields["given_name"].setText("Zofia")  # type: ignore[union-attr]
    rows = dialog.phone_rows
    assert rows is not None and len(rows.rows) == 1
    rows.rows[0].number.setText("+48 22 123 45 67")
    rows.rows[0].label.setCurrentIndex(rows.rows[0].label.findData(PhoneLabel.HOME))
    second = rows.add_row(focus=True)
    assert second is not None
    second.number.setText("+48 601 999 888")
    second.label.setCurrentIndex(second.label.findData(PhoneLabel.MOBILE))
    rows.move_row(second, -1)  # the mobile first: the number the salon calls
    assert rows.rows[0] is second and not second.up.isEnabled()
    assert dialog.fields["phone"] is second.number  # the first number is the phone
    dialog.save()
    errors = {n: e.text() for n, e in dialog.errors.items() if e.text()}
    assert not dialog.isVisible(), (errors, dialog.general_error.text())
    assert dialog.created is not None
    view = vault.clients.open(team.owner, dialog.created.id)
    assert view.phones == (
        ClientPhone("+48 601 999 888", PhoneLabel.MOBILE),
        ClientPhone("+48 22 123 45 67", PhoneLabel.HOME),
    )
    assert view.phone == "+48 601 999 888"


def test_a_bad_second_number_is_refused_next_to_it(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    dialog = card.profile_tab.edit()
    rows = dialog.phone_rows
    assert rows is not None and rows.rows[0].number.text() == "+48 601 234 567"  # prefilled
    extra = rows.add_row()
    assert extra is not None
    qtbot.waitUntil(extra.number.isVisible)
    extra.number.setText("12")
    dialog.save()
    assert dialog.isVisible()
    assert extra.error.isVisible() and extra.error.text()
    assert not rows.rows[0].error.isVisible()
    extra.number.setText("+48 22 555 66 77")
    extra.label.setCurrentIndex(extra.label.findData(PhoneLabel.WORK))
    dialog.save()
    assert not dialog.isVisible()
    assert card.phone_label.text() == "+48 601 234 567\n+48 22 555 66 77 (work)"
    technician = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    assert technician.phone_label.text() == "••••••••567\n••••••••677 (work)"  # masked, labelled


def test_pinned_notes_show_author_and_date_and_only_the_author_or_owner_unpins(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    panel = card.pinned_notes
    assert "no health details" in panel.hint.text()
    panel.entry.setFocus()
    panel.entry.setText("always 10 minutes late")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)  # Enter pins
    assert [label.text() for label in panel.note_labels] == ["📌 always 10 minutes late"]
    assert panel.entry.text() == "" and card.isVisible()  # Enter pinned, it did not close
    [note] = vault.pinned_notes.notes(team.owner, client_id)
    assert note.author_id == team.receptionist.staff_id
    assert list(panel.unpin_buttons) == [note.id]  # her own note

    technician = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    notes = technician.pinned_notes
    assert [label.text() for label in notes.note_labels] == ["📌 always 10 minutes late"]
    shown = [
        w.text()
        for w in notes.findChildren(type(notes.hint))
        if NAMES[Role.RECEPTIONIST] in w.text()
    ]
    assert shown and date_text(date(2026, 11, 22)) in shown[0]  # who pinned it and when
    assert notes.unpin_buttons == {}  # not hers to remove
    notes.entry.setText("prefers Anna")
    notes.pin()
    qtbot.waitUntil(lambda: len(panel.note_labels) == 2)  # the other card heard it

    answer_yes(monkeypatch)
    owner = open_card(qtbot, vault, team, Role.OWNER, client_id)
    assert len(owner.pinned_notes.unpin_buttons) == 2  # the owner may remove any
    assert owner.pinned_notes.unpin(note.id)
    assert [n.text for n in vault.pinned_notes.notes(team.owner, client_id)] == ["prefers Anna"]
    removed = vault.audit.list(team.owner, AuditFilter(action="client.unpin_note"))
    assert removed[0].detail.endswith("pinned_by=other")


def test_a_refused_note_says_why_next_to_the_box(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int
) -> None:
    card = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    panel = card.pinned_notes
    panel.entry.setText("card 4111 1111 1111 1111")
    assert panel.pin() is None
    assert panel.message.isVisible() and panel.message.text()
    assert vault.pinned_notes.notes(team.owner, client_id) == []


def test_the_card_photo_needs_consent_then_is_added_chosen_and_removed(
    qtbot: QtBot, vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    receptionist = open_card(qtbot, vault, team, Role.RECEPTIONIST, client_id)
    assert receptionist.card_photo is None  # photos are the owner's and the technicians'
    card = open_card(qtbot, vault, team, Role.TECHNICIAN, client_id)
    box = card.card_photo
    assert box is not None
    assert not box.choose_button.isEnabled() and not box.add_button.isEnabled()
    assert "photo consent" in box.reason.text() and box.reason.isVisible()
    grant_photo_consent(vault, team.owner, client_id)
    qtbot.waitUntil(box.add_button.isEnabled)  # the consent notice reached the card
    assert not box.reason.isVisible()
    assert box.add_from_file(jpeg_file(tmp_path))
    assert box.photo_id is not None and not box.image.pixmap().isNull()
    first = box.photo_id
    second = vault.photos.add_photo(
        team.technician, client_id, jpeg_file(tmp_path).read_bytes(), "after"
    ).info.id
    chooser = box.choose()
    assert chooser is not None and chooser.photos.count() == 2
    chooser.photos.setCurrentRow(
        next(i for i in range(2) if chooser.photos.item(i).data(Qt.ItemDataRole.UserRole) == second)
    )
    chooser.accept()
    assert box.photo_id == second
    box.clear()
    assert box.photo_id is None and box.image.text() == "No photo"
    assert first in {p.id for p in vault.photos.list_photos(team.owner, client_id)}  # kept
