"""Importing clients from a spreadsheet (issue 10, decision 0014): what was read, how its columns
map to client fields, and the preview of what the import would do, row by row.

Everything here lives in memory only: a spreadsheet's rows are never written anywhere but into
the vault, and only once the owner confirms the preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

CellValue = str | int | float | bool | date | datetime | None


class ImportField(StrEnum):
    """A client field a column can fill. The values are the names a mapping file uses."""

    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    FULL_NAME = "full_name"  # split by the script's order (Vietnamese, Chinese: family first)
    FULL_NAME_FAMILY_FIRST = "full_name_family_first"
    FULL_NAME_GIVEN_FIRST = "full_name_given_first"
    PHONE = "phone"
    EMAIL = "email"
    BIRTH_DATE = "birth_date"
    ADDRESS = "address"
    LANGUAGE = "language"
    GUARDIAN = "guardian"
    NOTES = "notes"
    ALLERGIES = "allergies"
    TAGS = "tags"
    LAST_VISIT = "last_visit"


FULL_NAME_FIELDS = frozenset(
    {ImportField.FULL_NAME, ImportField.FULL_NAME_FAMILY_FIRST, ImportField.FULL_NAME_GIVEN_FIRST}
)
# Several columns may feed these (two note columns are joined); every other field takes one.
MULTI_COLUMN_FIELDS = frozenset({ImportField.NOTES, ImportField.ALLERGIES, ImportField.TAGS})
# Which data-minimisation switch (Settings) a field depends on.
COLLECTED_SWITCH = {
    ImportField.PHONE: "phone",
    ImportField.EMAIL: "email",
    ImportField.BIRTH_DATE: "birth_date",
    ImportField.ADDRESS: "address",
    ImportField.GUARDIAN: "guardian",
}

ColumnMap = tuple[ImportField | None, ...]  # one entry per column; None: not imported


@dataclass(frozen=True, slots=True)
class SourceRow:
    line: int  # the row's line in the file (CSV) or its row number (sheet), for messages
    cells: tuple[CellValue, ...]


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A spreadsheet read into memory: its header and its non-empty data rows."""

    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]  # "" for a column without a header (or a file without one)
    rows: tuple[SourceRow, ...]
    has_header: bool = True
    encoding: str = ""  # CSV: the encoding the text was read with
    detected_encoding: str = ""  # CSV: what detection chose (the owner may override it)
    delimiter: str = ""
    sheet: str = ""  # XLSX: the sheet read
    sheets: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return len(self.headers)


class MappedBy(StrEnum):
    """Why a column got its field in a suggestion (the wizard says it in words)."""

    SAVED = "saved"  # the mapping saved at the last import with these headers
    HEADER = "header"
    CONTENT = "content"  # its values look like phones, e-mails or dates
    NOT_COLLECTED = "not_collected"  # it would map, but the salon does not collect the field
    NONE = "none"


@dataclass(frozen=True, slots=True)
class MappingSuggestion:
    columns: ColumnMap
    mapped_by: tuple[MappedBy, ...]
    saved: bool  # a mapping saved for this set of headers was used


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"  # fill in the existing client's record from the row
    SKIP = "skip"


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class MatchKind(StrEnum):
    PHONE = "phone"  # the same number in E.164
    EMAIL = "email"  # the same address, case folded
    NAME_AND_BIRTH_DATE = "name_and_birth_date"  # a very similar folded name, same birth date


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    kind: MatchKind
    client_id: int | None = None  # a client already in the vault …
    line: int | None = None  # … or an earlier row of the same file


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    name: str  # as it would be shown (empty when the row has none)
    status: RowStatus
    reason: str = ""  # invalid: why; duplicate: what it matches
    field: str | None = None  # invalid: the field at fault, when one is
    matches: tuple[DuplicateMatch, ...] = ()
    actions: tuple[RowAction, ...] = (RowAction.CREATE, RowAction.SKIP)
    default: RowAction = RowAction.CREATE
    update_problem: str = ""  # why updating the matched client is not offered

    @property
    def update_target(self) -> int | None:
        """The existing client an update would change: the first one matched."""
        return next((m.client_id for m in self.matches if m.client_id is not None), None)


Choices = dict[int, RowAction]  # line -> the owner's choice, where it differs from the default


@dataclass(frozen=True, slots=True)
class ImportCounts:
    create: int
    update: int
    skip: int
    invalid: int


@dataclass(frozen=True, slots=True)
class PhoneRegionHint:
    """Most of a file's phone numbers are not valid for the region they were read as, but are
    for `region` (a Polish client list in a Vietnamese salon): the preview offers to read them
    as that country's numbers. Counts are of the sampled filled phone cells."""

    region: str  # ISO 3166 code, as libphonenumber names regions: "PL"
    sampled: int
    valid_as_read: int
    valid_there: int


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    phone_region: str = ""  # the region numbers without a country code were read as
    phone_hint: PhoneRegionHint | None = None

    def action_for(self, row: PreviewRow, choices: Choices | None = None) -> RowAction:
        chosen = (choices or {}).get(row.line)
        return chosen if chosen in row.actions else row.default

    def counts(self, choices: Choices | None = None) -> ImportCounts:
        create = update = skip = invalid = 0
        for row in self.rows:
            if row.status is RowStatus.INVALID:
                invalid += 1
                continue
            action = self.action_for(row, choices)
            create += action is RowAction.CREATE
            update += action is RowAction.UPDATE
            skip += action is RowAction.SKIP
        return ImportCounts(create, update, skip, invalid)


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    invalid: int
    health_items: int
    created_ids: tuple[int, ...] = ()
    # Allergies left out: consent is the salon's basis for health data and the client has not
    # given it (a new client never has; decision 0031).
    health_skipped: int = 0
    updated_ids: tuple[int, ...] = ()
    # Rows that could not be applied as chosen because the vault changed since the preview.
    problems: tuple[tuple[int, str], ...] = ()
