"""Pinned notes (issue 18 item 12, decision 0022): short lines on the card with who pinned them
and when, read by every role, removed by their author or the owner, logged without their text,
and carried by the data report and the export."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.services.clients import MAX_PINNED_PER_CLIENT, MAX_PINNED_TEXT
from salonvault.services.vault.opening import Vault
from tests.support import FakeClock, Team

LATE = "Luôn đến trễ 10 phút"
PREFERS = "Prefers Anna for colour"


def a_client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id


def test_every_role_pins_and_reads_them_with_author_and_time(
    vault: Vault, team: Team, clock: FakeClock
) -> None:
    client = a_client(vault, team)
    late = vault.pinned_notes.pin(team.receptionist, client, f"  {LATE}\n")
    clock.advance(minutes=2)
    prefers = vault.pinned_notes.pin(team.technician, client, PREFERS)
    assert late.text == LATE and late.author_id == team.receptionist.staff_id
    assert prefers.pinned_at - late.pinned_at == timedelta(minutes=2)
    for session in (team.owner, team.receptionist, team.technician):
        view = vault.clients.open(session, client)
        assert [(n.text, n.author_id) for n in view.pinned_notes] == [
            (LATE, team.receptionist.staff_id),
            (PREFERS, team.technician.staff_id),
        ]
        assert "pinned_notes" in view.visible
    assert vault.pinned_notes.notes(team.technician, client) == [late, prefers]
    logged = vault.audit.list(team.owner, AuditFilter(action="client.pin_note"))
    assert {e.detail for e in logged} == {f"note={late.id}", f"note={prefers.id}"}
    assert not any("10" in e.detail or "Anna" in e.detail for e in logged)


def test_a_note_is_one_short_line_and_a_card_holds_a_few(vault: Vault, team: Team) -> None:
    client = a_client(vault, team)
    for text in ("", "   ", "x" * (MAX_PINNED_TEXT + 1), "pays with 4111 1111 1111 1111"):
        with pytest.raises(ValidationError) as error:
            vault.pinned_notes.pin(team.receptionist, client, text)
        assert error.value.field == "text"
    assert vault.pinned_notes.pin(team.receptionist, client, "y" * MAX_PINNED_TEXT).text
    assert vault.pinned_notes.pin(team.receptionist, client, "one\ntwo").text == "one two"
    for number in range(MAX_PINNED_PER_CLIENT - 2):
        vault.pinned_notes.pin(team.receptionist, client, f"note {number}")
    with pytest.raises(ValidationError, match=f"at most {MAX_PINNED_PER_CLIENT}"):
        vault.pinned_notes.pin(team.receptionist, client, "one too many")
    with pytest.raises(NotFound):
        vault.pinned_notes.pin(team.receptionist, 999_999, LATE)


def test_the_author_or_the_owner_removes_a_note_for_good(vault: Vault, team: Team) -> None:
    client = a_client(vault, team)
    mine = vault.pinned_notes.pin(team.technician, client, PREFERS)
    theirs = vault.pinned_notes.pin(team.receptionist, client, LATE)
    with pytest.raises(PermissionDenied):
        vault.pinned_notes.unpin(team.technician, client, theirs.id)
    [refusal] = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert refusal.detail == "permission=UNPIN_ANY_NOTE"  # logged, though the call failed
    vault.pinned_notes.unpin(team.technician, client, mine.id)
    vault.pinned_notes.unpin(team.owner, client, theirs.id)
    assert vault.clients.open(team.owner, client).pinned_notes == ()
    assert vault.database.scalar("SELECT count(*) FROM client_pinned_notes") == 0
    details = [
        e.detail for e in vault.audit.list(team.owner, AuditFilter(action="client.unpin_note"))
    ]
    assert details == [f"note={theirs.id} pinned_by=other", f"note={mine.id} pinned_by=self"]
    other = a_client(vault, team)
    elsewhere = vault.pinned_notes.pin(team.owner, other, LATE)
    with pytest.raises(NotFound):  # a note is removed from the card it is on
        vault.pinned_notes.unpin(team.owner, client, elsewhere.id)


def test_the_data_report_and_the_export_carry_them(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    client = a_client(vault, team)
    vault.pinned_notes.pin(team.receptionist, client, LATE)
    report = json.loads(vault.data_report.json_bytes(team.owner, client))
    assert [(n["text"], n["pinned_by_role"]) for n in report["pinned_notes"]] == [
        (LATE, "receptionist")
    ]
    pdf = vault.data_report.pdf_bytes(team.owner, client, "en")
    assert pdf.startswith(b"%PDF")
    out = tmp_path / "export.json"
    vault.exports.export_json(team.owner, out, plaintext_confirmed=True)
    [exported] = [c for c in json.loads(out.read_text("utf-8"))["clients"] if c["id"] == client]
    assert [n["text"] for n in exported["pinned_notes"]] == [LATE]
    assert exported["pinned_notes"][0]["pinned_by"] == "Kasia Nowak"
