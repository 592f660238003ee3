"""The preview of an import: every row read, checked by the client field rules, and compared
with the clients already in the vault and with the rows above it (decision 0014).

Duplicates are the counter's: the same phone number (E.164, any of a client's numbers), the same
e-mail (case folded), or a very similar folded name with the same birth date. A duplicate is
skipped unless the owner chooses otherwise; only a row that matches a client already in the
vault can update that client.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from salonvault.domain.clients import (
    ClientInput,
    ClientPhone,
    HealthItem,
    HealthKind,
    display_name,
)
from salonvault.domain.errors import ImportCancelled, ValidationError
from salonvault.domain.imports import (
    ColumnMap,
    DuplicateMatch,
    ImportField,
    ImportPreview,
    MatchKind,
    PreviewRow,
    RowAction,
    RowStatus,
    SourceTable,
)
from salonvault.services.clients import fields
from salonvault.services.clients.service import folded_name, names_look_alike
from salonvault.services.imports.rows import (
    ParsedRow,
    RowContext,
    date_order,
    parse_row,
    row_name,
)
from salonvault.storage.clients_repo import ClientRecord, ClientRow
from salonvault.storage.import_repo import ClientKeys

Progress = Callable[[str, int, int], None]
Prepare = Callable[[ClientInput], ClientRow]
CHECK_EVERY = 1000  # rows between progress reports and cancel checks


@dataclass(frozen=True, slots=True)
class PreparedRow:
    """A valid row as it will be written: cleaned by the field rules, allergies cleaned too."""

    line: int
    data: ClientInput
    row: ClientRow
    allergies: tuple[str, ...]
    last_visit: date | None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What the owner saw: the preview and, for the valid rows, what would be written. The
    rows were checked under `rules` (collected fields, phone region); if the salon's settings
    change before the import runs, it asks for a new preview."""

    preview: ImportPreview
    prepared: dict[int, PreparedRow]  # by line
    table_kind: str
    headers: tuple[str, ...]
    columns: ColumnMap
    has_header: bool
    rules: tuple[frozenset[str], str]


class DuplicateIndex:
    """Phones, e-mails and birth dates of clients (or of rows), for lookups by dictionary."""

    def __init__(self) -> None:
        self._phone: dict[str, list[int]] = {}
        self._email: dict[str, list[int]] = {}
        self._birth: dict[date, list[tuple[int, str]]] = {}

    @classmethod
    def of_clients(cls, clients: Iterable[ClientKeys]) -> DuplicateIndex:
        index = cls()
        for c in clients:
            index.add(
                c.id, c.numbers, c.email, c.birth_date, folded_name(c.family_name, c.given_name)
            )
        return index

    def add(
        self, key: int, numbers: Iterable[str], email: str, birth: date | None, folded: str
    ) -> None:
        for number in numbers:
            self._phone.setdefault(number, []).append(key)
        if email:
            self._email.setdefault(email.casefold(), []).append(key)
        if birth is not None:
            self._birth.setdefault(birth, []).append((key, folded))

    def add_row(self, key: int, row: ClientRow) -> None:
        self.add(key, [p.e164 for p in row.phones], row.email, row.birth_date, _folded(row))

    def matches(self, row: ClientRow) -> list[tuple[MatchKind, int]]:
        """(kind, key) for each match: phones first, then e-mails, then names; a key once."""
        found: dict[int, MatchKind] = {}
        for key in (k for p in row.phones for k in self._phone.get(p.e164, [])):
            found.setdefault(key, MatchKind.PHONE)
        for key in self._email.get(row.email.casefold(), []) if row.email else []:
            found.setdefault(key, MatchKind.EMAIL)
        if row.birth_date is not None:
            name = _folded(row)
            for key, other in self._birth.get(row.birth_date, []):
                if names_look_alike(name, other):
                    found.setdefault(key, MatchKind.NAME_AND_BIRTH_DATE)
        return [(kind, key) for key, kind in found.items()]


def _folded(row: ClientRow) -> str:
    return folded_name(row.family_name, row.given_name)


def row_context(table: SourceTable, columns: ColumnMap, today: date) -> RowContext:
    orders: list[bool | None] = []
    for index, field in enumerate(columns):
        dated = field in (ImportField.BIRTH_DATE, ImportField.LAST_VISIT)
        values = [r.cells[index] for r in table.rows if index < len(r.cells)] if dated else []
        orders.append(date_order(values))
    # A column that does not say (every day 12 or less) follows the file: an American
    # program's export shows month-first in its birthdays long before its last visits do.
    file_day_first = False not in orders or True in orders
    day_first = tuple(file_day_first if order is None else order for order in orders)
    return RowContext(columns, table.width, table.kind == "csv", day_first, today)


def clean_allergies(allergies: Iterable[str]) -> tuple[str, ...]:
    """The allergies as the client service records them from a form's list."""
    return tuple(
        fields.clean_line(text, "allergies", "allergy", fields.MAX_HEALTH_TEXT, True)
        for text in allergies
    )


def build_preview(
    table: SourceTable,
    context: RowContext,
    prepare: Prepare,
    existing: DuplicateIndex,
    update_check: Callable[[int, PreparedRow], str],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[ImportPreview, dict[int, PreparedRow]]:
    """Every row as it would fare. `update_check(client_id, row)` says why updating that client
    from the row would fail ("" when it would not)."""
    rows: list[PreviewRow] = []
    prepared: dict[int, PreparedRow] = {}
    in_file = DuplicateIndex()
    total = len(table.rows)
    for number, source in enumerate(table.rows):
        if number % CHECK_EVERY == 0:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
            if progress is not None:
                progress("checking", number, total)
        try:
            parsed = parse_row(source.cells, context)
            ready = _prepared(source.line, parsed, prepare)
        except ValidationError as problem:
            name = row_name(source.cells, context.columns)
            rows.append(
                PreviewRow(
                    source.line, name, RowStatus.INVALID, problem.message, problem.field, (), ()
                )
            )
            continue
        prepared[source.line] = ready
        rows.append(_compared(ready, existing, in_file, update_check))
        in_file.add_row(source.line, ready.row)
    if progress is not None:
        progress("checking", total, total)
    return ImportPreview(tuple(rows)), prepared


def _prepared(line: int, parsed: ParsedRow, prepare: Prepare) -> PreparedRow:
    row = prepare(parsed.data)
    return PreparedRow(
        line, parsed.data, row, clean_allergies(parsed.data.allergies), parsed.last_visit
    )


def _compared(
    ready: PreparedRow,
    existing: DuplicateIndex,
    in_file: DuplicateIndex,
    update_check: Callable[[int, PreparedRow], str],
) -> PreviewRow:
    name = display_name(ready.row.family_name, ready.row.given_name)
    matches = [DuplicateMatch(kind, client_id=key) for kind, key in existing.matches(ready.row)]
    matches += [DuplicateMatch(kind, line=key) for kind, key in in_file.matches(ready.row)]
    if not matches:
        return PreviewRow(ready.line, name, RowStatus.NEW)
    actions = [RowAction.SKIP, RowAction.CREATE]
    target = next((m.client_id for m in matches if m.client_id is not None), None)
    update_problem = ""
    if target is not None:
        update_problem = update_check(target, ready)
        if not update_problem:
            actions.insert(1, RowAction.UPDATE)
    return PreviewRow(
        ready.line,
        name,
        RowStatus.DUPLICATE,
        describe_matches(matches),
        None,
        tuple(matches),
        tuple(actions),
        RowAction.SKIP,  # as at the counter: a possible duplicate needs someone's decision
        update_problem,
    )


def describe_matches(matches: list[DuplicateMatch]) -> str:
    """ "Same phone as client 12; same e-mail as line 7." (ids and lines, never names)."""
    words = {
        MatchKind.PHONE: "same phone as",
        MatchKind.EMAIL: "same e-mail as",
        MatchKind.NAME_AND_BIRTH_DATE: "similar name and same birth date as",
    }
    parts = [
        f"{words[m.kind]} client {m.client_id}"
        if m.client_id is not None
        else f"{words[m.kind]} line {m.line}"
        for m in matches
    ]
    return "; ".join(parts).capitalize() + "."


# -- updating a client from a row ---------------------------------------------------------------


def merged_input(record: ClientRecord, incoming: ClientInput) -> ClientInput:
    """The existing record with the row's filled cells on top. Nothing is lost: empty cells
    keep what is there, notes are added below the old ones, tags join the old ones, and the
    row's phone becomes the first number with the numbers held kept after it."""
    notes = record.notes
    if incoming.notes and incoming.notes not in notes:
        notes = f"{notes}\n{incoming.notes}" if notes else incoming.notes
    birth = incoming.birth_date or record.birth_date
    return ClientInput(
        family_name=incoming.family_name or record.family_name,
        given_name=incoming.given_name or record.given_name,
        phones=(
            *((ClientPhone(incoming.phone),) if incoming.phone.strip() else ()),
            *(p.shown() for p in record.phones),
        ),
        email=incoming.email or record.email,
        birth_date=birth,
        address=incoming.address or record.address,
        language=incoming.language or record.language,
        notes=notes,
        is_minor=incoming.is_minor if incoming.birth_date else record.is_minor,
        guardian=incoming.guardian or record.guardian,
        preferences=record.preferences,
        tags=tuple(dict.fromkeys((*record.tags, *incoming.tags))),
    )


def new_allergies(current: Iterable[HealthItem], allergies: Iterable[str]) -> list[str]:
    """The row's allergies the client's card does not list yet (compared case-folded)."""
    known = {item.text.casefold() for item in current if item.kind is HealthKind.ALLERGY}
    return [text for text in allergies if text.casefold() not in known]
