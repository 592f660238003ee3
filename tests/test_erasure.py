"""Erasure: the client is gone from every table and from the file's bytes; a tombstone stays;
the activity log still verifies; visits survive only as anonymous counts when chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from salonvault.backup.sqlcipher_pages import PAGE_SIZE, PageCodec, read_salt
from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, ClientPhone, HealthKind, PhoneLabel, Severity
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.domain.photos import PhotoKind
from salonvault.domain.recalls import RecallKey, RecallKind, RecallMark
from salonvault.domain.records import RecordInput
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.clients.erasure import names_match
from salonvault.services.vault.opening import Vault, VaultPaths
from salonvault.storage.erasure_repo import ErasureRepository
from tests.attachment_files import jpeg_with_metadata, png_with_metadata
from tests.form_support import harmless_answers
from tests.helpers import data_key_of, grant_photo_consent
from tests.support import Team
from tests.test_consent import jpeg, signature_png

NAME = ("Wąsowska-Żak", "Zofia Erazmia")
PHONE = "+48 601 778 912"
SECOND_PHONE = "+48 22 628 47 19"  # her home number
PINNED = "Zawsze spóźnia się kwadrans PN-77"
EMAIL = "zofia.erazmia@example.pl"
HEALTH = "Uczulenie na parafenylenodiaminę XQ-17"
NOTES = "Przychodzi z córką Aurelią"
FORMULA_NOTES = "tylko rano, nie w piątki"
EARLIER_HEALTH = "Podejrzenie uczulenia WV-38"  # the health item's first words, later changed
RX_NOTES = "Jaskra w rodzinie RX-93"  # a prescription's health-marked notes
RX_EXAMINER = "dr Ignacy Okulista-Brzęk"
ATTACHMENT_NOTE = "zgoda papierowa AT-4417"
FORM_ANSWER = "Doksycyklina FM-5521"  # a signed consultation form's free-text answer


def rich_client(vault: Vault, team: Team) -> int:
    """A client with something in every table that can hold her."""
    client = vault.clients.create(
        team.owner,
        ClientInput(
            NAME[0],
            NAME[1],
            phones=(
                ClientPhone(PHONE, PhoneLabel.MOBILE),
                ClientPhone(SECOND_PHONE, PhoneLabel.HOME),
            ),
            email=EMAIL,
            notes=NOTES,
            language="pl",
        ),
    ).id
    vault.pinned_notes.pin(team.receptionist, client, PINNED)
    vault.consent.record(
        team.owner, client, "health_data", "granted", "pl", "on_screen", signature_png()
    )
    item = vault.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, EARLIER_HEALTH, Severity.MODERATE
    )
    # Changed once: the earlier words are kept as a version (decision 0031), and must go too.
    vault.clients.edit_health_item(
        team.owner, client, item, HealthKind.ALLERGY, HEALTH, Severity.SEVERE
    )
    known = {s.name: s.id for s in vault.treatments.services(team.owner)}
    service = known.get("Koloryzacja") or vault.catalogue.add(
        team.owner, ServiceInput("Koloryzacja", requires_patch_test=True)
    )
    vault.treatments.record_patch_test(
        team.owner, client, date(2026, 8, 30), "Wella 7/0 XQ-17", "B-1", PatchResult.PASS
    )
    visits = [
        vault.treatments.add_visit(
            team.owner,
            client,
            VisitInput(visited_on=day, service_id=service, notes=FORMULA_NOTES),
            True,
        )
        for day in (date(2026, 9, 3), date(2026, 9, 20), date(2026, 10, 5))
    ]
    vault.treatments.edit_visit(
        team.owner,
        visits[0],
        VisitInput(visited_on=date(2026, 9, 3), service_id=service, notes="poprawione"),
    )
    grant_photo_consent(vault, team.owner, client)
    photo = vault.photos.add_photo(team.owner, client, jpeg(), PhotoKind.BEFORE)
    vault.photos.set_card_photo(team.owner, client, photo.info.id)
    prescription = {
        "rx": {"right": {"sphere": "-2.25"}, "left": {"sphere": "-2.00"}},
        "examiner": RX_EXAMINER,
        "examined_on": "2026-10-05",
        "notes": "first version",
    }
    record = vault.records.add_record(team.owner, client, RecordInput("spectacle_rx", prescription))
    # An edit keeps the version it replaces: that one has to go too.
    vault.records.edit_record(team.owner, record, {**prescription, "notes": RX_NOTES})
    vault.records.edit_record(team.owner, record, {**prescription, "notes": "third"})
    # The photo consent was signed on paper: its scan, and a GP letter (every page unique).
    paper = next(r for r in vault.consent.history(team.owner, client) if r.purpose == "photos")
    vault.attachments.add(
        team.owner,
        client,
        png_with_metadata((500, 700)),
        "zgoda.png",
        AttachmentKind.PAPER_CONSENT,
        date(2019, 5, 4),
        ATTACHMENT_NOTE,
        paper.id,
    )
    vault.attachments.add(
        team.owner,
        client,
        jpeg_with_metadata((600, 800)),
        "skierowanie.jpg",
        AttachmentKind.REFERRAL_LETTER,
        date(2026, 9, 1),
    )
    # A recall list's mark (the client's visits make them due some day).
    lapsed = RecallKey(client, RecallKind.LAPSED, date(2025, 1, 1))
    vault.recalls.mark(team.owner, lapsed, RecallMark.NOT_NOW, date(2027, 1, 1))
    # A signed consultation form with a red flag (a health alert and its review link).
    laser = vault.forms.form(team.owner, "laser_ipl").definition
    vault.forms.fill(
        team.owner,
        client,
        "laser_ipl",
        "pl",
        harmless_answers(laser, medications=FORM_ANSWER, isotretinoin="yes"),
        signature_png(),
    )
    return client


def page_probes(vault: Vault, team: Team, client: int) -> list[bytes]:
    """Pieces of each stored attachment page, to look for in the decrypted file."""
    probes = []
    for info, _thumbnail in vault.attachments.infos(team.owner, client).shown:
        for page in vault.attachments.open(team.owner, client, info.id).pages:
            probes += [page.jpeg[1500:1532], page.jpeg[-200:-168]]
    return probes


def plain_pages(data_dir: Path, device_store: DeviceKeyStore) -> bytes:
    """Every page of the vault file, decrypted: live rows, free pages and slack alike."""
    data = VaultPaths(data_dir).database.read_bytes()
    codec = PageCodec(data_key_of(data_dir, device_store), read_salt(data))
    return bytes(codec.decrypt_run(1, data[: len(data) - len(data) % PAGE_SIZE]))


def traces(plain: bytes) -> list[str]:
    needles = [NAME[0], NAME[1], "601 778 912", "48601778912", EMAIL, HEALTH, NOTES, FORMULA_NOTES]
    needles.append("XQ-17")  # the patch test's product
    needles += ["628 47 19", "48226284719", "PN-77"]  # the second number, the pinned note
    needles.append(EARLIER_HEALTH)  # held only in an earlier version
    needles += ["RX-93", RX_EXAMINER]  # a service record's earlier version and its examiner
    needles.append(ATTACHMENT_NOTE)
    needles.append(FORM_ANSWER)
    return [n for n in needles if n.encode() in plain]


def test_erasure_leaves_no_trace_in_the_decrypted_file(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    client = rich_client(vault, team)
    scans = page_probes(vault, team, client)
    assert vault._db.checkpoint()  # into the main file, where the search below looks
    plain = plain_pages(data_dir, device_store)
    before = traces(plain)
    # The search can find them at all (the pinned note, both numbers and the scans too).
    assert set(before) >= {NAME[0], EMAIL, HEALTH, NOTES, "PN-77", "628 47 19", "48226284719"}
    assert EARLIER_HEALTH in before  # the earlier version is held, and found
    assert {"RX-93", RX_EXAMINER} <= set(before)
    assert FORM_ANSWER in before
    assert ATTACHMENT_NOTE in before and all(probe in plain for probe in scans)

    receipt = vault.erasure.erase(team.owner, client, "  wąsowska-żak   ZOFIA erazmia ", True)
    assert receipt.rows.visits == 3 and receipt.rows.photos == 1
    assert receipt.rows.consents == 2 and receipt.rows.health_items == 2  # one from the form
    assert receipt.rows.forms == 1
    assert receipt.rows.patch_tests == 1 and receipt.rows.pinned_notes == 1
    assert receipt.rows.versions == 2  # the visit's and the health item's earlier versions
    assert receipt.rows.service_records == 1
    assert receipt.rows.attachments == 2
    assert receipt.fully_flushed
    plain = plain_pages(data_dir, device_store)
    assert traces(plain) == []
    assert not any(probe in plain for probe in scans)
    wal = Path(f"{VaultPaths(data_dir).database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, client)
    assert vault.clients.search(team.owner, "Erazmia") == []


def test_tombstone_and_the_log_still_verifies(vault: Vault, team: Team) -> None:
    client = rich_client(vault, team)
    vault.erasure.erase(team.owner, client, " ".join(NAME), False)
    [tomb] = vault.audit.list(team.owner, AuditFilter(action="client.erase"))
    assert tomb.object_id == str(client) and tomb.role == "owner"
    assert "visits=3" in tomb.detail and "counts_kept=no" in tomb.detail
    assert "pinned_notes=1" in tomb.detail and "attachments=2" in tomb.detail
    assert NAME[0] not in tomb.detail and EMAIL not in tomb.detail and PINNED not in tomb.detail
    assert vault.audit.verify(team.owner).ok
    # Earlier entries about her keep only the number they always had.
    assert vault.audit.client_activity(team.owner, client)


def test_visits_survive_only_as_counts_when_chosen(vault: Vault, team: Team) -> None:
    client = rich_client(vault, team)
    vault.erasure.erase(team.owner, client, " ".join(NAME), True)
    counts = ErasureRepository(vault._db).visit_counts()
    assert sorted((month, n) for (month, _), n in counts.items()) == [
        ("2026-09", 2),
        ("2026-10", 1),
    ]
    other = rich_client(vault, team)
    vault.erasure.erase(team.owner, other, " ".join(NAME), False)
    assert ErasureRepository(vault._db).visit_counts() == counts


def test_a_wrong_name_or_a_missing_client_erases_nothing(vault: Vault, team: Team) -> None:
    client = rich_client(vault, team)
    with pytest.raises(ValidationError, match="Type the client's name"):
        vault.erasure.erase(team.owner, client, "Zofia", True)
    assert vault.clients.open(team.owner, client).display_name
    with pytest.raises(NotFound):
        vault.erasure.erase(team.owner, 999_999, "x", True)
    assert vault.audit.list(team.owner, AuditFilter(action="client.erase")) == []


def test_only_the_owner_erases(vault: Vault, team: Team) -> None:
    client = rich_client(vault, team)
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.erasure.erase(session, client, " ".join(NAME), True)
    assert vault.clients.open(team.owner, client).display_name


def test_names_match_forgives_case_spacing_and_composition_only() -> None:
    assert names_match("nguyễn  thị hoa", "Nguyễn Thị Hoa")
    assert names_match("Nguye\u0302\u0303n Thị Hoa", "Nguyễn Thị Hoa")  # decomposed accents
    assert not names_match("Nguyen Thi Hoa", "Nguyễn Thị Hoa")
    assert not names_match("", "")
    assert names_match("王秀英", "王秀英")


def test_an_erased_clients_id_is_never_handed_out_again(vault: Vault, team: Team) -> None:
    """Otherwise the next new client would inherit the erased one's activity-log history."""
    client = rich_client(vault, team)
    vault.erasure.erase(team.owner, client, " ".join(NAME), False)
    newcomer = vault.clients.create(team.owner, ClientInput("Nowak", "Ewa"))
    assert newcomer.id > client
    history = vault.audit.list(
        team.owner, AuditFilter(object_type="client", object_id=str(newcomer.id))
    )
    assert [entry.action for entry in history] == ["client.create"]
