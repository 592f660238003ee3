"""Import speaks the file's country and its old program (issue 19 item 4, decision 0034).

A Polish client list in a Vietnamese salon: the preview says most numbers are Polish ones and
reads them so when asked (service and `import --phone-region PL`). And files shaped like the
client exports of the salon programs people move from: each column lands on its field, an
"Added Date" is never taken for the last visit, notes are offered, dates read as written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import ValidationError
from salonvault.domain.imports import ImportField, MappedBy, RowAction, RowStatus
from salonvault.services.vault.opening import Vault
from tests.import_files import write_csv
from tests.support import Team, as_, cli

F = ImportField

POLISH_FILE = [
    ["Imię", "Nazwisko", "Telefon", "Email"],
    ["Łucja", "Wąsowska-Żak", "501 234 567", "lucja@example.pl"],
    ["Małgorzata", "Grzegorczyk", "602 345 678", ""],
    ["Zdzisław", "Świątek", "0048 512 345 678", ""],  # written with the country code
    ["Anna", "Kowalska-Nowak", "22 123 45 67", ""],  # a Warsaw landline
]


def vietnamese_salon(vault: Vault, team: Team) -> None:
    vault.settings.set_language(team.owner, "vi")  # numbers read as VN
    vault.clients.set_collected_fields(team.owner, {"phone", "email", "birth_date", "address"})


def previewed(vault: Vault, team: Team, path: Path, **options: Any) -> Any:
    table = vault.imports.read(team.owner, path)
    columns = vault.imports.suggest_mapping(team.owner, table).columns
    return vault.imports.preview(team.owner, table, columns, **options)


def e164_of(vault: Vault, client_id: int) -> str:
    """The stored international form of the client's first number (views show it as typed)."""
    return str(vault.database.scalar("SELECT phone_e164 FROM clients WHERE id = ?", (client_id,)))


# -- the file's country ----------------------------------------------------------------------


def test_a_polish_file_in_a_vietnamese_salon_is_offered_as_polish_numbers(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    vietnamese_salon(vault, team)
    path = write_csv(tmp_path / "klienci.csv", POLISH_FILE)
    as_read = previewed(vault, team, path)
    assert as_read.preview.phone_region == "VN"
    assert [r.status for r in as_read.preview.rows].count(RowStatus.INVALID) == 3
    hint = as_read.preview.phone_hint
    assert hint is not None
    assert (hint.region, hint.sampled, hint.valid_as_read, hint.valid_there) == ("PL", 4, 1, 4)

    as_polish = previewed(vault, team, path, phone_region="pl")
    assert as_polish.preview.phone_region == "PL" and as_polish.preview.phone_hint is None
    assert {r.status for r in as_polish.preview.rows} == {RowStatus.NEW}
    result = vault.imports.run(team.owner, as_polish)
    assert result.created == 4
    found = vault.clients.search(team.owner, "nowak")
    assert e164_of(vault, found[0].id) == "+48221234567"
    # Found by the number as the Polish file wrote it, and as the salon's own clients are.
    assert [s.id for s in vault.clients.search(team.owner, "602 345 678")] == [
        s.id for s in vault.clients.search(team.owner, "grzegorczyk")
    ]


def test_a_file_of_the_salons_own_country_gets_no_hint(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    vietnamese_salon(vault, team)
    rows = [["Họ", "Tên", "Số điện thoại"], ["Nguyễn", "Thị Ánh", "0912 345 678"]]
    rows += [["Trần", f"Văn {n}", f"0987 654 32{n}"] for n in range(5)]
    plan = previewed(vault, team, write_csv(tmp_path / "khach.csv", rows))
    assert plan.preview.phone_hint is None and plan.preview.phone_region == "VN"


def test_numbers_of_no_country_get_no_hint(vault: Vault, team: Team, tmp_path: Path) -> None:
    vietnamese_salon(vault, team)
    rows = [["Name", "Phone"], *([f"Client {n}", "12345"] for n in range(5))]
    plan = previewed(vault, team, write_csv(tmp_path / "bad.csv", rows))
    assert plan.preview.phone_hint is None


def test_an_unknown_country_is_refused_by_name(vault: Vault, team: Team, tmp_path: Path) -> None:
    vietnamese_salon(vault, team)
    path = write_csv(tmp_path / "klienci.csv", POLISH_FILE)
    with pytest.raises(ValidationError) as refused:
        previewed(vault, team, path, phone_region="XX")
    assert refused.value.field == "phone_region"


def test_an_update_from_the_file_reads_its_numbers_as_the_files_country(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    vietnamese_salon(vault, team)
    existing = vault.clients.create(
        team.owner, ClientInput("Grzegorczyk", "Małgorzata", email="m@example.pl")
    ).id
    rows = [
        ["Imię", "Nazwisko", "Telefon", "Email"],
        ["Małgorzata", "Grzegorczyk", "602 345 678", "m@example.pl"],
    ]
    plan = previewed(vault, team, write_csv(tmp_path / "k.csv", rows), phone_region="PL")
    (row,) = plan.preview.rows
    assert row.update_target == existing and not row.update_problem
    vault.imports.run(team.owner, plan, {row.line: RowAction.UPDATE})
    assert e164_of(vault, existing) == "+48602345678"


def test_the_cli_names_the_files_country_and_reads_it_when_told(tmp_path: Path) -> None:
    salon = cli(tmp_path / "salon", "demo", "--clients", "3", key_dir=tmp_path / "keys")
    assert salon.code == 0, salon
    info: dict[str, Any] = salon.json()
    info["key_dir"] = tmp_path / "keys"
    path = write_csv(tmp_path / "klienci.csv", POLISH_FILE)

    dry = as_(info, "owner", "import", str(path), "--dry-run")
    assert dry.code == 0, dry
    summary = dry.json_lines()[0]
    assert summary["phone_region"] == "VN" and summary["invalid"] == 3
    assert summary["phone_region_hint"] == {
        "region": "PL",
        "sampled": 4,
        "valid_as_read": 1,
        "valid_there": 4,
        "try": "--phone-region PL",
    }

    done = as_(info, "owner", "import", str(path), "--phone-region", "PL")
    assert done.code == 0, done
    summary = done.json_lines()[0]
    assert (summary["phone_region"], summary["created"], summary["invalid"]) == ("PL", 4, 0)
    assert "phone_region_hint" not in summary

    refused = as_(info, "owner", "import", str(path), "--phone-region", "Polska", "--dry-run")
    assert refused.code == 2


# -- the old program's headers ---------------------------------------------------------------

# Header rows as the programs' client exports write them (decision 0034 says which were seen in
# the programs' own documentation and which are inferred), with one client each.
PROGRAM_FILES: dict[str, list[list[str]]] = {
    "the issue's English export (Fresha-like)": [
        ["First Name", "Last Name", "Mobile Number", "Email", "Client Notes", "Added Date",
         "Last Visit Date"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "Prefers mornings",
         "12 Jan 2021", "3 Nov 2025"],
    ],
    "Vagaro": [
        ["First Name", "Last Name", "Email Address", "Mobile Phone", "Day Phone", "Night Phone",
         "Birth Date", "Gender", "Customer Since", "Last Visit"],
        ["Emily", "Clarke", "emily@example.co.uk", "07911 123456", "", "", "04/23/1990", "F",
         "01/12/2021", "11/03/2025"],
    ],
    "Square Appointments": [
        ["Reference ID", "First Name", "Surname", "Email Address", "Phone Number", "Nickname",
         "Company Name", "Street Address 1", "Street Address 2", "City", "Postcode", "Birthday",
         "Memo", "Square Customer ID", "Creation Source", "First Visit", "Last Visit",
         "Transaction Count", "Total Spend", "Email Subscription Status"],
        ["10023456", "Emily", "Clarke", "emily@example.co.uk", "+44 7911 123456", "Em", "",
         "1 High Street", "", "Leeds", "LS1 1AA", "1990-04-23", "Prefers mornings",
         "8QJ3Z1XKT4", "Appointments", "2021-01-12", "2025-11-03", "14", "812.50",
         "subscribed"],
    ],
    "Mindbody": [
        ["Client ID", "First Name", "Last Name", "Email", "Mobile Phone", "Home Phone",
         "Birth Date", "Address", "City", "Postal Code", "Creation Date", "Last Visit Date"],
        ["100234567", "Emily", "Clarke", "emily@example.co.uk", "07911 123456", "",
         "23/04/1990", "1 High Street", "Leeds", "LS1 1AA", "12/01/2021", "03/11/2025"],
    ],
    "Phorest": [
        ["First Name", "Last Name", "Mobile", "Email", "Date of Birth", "Client Since",
         "Last Visit", "Notes"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "23/04/1990", "12/01/2021",
         "03/11/2025", "Prefers mornings"],
    ],
    "Timely": [
        ["First name", "Last name", "Mobile", "Email", "Date of birth", "Physical address",
         "Notes", "Created date", "Last appointment date"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "23 Apr 1990",
         "1 High Street, Leeds", "Prefers mornings", "12 Jan 2021", "3 Nov 2025"],
    ],
    "Shortcuts": [
        ["Given Name", "Surname", "Mobile", "Email", "Date of Birth", "Date Created",
         "Last Visit Date"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "23/04/1990", "12/01/2021",
         "03/11/2025"],
    ],
    "Kitomba": [
        ["First Name", "Last Name", "Mobile", "Email", "Date of Birth", "Date Joined",
         "Last Visit Date", "Client Notes"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "23/04/1990", "12/01/2021",
         "03/11/2025", "Prefers mornings"],
    ],
    "SimpleSpa / Salon Iris": [
        ["First Name", "Last Name", "Cell Phone", "Home Phone", "Email", "Birthday",
         "Client Since", "Last Visit", "Notes"],
        ["Emily", "Clarke", "07911 123456", "", "emily@example.co.uk", "23/04/1990",
         "12/01/2021", "03/11/2025", "Prefers mornings"],
    ],
    "Rosy": [
        ["First Name", "Last Name", "Cell Phone", "Email", "Birthday", "Created", "Last Visit",
         "Notes"],
        ["Emily", "Clarke", "07911 123456", "emily@example.co.uk", "04/23/1990", "01/12/2021",
         "11/03/2025", "Prefers mornings"],
    ],
    "Booksy (Polish)": [
        ["Imię", "Nazwisko", "Telefon", "Email", "Data urodzenia", "Data dodania",
         "Ostatnia wizyta", "Notatki"],
        ["Emily", "Clarke", "+44 7911 123456", "emily@example.co.uk", "23.04.1990",
         "12.01.2021", "03.11.2025", "Prefers mornings"],
    ],
}  # fmt: skip


@pytest.mark.parametrize("program", list(PROGRAM_FILES))
def test_client_exports_of_salon_programs_map_field_by_field(
    vault: Vault, team: Team, tmp_path: Path, program: str
) -> None:
    vault.settings.set_language(team.owner, "en")  # a British salon: numbers read as GB
    vault.clients.set_collected_fields(team.owner, {"phone", "email", "birth_date", "address"})
    rows = PROGRAM_FILES[program]
    path = write_csv(tmp_path / "export.csv", rows)
    table = vault.imports.read(team.owner, path)
    suggestion = vault.imports.suggest_mapping(team.owner, table)
    mapped = {h: f for h, f in zip(table.headers, suggestion.columns, strict=True) if f}
    how = dict(zip(table.headers, suggestion.mapped_by, strict=True))
    # Never a creation date, an id or a first visit taken for a field, least of all by content.
    assert MappedBy.CONTENT not in how.values(), how
    assert F.FAMILY_NAME in mapped.values() and F.GIVEN_NAME in mapped.values()
    assert F.PHONE in mapped.values() and F.EMAIL in mapped.values()
    last_visit = next(
        h
        for h in rows[0]
        if h.casefold().startswith(("last visit", "last appointment", "ostatnia"))
    )
    assert mapped.get(last_visit) is F.LAST_VISIT
    note_headers = [h for h in rows[0] if h.casefold() in {"notes", "client notes", "memo",
                                                             "notatki"}]  # fmt: skip
    assert all(mapped.get(h) is F.NOTES for h in note_headers)

    plan = vault.imports.preview(team.owner, table, suggestion.columns)
    assert [r.status for r in plan.preview.rows] == [RowStatus.NEW], plan.preview.rows
    vault.imports.run(team.owner, plan)
    (hit,) = vault.clients.search(team.owner, "emily clarke")
    card = vault.clients.open(team.owner, hit.id)
    assert e164_of(vault, hit.id) == "+447911123456"
    assert hit.last_visit_on == date(2025, 11, 3)
    if F.BIRTH_DATE in mapped.values():
        assert card.birth_date == date(1990, 4, 23)
    if note_headers:
        assert card.notes == "Prefers mornings"


def test_the_issues_example_no_longer_takes_the_added_date_for_the_last_visit(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    """Before: "Added Date" (dates, no known header) took the last visit by content, so "Last
    Visit Date" after it was dropped; "Client Notes" matched "client" and went nowhere."""
    rows = PROGRAM_FILES["the issue's English export (Fresha-like)"]
    table = vault.imports.read(team.owner, write_csv(tmp_path / "e.csv", rows))
    suggestion = vault.imports.suggest_mapping(team.owner, table)
    assert dict(zip(table.headers, suggestion.columns, strict=True)) == {
        "First Name": F.GIVEN_NAME,
        "Last Name": F.FAMILY_NAME,
        "Mobile Number": F.PHONE,
        "Email": F.EMAIL,
        "Client Notes": F.NOTES,
        "Added Date": None,
        "Last Visit Date": F.LAST_VISIT,
    }
