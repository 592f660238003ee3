"""Several phone numbers with labels (issue 18 item 12): kept in order, masked for technicians,
every one searchable and checked for duplicates, a form with one phone field loses none, held
numbers survive a change of region or of what the salon collects, the import keeps them, the
CLI reads and prints them, and an older vault's phones move into the new table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, ClientPhone, PhoneLabel
from salonvault.domain.errors import DuplicateSuspected, ValidationError
from salonvault.domain.imports import ImportField, RowAction, RowStatus
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.clients import MAX_PHONES
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import NAMES, PINS, FakeClock, Team, as_, assert_one_sentence, cli
from tests.test_vault_upgrade import OLD_PHONE, _older_vault

MOBILE = ClientPhone("+84 912 345 678", PhoneLabel.MOBILE)
HOME = ClientPhone("+84 24 3826 4126", PhoneLabel.HOME)
WORK = ClientPhone("+48 22 628 47 19", PhoneLabel.WORK)


def hoa(vault: Vault, team: Team, *phones: ClientPhone) -> int:
    data = ClientInput("Nguyễn", "Thị Hoa", phones=phones or (MOBILE, HOME))
    return vault.clients.create(team.receptionist, data).id


def numbers(vault: Vault, team: Team, client_id: int) -> list[tuple[str, PhoneLabel | None]]:
    return [(p.number, p.label) for p in vault.clients.open(team.owner, client_id).phones]


def test_numbers_keep_their_order_and_labels_and_are_masked_for_technicians(
    vault: Vault, team: Team
) -> None:
    client = hoa(vault, team, MOBILE, HOME, ClientPhone("+44 20 7946 0958"))
    desk = vault.clients.open(team.receptionist, client)
    assert desk.phone == MOBILE.number
    assert [(p.number, p.label) for p in desk.phones] == [
        (MOBILE.number, PhoneLabel.MOBILE),
        (HOME.number, PhoneLabel.HOME),
        ("+44 20 7946 0958", None),  # no label given: just "phone"
    ]
    assert {"phone", "phones"} <= desk.visible
    chair = vault.clients.open(team.technician, client)
    assert [(p.number, p.label) for p in chair.phones] == [
        ("••••••••678", PhoneLabel.MOBILE),
        ("•••••••••126", PhoneLabel.HOME),
        ("•••••••••958", None),
    ]
    assert "phones_masked" in chair.visible and "phones" not in chair.visible
    [created] = vault.audit.list(team.owner, AuditFilter(action="client.create"))
    assert (
        "phones" in created.detail and "912" not in created.detail and "4126" not in created.detail
    )


def test_every_number_finds_the_client_for_roles_that_may_see_it(vault: Vault, team: Team) -> None:
    client = hoa(vault, team)
    for typed in ("024 3826 4126", "+84 24 3826 4126", "4126", "38264126", "0912 345 678"):
        assert [c.id for c in vault.clients.search(team.receptionist, typed)] == [client], typed
    # In a name search's other words too: the row's digit forms hold every number.
    assert [c.id for c in vault.clients.search(team.receptionist, "hoa 4126")] == [client]
    assert vault.clients.search(team.technician, "4126") == []  # may not search by phone


def test_one_phone_field_replaces_the_first_number_only(vault: Vault, team: Team) -> None:
    client = hoa(vault, team)
    vault.clients.update(
        team.receptionist, client, ClientInput("Nguyễn", "Thị Hoa", phone="+84 987 654 321")
    )
    assert numbers(vault, team, client) == [
        ("+84 987 654 321", PhoneLabel.MOBILE),  # the first place keeps its label
        (HOME.number, PhoneLabel.HOME),
    ]
    [entry] = vault.audit.list(team.owner, AuditFilter(action="client.update"))
    assert entry.detail == "fields=phone"
    vault.clients.update(team.receptionist, client, ClientInput("Nguyễn", "Thị Hoa"))
    assert numbers(vault, team, client) == [(HOME.number, PhoneLabel.HOME)]
    assert vault.clients.open(team.owner, client).phone == HOME.number
    assert vault.clients.search(team.receptionist, "987 654 321") == []


def test_the_whole_list_replaces_the_numbers(vault: Vault, team: Team) -> None:
    client = hoa(vault, team)
    vault.clients.update(
        team.receptionist,
        client,
        ClientInput("Nguyễn", "Thị Hoa", phones=(ClientPhone(HOME.number, PhoneLabel.WORK),)),
    )
    assert numbers(vault, team, client) == [(HOME.number, PhoneLabel.WORK)]
    latest = vault.audit.list(team.owner, AuditFilter(action="client.update"))[0]
    assert latest.detail == "fields=phone,phones"
    assert vault.clients.search(team.receptionist, "0912 345 678") == []


def test_numbers_are_checked_and_kept_once(vault: Vault, team: Team) -> None:
    with pytest.raises(ValidationError) as bad:
        hoa(vault, team, MOBILE, ClientPhone("12"))
    assert bad.value.field == "phones.1"
    with pytest.raises(ValidationError, match="first of the phone numbers") as disagree:
        vault.clients.create(
            team.owner, ClientInput("Lê", "Thu", phone=HOME.number, phones=(MOBILE,))
        )
    assert disagree.value.field == "phones"
    many = tuple(ClientPhone(f"+48 601 778 9{i:02d}") for i in range(MAX_PHONES + 1))
    with pytest.raises(ValidationError, match=f"at most {MAX_PHONES}"):
        hoa(vault, team, *many)
    # The same number typed twice is kept once, in its first place, with the label said.
    client = hoa(vault, team, ClientPhone("0084 912 345 678"), HOME, MOBILE)
    assert numbers(vault, team, client) == [
        ("0084 912 345 678", PhoneLabel.MOBILE),
        (HOME.number, PhoneLabel.HOME),
    ]


def test_any_number_on_record_is_a_possible_duplicate(vault: Vault, team: Team) -> None:
    client = hoa(vault, team)
    with pytest.raises(DuplicateSuspected) as error:
        vault.clients.create(
            team.receptionist, ClientInput("Trần", "Lan", phone="0084 24 3826 4126")
        )
    assert error.value.client_ids == [client]


def test_held_numbers_are_kept_when_the_region_or_the_switches_change(
    vault: Vault, team: Team
) -> None:
    """A number typed without a country code is read with the salon's region when entered;
    sent back unchanged later, it is kept as stored, not read again with today's region."""
    vault.settings.set_phone_region(team.owner, "VN")
    client = hoa(vault, team, ClientPhone("0912 345 678"), HOME)
    vault.settings.set_phone_region(team.owner, "PL")  # "0912 345 678" is no Polish number
    stored = vault.clients.open(team.receptionist, client)
    kept = ClientInput("Nguyễn", "Thị Hoa", notes="Thích trà xanh", phones=stored.phones)
    vault.clients.update(team.receptionist, client, kept)
    assert numbers(vault, team, client) == [("0912 345 678", None), (HOME.number, PhoneLabel.HOME)]
    # A salon that stops collecting phones keeps what it holds, but adds no number.
    vault.clients.set_collected_fields(team.owner, {"email"})
    vault.clients.update(team.receptionist, client, kept)
    more = ClientInput("Nguyễn", "Thị Hoa", phones=(*stored.phones, WORK))
    with pytest.raises(ValidationError, match="does not collect phones"):
        vault.clients.update(team.receptionist, client, more)
    with pytest.raises(ValidationError, match="does not collect phones"):
        vault.clients.create(team.receptionist, ClientInput("Lê", "Thu", phone=WORK.number))


def test_an_import_matches_any_number_and_keeps_the_old_ones(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    client = hoa(vault, team)
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "Họ;Tên;Điện thoại\nNguyễn;Thị Hoa;+84 24 3826 4126\nNguyễn;Thị Hoa;+84 333 444 555\n",
        encoding="utf-8",
    )
    table = vault.imports.read(team.owner, sheet)
    columns = (ImportField.FAMILY_NAME, ImportField.GIVEN_NAME, ImportField.PHONE)
    plan = vault.imports.preview(team.owner, table, columns)
    by_number, other = plan.preview.rows
    assert by_number.status is RowStatus.DUPLICATE and by_number.update_target == client
    assert other.status is RowStatus.NEW
    vault.imports.run(
        team.owner, plan, {by_number.line: RowAction.UPDATE, other.line: RowAction.SKIP}
    )
    # The row's number comes first (as before); the numbers held stay, none twice.
    assert numbers(vault, team, client) == [
        (HOME.number, PhoneLabel.HOME),
        (MOBILE.number, PhoneLabel.MOBILE),
    ]


def test_an_older_vaults_phones_move_into_the_list(
    data_dir: Path,
    recovery_key_file: Path,
    device_store: DeviceKeyStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _older_vault(data_dir, recovery_key_file, device_store, monkeypatch, schema=11)
    vault = open_vault(data_dir, device_store=device_store, clock=FakeClock())
    try:
        owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        [client] = vault.clients.list_ids(owner)
        view = vault.clients.open(owner, client)
        assert [(p.number, p.label) for p in view.phones] == [(OLD_PHONE, None)]
        with pytest.raises(DuplicateSuspected):
            vault.clients.create(owner, ClientInput("Lê", "Thu", phone="020 7946 0958"))
        assert [c.id for c in vault.clients.search(owner, "7946 0958")] == [client]
    finally:
        vault.close()


def test_the_cli_reads_and_prints_labelled_numbers(tmp_path: Path) -> None:
    info = cli(tmp_path / "salon", "demo", "--clients", "5").json()
    client = {
        "family_name": "Nowak",
        "given_name": "Ewa",
        "phones": [
            {"label": "mobile", "number": "+48 601 778 912"},
            {"number": "+48 22 628 47 19"},
        ],
    }
    added = as_(info, "receptionist", "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    client_id = str(added.json()["id"])
    desk = as_(info, "receptionist", "show", client_id).json()
    assert desk["phone"] == "+48 601 778 912"
    assert desk["phones"] == [
        {"label": "mobile", "number": "+48 601 778 912"},
        {"label": None, "number": "+48 22 628 47 19"},
    ]
    assert desk["pinned_notes"] == []
    chair = as_(info, "technician", "show", client_id).json()
    assert [p["number"] for p in chair["phones"]] == ["••••••••912", "••••••••719"]
    [hit] = as_(info, "receptionist", "search", "628 47 19").json_lines()
    assert hit["id"] == int(client_id) and hit["phone_last_digits"] == "912"
    agreeing = {
        "family_name": "Lê",
        "phone": "+48 501 234 567",
        "phones": [{"number": "+48 501 234 567"}],
    }
    assert as_(info, "receptionist", "add-client", stdin_after=json.dumps(agreeing)).code == 0
    bad_label = {"family_name": "Lê", "phones": [{"label": "fax", "number": "+48 501 234 568"}]}
    refused = as_(info, "receptionist", "add-client", stdin_after=json.dumps(bad_label))
    assert_one_sentence(refused, 2, "label is one of mobile, home, work, other")
    not_a_list = {"family_name": "Lê", "phones": "+48 501 234 568"}
    refused = as_(info, "receptionist", "add-client", stdin_after=json.dumps(not_a_list))
    assert_one_sentence(refused, 2, "phones must be a list")
