"""Property tests of everything that reads an outside spreadsheet: whatever the bytes, the text or
the cells, reading and previewing either work or raise the project's typed error with a
sentence; and an import that does not finish leaves the vault exactly as it was."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salonvault.domain.errors import ImportCancelled, SalonVaultError, ValidationError
from salonvault.domain.imports import ImportField, SourceTable
from salonvault.services.imports.read import CHOOSABLE_ENCODINGS, read_bytes
from salonvault.services.imports.table import table_from_rows
from salonvault.services.vault.opening import Vault
from tests.import_files import csv_text, xlsx_bytes
from tests.support import FakeClock, Team, VaultTemplate, open_copy

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"abcłżęNguyễnĐức王小明电话 ,;\t|\"'\r\n0123456789+-./@年月日",
            *("\x00", "\ufeff", "\u0301", "\ud7ff", "\x85", "\u2028"),
        ]
    ),
    max_size=400,
)
CELL = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["0912 345 678", "+48 501 234 567", "a@b.pl", "31.02.1990", "23/04/1990"]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1)),
)
FIELD = st.one_of(st.none(), st.sampled_from(list(ImportField)))


def read_or_refuse(data: bytes, **options: Any) -> SourceTable | None:
    try:
        return read_bytes(data, **options)
    except (ValidationError, SalonVaultError) as error:
        message = str(error)
        assert message and message.endswith(".") and "\n" not in message, message
        return None


@FUZZ
@given(data=st.binary(max_size=3000), encoding=st.sampled_from([None, *CHOOSABLE_ENCODINGS]))
def test_arbitrary_bytes_read_or_are_refused_in_a_sentence(
    data: bytes, encoding: str | None
) -> None:
    table = read_or_refuse(data, encoding=encoding)
    if table is not None:
        assert table.rows or table.headers
        assert all(len(row.cells) <= 200 for row in table.rows)


@FUZZ
@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1250"]))
def test_arbitrary_csv_text_reads_or_is_refused(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="ignore")
    table = read_or_refuse(data)
    if table is not None and encoding in ("utf-8", "utf-8-sig", "utf-16") and "\x00" not in text:
        assert table.encoding in ("utf-8", "utf-8-sig", "utf-16")


@FUZZ
@given(sheet=st.lists(st.lists(CELL, max_size=6), min_size=1, max_size=8))
def test_arbitrary_cells_in_a_workbook_read_or_are_refused(sheet: list[list[Any]]) -> None:
    clean = [[_storable(c) for c in row] for row in sheet]
    read_or_refuse(xlsx_bytes({"Sheet": clean}))


GOOD_WORKBOOK = xlsx_bytes({"Klienci": [["Nazwisko", "Telefon"], ["Nowak", 501234567]]})


@FUZZ
@given(
    position=st.integers(min_value=0, max_value=len(GOOD_WORKBOOK) - 1),
    junk=st.binary(min_size=1, max_size=64),
    cut=st.booleans(),
)
def test_a_damaged_workbook_reads_or_is_refused(position: int, junk: bytes, cut: bool) -> None:
    """A real .xlsx with bytes overwritten, or cut short (a pulled USB stick)."""
    damaged = GOOD_WORKBOOK[:position] + (
        b"" if cut else junk + GOOD_WORKBOOK[position + len(junk) :]
    )
    read_or_refuse(damaged)


def _storable(cell: Any) -> Any:
    """What openpyxl can write: no control characters, finite numbers, years it supports."""
    if isinstance(cell, str):
        return "".join(ch for ch in cell if ch.isprintable()) or None
    if isinstance(cell, float) and (cell != cell or cell in (float("inf"), float("-inf"))):
        return None
    if isinstance(cell, date) and not 1900 <= cell.year <= 9999:
        return None
    return cell


@pytest.fixture(scope="module")
def fuzz_vault(
    vault_template: VaultTemplate, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Vault, Team]]:
    root = tmp_path_factory.mktemp("fuzz")
    opened = open_copy(vault_template, root / "salon", root / "key.txt", root / "keys", FakeClock())
    team = Team(opened)
    opened.clients.set_collected_fields(
        team.owner, {"phone", "email", "birth_date", "address", "guardian"}
    )
    yield opened, team
    opened.close()


def counts(vault: Vault) -> tuple[Any, ...]:
    db = vault.database
    tables = ("clients", "client_name_tokens", "client_contact_tokens", "health_items", "audit_log")
    return (
        *(db.scalar(f"SELECT count(*) FROM {t}") for t in tables),
        db.query_one("SELECT seq, mac FROM audit_log ORDER BY seq DESC"),
        db.query("SELECT key, value FROM settings ORDER BY key"),
    )


@FUZZ
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=12),
    fields=st.lists(FIELD, min_size=5, max_size=5),
    kind=st.sampled_from(["csv", "xlsx"]),
)
def test_arbitrary_cells_and_mappings_preview_or_are_refused(
    fuzz_vault: tuple[Vault, Team], rows: list[list[Any]], fields: list[Any], kind: str
) -> None:
    vault, team = fuzz_vault
    try:
        table = table_from_rows(kind, [(i + 1, tuple(r)) for i, r in enumerate(rows)])
    except ValidationError:
        return
    columns = tuple(fields[: table.width]) + (None,) * max(0, table.width - len(fields))
    before = counts(vault)
    try:
        plan = vault.imports.preview(team.owner, table, columns)
    except ValidationError as error:
        assert str(error).endswith("."), error
        return
    finally:
        assert counts(vault) == before  # a preview never writes
    assert len(plan.preview.rows) == len(table.rows)
    for row in plan.preview.rows:
        assert row.reason == "" or row.reason.endswith(".")


NAMES = st.sampled_from(["Nowak", "Nguyễn", "王", "Kowalska", "Trần", ""])
PHONES = st.sampled_from(["", "+48 501 234 567", "+84 912 345 678", "123", "+86 138 0013 8000"])
EMAILS = st.sampled_from(["", "a@b.pl", "A@B.PL", "not-mail", "hoa@example.vn"])
BIRTHS = st.sampled_from(["", "23.04.1990", "31.02.1990", "1985-12-01", "2020-01-01"])
ROW = st.tuples(NAMES, st.sampled_from(["Ewa", "Thị Hoa", "小明", ""]), PHONES, EMAILS, BIRTHS)


@FUZZ
@given(
    rows=st.lists(ROW, min_size=1, max_size=10),
    stop_at=st.integers(min_value=0, max_value=6),
    update_duplicates=st.booleans(),
)
def test_an_import_that_does_not_finish_leaves_the_vault_unchanged(
    fuzz_vault: tuple[Vault, Team],
    rows: list[tuple[str, ...]],
    stop_at: int,
    update_duplicates: bool,
) -> None:
    vault, team = fuzz_vault
    header = ["Nazwisko", "Imię", "Telefon", "E-mail", "Data urodzenia"]
    text = csv_text([header, *[list(r) for r in rows]], ";")
    path = vault.paths.data_dir.parent / "fuzz.csv"
    path.write_text(text, encoding="utf-8")
    table = vault.imports.read(team.owner, path)
    plan = vault.imports.preview(
        team.owner, table, vault.imports.suggest_mapping(team.owner, table).columns
    )
    choices = {
        r.line: (r.actions[1] if update_duplicates and len(r.actions) > 1 else r.default)
        for r in plan.preview.rows
        if r.actions
    }
    before = counts(vault)
    cancel = threading.Event()
    calls = 0

    def progress(phase: str, done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls > stop_at:
            cancel.set()

    try:
        vault.imports.run(team.owner, plan, choices, progress, cancel)
    except ImportCancelled:
        assert counts(vault) == before
    else:  # it finished before the cancel came: exactly what the preview said
        expected = plan.preview.counts(choices)
        assert counts(vault)[0] == before[0] + expected.create
    assert vault.audit.verify(team.owner).ok
