"""Merging two records of one client: every row moves, empty fields fill, consent is read over
both histories by time, the log keeps both histories and still verifies, the absorbed record
leaves no trace in the file, and only the owner may do it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import (
    ClientInput,
    ClientPhone,
    HealthKind,
    PhoneLabel,
    Preferences,
    Severity,
)
from salonvault.domain.consent import Purpose, Standing
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.domain.photos import PhotoKind
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, VaultPaths
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import FakeClock, Team
from tests.test_consent import jpeg
from tests.test_erasure import EMAIL, NAME, PHONE, PINNED, SECOND_PHONE, plain_pages, rich_client

SURVIVOR_EMAIL = "hoa.survivor@example.vn"


def survivor_client(vault: Vault, team: Team) -> int:
    """The record that stays: her own e-mail, notes, a tag, one visit, one health item."""
    client = vault.clients.create(
        team.owner,
        ClientInput(
            "Nguyễn",
            "Thị Hoa",
            email=SURVIVOR_EMAIL,
            notes="Thích trà xanh",
            tags=("khách quen",),
            preferences=Preferences(hair="Warm tones"),
        ),
    ).id
    service = vault.catalogue.add(team.owner, ServiceInput("Strzyżenie", requires_patch_test=False))
    vault.treatments.add_visit(
        team.owner, client, VisitInput(visited_on=date(2026, 11, 2), service_id=service)
    )
    grant_health_consent(vault, team.owner, client)  # health data rests on consent
    vault.clients.add_health_item(team.owner, client, HealthKind.CONDITION, "Eczema", Severity.LOW)
    return client


def absorbed_name() -> str:
    return " ".join(NAME)


def standing(vault: Vault, team: Team, client: int) -> dict[Purpose, Standing]:
    return {s.purpose: s.standing for s in vault.consent.status(team.owner, client)}


def test_every_row_moves_and_empty_fields_fill(vault: Vault, team: Team) -> None:
    survivor = survivor_client(vault, team)
    absorbed = rich_client(vault, team)
    before_consents = len(vault.consent.history(team.owner, absorbed)) + len(
        vault.consent.history(team.owner, survivor)
    )

    papers = vault.attachments.infos(team.owner, absorbed).shown
    pages = {i.id: vault.attachments.open(team.owner, absorbed, i.id).pages for i, _ in papers}
    assert vault.merge.describe(team.owner, absorbed).attachments == 2
    receipt = vault.merge.merge(team.owner, survivor, absorbed, "wąsowska-żak  zofia ERAZMIA")

    assert (receipt.visits, receipt.photos, receipt.consents) == (3, 1, 2)
    # The scanned papers move whole to the kept client; the paper consent keeps its record.
    assert receipt.attachments == 2
    kept = vault.attachments.infos(team.owner, survivor).shown
    assert {i.id for i, _ in kept} == set(pages)
    for info, _ in kept:
        assert info.client_id == survivor
        assert vault.attachments.open(team.owner, survivor, info.id).pages == pages[info.id]
    [proof] = [i for i, _ in kept if i.consent_record_id is not None]
    records = {r.id: r for r in vault.consent.history(team.owner, survivor)}
    assert records[proof.consent_record_id].purpose is Purpose.PHOTOS
    [merged] = vault.audit.list(team.owner, AuditFilter(action="client.merge"))
    assert "attachments=2" in merged.detail
    # Her allergy and the alert her signed consultation form made; the form moves whole.
    assert (receipt.health_items, receipt.patch_tests, receipt.photos_deleted) == (2, 1, 0)
    assert receipt.forms == 1 and "forms=1" in merged.detail
    [form] = vault.forms.filled_forms(team.owner, survivor)
    assert form.client_id == survivor and form.answers["isotretinoin"] == "yes"
    [flag] = form.red_flags
    assert flag.question_key == "isotretinoin"
    assert receipt.fully_flushed
    with pytest.raises(NotFound):
        vault.clients.open(team.owner, absorbed)
    view = vault.clients.open(team.owner, survivor)
    assert view.display_name == "Nguyễn Thị Hoa"
    assert view.phone == PHONE  # she had none: filled from the absorbed record
    assert [(p.number, p.label) for p in view.phones] == [  # the second number too, labelled
        (PHONE, PhoneLabel.MOBILE),
        (SECOND_PHONE, PhoneLabel.HOME),
    ]
    assert [n.text for n in view.pinned_notes] == [PINNED]
    assert view.email == SURVIVOR_EMAIL  # she had one: kept, the other is dropped
    assert view.language == "pl"
    assert view.notes.startswith("Thích trà xanh") and "Przychodzi z córką" in view.notes
    assert view.tags == ("khách quen",)
    assert view.preferences.hair == "Warm tones"
    assert set(receipt.filled) == {"phone", "phones", "language", "notes"}
    assert receipt.pinned_notes == 1
    assert view.health is not None and len(view.health) == 3 and view.has_severe_alert
    assert len(vault.treatments.history(team.owner, survivor)) == 4
    assert len(vault.treatments.patch_tests(team.owner, survivor)) == 1
    assert len(vault.consent.history(team.owner, survivor)) == before_consents
    assert len(vault.photos.list_photos(team.owner, survivor)) == 1  # photo consent came along
    assert standing(vault, team, survivor)[Purpose.HEALTH_DATA] is Standing.GRANTED
    # Search finds her by the phone she now has, and nobody by the absorbed name.
    assert [c.id for c in vault.clients.search(team.owner, "601 778 912")] == [survivor]
    assert vault.clients.search(team.owner, "Erazmia") == []
    assert vault.clients.summaries(team.owner, [survivor])[0].last_visit_on == date(2026, 11, 2)


def test_the_absorbed_record_leaves_no_trace_in_the_file(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    survivor = survivor_client(vault, team)
    absorbed = rich_client(vault, team)
    assert vault._db.checkpoint()
    assert EMAIL.encode() in plain_pages(data_dir, device_store)

    vault.merge.merge(team.owner, survivor, absorbed, absorbed_name())

    plain = plain_pages(data_dir, device_store)
    for gone in (EMAIL, NAME[1], "Erazmia", "zofia.erazmia"):
        assert gone.encode() not in plain, gone
    wal = Path(f"{VaultPaths(data_dir).database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_consent_over_both_histories_follows_time_not_ids(
    vault: Vault, team: Team, clock: FakeClock
) -> None:
    # The survivor refused photos and agreed to SMS at 09:04 ...
    clock.advance(minutes=4)
    survivor = vault.clients.create(team.owner, ClientInput("Trần", "Mai")).id
    absorbed = vault.clients.create(team.owner, ClientInput("Tran", "Mai Anh")).id
    vault.consent.record(team.owner, survivor, Purpose.PHOTOS, "refused", "en", "paper", None, "1")
    vault.consent.record(
        team.owner, survivor, Purpose.MARKETING_SMS, "granted", "en", "paper", None, "2"
    )
    # ... the absorbed record, written later (higher ids), holds older decisions from 09:00:
    # photos agreed (with a photo) and SMS agreed, then that SMS consent withdrawn at 09:04:30.
    clock.advance(minutes=-4)
    vault.consent.record(team.owner, absorbed, Purpose.PHOTOS, "granted", "en", "paper", None, "3")
    vault.photos.add_photo(team.owner, absorbed, jpeg(), PhotoKind.BEFORE)
    vault.consent.record(
        team.owner, absorbed, Purpose.MARKETING_SMS, "granted", "en", "paper", None, "4"
    )
    clock.advance(minutes=4, seconds=30)
    vault.consent.withdraw(team.owner, absorbed, Purpose.MARKETING_SMS)

    receipt = vault.merge.merge(team.owner, survivor, absorbed, "Tran Mai Anh")

    now = standing(vault, team, survivor)
    assert now[Purpose.PHOTOS] is Standing.REFUSED  # the 09:04 refusal beats the 09:00 grant
    assert now[Purpose.MARKETING_SMS] is Standing.WITHDRAWN  # withdrawn after the 09:04 grant
    assert receipt.photos == 1 and receipt.photos_deleted == 1  # no basis to keep it
    assert vault._db.scalar("SELECT count(*) FROM photos") == 0
    history = vault.consent.history(team.owner, survivor)
    assert len(history) == 4  # both histories kept, as proof
    assert [r.recorded_at for r in history] == sorted(
        (r.recorded_at for r in history), reverse=True
    )
    assert not vault.photo_consent.is_active(team.owner, survivor)
    marketing = vault.consent.marketing_list(team.owner, (Purpose.MARKETING_SMS,))
    assert survivor not in marketing


def test_the_log_keeps_both_histories_and_still_verifies(vault: Vault, team: Team) -> None:
    survivor = survivor_client(vault, team)
    absorbed = vault.clients.create(team.owner, ClientInput("Nguyen", "Hoa", phone=PHONE)).id
    vault.clients.open(team.owner, absorbed)
    absorbed_entries = [e.seq for e in vault.audit.client_activity(team.owner, absorbed)]
    assert len(absorbed_entries) >= 2

    vault.merge.merge(team.owner, survivor, absorbed, "nguyen hoa")

    [entry] = vault.audit.list(team.owner, AuditFilter(action="client.merge"))
    assert entry.object_id == str(survivor)
    assert f"absorbed={absorbed} survivor={survivor}" in entry.detail
    assert "visits=0" in entry.detail and "filled=phone" in entry.detail
    assert "Nguyen" not in entry.detail and "912" not in entry.detail
    seen = {e.seq: e.object_id for e in vault.audit.client_activity(team.owner, survivor)}
    assert set(absorbed_entries) <= set(seen)
    assert entry.seq in seen
    assert vault.audit.verify(team.owner).ok
    # The activity log page's client filter and the data report read the same way.
    listed = vault.audit.list(
        team.owner, AuditFilter(object_type="client", object_id=str(survivor))
    )
    assert set(absorbed_entries) <= {e.seq for e in listed}
    report = json.loads(vault.data_report.json_bytes(team.owner, survivor))
    created = [a for a in report["access_log"] if a["action"] == "client.create"]
    assert len(created) == 2  # her own registration and the absorbed record's

    # The absorbed id is never handed out again, so a new client's history stays its own.
    newcomer = vault.clients.create(team.owner, ClientInput("Lê", "Văn Nam")).id
    assert newcomer > absorbed
    assert {e.object_id for e in vault.audit.client_activity(team.owner, newcomer)} == {
        str(newcomer)
    }
    assert str(newcomer) not in {
        e.object_id for e in vault.audit.client_activity(team.owner, survivor)
    }


def test_merges_chain_and_bound_the_history(vault: Vault, team: Team) -> None:
    first = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    second = vault.clients.create(team.owner, ClientInput("Kowalska", "Ania")).id
    third = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna Maria")).id
    vault.merge.merge(team.owner, second, first, "Kowalska Anna")
    vault.merge.merge(team.owner, third, second, "Kowalska Ania")
    ids = {e.object_id for e in vault.audit.client_activity(team.owner, third)}
    assert ids == {str(first), str(second), str(third)}
    assert vault.audit.verify(team.owner).ok


def test_wrong_name_same_client_or_missing_client_changes_nothing(vault: Vault, team: Team) -> None:
    survivor = survivor_client(vault, team)
    absorbed = rich_client(vault, team)
    with pytest.raises(ValidationError, match="Type the name"):
        vault.merge.merge(team.owner, survivor, absorbed, "Zofia")
    with pytest.raises(ValidationError, match="Type the name"):
        vault.merge.merge(team.owner, survivor, absorbed, "Nguyễn Thị Hoa")  # the survivor's
    with pytest.raises(ValidationError, match="two different"):
        vault.merge.merge(team.owner, survivor, survivor, "Nguyễn Thị Hoa")
    with pytest.raises(NotFound):
        vault.merge.merge(team.owner, survivor, 999_999, "x")
    with pytest.raises(NotFound):
        vault.merge.merge(team.owner, 999_999, absorbed, absorbed_name())
    assert len(vault.treatments.history(team.owner, absorbed)) == 3
    assert len(vault.treatments.history(team.owner, survivor)) == 1
    assert vault.audit.list(team.owner, AuditFilter(action="client.merge")) == []
    assert vault._db.scalar("SELECT count(*) FROM client_merges") == 0


def test_only_the_owner_merges(vault: Vault, team: Team) -> None:
    survivor = survivor_client(vault, team)
    absorbed = rich_client(vault, team)
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.merge.merge(session, survivor, absorbed, absorbed_name())
        with pytest.raises(PermissionDenied):
            vault.merge.describe(session, absorbed)
    assert len(vault.treatments.history(team.owner, absorbed)) == 3


def test_describe_counts_what_each_record_holds(vault: Vault, team: Team) -> None:
    absorbed = rich_client(vault, team)
    side = vault.merge.describe(team.owner, absorbed)
    assert side.display_name == absorbed_name() and side.email == EMAIL
    assert (side.visits, side.consents, side.photos, side.health_items) == (3, 2, 1, 2)
    assert side.forms == 1
    assert [p.number for p in side.phones] == [PHONE, SECOND_PHONE] and side.pinned_notes == 1
    assert vault.audit.list(team.owner, AuditFilter(action="client.merge_preview"))


def test_fields_the_salon_no_longer_collects_are_not_filled(vault: Vault, team: Team) -> None:
    vault.clients.set_collected_fields(team.owner, {"phone", "email", "address", "guardian"})
    survivor = vault.clients.create(
        team.owner, ClientInput("Wiśniewska", "Ola", address="ul. Długa 5, Gdańsk")
    ).id
    absorbed = vault.clients.create(
        team.owner,
        ClientInput("Wisniewska", "Ola", email="ola@example.pl", phone="+48 600 100 200"),
    ).id
    vault.clients.set_collected_fields(team.owner, {"phone"})

    receipt = vault.merge.merge(team.owner, survivor, absorbed, "Wisniewska Ola")

    view = vault.clients.open(team.owner, survivor)
    assert view.address == "ul. Długa 5, Gdańsk"  # still held: kept, never dropped silently
    assert view.email == ""  # no longer collected: not taken over
    assert view.phone == "+48 600 100 200"
    assert receipt.filled == ("phone",)


def test_a_minor_follows_the_birth_date_and_keeps_a_guardian(vault: Vault, team: Team) -> None:
    vault.clients.set_collected_fields(team.owner, {"phone", "birth_date", "guardian"})
    survivor = vault.clients.create(
        team.owner, ClientInput("Lê", "Bảo", is_minor=True, guardian="Lê Văn Hùng, 0912 000 111")
    ).id
    absorbed = vault.clients.create(
        team.owner, ClientInput("Le", "Bao", birth_date=date(2012, 5, 1), is_minor=True,
                                guardian="Mẹ: Trần Thu")
    ).id  # fmt: skip

    vault.merge.merge(team.owner, survivor, absorbed, "Le Bao")

    view = vault.clients.open(team.owner, survivor)
    assert view.birth_date == date(2012, 5, 1) and view.is_minor
    assert view.guardian == "Lê Văn Hùng, 0912 000 111"


def test_consent_history_is_still_never_rewritten_outside_a_merge(vault: Vault, team: Team) -> None:
    one = vault.clients.create(team.owner, ClientInput("Trần", "Mai")).id
    other = vault.clients.create(team.owner, ClientInput("Phạm", "Lan")).id
    vault.consent.record(team.owner, one, Purpose.PHOTOS, "granted", "en", "paper", None, "P")
    for sql, args in (
        ("UPDATE consent_records SET client_id = ? WHERE client_id = ?", (other, one)),
        ("UPDATE consent_forms SET client_id = ? WHERE client_id = ?", (other, one)),
        ("UPDATE consent_records SET decision = 'refused' WHERE client_id = ?", (one,)),
        ("UPDATE consent_forms SET paper_reference = 'X' WHERE client_id = ?", (one,)),
    ):
        with pytest.raises(Exception, match="never changed"), vault._db.transaction():
            vault._db.execute(sql, args)
    # A registered merge allows the move, and only the move.
    with vault._db.transaction():
        vault._db.execute(
            "INSERT INTO client_merges (absorbed_id, survivor_id, upto_seq, merged_at)"
            " VALUES (?, ?, 0, '2026-11-22')",
            (one, other),
        )
        with pytest.raises(Exception, match="never changed"):
            vault._db.execute(
                "UPDATE consent_records SET client_id = ?, decision = 'refused'"
                " WHERE client_id = ?",
                (other, one),
            )
        vault._db.execute(
            "UPDATE consent_records SET client_id = ? WHERE client_id = ?", (other, one)
        )


def test_the_merged_record_is_archived_only_if_both_were(vault: Vault, team: Team) -> None:
    kept = vault.clients.create(team.owner, ClientInput("Phạm", "Lan")).id
    active = vault.clients.create(team.owner, ClientInput("Pham", "Lan")).id
    archived = vault.clients.create(team.owner, ClientInput("Pham", "Lan Anh")).id
    vault.clients.set_archived(team.owner, kept, True)
    vault.clients.set_archived(team.owner, archived, True)
    vault.merge.merge(team.owner, kept, archived, "Pham Lan Anh")
    assert vault.clients.open(team.owner, kept).archived
    vault.merge.merge(team.owner, kept, active, "Pham Lan")
    assert not vault.clients.open(team.owner, kept).archived


def test_no_absorbed_id_is_handed_out_again_whatever_the_order(vault: Vault, team: Team) -> None:
    kept = vault.clients.create(team.owner, ClientInput("Đỗ", "Minh")).id
    middle = vault.clients.create(team.owner, ClientInput("Do", "Minh")).id
    newest = vault.clients.create(team.owner, ClientInput("Do", "Minh Anh")).id
    vault.merge.merge(team.owner, kept, newest, "Do Minh Anh")
    vault.merge.merge(team.owner, kept, middle, "Do Minh")  # a lower id after a higher one
    newcomer = vault.clients.create(team.owner, ClientInput("Vũ", "Hà")).id
    assert newcomer > newest


def test_both_records_numbers_are_kept_once_each(vault: Vault, team: Team) -> None:
    """Issue 18 item 12: a merge used to drop the absorbed record's phone when the survivor had
    one. Now the survivor's numbers come first, then the absorbed record's; one both hold is
    kept once, and every number still finds the merged client."""
    survivor = vault.clients.create(
        team.owner,
        ClientInput(
            "Nguyễn",
            "Thị Hoa",
            phones=(ClientPhone("+84 912 345 678", PhoneLabel.MOBILE),),
        ),
    ).id
    absorbed = vault.clients.create(
        team.owner,
        ClientInput(
            "Nguyen",
            "Thi Hoa",
            phones=(
                ClientPhone("+84 24 3826 4126", PhoneLabel.WORK),
                ClientPhone("0084 912 345 678"),  # the same mobile, typed another way
            ),
        ),
        allow_duplicate=True,
    ).id

    receipt = vault.merge.merge(team.owner, survivor, absorbed, "Nguyen Thi Hoa")

    view = vault.clients.open(team.owner, survivor)
    assert [(p.number, p.label) for p in view.phones] == [
        ("+84 912 345 678", PhoneLabel.MOBILE),
        ("+84 24 3826 4126", PhoneLabel.WORK),
    ]
    assert "phones" in receipt.filled and "phone" not in receipt.filled
    for typed in ("3826 4126", "4126", "0912345678"):
        assert [c.id for c in vault.clients.search(team.receptionist, typed)] == [survivor]
    rows = vault.database.query(
        "SELECT client_id FROM client_phones WHERE client_id = ?", (absorbed,)
    )
    assert rows == []


@pytest.mark.parametrize("survivor_has_one", [False, True])
def test_the_survivor_keeps_its_card_photo_or_takes_the_other(
    vault: Vault, team: Team, survivor_has_one: bool
) -> None:
    absorbed = rich_client(vault, team)  # her "before" photo is on her card
    theirs = vault.photos.card_photo(team.owner, absorbed)
    assert theirs is not None
    survivor = survivor_client(vault, team)
    grant_photo_consent(vault, team.owner, survivor)
    mine = vault.photos.add_photo(team.owner, survivor, jpeg(), PhotoKind.AFTER).info.id
    if survivor_has_one:
        vault.photos.set_card_photo(team.owner, survivor, mine)

    vault.merge.merge(team.owner, survivor, absorbed, absorbed_name())

    shown = vault.photos.card_photo(team.owner, survivor)
    assert shown is not None
    assert shown.info.id == (mine if survivor_has_one else theirs.info.id)
    assert len(vault.photos.list_photos(team.owner, survivor)) == 2  # both photos moved
