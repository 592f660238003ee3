"""`recalls`: the recall and due lists as JSON lines (decision 0039), as the staff member's role
sees them: names for everyone, a phone only where the client's consent covers that contact."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from salonvault.cli.context import Context
from salonvault.cli.io import emit
from salonvault.domain.recalls import RecallKind, RecallRow
from salonvault.services.recalls import MAX_PAGE


def cmd_recalls(ctx: Context) -> int:
    session = ctx.session()
    recalls = ctx.vault().recalls
    kind = RecallKind(ctx.args.kind) if ctx.args.kind else None
    listing = recalls.list(session, kind, ctx.args.due_before)
    for start in range(0, len(listing.keys), MAX_PAGE):
        for row in recalls.page(session, listing.keys[start : start + MAX_PAGE]):
            emit(_row(row))
    return 0


def _row(row: RecallRow) -> dict[str, Any]:
    mark = row.mark
    return {
        "kind": row.key.kind.value,
        "client": row.client_number,
        "family_name": row.family_name,
        "given_name": row.given_name,
        "due_on": row.due_on.isoformat(),
        "about_on": row.key.about_on.isoformat(),  # the date the line came from
        "phone": row.phone or None,
        "no_contact": row.no_contact.value if row.no_contact else None,
        "mark": mark.mark.value if mark else None,
        "marked_by": mark.marked_by if mark else None,
        "marked_at": mark.marked_at if mark else None,
    }


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give the date as YYYY-MM-DD") from None


def add_recalls_command(commands: Any, acting: argparse.ArgumentParser) -> None:
    recalls = commands.add_parser(
        "recalls",
        parents=[acting],
        help="who is due a call: eye tests, lens aftercare, patch tests, lapsed, birthdays",
    )
    recalls.add_argument(
        "--kind", choices=[k.value for k in RecallKind], help="one list (default: every list)"
    )
    recalls.add_argument(
        "--due-before",
        type=_day,
        metavar="DATE",
        help="due on or before this day, YYYY-MM-DD (default: 30 days from today)",
    )
    recalls.set_defaults(handler=cmd_recalls)
