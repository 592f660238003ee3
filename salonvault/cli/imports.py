"""The `import` command (issue 10, owner only): clients from a CSV or XLSX file.

    salonvault import FILE [--mapping FILE] [--dry-run] [--encoding ENC] [--sheet NAME]
                           [--phone-region CC] [--on-duplicate skip|update|create] --staff OWNER

Prints one JSON summary (the file as read, the mapping used, what happens to how many rows),
then one JSON line per row that is not simply created: invalid rows with the reason, duplicates
with what they match. When most phone numbers are not valid for the region they were read as
but are for another, the summary names it (`phone_region_hint`). Lines and client ids only,
never a name or a phone, so the output can go to a log file. `--dry-run` stops there and
writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salonvault.cli.io import emit
from salonvault.domain.errors import ImportFileUnreadable, ValidationError
from salonvault.domain.imports import (
    ColumnMap,
    ImportPreview,
    ImportResult,
    MappedBy,
    RowAction,
    RowStatus,
    SourceTable,
)
from salonvault.services.imports.mapping import (
    columns_from_names,
    names_from_columns,
    parse_mapping_json,
)

if TYPE_CHECKING:
    from salonvault.cli.context import Context


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    vault = ctx.vault()
    session = ctx.session()
    table = vault.imports.read(session, Path(args.file), args.encoding, args.sheet)
    suggestion = vault.imports.suggest_mapping(session, table)
    columns = suggestion.columns if args.mapping is None else _mapping_file(table, args.mapping)
    plan = vault.imports.preview(session, table, columns, phone_region=args.phone_region)
    chosen = RowAction(args.on_duplicate)
    choices = {
        row.line: chosen
        for row in plan.preview.rows
        if row.status is RowStatus.DUPLICATE and chosen in row.actions
    }
    result = None if args.dry_run else vault.imports.run(session, plan, choices)
    summary = _summary(table, columns, plan.preview, choices, result)
    headers = [h or f"column {i + 1}" for i, h in enumerate(table.headers)]
    summary["not_imported"] = [h for h, field in zip(headers, columns, strict=True) if not field]
    if args.mapping is None:  # left out because the salon does not collect them (Settings)
        summary["not_collected"] = [
            h
            for h, how in zip(headers, suggestion.mapped_by, strict=True)
            if how is MappedBy.NOT_COLLECTED
        ]
    summary["phone_region"] = plan.preview.phone_region
    hint = plan.preview.phone_hint
    if hint is not None:  # most numbers are another country's: say which, and how to ask
        summary["phone_region_hint"] = {
            "region": hint.region,
            "sampled": hint.sampled,
            "valid_as_read": hint.valid_as_read,
            "valid_there": hint.valid_there,
            "try": f"--phone-region {hint.region}",
        }
    emit(summary)
    for line in _row_lines(plan.preview, choices, result):
        emit(line)
    return 0


def _mapping_file(table: SourceTable, mapping: str) -> ColumnMap:
    path = Path(mapping)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImportFileUnreadable(
            "cli.could_read_mapping_file", path_name=path.name, reason=reason
        ) from None
    except UnicodeDecodeError:
        raise ValidationError("cli.mapping_file_utf_8_text", field="mapping") from None
    return columns_from_names(table.headers, parse_mapping_json(text))


def _summary(
    table: SourceTable,
    columns: ColumnMap,
    preview: ImportPreview,
    choices: dict[int, RowAction],
    result: ImportResult | None,
) -> dict[str, Any]:
    counts = preview.counts(choices)
    summary: dict[str, Any] = {
        "dry_run": result is None,
        "format": table.kind,
        "rows": len(preview.rows),
        "mapping": names_from_columns(table.headers, columns)
        if table.has_header
        else {str(i + 1): c.value for i, c in enumerate(columns) if c is not None},
        "create": counts.create,
        "update": counts.update,
        "skip": counts.skip,
        "invalid": counts.invalid,
    }
    if table.kind == "csv":
        summary |= {
            "encoding": table.encoding,
            "detected_encoding": table.detected_encoding,
            "delimiter": table.delimiter,
        }
    else:
        summary |= {"sheet": table.sheet, "sheets": list(table.sheets)}
    if result is not None:
        summary |= {
            "created": result.created,
            "updated": result.updated,
            "skipped": result.skipped,
            "health_items": result.health_items,
            "health_skipped": result.health_skipped,
            "created_ids": _ranges(result.created_ids),
            "updated_ids": list(result.updated_ids),
        }
    return summary


def _row_lines(
    preview: ImportPreview, choices: dict[int, RowAction], result: ImportResult | None
) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for row in preview.rows:
        if row.status is RowStatus.NEW:
            continue
        line: dict[str, Any] = {"line": row.line, "status": row.status.value}
        if row.status is RowStatus.INVALID:
            line |= {"action": "skip", "reason": row.reason, "field": row.field}
        else:
            line |= {
                "action": preview.action_for(row, choices).value,
                "reason": row.reason,
                "matches": [
                    {"kind": m.kind.value, "client_id": m.client_id}
                    if m.client_id is not None
                    else {"kind": m.kind.value, "line": m.line}
                    for m in row.matches
                ],
            }
            if row.update_problem:
                line["update_refused"] = row.update_problem
        lines.append(line)
    for line_number, problem in result.problems if result is not None else ():
        lines.append({"line": line_number, "status": "changed_since_preview", "reason": problem})
    return lines


def _ranges(ids: tuple[int, ...]) -> list[str]:
    """[5, 6, 7, 9] → ["5-7", "9"]: fifty thousand new ids stay one short line."""
    found: list[str] = []
    start = previous = None
    for client_id in (*ids, None):
        if start is not None and previous is not None and client_id != previous + 1:
            found.append(str(start) if start == previous else f"{start}-{previous}")
            start = None
        if start is None:
            start = client_id
        previous = client_id
    return found


def add_import_command(commands: Any, acting: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "import",
        parents=[acting],
        help="clients from a CSV or XLSX file (owner); prints what happened to each row",
        description="Columns are matched to fields by their headers (English, Vietnamese,"
        " Polish, Chinese) or content, or by --mapping. Duplicates (same phone, e-mail, or a"
        " similar name with the same birth date) are skipped unless --on-duplicate says"
        " otherwise. Everything is imported in one transaction, or nothing.",
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--mapping",
        metavar="FILE",
        help='JSON {"column header": "field"}; columns left out are not imported',
    )
    command.add_argument("--dry-run", action="store_true", help="show what would happen only")
    command.add_argument("--encoding", metavar="ENC", help="the CSV's encoding, e.g. cp1258")
    command.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: first)")
    command.add_argument(
        "--phone-region",
        metavar="CC",
        help="read numbers without a country code as this country's, e.g. PL (default: the"
        " salon's)",
    )
    command.add_argument(
        "--on-duplicate",
        choices=[a.value for a in RowAction],
        default=RowAction.SKIP.value,
        help="what to do with duplicates (skip); update changes the client already registered",
    )
    command.set_defaults(handler=cmd_import)
