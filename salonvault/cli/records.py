"""Service records (decision 0029): `record-templates`, `record add`, `records` and `rx-pdf`.

The same services as the window: `records` prints what the staff member's role may see (a
receptionist gets the fields that are not health data and `withheld`, the paths held back);
`record add` reads the record's values as one JSON object after the PIN line, as `add-client`
does, and a refused value is named by its rule key and path (`off_step` at `rx.right.sphere`).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.data_report import REPORT_LANGUAGES
from salonvault.domain.errors import RecordFieldError, ValidationError
from salonvault.domain.record_codec import definition_data, plain_values
from salonvault.domain.records import RecordInput, RecordScope, ServiceRecord, TemplateSummary
from salonvault.domain.roles import Permission, role_allows

ID = bounded(1, 2**63 - 1)


def cmd_record_templates(ctx: Context) -> int:
    """Every template at its latest version: which version, whether it is switched on, and
    the services that offer it (a visit template with none chosen is offered with every
    visit). The owner also sees every version's number and hash."""
    vault = ctx.vault()
    session = ctx.session()
    services = {s.id: s.name for s in vault.catalogue.services(session, include_inactive=True)}
    owner_view = role_allows(session.role, Permission.RECORD_TEMPLATES_MANAGE)
    for summary in vault.record_templates.templates(session, include_inactive=True):
        shown = _template_json(summary, services)
        if owner_view:
            shown["versions"] = [
                {
                    "version": v.version,
                    "sha256": v.sha256,
                    "saved_at": v.created_at.isoformat(),
                    "built_in": v.built_in,
                }
                for v in vault.record_templates.template_versions(session, summary.key)
            ]
        if ctx.args.fields:
            shown["definition"] = definition_data(summary.latest.definition)
        emit(shown)
    return 0


def _template_json(summary: TemplateSummary, services: dict[int, str]) -> dict[str, Any]:
    latest = summary.latest
    visit_template = latest.definition.scope is RecordScope.VISIT
    return {
        "key": summary.key,
        "name": latest.definition.name,
        "version": latest.version,
        "family": latest.family.value if latest.family else None,
        "built_in": latest.built_in,
        "kept_for": latest.definition.scope.value,  # "visit" or "client"
        "active": summary.active,
        "services": [{"id": i, "name": services.get(i, "")} for i in summary.service_ids],
        "every_service": visit_template and not summary.service_ids,
    }


def cmd_record_add(ctx: Context) -> int:
    session = ctx.session()
    values = _values(ctx.inputs.rest())
    data = RecordInput(
        template_key=ctx.args.template,
        values=values,
        recorded_on=ctx.args.date,
        visit_id=ctx.args.visit,
    )
    try:
        record_id = ctx.vault().records.add_record(session, ctx.args.client, data)
    except RecordFieldError as refused:
        print(refusal_line(refused), file=sys.stderr)
        return refused.exit_code
    emit({"id": record_id})
    return 0


def refusal_line(error: RecordFieldError) -> str:
    """The refusal in one line with its stable key and the path of the value it names, so a
    script can tell `off_step` at `rx.right.sphere` from any other refusal."""
    limits = "".join(f"; {name} {value}" for name, value in sorted(error.limits.items()))
    return f"{error} (rule {error.rule} at {error.field}{limits})"


def _values(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text, parse_float=str)  # 0.1 D stays "0.1", not a binary fraction
    except json.JSONDecodeError as error:
        raise ValidationError("cli.standard_input_json", msg=error.msg) from None
    except RecursionError:
        raise ValidationError("cli.standard_input_record_nested_too") from None
    if not isinstance(data, dict):
        raise ValidationError("cli.send_one_json_object_record")
    return data


def cmd_records(ctx: Context) -> int:
    """A client's records, newest first, one JSON line each, as the role may see them."""
    session = ctx.session()
    for record in ctx.vault().records.records(session, ctx.args.client, ctx.args.current):
        emit(record_json(record))
    return 0


def record_json(record: ServiceRecord) -> dict[str, Any]:
    template = record.template
    return {
        "id": record.id,
        "client_id": record.client_id,
        "template": template.key,
        "template_version": template.version,
        "template_name": template.definition.name,
        "family": template.family.value if template.family else None,
        "visit_id": record.visit_id,
        "recorded_on": record.recorded_on.isoformat(),
        "values": plain_values(record.values),
        # Health-marked values this role may not see: named, never shown.
        "withheld": sorted(record.withheld),
        "recorded_by": record.created_by_name,
        "recorded_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
        "corrects_record_id": record.corrects_record_id,
        "corrected_by": list(record.corrected_by),
        "earlier_versions": record.revisions,
        "changed": sorted(record.changed),
    }


def cmd_rx_pdf(ctx: Context) -> int:
    """The newest spectacle prescription (or --record's) as a PDF, through the one door out."""
    session = ctx.session()
    out = ctx.vault().records.save_prescription_pdf(
        session, ctx.args.client, Path(ctx.args.out), ctx.args.language, ctx.args.record
    )
    emit({"out": str(out.resolve()), "bytes": out.stat().st_size})
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_record_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    templates = commands.add_parser(
        "record-templates", parents=[acting], help="the service-record templates (JSON lines)"
    )
    templates.add_argument(
        "--fields", action="store_true", help="with each template's fields and rules"
    )
    templates.set_defaults(handler=cmd_record_templates)

    record = commands.add_parser("record", help="write a service record")
    actions = record.add_subparsers(dest="record_command", required=True)
    add = actions.add_parser(
        "add", parents=[acting], help="one record; its values as a JSON object on stdin"
    )
    add.add_argument("client", type=ID, metavar="CLIENT")
    add.add_argument("--template", required=True, metavar="ID", help="e.g. spectacle_rx")
    add.add_argument("--visit", type=ID, metavar="VISIT", help="the visit it belongs to")
    add.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="default: the visit's day")
    add.set_defaults(handler=cmd_record_add)

    listing = commands.add_parser(
        "records", parents=[acting], help="a client's service records, as your role sees them"
    )
    listing.add_argument("client", type=ID, metavar="CLIENT")
    listing.add_argument(
        "--current", action="store_true", help="leave out records a correction replaced"
    )
    listing.set_defaults(handler=cmd_records)

    rx_pdf = commands.add_parser(
        "rx-pdf", parents=[acting], help="the client's newest spectacle prescription (PDF)"
    )
    rx_pdf.add_argument("client", type=ID, metavar="CLIENT")
    rx_pdf.add_argument("--out", required=True, metavar="FILE")
    rx_pdf.add_argument(
        "--record", type=ID, metavar="ID", help="another prescription than the newest"
    )
    rx_pdf.add_argument(
        "--language", choices=REPORT_LANGUAGES, help="the paper's language (the client's)"
    )
    rx_pdf.set_defaults(handler=cmd_rx_pdf)
