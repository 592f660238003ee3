"""Scanned papers from the command line: `attach ID FILE --kind K` (the file is read into
memory, cleaned and stored inside the vault; the file itself is left as it was) and
`attachments ID` (what your role may see of a client's, as JSON lines, not logged)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.attachments import AttachmentInfo, AttachmentKind
from salonvault.services.access.clock import local_today
from salonvault.services.attachments import read_attachment_file


def cmd_attach(ctx: Context) -> int:
    session = ctx.session()
    vault = ctx.vault()
    path = Path(ctx.args.file)
    dated_on = ctx.args.date or local_today(vault.clock)
    info = vault.attachments.add(
        session,
        ctx.args.id,
        read_attachment_file(path),
        path.name,
        ctx.args.kind,
        dated_on,
        ctx.args.note or "",
        ctx.args.consent,
    )
    emit(_row(info))
    return 0


def cmd_attachments(ctx: Context) -> int:
    session = ctx.session()
    listing = ctx.vault().attachments.infos(session, ctx.args.id)
    for info, _thumbnail in listing.shown:
        emit(_row(info))
    if listing.health_hidden:
        emit({"health_attachments_not_shown": listing.health_hidden})
    return 0


def _row(info: AttachmentInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "client_id": info.client_id,
        "kind": info.kind.value,
        "dated_on": info.dated_on.isoformat(),
        "note": info.note,
        "consent_record_id": info.consent_record_id,
        "received_as": info.source_format.value,
        "pages": info.page_count,
        "stored_bytes": info.stored_bytes,
        "added_at": info.added_at,
    }


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give the date as YYYY-MM-DD") from None


def add_attachment_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    attach = commands.add_parser(
        "attach",
        parents=[acting],
        help="store a scanned paper (PDF, JPEG, PNG) in the client's record",
    )
    attach.add_argument("id", type=bounded(1, 2**63 - 1))
    attach.add_argument("file", metavar="FILE")
    attach.add_argument(
        "--kind", required=True, choices=[k.value for k in AttachmentKind], help="what paper it is"
    )
    attach.add_argument("--date", type=_day, help="the date on the paper (default: today)")
    attach.add_argument("--note", help="a few words to tell it apart")
    attach.add_argument(
        "--consent",
        type=bounded(1, 2**63 - 1),
        metavar="RECORD",
        help="paper_consent: the consent record (signed on paper) this scan proves",
    )
    attach.set_defaults(handler=cmd_attach)
    listing = commands.add_parser(
        "attachments", parents=[acting], help="a client's scanned papers (JSON lines)"
    )
    listing.add_argument("id", type=bounded(1, 2**63 - 1))
    listing.set_defaults(handler=cmd_attachments)
