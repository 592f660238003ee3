"""Printouts as files: `card-pdf` (the client card as the staff member's role sees it) and
`day-sheet` (today's clients with their alerts). Both leave the vault through the one door."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.data_report import REPORT_LANGUAGES


def cmd_card_pdf(ctx: Context) -> int:
    session = ctx.session()
    out = ctx.vault().printouts.save_card_pdf(
        session, ctx.args.id, Path(ctx.args.out), ctx.args.language
    )
    emit({"out": str(out.resolve()), "bytes": out.stat().st_size})
    return 0


def cmd_day_sheet(ctx: Context) -> int:
    """The clients given with --client, or else those with a treatment recorded for today."""
    session = ctx.session()
    printouts = ctx.vault().printouts
    clients = ctx.args.client or printouts.clients_seen_today(session)
    out = printouts.save_day_sheet(session, clients, Path(ctx.args.out), ctx.args.language)
    emit({"out": str(out.resolve()), "bytes": out.stat().st_size, "clients": len(clients)})
    return 0


def add_printout_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    card = commands.add_parser(
        "card-pdf", parents=[acting], help="the client card as your role sees it (PDF)"
    )
    card.add_argument("id", type=bounded(1, 2**63 - 1))
    card.add_argument("--out", required=True, metavar="FILE")
    card.add_argument(
        "--language", choices=REPORT_LANGUAGES, help="the paper's language (the salon's)"
    )
    card.set_defaults(handler=cmd_card_pdf)
    day = commands.add_parser(
        "day-sheet", parents=[acting], help="today's clients with their alerts (PDF)"
    )
    day.add_argument(
        "--client",
        type=bounded(1, 2**63 - 1),
        action="append",
        metavar="ID",
        help="a client on the sheet (repeat); none: those with a treatment recorded today",
    )
    day.add_argument("--out", required=True, metavar="FILE")
    day.add_argument(
        "--language", choices=REPORT_LANGUAGES, help="the paper's language (the salon's)"
    )
    day.set_defaults(handler=cmd_day_sheet)
