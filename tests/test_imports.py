"""Importing clients through the service into a real vault: the same field rules and search as
the counter, duplicates, per-row choices, one transaction (a dry run, a cancel or a failure
writes nothing), the activity log, saved mappings, and consent that is never invented."""

from __future__ import annotations

import json
import tempfile
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, HealthKind
from salonvault.domain.consent import Purpose, Standing
from salonvault.domain.errors import (
    ImportCancelled,
    RuleViolation,
    ValidationError,
    VaultError,
)
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.imports import (
    ImportField,
    MatchKind,
    RowAction,
    RowStatus,
)
from salonvault.services.imports import service as imports_module
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.import_files import CHINESE, POLISH, VIETNAMESE, write_csv, write_xlsx
from tests.support import Team

F = ImportField
TABLES = (
    "clients",
    "client_name_tokens",
    "client_contact_tokens",
    "health_items",
    "visits",
    "consent_records",
    "audit_log",
    "settings",
)


def salon(vault: Vault, team: Team, language: str) -> None:
    """The salon's language sets the phone region; every optional field is collected; health
    details are kept under professional secrecy, so imported allergies are stored (under
    consent, the default, they wait for each client's consent: the test below)."""
    vault.settings.set_language(team.owner, language)
    vault.clients.set_collected_fields(
        team.owner, {"phone", "email", "birth_date", "address", "guardian"}
    )
    vault.health_basis.set_basis(team.owner, HealthBasis.PROFESSIONAL_SECRECY)


def test_under_consent_imported_allergies_wait_for_each_clients_consent(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    """Decision 0031: a new client has not consented, so their allergies are left out and
    counted; a client in the vault who gave health-data consent gets theirs."""
    owner = team.owner
    vault.settings.set_language(owner, "vi")
    agreed = vault.clients.create(owner, ClientInput("Lê", "Thị Mai", phone="0912 345 678")).id
    grant_health_consent(vault, owner, agreed)
    rows = [
        ["Họ và tên", "Điện thoại", "Dị ứng"],
        ["Lê Thị Mai", "0912 345 678", "PPD"],  # the client in the vault: updated
        ["Trần An", "0987 654 321", "Latex; Niken"],  # new
    ]
    table = vault.imports.read(owner, write_csv(tmp_path / "k.csv", rows))
    plan = vault.imports.preview(owner, table, vault.imports.suggest_mapping(owner, table).columns)
    result = vault.imports.run(owner, plan, {2: RowAction.UPDATE})
    assert (result.created, result.updated) == (1, 1)
    assert (result.health_items, result.health_skipped) == (1, 2)
    assert [h.text for h in vault.clients.open(owner, agreed).health or ()] == ["PPD"]
    [new] = result.created_ids
    assert vault.clients.open(owner, new).health == ()
    [summary] = vault.audit.list(owner, AuditFilter(action="clients.import"))
    assert "health_items=1 health_skipped=2" in summary.detail
    [created] = vault.audit.list(owner, AuditFilter(action="client.create", object_id=str(new)))
    assert "allergies" not in created.detail  # none were stored for this client


def snapshot(vault: Vault) -> dict[str, Any]:
    """Row counts of every table an import touches, the log's last entry, the settings."""
    db = vault.database
    found: dict[str, Any] = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
    found["last_log"] = db.query_one("SELECT seq, action, mac FROM audit_log ORDER BY seq DESC")
    found["settings_rows"] = db.query("SELECT key, value FROM settings ORDER BY key")
    return found


def imported(vault: Vault, team: Team, path: Path, **choices: RowAction) -> Any:
    table = vault.imports.read(team.owner, path)
    columns = vault.imports.suggest_mapping(team.owner, table).columns
    plan = vault.imports.preview(team.owner, table, columns)
    return plan, vault.imports.run(team.owner, plan, {int(k[1:]): v for k, v in choices.items()})


def test_vietnamese_cp1258_file_becomes_clients_found_like_typed_ones(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "vi")
    path = write_csv(tmp_path / "khach.csv", VIETNAMESE, "cp1258", delimiter=";")
    plan, result = imported(vault, team, path)
    assert plan.preview.counts().create == 3 and result.created == 3 and result.invalid == 0
    found = vault.clients.search(team.owner, "nguyen thi anh")
    assert [c.display_name for c in found] == ["Nguyễn Thị Ánh"]
    view = vault.clients.open(team.owner, found[0].id)
    typed = vault.clients.create(
        team.owner,
        ClientInput("Nguyễn", "Thị Ánh", phone="0912 345 678", birth_date=date(1990, 4, 23)),
        allow_duplicate=True,
    )
    for field in ("family_name", "given_name", "birth_date"):
        assert getattr(view, field) == getattr(typed, field)  # the same rules, the same result
    assert view.phone == "0912 345 678" and view.notes == "Khách quen, thích màu nâu"
    assert view.health is not None
    assert [(h.kind, h.text) for h in view.health] == [
        (HealthKind.ALLERGY, "PPD"),
        (HealthKind.ALLERGY, "nickel"),
    ]
    assert vault.clients.search(team.owner, "0912345678")  # phone search index filled in
    assert vault.clients.search(team.receptionist, "345 678")
    assert vault.clients.search(team.technician, "Đức")


def test_polish_cp1250_and_chinese_gbk(vault: Vault, team: Team, tmp_path: Path) -> None:
    salon(vault, team, "pl")
    _, result = imported(vault, team, write_csv(tmp_path / "k.csv", POLISH, "cp1250", ";"))
    assert (result.created, result.skipped, result.invalid) == (3, 0, 0)
    lucja = vault.clients.search(team.owner, "lucja")[0]
    view = vault.clients.open(team.owner, lucja.id)
    assert (view.family_name, view.email) == ("Wąsowska-Żak", "lucja@example.pl")
    assert vault.clients.search(team.owner, "zdz@example.pl")  # stored with its domain lowered

    salon(vault, team, "zh_CN")
    plan, result = imported(vault, team, write_csv(tmp_path / "z.csv", CHINESE, "gbk", "\t"))
    assert result.created == 3 and plan.columns[0] is F.FULL_NAME
    wang = vault.clients.open(team.owner, vault.clients.search(team.owner, "小明")[0].id)
    assert (wang.family_name, wang.given_name, wang.tags) == ("王", "小明", ("常客",))
    assert wang.birth_date == date(1990, 4, 23)
    ouyang = vault.clients.search(team.owner, "ouyang")[0]
    assert ouyang.display_name == "欧阳娜娜"
    assert vault.clients.open(team.owner, ouyang.id).birth_date == date(1985, 12, 1)


def test_broken_rows_are_listed_with_their_reason_and_nothing_of_them_is_written(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    rows = [
        ["Nazwisko", "Imię", "Telefon", "Data urodzenia"],
        ["Nowak", "Ewa", "501 234 567", "23.04.1990"],
        ["Kowal", "Jan", "12", ""],
        ["Lis", "Ola", "", "31.02.1990"],
        ["", "Ola", "", ""],
        ["Bąk", "Piotr", "602 345 678"],  # a cell short
        ["Mróz", "Ala", "603 456 789", "01.01.2020"],  # a minor without a guardian
    ]
    plan, result = imported(vault, team, write_csv(tmp_path / "k.csv", rows, delimiter=";"))
    invalid = {
        r.line: (r.field, r.reason) for r in plan.preview.rows if r.status is RowStatus.INVALID
    }
    assert invalid == {
        3: ("phone", invalid[3][1]),
        4: ("birth_date", 'The birth date "31.02.1990" is not a real date.'),
        5: ("family_name", "Enter the family name."),
        6: ("row", invalid[6][1]),
        7: ("guardian", "Enter the parent or guardian of a minor (name and how to reach them)."),
    }
    assert invalid[3][1].startswith("That phone number is not valid")
    assert invalid[6][1].startswith("The row has 3 cells where the header has 4")
    assert {r.line: r.name for r in plan.preview.rows}[4] == "Lis Ola"  # recognisable
    assert (result.created, result.invalid) == (1, 5)
    assert vault.database.scalar("SELECT count(*) FROM clients") == 1


def test_duplicates_in_the_vault_and_in_the_file_with_per_row_choices(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "vi")
    owner = team.owner
    mai = vault.clients.create(
        owner, ClientInput("Lê", "Thị Mai", phone="+84 912 345 678", notes="Cũ", tags=("vip",))
    ).id
    hoa = vault.clients.create(
        owner, ClientInput("Nguyen", "Thi Hoa", birth_date=date(1990, 4, 23))
    ).id
    rows = [
        ["Họ và tên", "Điện thoại", "Email", "Ngày sinh", "Dị ứng", "Ghi chú", "Thẻ"],
        ["Lê Thị Mai", "0912 345 678", "", "", "PPD", "Thích nâu", "mới"],  # 2: phone
        ["Nguyễn Thị Hoà", "", "", "23/04/1990", "", "", ""],  # 3: name and birth date
        ["Trần An", "0987 654 321", "an@example.vn", "", "", "", ""],  # 4: new
        ["Trần Bình", "", "AN@Example.VN", "", "", "", ""],  # 5: e-mail of line 4
        ["Lê Thị Mai", "0912345678", "", "", "", "", ""],  # 6: phone, in vault and line 2
    ]
    path = write_csv(tmp_path / "k.csv", rows)
    table = vault.imports.read(owner, path)
    plan = vault.imports.preview(owner, table, vault.imports.suggest_mapping(owner, table).columns)
    by_line = {row.line: row for row in plan.preview.rows}
    assert by_line[2].matches[0].kind is MatchKind.PHONE and by_line[2].update_target == mai
    assert by_line[2].reason == f"Same phone as client {mai}."
    assert by_line[3].matches[0].kind is MatchKind.NAME_AND_BIRTH_DATE
    assert by_line[3].update_target == hoa
    assert by_line[4].status is RowStatus.NEW
    assert [(m.kind, m.line) for m in by_line[5].matches] == [(MatchKind.EMAIL, 4)]
    assert RowAction.UPDATE not in by_line[5].actions  # only a client in the vault is updated
    assert {m.client_id or m.line for m in by_line[6].matches} == {mai, 2}
    for line in (2, 3, 5, 6):  # as at the counter: a possible duplicate is skipped by default
        assert by_line[line].status is RowStatus.DUPLICATE
        assert by_line[line].default is RowAction.SKIP
    choices = {2: RowAction.UPDATE, 3: RowAction.CREATE, 5: RowAction.CREATE}
    counts = plan.preview.counts(choices)
    assert (counts.create, counts.update, counts.skip) == (3, 1, 1)
    result = vault.imports.run(owner, plan, choices)
    assert (result.created, result.updated, result.skipped) == (3, 1, 1)
    assert result.updated_ids == (mai,)
    updated = vault.clients.open(owner, mai)
    assert updated.notes == "Cũ\nThích nâu"  # nothing lost: the old note stays first
    assert updated.tags == ("vip", "mới") and updated.phone == "0912 345 678"
    assert updated.health is not None and [h.text for h in updated.health] == ["PPD"]
    assert len(vault.clients.search(owner, "hoa")) == 2  # created anyway, as chosen
    log = vault.audit.list(owner, AuditFilter(action="client.update", object_id=str(mai)))
    assert log[0].detail == "fields=phone,tags,notes allergies=1 via=import"


def test_an_update_that_would_break_a_rule_is_not_offered(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "vi")
    tags = tuple(f"tag{i}" for i in range(12))
    vault.clients.create(team.owner, ClientInput("Lê", "Mai", phone="0912345678", tags=tags))
    rows = [["Họ", "Tên", "SĐT", "Thẻ"], ["Lê", "Mai", "0912345678", "một, hai"]]
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", rows))
    plan = vault.imports.preview(team.owner, table, (F.FAMILY_NAME, F.GIVEN_NAME, F.PHONE, F.TAGS))
    row = plan.preview.rows[0]
    assert RowAction.UPDATE not in row.actions
    assert row.update_problem == "A client has at most 12 tags."


def test_dry_run_writes_nothing_not_even_to_the_log(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    path = write_csv(tmp_path / "k.csv", POLISH, "cp1250", ";")
    before = snapshot(vault)
    table = vault.imports.read(team.owner, path)
    plan = vault.imports.preview(
        team.owner, table, vault.imports.suggest_mapping(team.owner, table).columns
    )
    assert plan.preview.counts().create == 3
    assert snapshot(vault) == before


def many_rows(count: int) -> list[list[str]]:
    rows = [["Family name", "Given name", "Phone", "Allergies"]]
    rows += [
        [f"Nowak{i}", "Ewa", f"+48 5{i:08d}", "latex" if i % 3 == 0 else ""] for i in range(count)
    ]
    return rows


def test_cancel_mid_way_leaves_the_vault_as_it_was(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    vault.clients.create(team.owner, ClientInput("Stara", "Klientka"))
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", many_rows(2600)))
    plan = vault.imports.preview(
        team.owner, table, (F.FAMILY_NAME, F.GIVEN_NAME, F.PHONE, F.ALLERGIES)
    )
    before = snapshot(vault)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(phase: str, done: int, total: int) -> None:
        seen.append(done)
        if done >= 1000:  # the first thousand rows are written: now the owner cancels
            cancel.set()

    with pytest.raises(ImportCancelled, match="cancelled; nothing was imported"):
        vault.imports.run(team.owner, plan, progress=progress, cancel=cancel)
    assert 1000 in seen and max(seen) < 2600
    assert snapshot(vault) == before
    assert vault.audit.verify(team.owner).ok
    # The same plan imports fine afterwards: the cancel left nothing half-done.
    assert vault.imports.run(team.owner, plan).created == 2600


def test_a_cancel_after_the_last_row_still_writes_nothing(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", many_rows(10)))
    plan = vault.imports.preview(team.owner, table, (F.FAMILY_NAME, F.GIVEN_NAME, F.PHONE, None))
    before = snapshot(vault)
    cancel = threading.Event()

    def progress(phase: str, done: int, total: int) -> None:
        if done == total:
            cancel.set()

    with pytest.raises(ImportCancelled):
        vault.imports.run(team.owner, plan, progress=progress, cancel=cancel)
    assert snapshot(vault) == before


def test_a_failure_mid_way_leaves_the_vault_as_it_was(
    vault: Vault, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    salon(vault, team, "pl")
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", many_rows(2500)))
    plan = vault.imports.preview(
        team.owner, table, (F.FAMILY_NAME, F.GIVEN_NAME, F.PHONE, F.ALLERGIES)
    )
    before = snapshot(vault)
    real = imports_module.insert_health_items
    calls: list[int] = []

    def disk_full(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise VaultError("vault.disk_full_free_some_space")
        real(*args)

    monkeypatch.setattr(imports_module, "insert_health_items", disk_full)
    with pytest.raises(VaultError, match="disk is full"):
        vault.imports.run(team.owner, plan)
    assert snapshot(vault) == before


def test_the_activity_log_names_fields_and_counts_never_data(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "vi")
    _, result = imported(vault, team, write_csv(tmp_path / "k.csv", VIETNAMESE, "utf-8", ";"))
    entries = vault.audit.list(team.owner, AuditFilter(limit=10))
    assert entries[0].action == "clients.import"
    assert entries[0].detail == (
        "format=csv created=3 updated=0 skipped=0 invalid=0 health_items=2 health_skipped=0 rows=3"
    )
    per_client = [e for e in entries if e.action == "client.create"]
    assert sorted(int(e.object_id or 0) for e in per_client) == sorted(result.created_ids)
    assert all(e.detail.endswith("via=import") for e in per_client)
    logged = " ".join(e.detail for e in entries)
    for row in VIETNAMESE[1:]:
        for cell in row:
            for word in cell.replace(";", " ").split():
                assert word not in logged
    client_log = vault.audit.client_activity(team.owner, result.created_ids[0])
    assert client_log[0].action == "client.create"
    assert vault.audit.verify(team.owner).ok


def test_the_mapping_is_saved_for_the_next_file_with_the_same_headers(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    rows = [["Klient", "Tel.", "Info"], ["Nowak Ewa", "501234567", "lateks"]]
    table = vault.imports.read(team.owner, write_csv(tmp_path / "a.csv", rows))
    guessed = vault.imports.suggest_mapping(team.owner, table)
    assert guessed.columns == (F.FULL_NAME, F.PHONE, None) and not guessed.saved
    chosen = (F.FULL_NAME_FAMILY_FIRST, F.PHONE, F.ALLERGIES)  # the owner's corrections
    plan = vault.imports.preview(team.owner, table, chosen)
    vault.imports.run(team.owner, plan)
    ewa = vault.clients.open(team.owner, vault.clients.search(team.owner, "ewa")[0].id)
    assert (ewa.family_name, ewa.given_name) == ("Nowak", "Ewa")
    later = [["Info", "Klient", "Tel."], ["", "Kowal Jan", "602345678"]]
    next_table = vault.imports.read(team.owner, write_csv(tmp_path / "b.csv", later))
    suggested = vault.imports.suggest_mapping(team.owner, next_table)
    assert suggested.saved and suggested.columns == (F.ALLERGIES, F.FULL_NAME_FAMILY_FIRST, F.PHONE)
    stored = json.dumps(
        vault.database.query("SELECT value FROM settings WHERE key = 'import_mappings'")
    )
    assert "Nowak" not in stored and "501234567" not in stored and "lateks" not in stored


def test_settings_changed_since_the_preview_ask_for_a_new_one(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", POLISH, "utf-8", ";"))
    plan = vault.imports.preview(
        team.owner, table, vault.imports.suggest_mapping(team.owner, table).columns
    )
    vault.settings.set_language(team.owner, "vi")  # the phone region becomes VN
    with pytest.raises(RuleViolation, match="preview the import again"):
        vault.imports.run(team.owner, plan)


def test_a_client_registered_since_the_preview_is_not_created_twice(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", POLISH, "utf-8", ";"))
    plan = vault.imports.preview(
        team.owner, table, vault.imports.suggest_mapping(team.owner, table).columns
    )
    registered = vault.clients.create(
        team.receptionist, ClientInput("Grzegorczyk", "M.", phone="602345678")
    ).id
    result = vault.imports.run(team.owner, plan)
    assert (result.created, result.skipped) == (2, 1)
    assert result.problems == (
        (3, f"Client {registered} was registered since the preview; skipped."),
    )


def test_a_mapping_to_a_field_the_salon_does_not_collect_is_refused(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    vault.settings.set_language(team.owner, "pl")  # collects phone, e-mail, guardian only
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", POLISH, "utf-8", ";"))
    suggestion = vault.imports.suggest_mapping(team.owner, table)
    assert suggestion.columns[4] is None  # "Data urodzenia"
    columns = (*suggestion.columns[:4], F.BIRTH_DATE, suggestion.columns[5])
    with pytest.raises(ValidationError, match="does not collect birth dates"):
        vault.imports.preview(team.owner, table, columns)


def test_last_visit_is_kept_on_the_record_without_inventing_a_treatment(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "pl")
    rows = [
        ["Nazwisko", "Imię", "Ostatnia wizyta"],
        ["Nowak", "Ewa", "03.11.2026"],
        ["Kowal", "Jan", "01.01.2027"],
    ]
    plan, result = imported(vault, team, write_csv(tmp_path / "k.csv", rows))
    assert plan.preview.rows[1].reason == "The last visit is in the future."
    assert (result.created, result.invalid) == (1, 1)
    ewa = vault.clients.search(team.owner, "ewa")[0]
    assert ewa.last_visit_on == date(2026, 11, 3)
    assert vault.database.scalar("SELECT count(*) FROM visits") == 0
    assert vault.treatments.history(team.owner, ewa.id) == []


def test_xlsx_import_chooses_its_sheet(vault: Vault, team: Team, tmp_path: Path) -> None:
    salon(vault, team, "pl")
    path = write_xlsx(
        tmp_path / "k.xlsx",
        {
            "Wizyty": [["Data", "Kwota"], ["2026-01-01", 100]],
            "Klienci": [
                ["Nazwisko", "Imię", "Telefon", "Data urodzenia"],
                ["Nowak", "Ewa", 501234567, date(1990, 4, 23)],
            ],
        },
    )
    table = vault.imports.read(team.owner, path, sheet="Klienci")
    plan = vault.imports.preview(
        team.owner, table, vault.imports.suggest_mapping(team.owner, table).columns
    )
    assert vault.imports.run(team.owner, plan).created == 1
    ewa = vault.clients.open(team.owner, vault.clients.search(team.owner, "ewa")[0].id)
    assert (ewa.phone, ewa.birth_date) == ("501234567", date(1990, 4, 23))


def test_imported_clients_have_no_consent_and_need_one(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    salon(vault, team, "vi")
    _, result = imported(vault, team, write_csv(tmp_path / "k.csv", VIETNAMESE, "utf-8", ";"))
    for client_id in result.created_ids:
        assert vault.consent.missing_service_consent(team.receptionist, client_id)
        standing = {s.purpose: s.standing for s in vault.consent.status(team.owner, client_id)}
        assert set(standing.values()) == {Standing.NOT_ASKED}
        assert Purpose.SERVICE_RECORDS in standing
    assert vault.database.scalar("SELECT count(*) FROM consent_records") == 0


def test_the_preview_needs_one_mapping_entry_per_column(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    table = vault.imports.read(team.owner, write_csv(tmp_path / "k.csv", POLISH, "utf-8", ";"))
    with pytest.raises(ValidationError, match="one entry per column"):
        vault.imports.preview(team.owner, table, (F.FAMILY_NAME,))
    short = replace(table, rows=table.rows[:1])
    assert (
        len(
            vault.imports.preview(
                team.owner, short, (F.FAMILY_NAME, F.GIVEN_NAME, None, None, None, None)
            ).preview.rows
        )
        == 1
    )


def test_nothing_of_the_file_lands_on_disk_outside_the_vault(
    vault: Vault, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading, previewing and importing (CSV and XLSX) use no temporary files, and the vault
    folder holds only the vault's own files afterwards."""
    salon(vault, team, "pl")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for env in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(env, str(scratch))
    sources = tmp_path / "usb"
    sources.mkdir()
    files = [
        write_csv(sources / "k.csv", POLISH, "cp1250", ";"),
        write_xlsx(sources / "k.xlsx", {"Klienci": POLISH}),
    ]
    for path in files:
        table = vault.imports.read(team.owner, path)
        columns = vault.imports.suggest_mapping(team.owner, table).columns
        vault.imports.run(team.owner, vault.imports.preview(team.owner, table, columns))
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in sources.iterdir()) == ["k.csv", "k.xlsx"]
    kept = {p.name for p in vault.paths.data_dir.iterdir()}
    assert kept <= {
        "vault.db",
        "vault.db-wal",
        "vault.db-shm",
        "keyslots.json",
        "keyslots.json.prev",
    }
