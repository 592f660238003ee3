"""Attachments in the rest of the record's life (issue 23 item 2): the client data report (PDF
lists them, JSON carries every page), the salon's JSON export (listed with page hashes),
retention (health papers go with health data; a consent's proof stays), backups (verified and
restored page for page) and the command line."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from salonvault.backup.check import verify_backup_file
from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Vault
from salonvault.services.vault.restore import restore_into_empty
from tests.attachment_files import jpeg_with_metadata, pdf_with_pages, png_with_metadata
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import Team

DAY = date(2024, 1, 5)


@pytest.fixture
def papered(vault: Vault, team: Team) -> int:
    """A client last seen in January 2024 with a GP letter, a paper consent's scan and a
    prescription; the consent is on paper (grant_photo_consent)."""
    client = vault.clients.create(team.owner, ClientInput("Lê", "Thị Quyên", language="vi")).id
    grant_health_consent(vault, team.owner, client)  # the letter and prescription rest on it
    service = vault.catalogue.add(team.owner, ServiceInput("Peel", requires_patch_test=False))
    vault.treatments.add_visit(team.owner, client, VisitInput(visited_on=DAY, service_id=service))
    grant_photo_consent(vault, team.owner, client)
    [record] = [r for r in vault.consent.history(team.owner, client) if r.purpose == "photos"]
    add = vault.attachments.add
    add(team.owner, client, pdf_with_pages(2), "gp.pdf", AttachmentKind.REFERRAL_LETTER, DAY)
    add(
        team.owner,
        client,
        png_with_metadata(),
        "zgoda.png",
        AttachmentKind.PAPER_CONSENT,
        DAY,
        "binder 2019",
        record.id,
    )
    add(team.owner, client, jpeg_with_metadata(), "rx.jpg", "outside_prescription", DAY)
    return client


def stored_pages(vault: Vault, team: Team, client: int) -> dict[int, list[bytes]]:
    return {
        info.id: [p.jpeg for p in vault.attachments.open(team.owner, client, info.id).pages]
        for info, _ in vault.attachments.infos(team.owner, client).shown
    }


def test_the_data_report_json_carries_every_page_and_the_pdf_lists_them(
    vault: Vault, team: Team, papered: int
) -> None:
    pages = stored_pages(vault, team, papered)
    found = json.loads(vault.data_report.json_bytes(team.owner, papered))
    carried = {
        a["id"]: [base64.b64decode(p["data_base64"]) for p in a["pages"]]
        for a in found["attachments"]
    }
    assert carried == pages  # the client's copy: each page as the vault keeps it, in full
    for entry in found["attachments"]:
        for page in entry["pages"]:
            data = base64.b64decode(page["data_base64"])
            assert page["sha256"] == hashlib.sha256(data).hexdigest()
    kinds = sorted(a["kind"] for a in found["attachments"])
    assert kinds == ["outside_prescription", "paper_consent", "referral_letter"]
    [proof] = [a for a in found["attachments"] if a["kind"] == "paper_consent"]
    assert proof["consent_record_id"] is not None and proof["note"] == "binder 2019"
    pdf = pypdfium2.PdfDocument(vault.data_report.pdf_bytes(team.owner, papered, "vi"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Giấy tờ đã quét" in text and "Đơn thuốc từ nơi khác" in text
    assert "Thêm giấy tờ đã quét" in text  # the access log names the additions in words


def test_the_salon_export_lists_attachments_with_page_hashes_not_pages(
    vault: Vault, team: Team, papered: int, tmp_path: Path
) -> None:
    pages = stored_pages(vault, team, papered)
    out = tmp_path / "out"
    out.mkdir()
    result = vault.exports.export_json(team.owner, out / "salon.json", plaintext_confirmed=True)
    text = result.files[0].read_text(encoding="utf-8")
    [client] = [c for c in json.loads(text)["clients"] if c["id"] == papered]
    listed = {a["id"]: a["page_sha256"] for a in client["attachments"]}
    assert listed == {i: [hashlib.sha256(p).hexdigest() for p in ps] for i, ps in pages.items()}
    assert "data_base64" not in text
    assert base64.b64encode(next(iter(pages.values()))[0][:300]).decode()[:200] not in text


def test_retention_removes_health_papers_with_health_data_and_keeps_the_consent_proof(
    vault: Vault, team: Team, papered: int
) -> None:
    due = vault.retention.due(team.owner)
    assert [(c.id, c.items) for c in due.health] == [(papered, 2)]  # letter and prescription
    result = vault.retention.purge(team.owner, due)
    assert result.health_rows == 2
    left = [i.kind for i, _ in vault.attachments.infos(team.owner, papered).shown]
    assert left == [AttachmentKind.PAPER_CONSENT]


def test_a_backup_verifies_and_restores_every_page(
    vault: Vault,
    team: Team,
    papered: int,
    tmp_path: Path,
    recovery_key_file: Path,
) -> None:
    pages = stored_pages(vault, team, papered)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = vault.backups.backup(team.owner, usb)
    key = read_recovery_key_file(recovery_key_file)
    report = verify_backup_file(result.path, key.secret, tmp_path / "work")
    assert report.manifest.row_counts["attachments"] == 3
    assert report.manifest.row_counts["attachment_pages"] == 4
    other_pc = DeviceKeyStore(fallback_dir=tmp_path / "other-pc-keys", use_os_store=False)
    restored = restore_into_empty(tmp_path / "new-pc", result.path, key, other_pc)
    try:
        owner = restored.auth.sign_in("Hoa Nguyễn", "482913")
        assert stored_pages(restored, Team(restored), papered) == pages
        assert restored.attachments.infos(owner, papered).health_hidden == 0
    finally:
        restored.close()
