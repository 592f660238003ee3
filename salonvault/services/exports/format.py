"""What an export holds, as bytes: the CSV tables and the JSON document (no I/O, no session).

CSV: UTF-8 with a byte-order mark, so Excel reads Vietnamese, Polish and Chinese text as UTF-8
instead of the PC's code page; quoted as Python's csv module does for Excel; separated by a comma,
or a semicolon where Excel's list separator is one (see decision 0010). A cell that a spreadsheet
would run as a formula is prefixed with an apostrophe; plain numbers are not. Phone cells are
written as a formula that is only a quoted text, `="+48 601 234 567"`, so Excel and LibreOffice
show them exactly as typed (decision 0033).

JSON: one UTF-8 document, ISO 8601 dates, every client with their phone numbers, pinned notes,
visits, service records (with their earlier versions), patch tests, health items, consent
decisions and attachments (listed with each page's SHA-256, not carried); it is the lossless
export (no formula guard, nothing joined). The CSV's `phone` is the first number; `other_phones` and
`pinned_notes` are joined into one cell each.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from salonvault import __version__
from salonvault.domain.attachments import AttachmentInfo
from salonvault.domain.audit import AuditEntry
from salonvault.domain.clients import HealthItem, PinnedNote, display_name
from salonvault.domain.consent import ConsentRecord
from salonvault.domain.formula_input import formula_to_dict
from salonvault.domain.record_codec import plain_values, template_reference
from salonvault.domain.treatments import PatchTest
from salonvault.storage.clients_repo import ClientRecord
from salonvault.storage.records_repo import RecordRow, RevisionRow
from salonvault.storage.treatments_repo import VisitRow

JSON_FORMAT = "salonvault-export"
JSON_VERSION = 2  # 2: colour_formula is the bowls of decision 0021 (null when none)
SEPARATORS = {"comma": ",", "semicolon": ";"}
# Excel splits a double-clicked CSV at the Windows list separator, which is ";" where the decimal
# separator is "," (Poland, Vietnam) and "," in English and Chinese settings.
_SEPARATOR_BY_LANGUAGE = {"pl": ";", "vi": ";"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = frozenset("0123456789 +-()./")
_MAX_FORMULA_TEXT = 255  # Excel's longest text constant in a formula


@dataclass(frozen=True, slots=True)
class PhoneCell:
    """Phone numbers for a spreadsheet to show as typed (one number, or several joined)."""

    text: str


CLIENT_COLUMNS = (
    "client_id",
    "family_name",
    "given_name",
    "phone",
    "email",
    "birth_date",
    "address",
    "language",
    "is_minor",
    "guardian",
    "hair",
    "skin",
    "lash",
    "tags",
    "notes",
    "archived",
    "last_visit_on",
    "other_phones",  # "mobile: +48 …; home: …", after the first number (`phone`)
    "pinned_notes",  # one a line
)
VISIT_COLUMNS = (
    "visit_id",
    "client_id",
    "client_name",
    "visited_on",
    "service",
    "technician",
    "products",
    "colour_formula",
    "notes",
    "price_minor",
    "currency",
    "payment_method",
    "corrects_visit_id",
)


@dataclass(frozen=True, slots=True)
class Records:
    """Everything an export of all clients reads, taken in one read transaction."""

    clients: list[ClientRecord]
    visits: list[VisitRow]
    health: dict[int, list[HealthItem]]
    patch_tests: dict[int, list[PatchTest]]
    consents: list[ConsentRecord]
    staff_names: dict[int, str]
    pinned_notes: dict[int, list[PinnedNote]] = field(default_factory=dict)
    service_records: dict[int, list[RecordRow]] = field(default_factory=dict)  # by client
    record_revisions: dict[int, list[RevisionRow]] = field(default_factory=dict)  # by record
    # Scanned papers, each with its pages' SHA-256: listed, not carried (decision 0030).
    attachments: dict[int, list[tuple[AttachmentInfo, list[str]]]] = field(default_factory=dict)


def default_separator(salon_language: str) -> str:
    return _SEPARATOR_BY_LANGUAGE.get(salon_language, ",")


def safe_cell(value: str) -> str:
    """A text a spreadsheet shows as text: '=HYPERLINK(…)' gets an apostrophe in front; '+48 601
    234 567' and '-5' stay as they are (only digits and + - ( ) . / and spaces)."""
    if value.startswith(_FORMULA_START) and not set(value) <= _NUMBER_LIKE:
        return "'" + value
    return value


def phone_cell(text: str) -> str:
    """'+48 601 234 567' as '="+48 601 234 567"'. Bare, Excel runs '+48 601 234 567' as a formula
    (an error), and both programs read '0903111222' as a number and drop its 0. A formula that
    is one text constant is shown as that text and can call nothing: a number with a '"' (which
    would end the constant) or too long for one is guarded like any other cell instead."""
    if not text or '"' in text or len(text) > _MAX_FORMULA_TEXT:
        return safe_cell(text)
    return f'="{text}"'


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]], separator: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [
                phone_cell(value.text) if isinstance(value, PhoneCell) else safe_cell(_cell(value))
                for value in row
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def clients_csv(records: Records, separator: str) -> bytes:
    rows = (
        (
            c.id,
            c.family_name,
            c.given_name,
            PhoneCell(c.phone or ""),
            c.email,
            c.birth_date,
            c.address,
            c.language,
            c.is_minor,
            c.guardian,
            c.preferences.hair,
            c.preferences.skin,
            c.preferences.lash,
            ", ".join(c.tags),
            c.notes,
            c.archived,
            c.last_visit_on,
            PhoneCell(
                "; ".join(
                    f"{p.label.value}: {p.number}" if p.label else p.number for p in c.phones[1:]
                )
            ),
            "\n".join(n.text for n in records.pinned_notes.get(c.id, [])),
        )
        for c in records.clients
    )
    return csv_bytes(CLIENT_COLUMNS, rows, separator)


def visits_csv(records: Records, separator: str) -> bytes:
    names = {c.id: display_name(c.family_name, c.given_name) for c in records.clients}
    rows = (
        (
            v.id,
            v.client_id,
            names.get(v.client_id, ""),
            v.visited_on,
            v.service_name,
            records.staff_names.get(v.technician_id, ""),
            v.products,
            v.formula.one_line(),
            v.notes,
            v.price_minor,
            v.currency,
            v.payment_method,
            v.corrects_visit_id,
        )
        for v in records.visits
    )
    return csv_bytes(VISIT_COLUMNS, rows, separator)


def marketing_csv(contact: str, rows: list[tuple[str, str]], separator: str) -> bytes:
    """Least data: the name to greet and the one contact for the channel."""
    cells = [(name, PhoneCell(value) if contact == "phone" else value) for name, value in rows]
    return csv_bytes(("name", contact), cells, separator)


def json_document(records: Records, salon_name: str, exported_at: datetime) -> dict[str, Any]:
    visits: dict[int, list[dict[str, Any]]] = {}
    for v in records.visits:
        visits.setdefault(v.client_id, []).append(_visit_json(v, records.staff_names))
    consents: dict[int, list[dict[str, Any]]] = {}
    for record in records.consents:
        consents.setdefault(record.client_id, []).append(_consent_json(record))
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "app_version": __version__,
        "salon": salon_name,
        "exported_at": exported_at.isoformat(),
        "clients": [
            {
                **_client_json(c),
                "pinned_notes": [
                    {
                        "text": n.text,
                        "pinned_at": n.pinned_at.isoformat(),
                        "pinned_by": records.staff_names.get(n.author_id, ""),
                    }
                    for n in records.pinned_notes.get(c.id, [])
                ],
                "health": [_health_json(h) for h in records.health.get(c.id, [])],
                "patch_tests": [
                    _patch_json(t, records.staff_names) for t in records.patch_tests.get(c.id, [])
                ],
                "visits": visits.get(c.id, []),
                "service_records": [
                    _record_json(r, records.record_revisions.get(r.id, []), records.staff_names)
                    for r in records.service_records.get(c.id, [])
                ],
                "consents": consents.get(c.id, []),
                "attachments": [
                    _attachment_json(info, hashes)
                    for info, hashes in records.attachments.get(c.id, [])
                ],
            }
            for c in records.clients
        ],
    }


def json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _client_json(c: ClientRecord) -> dict[str, Any]:
    return {
        "id": c.id,
        "family_name": c.family_name,
        "given_name": c.given_name,
        "phone": c.phone,
        "phones": [
            {"label": p.label.value if p.label else None, "number": p.number} for p in c.phones
        ],
        "email": c.email,
        "birth_date": _iso(c.birth_date),
        "address": c.address,
        "language": c.language,
        "is_minor": c.is_minor,
        "guardian": c.guardian,
        "preferences": c.preferences.as_dict(),
        "tags": list(c.tags),
        "notes": c.notes,
        "archived": c.archived,
        "last_visit_on": _iso(c.last_visit_on),
    }


def _visit_json(v: VisitRow, staff: dict[int, str]) -> dict[str, Any]:
    return {
        "id": v.id,
        "visited_on": v.visited_on.isoformat(),
        "service": v.service_name,
        "technician": staff.get(v.technician_id, ""),
        "products": v.products,
        "colour_formula": None if v.formula.empty else formula_to_dict(v.formula),
        "notes": v.notes,
        "price_minor": v.price_minor,
        "currency": v.currency,
        "payment_method": v.payment_method.value if v.payment_method else None,
        "corrects_visit_id": v.corrects_visit_id,
        "recorded_at": v.created_at.isoformat(),
    }


def _record_json(r: RecordRow, earlier: list[RevisionRow], staff: dict[int, str]) -> dict[str, Any]:
    """A service record read with the template version it was written with (decision 0029)."""
    return {
        "id": r.id,
        "template": template_reference(r.template),
        "visit_id": r.visit_id,
        "recorded_on": r.recorded_on.isoformat(),
        "values": plain_values(r.values),
        "recorded_by": staff.get(r.created_by, ""),
        "recorded_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
        "corrects_record_id": r.corrects_record_id,
        "earlier_versions": [
            {
                "revision": kept.revision,
                "template": template_reference(kept.template),
                "recorded_on": kept.recorded_on.isoformat(),
                "values": plain_values(kept.values),
                "replaced_by": staff.get(kept.replaced_by, ""),
                "replaced_at": kept.replaced_at.isoformat(),
            }
            for kept in earlier
        ],
    }


def _health_json(h: HealthItem) -> dict[str, Any]:
    return {
        "kind": h.kind.value,
        "text": h.text,
        "severity": h.severity.value,
        "recorded_at": h.recorded_at.isoformat(),
    }


def _patch_json(t: PatchTest, staff: dict[int, str]) -> dict[str, Any]:
    return {
        "tested_on": t.tested_on.isoformat(),
        "product": t.product,
        "batch": t.batch,
        "result": t.result.value,
        "done_by": staff.get(t.done_by, ""),
        "valid_until": t.valid_until.isoformat(),
    }


def _attachment_json(info: AttachmentInfo, page_hashes: list[str]) -> dict[str, Any]:
    """A scanned paper by its facts and the SHA-256 of each stored page: the pages themselves
    stay in the vault (the client's data report carries them; decision 0030)."""
    return {
        "id": info.id,
        "kind": info.kind.value,
        "dated_on": info.dated_on.isoformat(),
        "note": info.note,
        "consent_record_id": info.consent_record_id,
        "received_as": info.source_format.value,
        "pages": info.page_count,
        "stored_bytes": info.stored_bytes,
        "page_sha256": page_hashes,
        "added_at": info.added_at.isoformat(),
    }


def _consent_json(r: ConsentRecord) -> dict[str, Any]:
    return {
        "purpose": r.purpose.value,
        "decision": r.decision.value,
        "active": r.active,
        "language": r.language,
        "template_version": r.template_version,
        "text_sha256": r.text_sha256,
        "method": r.method.value,
        "recorded_at": r.recorded_at.isoformat(),
        "withdrawn_at": r.withdrawal.at.isoformat() if r.withdrawal else None,
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ActivityWording:
    """The window's words for each entry, added to the activity CSV as two columns after the
    codes: what was done and its detail, in the reader's language (the core has no words of
    its own; ui/audit_words.py has them)."""

    headers: tuple[str, str]
    describe: Callable[[AuditEntry], tuple[str, str]]


def activity_csv(
    entries: list[AuditEntry],
    staff: dict[int, str],
    separator: str,
    wording: ActivityWording | None = None,
) -> bytes:
    header = (
        "seq", "at_utc", "staff", "role", "workstation", "action",
        "object_type", "object_id", "outcome", "detail",
    )  # fmt: skip
    words = wording.headers if wording is not None else ()
    rows = (
        (
            e.seq,
            e.at.isoformat(),
            staff.get(e.staff_id or 0, ""),
            e.role or "",
            e.workstation,
            e.action,
            e.object_type or "",
            e.object_id or "",
            e.outcome.value,
            e.detail,
            *(wording.describe(e) if wording is not None else ()),
        )
        for e in entries
    )
    return csv_bytes((*header, *words), rows, separator)
