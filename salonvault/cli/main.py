"""The parser and the entry point: one sentence on stderr and a non-zero exit for an
expected failure, JSON on stdout for data."""

from __future__ import annotations

import argparse
import codecs
import io
import sys
from collections.abc import Callable

import platformdirs

from salonvault import __version__
from salonvault.cli.attachments import add_attachment_commands
from salonvault.cli.backup import add_backup_commands
from salonvault.cli.catalogue import add_catalogue_commands
from salonvault.cli.clients import (
    add_consent_commands,
    add_fields_command,
    cmd_add_client,
    cmd_search,
    cmd_show,
)
from salonvault.cli.consent import add_consent_record_commands
from salonvault.cli.context import EXIT_FILE_ERROR, Context, bounded
from salonvault.cli.export import add_export_command
from salonvault.cli.forms import add_form_commands
from salonvault.cli.imports import add_import_command
from salonvault.cli.io import Inputs
from salonvault.cli.keys import add_keys_commands
from salonvault.cli.merge import add_merge_command
from salonvault.cli.printouts import add_printout_commands
from salonvault.cli.recalls import add_recalls_command
from salonvault.cli.records import add_record_commands
from salonvault.cli.setup import add_recover_command, add_setup_commands
from salonvault.cli.staff import (
    add_audit_commands,
    add_staff_commands,
    cmd_choose_pin,
    cmd_whoami,
)
from salonvault.domain.errors import SalonVaultError


def build_parser() -> argparse.ArgumentParser:
    default_dir = platformdirs.user_data_dir("SalonVault", appauthor=False)
    parser = argparse.ArgumentParser(
        prog="salonvault", description="SalonVault: encrypted client records for salons."
    )
    parser.add_argument("--version", action="version", version=f"salonvault {__version__}")
    parser.add_argument("--data-dir", default=default_dir, help=f"vault folder ({default_dir})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    unlock = argparse.ArgumentParser(add_help=False)
    unlock.add_argument("--recovery-key", metavar="FILE", help="open with the recovery key file")
    unlock.add_argument(
        "--passphrase-stdin", action="store_true", help="read the owner passphrase from stdin"
    )
    acting = argparse.ArgumentParser(add_help=False, parents=[unlock])
    acting.add_argument("--staff", required=True, metavar="NAME", help="who is acting")
    acting.add_argument(
        "--pin-stdin", action="store_true", help="read secrets from stdin, one a line"
    )

    add_setup_commands(commands)

    whoami = commands.add_parser("whoami", parents=[acting], help="check a PIN; print the role")
    whoami.set_defaults(handler=cmd_whoami)
    choose_pin = commands.add_parser(
        "choose-pin",
        parents=[acting],
        help="after a PIN reset: the one-time code, then your new PIN",
    )
    choose_pin.set_defaults(handler=cmd_choose_pin)

    add_audit_commands(commands, acting)
    add_client = commands.add_parser(
        "add-client", parents=[acting], help="one client as a JSON object on stdin"
    )
    add_client.add_argument(
        "--allow-duplicate", action="store_true", help="add even if it looks like a duplicate"
    )
    add_client.set_defaults(handler=cmd_add_client)
    add_fields_command(commands, acting)
    search = commands.add_parser("search", parents=[acting], help="find clients (JSON lines)")
    search.add_argument("text")
    search.add_argument("--archived", action="store_true", help="include archived clients")
    search.set_defaults(handler=cmd_search)
    show = commands.add_parser("show", parents=[acting], help="one client, as your role sees it")
    show.add_argument("id", type=bounded(1, 2**63 - 1))
    show.set_defaults(handler=cmd_show)
    add_merge_command(commands, acting)
    add_catalogue_commands(commands, acting)

    add_consent_commands(commands, acting)
    add_consent_record_commands(commands, acting)
    add_printout_commands(commands, acting)
    add_record_commands(commands, acting)
    add_attachment_commands(commands, acting)
    add_recalls_command(commands, acting)
    add_form_commands(commands, acting)
    add_staff_commands(commands, acting)
    add_keys_commands(commands, acting)
    add_backup_commands(commands, acting, unlock)
    add_export_command(commands, acting)
    add_import_command(commands, acting)

    add_recover_command(commands, unlock)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[Context], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    ctx = Context(args, Inputs())
    try:
        return handler(ctx)
    except SalonVaultError as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Stopped; nothing more was changed.", file=sys.stderr)
        return 130
    except OSError as error:  # a missing USB stick, a read-only folder, a full disk …
        where = f" ({error.filename})" if error.filename else ""
        print(f"Could not read or write a file{where}: {error.strerror}.", file=sys.stderr)
        return EXIT_FILE_ERROR
    finally:
        ctx.close()


def _utf8_output() -> None:
    """Windows gives a pipe its ANSI code page, which has no "ễ": JSON names would raise
    UnicodeEncodeError. Output is UTF-8 everywhere."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8")
