"""Attachments (issue 23 item 2): limits, bombs and disguised files refused in one keyed
sentence, metadata stripped (checked on the stored bytes and on the decrypted database), the
role matrix's health/other rows, the consent link, the log, and no copy outside the vault."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from salonvault.domain.attachments import AttachmentKind, AttachmentRefused, SourceFormat
from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Decision, Method, Purpose
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.attachments import MAX_FILE_BYTES, MAX_PAGES, read_attachment_file
from salonvault.services.attachments.pages import PAGE_LONG_SIDE
from salonvault.services.vault.opening import Vault, VaultPaths
from tests.attachment_files import (
    HTML,
    SECRET,
    jpeg_with_metadata,
    pdf_locked,
    pdf_with_everything_hidden,
    pdf_with_pages,
    png_claiming,
    png_with_metadata,
    png_with_text_bomb,
    zip_bytes,
)
from tests.helpers import data_key_of, grant_health_consent
from tests.support import Team
from tests.test_photos import app_markers, decrypted_pages

LETTER = AttachmentKind.REFERRAL_LETTER
DAY = date(2026, 10, 3)


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    """A client who gave health-data consent: letters and outside prescriptions are health data
    (decision 0031); tests/test_health_basis.py shows the refusal without it."""
    client = vault.clients.create(team.owner, ClientInput("Lê", "Thị Quyên")).id
    grant_health_consent(vault, team.receptionist, client)
    return client


def paper_consent(vault: Vault, team: Team, client: int, method: Method = Method.PAPER) -> int:
    signature = None if method is Method.PAPER else _signature()
    record = vault.consent.record(
        team.receptionist,
        client,
        Purpose.SERVICE_RECORDS,
        Decision.GRANTED,
        "vi",
        method,
        signature_png=signature,
        paper_reference="binder 2019/14" if method is Method.PAPER else None,
    )
    return record.id


def _signature() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (300, 100), (0, 0, 0, 255)).save(out, "PNG")
    return out.getvalue()


def entries(vault: Vault, team: Team, action: str) -> list[tuple[str, str | None, str]]:
    found = vault.audit.list(team.owner, AuditFilter(action=action, limit=100))
    return [(e.outcome.value, e.role, e.detail) for e in reversed(found)]


# -- cleaning: metadata never reaches the vault -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "source"),
    [
        ("scan.jpg", jpeg_with_metadata(), SourceFormat.JPEG),
        ("scan.png", png_with_metadata(), SourceFormat.PNG),
        ("letter.pdf", pdf_with_everything_hidden(), SourceFormat.PDF),
    ],
)
def test_metadata_is_stripped_from_the_stored_pages(
    vault: Vault,
    team: Team,
    client: int,
    data_dir: Path,
    device_store: DeviceKeyStore,
    name: str,
    data: bytes,
    source: SourceFormat,
) -> None:
    assert SECRET.encode() in data  # the file really carries it
    info = vault.attachments.add(team.owner, client, data, name, LETTER, DAY, "Dr Phạm")
    assert info.source_format is source and info.page_count == 1
    opened = vault.attachments.open(team.owner, client, info.id)
    [page] = opened.pages
    assert page.jpeg.startswith(b"\xff\xd8") and app_markers(page.jpeg) <= {0xE0}  # JFIF only
    assert SECRET.encode() not in page.jpeg
    with Image.open(io.BytesIO(page.jpeg)) as reread:
        assert reread.format == "JPEG" and not reread.getexif()
        assert "icc_profile" not in reread.info and "xmp" not in reread.info
        assert "comment" not in reread.info
        assert reread.size == (page.width, page.height)
    # Nowhere in the vault's decrypted pages either: the original file was never stored.
    vault.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = decrypted_pages(VaultPaths(data_dir).database, data_key_of(data_dir, device_store))
    assert page.jpeg[2000:2032] in plain  # the check can see the stored page
    for needle in (SECRET.encode(), SECRET.encode("utf-16-le"), b"app.alert", b"/JavaScript"):
        assert needle not in plain


def test_a_pdf_keeps_its_pages_in_order_scaled_to_the_page_limit(
    vault: Vault, team: Team, client: int
) -> None:
    info = vault.attachments.add(
        team.owner, client, pdf_with_pages(3), "gp.pdf", LETTER, DAY, consent_record_id=None
    )
    opened = vault.attachments.open(team.owner, client, info.id)
    assert [p.number for p in opened.pages] == [1, 2, 3] and info.page_count == 3
    assert all(max(p.width, p.height) == PAGE_LONG_SIDE for p in opened.pages)
    huge = pdf_with_pages(1, (14400, 14400))  # a 5-metre page renders no larger
    [page] = vault.attachments.open(
        team.owner, client, vault.attachments.add(team.owner, client, huge, "x.pdf", LETTER, DAY).id
    ).pages
    assert (page.width, page.height) == (PAGE_LONG_SIDE, PAGE_LONG_SIDE)


# -- refusals: one keyed sentence each, nothing stored ------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "key", "words"),
    [
        ("empty.pdf", b"", "attachment.empty", "empty"),
        ("letter.pdf", zip_bytes(), "attachment.disguised", "ZIP archive"),
        ("scan.png", HTML, "attachment.disguised", "web page (HTML)"),
        ("scan.jpg", pdf_with_pages(1), "attachment.disguised", "is a PDF"),
        ("letter.pdf", jpeg_with_metadata((40, 40)), "attachment.disguised", "JPEG picture"),
        ("letter.docx", zip_bytes(), "attachment.not_accepted", "not a PDF, JPEG or PNG"),
        ("huge.png", png_claiming(30_000, 30_000), "attachment.bomb", "megapixels"),
        ("big.png", png_claiming(10_000, 10_000), "attachment.bomb", "megapixels"),
        ("text.png", png_with_text_bomb(), "attachment.bomb", "compressed bomb"),
        ("many.pdf", pdf_with_pages(100_000), "attachment.too_many_pages", f"{MAX_PAGES} pages"),
        ("long.pdf", pdf_with_pages(MAX_PAGES + 1), "attachment.too_many_pages", "split it"),
        ("locked.pdf", pdf_locked(), "attachment.locked", "password"),
        ("cut.pdf", pdf_with_everything_hidden()[:60], "attachment.damaged", "damaged"),
        ("cut.jpg", jpeg_with_metadata()[:3000], "attachment.damaged", "damaged"),
    ],
)
def test_bad_files_are_refused_in_one_keyed_sentence(
    vault: Vault, team: Team, client: int, name: str, data: bytes, key: str, words: str
) -> None:
    with pytest.raises(AttachmentRefused) as refused:
        vault.attachments.add(team.owner, client, data, name, LETTER, DAY)
    message = str(refused.value)
    assert refused.value.key == key and refused.value.field == "file"
    assert words in message and name in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence
    assert vault.attachments.infos(team.owner, client).shown == ()
    assert entries(vault, team, "attachment.add") == []


def test_a_file_over_the_size_cap_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * MAX_FILE_BYTES)
    data = read_attachment_file(big)
    assert len(data) == MAX_FILE_BYTES + 1  # read only one byte past the cap
    from salonvault.services.attachments.pages import prepare_attachment

    with pytest.raises(AttachmentRefused) as refused:
        prepare_attachment(data, big.name)
    assert refused.value.key == "attachment.too_large" and "32 MB" in str(refused.value)
    with pytest.raises(AttachmentRefused) as missing:
        read_attachment_file(tmp_path / "gone.pdf")
    assert missing.value.key == "attachment.unreadable_file"


def test_date_note_and_kind_are_checked(vault: Vault, team: Team, client: int) -> None:
    data = pdf_with_pages(1)
    with pytest.raises(ValidationError) as future:
        vault.attachments.add(team.owner, client, data, "a.pdf", LETTER, date(2026, 11, 23))
    assert future.value.field == "dated_on"
    with pytest.raises(ValidationError) as kind:
        vault.attachments.add(team.owner, client, data, "a.pdf", "invoice", DAY)
    assert kind.value.field == "kind"
    with pytest.raises(ValidationError) as note:
        vault.attachments.add(team.owner, client, data, "a.pdf", LETTER, DAY, "x" * 201)
    assert note.value.field == "note"
    with pytest.raises(NotFound):
        vault.attachments.add(team.owner, 999_999, data, "a.pdf", LETTER, DAY)


# -- paper consents -----------------------------------------------------------------------------


def test_a_paper_consent_is_linked_to_the_paper_record_it_proves(
    vault: Vault, team: Team, client: int
) -> None:
    record = paper_consent(vault, team, client)
    data = jpeg_with_metadata((600, 800))
    kind = AttachmentKind.PAPER_CONSENT
    with pytest.raises(ValidationError) as unlinked:
        vault.attachments.add(team.receptionist, client, data, "c.jpg", kind, DAY)
    assert unlinked.value.field == "consent"
    on_screen = paper_consent(vault, team, client, Method.ON_SCREEN)
    with pytest.raises(ValidationError, match="signed on screen"):
        vault.attachments.add(team.receptionist, client, data, "c.jpg", kind, DAY, "", on_screen)
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    with pytest.raises(ValidationError, match="not on this client"):
        vault.attachments.add(team.receptionist, other, data, "c.jpg", kind, DAY, "", record)
    with pytest.raises(ValidationError, match="Only a paper consent"):
        vault.attachments.add(team.owner, client, data, "c.jpg", LETTER, DAY, "", record)
    info = vault.attachments.add(team.receptionist, client, data, "c.jpg", kind, DAY, "", record)
    assert info.consent_record_id == record
    assert vault.attachments.paper_consents(team.receptionist, client)[0][0] == record


# -- roles: DESIGN.md §4 "attachments: health kinds / other kinds" ------------------------------


def test_roles_follow_the_health_and_other_rows(vault: Vault, team: Team, client: int) -> None:
    data = pdf_with_pages(1)
    other = AttachmentKind.OTHER
    letter = vault.attachments.add(team.owner, client, data, "gp.pdf", LETTER, DAY)
    note = vault.attachments.add(team.receptionist, client, data, "n.pdf", other, DAY)
    # receptionist: other kinds read/write; health kinds: only that they exist
    with pytest.raises(PermissionDenied):
        vault.attachments.add(team.receptionist, client, data, "rx.pdf", LETTER, DAY)
    seen = vault.attachments.listing(team.receptionist, client)
    assert [i.id for i, _ in seen.shown] == [note.id] and seen.health_hidden == 1
    with pytest.raises(PermissionDenied):
        vault.attachments.open(team.receptionist, client, letter.id)
    with pytest.raises(PermissionDenied):
        vault.attachments.remove(team.receptionist, client, letter.id)
    # technician: reads both, writes neither
    seen = vault.attachments.listing(team.technician, client)
    assert {i.id for i, _ in seen.shown} == {letter.id, note.id} and seen.health_hidden == 0
    assert vault.attachments.open(team.technician, client, letter.id).pages
    for kind in (LETTER, other):
        with pytest.raises(PermissionDenied):
            vault.attachments.add(team.technician, client, data, "t.pdf", kind, DAY)
    with pytest.raises(PermissionDenied):
        vault.attachments.remove(team.technician, client, note.id)
    # owner: everything
    vault.attachments.remove(team.owner, client, letter.id)
    vault.attachments.remove(team.receptionist, client, note.id)
    assert vault.attachments.infos(team.owner, client).shown == ()
    denied = vault.audit.list(team.owner, AuditFilter(action="permission.denied", limit=100))
    assert len(denied) == 6  # every refusal is in the log


def test_another_clients_attachment_cannot_be_reached_through_this_one(
    vault: Vault, team: Team, client: int
) -> None:
    info = vault.attachments.add(team.owner, client, pdf_with_pages(1), "a.pdf", LETTER, DAY)
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    with pytest.raises(NotFound):
        vault.attachments.open(team.owner, other, info.id)
    with pytest.raises(NotFound):
        vault.attachments.remove(team.owner, other, info.id)


def test_added_listed_opened_removed_are_logged_without_personal_data(
    vault: Vault, team: Team, client: int
) -> None:
    info = vault.attachments.add(
        team.owner, client, pdf_with_pages(2), "Lê Thị Quyên GP.pdf", LETTER, DAY, "Dr Phạm"
    )
    vault.attachments.listing(team.technician, client)
    vault.attachments.open(team.technician, client, info.id)
    vault.attachments.infos(team.technician, client)  # metadata only: not logged
    vault.attachments.remove(team.owner, client, info.id)
    assert entries(vault, team, "attachment.add") == [
        (
            "ok",
            "owner",
            f"attachment={info.id} paper=referral_letter format=pdf scan_pages=2"
            " proves_consent=none",
        )
    ]
    assert entries(vault, team, "attachment.list") == [("ok", "technician", "attachments=1")]
    assert entries(vault, team, "attachment.open") == [
        ("ok", "technician", f"attachment={info.id} paper=referral_letter")
    ]
    assert entries(vault, team, "attachment.remove") == [
        ("ok", "owner", f"attachment={info.id} paper=referral_letter")
    ]
    assert vault.log.verify().ok


# -- nothing outside the vault --------------------------------------------------------------------


def test_no_copy_of_a_page_or_the_file_is_left_anywhere(
    vault: Vault,
    team: Team,
    client: int,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Attached from a file: the pages and the file's bytes are only inside the encrypted
    database; nothing in the data folder or the temporary folder holds them."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    source = tmp_path / "outside" / "scan.jpg"
    source.parent.mkdir()
    original = jpeg_with_metadata()
    source.write_bytes(original)
    info = vault.attachments.add(
        team.owner, client, read_attachment_file(source), source.name, LETTER, DAY
    )
    [page] = vault.attachments.open(team.owner, client, info.id).pages
    probes = [page.jpeg[3000:3032], page.jpeg[-96:-64], original[5000:5032], SECRET.encode()]
    vault.close()
    assert source.read_bytes() == original  # the file given is left as it was
    files = [p for p in [*data_dir.rglob("*"), *temp.rglob("*")] if p.is_file()]
    assert any(p.stat().st_size > len(page.jpeg) for p in files)
    for path in files:
        content = path.read_bytes()
        for probe in probes:
            assert probe not in content, path
