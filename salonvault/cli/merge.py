"""The `merge-clients` command (owner only): two records of one client become one, for good.

As in the window, the absorbed client's name is typed to confirm: at the terminal (the name is
shown), on the line after the PIN with --pin-stdin, or given with --confirm NAME.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from salonvault.cli.io import InputUnavailable, emit

if TYPE_CHECKING:
    from salonvault.cli.context import Context


def cmd_merge_clients(ctx: Context) -> int:
    args = ctx.args
    vault = ctx.vault()
    session = ctx.session()
    typed = args.confirm
    if typed is None:
        absorbed = vault.merge.describe(session, args.absorb)  # owner only; logged
        typed = _typed_name(ctx, args.keep, args.absorb, absorbed.display_name)
    receipt = vault.merge.merge(session, args.keep, args.absorb, typed)
    emit(
        {
            "survivor": receipt.survivor_id,
            "absorbed": receipt.absorbed_id,
            "moved": {
                "visits": receipt.visits,
                "consents": receipt.consents,
                "consent_forms": receipt.consent_forms,
                "photos": receipt.photos,
                "health_items": receipt.health_items,
                "patch_tests": receipt.patch_tests,
            },
            "filled": list(receipt.filled),
            "photos_deleted": receipt.photos_deleted,
        }
    )
    print(
        f"Client {receipt.absorbed_id} is merged into client {receipt.survivor_id}; backups"
        " made before now still hold both records as they were.",
        file=sys.stderr,
    )
    return 0


def _typed_name(ctx: Context, keep: int, absorb: int, name: str) -> str:
    if ctx.args.pin_stdin:
        return ctx.inputs.line("name typed to confirm the merge")
    if not sys.stdin.isatty():
        raise InputUnavailable("cli.there_terminal_type_client_s")
    sys.stderr.write(
        f"Client {absorb} ({name}) will be merged into client {keep} and removed; this cannot"
        f" be undone. Type the name {name} to confirm: "
    )
    sys.stderr.flush()
    return sys.stdin.readline().rstrip("\r\n")


def _client_id(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not a client id")
    return int(text)


def add_merge_command(commands: Any, acting: argparse.ArgumentParser) -> None:
    merge = commands.add_parser(
        "merge-clients",
        parents=[acting],
        help="merge two records of one client into one (owner; cannot be undone)",
    )
    merge.add_argument(
        "--keep", required=True, type=_client_id, metavar="ID", help="the record kept"
    )
    merge.add_argument(
        "--absorb",
        required=True,
        type=_client_id,
        metavar="ID",
        help="the record merged in and removed",
    )
    merge.add_argument(
        "--confirm", metavar="NAME", help="the absorbed client's name, instead of typing it"
    )
    merge.set_defaults(handler=cmd_merge_clients)
