"""The `export` command of DESIGN.md §7 (owner only): CSV, JSON, or one channel's marketing list.

Without --encrypt-to the files are plaintext: giving the command is the owner's choice, and the
warning that the file leaves the vault goes to standard error. With `--encrypt-to passphrase` the
passphrase is asked twice at the terminal, or read from the line after the PIN with --pin-stdin.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salonvault.cli.io import emit
from salonvault.domain.errors import ValidationError
from salonvault.services.exports.files import Encryption, EncryptTo
from salonvault.services.exports.format import SEPARATORS
from salonvault.services.exports.service import CHANNEL_CONTACT

if TYPE_CHECKING:
    from salonvault.cli.context import Context

CHANNELS = [p.value.removeprefix("marketing_") for p in CHANNEL_CONTACT]


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    if args.marketing and args.format != "csv":
        raise ValidationError("cli.marketing_list_csv_file_use")
    vault = ctx.vault()
    session = ctx.session()
    encryption = _encryption(ctx)
    separator = SEPARATORS[args.separator] if args.separator else None
    out = Path(args.out)
    exports = vault.exports
    if args.marketing:
        result = exports.export_marketing(session, args.marketing, out, encryption, True, separator)
    elif args.format == "csv":
        result = exports.export_csv(session, out, encryption, True, separator)
    else:
        result = exports.export_json(session, out, encryption, True)
    if encryption is None:
        print(f"Warning: {exports.warning(None)}", file=sys.stderr)
    answer: dict[str, Any] = {
        "files": [str(path.resolve()) for path in result.files],
        "format": "marketing" if args.marketing else args.format,
        "encrypted_to": encryption.to.value if encryption else None,
        "clients": result.clients,
    }
    if args.marketing:
        answer["channel"] = args.marketing
        answer["without_contact"] = result.without_contact
    else:
        answer["visits"] = result.visits
    emit(answer)
    return 0


def _encryption(ctx: Context) -> Encryption | None:
    if ctx.args.encrypt_to is None:
        return None
    if EncryptTo(ctx.args.encrypt_to) is EncryptTo.BACKUP_KEY:
        return Encryption.to_backup_key()
    passphrase = ctx.inputs.secret(
        "Passphrase for the export: ", ctx.args.pin_stdin, "export passphrase", confirm=True
    )
    return Encryption.with_passphrase(passphrase)


def add_export_command(commands: Any, acting: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[acting],
        help="clients and visits as CSV or JSON, or a marketing list (owner); prints the files",
        description="CSV writes two files beside --out: NAME-clients.csv and NAME-visits.csv."
        " Without --encrypt-to the files are not encrypted: they leave the vault.",
    )
    export.add_argument("--format", required=True, choices=["csv", "json"])
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--marketing",
        choices=CHANNELS,
        metavar="CHANNEL",
        help=f"only clients whose consent to this channel is active ({', '.join(CHANNELS)})",
    )
    export.add_argument(
        "--encrypt-to",
        choices=[e.value for e in EncryptTo],
        help="encrypt with age: to a passphrase, or to the salon's backup key (recovery key)",
    )
    export.add_argument(
        "--separator",
        choices=list(SEPARATORS),
        help="CSV column separator (default: what Excel expects in the salon's language)",
    )
    export.set_defaults(handler=cmd_export)
