"""`keys …` (owner): how the vault opens, its recovery slot, replacing the recovery key, and
re-keying the vault. Every command prints the keys' status as one JSON document at the end."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context
from salonvault.cli.io import emit
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.files.outbound import check_target
from salonvault.security.recovery import write_recovery_key_file
from salonvault.services.keys import RetiredKey
from salonvault.services.vault import (
    Vault,
    recovery_key_from_file,
    recovery_key_from_text,
    recovery_kit_pdf,
    save_recovery_kit,
)


class KeyFileNotWritten(SalonVaultError):
    """The recovery key was replaced, but its file or kit could not be written."""

    exit_code = 9


def cmd_keys(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    action = ctx.args.keys_command
    answer: dict[str, Any] = {}
    if action == "use-passphrase":
        passphrase = ctx.inputs.secret(
            "New owner passphrase: ", ctx.args.pin_stdin, "passphrase", confirm=True
        )
        vault.keys.use_passphrase(session, passphrase)
    elif action == "use-device":
        vault.keys.use_device(session)
    elif action == "add-recovery":
        _add_recovery(ctx, vault, session)
    elif action == "replace-recovery-key":
        answer = _replace_recovery_key(ctx, vault, session)
    elif action == "rekey":
        answer = _rekey(ctx, vault, session)
    emit({**answer, **_status(vault, session)})
    return 0


def _add_recovery(ctx: Context, vault: Vault, session: Session) -> None:
    vault.keys.recovery_slot_state(session)  # the owner's, before a secret is asked for
    if ctx.args.key_file:
        key = recovery_key_from_file(Path(ctx.args.key_file))
    else:
        typed = ctx.inputs.secret(
            "Recovery key from the Recovery Kit (AGE-SECRET-KEY-1…): ",
            ctx.args.pin_stdin,
            "recovery key",
        )
        key = recovery_key_from_text(typed)
    vault.keys.add_recovery_slot(session, key)


def _replace_recovery_key(ctx: Context, vault: Vault, session: Session) -> dict[str, Any]:
    data_dir = vault.paths.data_dir
    key_out = Path(ctx.args.recovery_key_out)
    kit_out = Path(ctx.args.kit_out) if ctx.args.kit_out else None
    # Refused places are refused before the key changes (the door checks again when writing).
    check_target(key_out, data_dir, replace=False, field="recovery_key_file")
    if kit_out is not None:
        check_target(kit_out, data_dir, field="kit")
    key = vault.keys.replace_recovery_key(session)
    try:
        write_recovery_key_file(key_out, key, data_dir)
        if kit_out is not None:
            settings = vault.settings
            pdf = recovery_kit_pdf(
                settings.salon_name(),
                settings.salon_address(),
                key.secret,
                key.public_key,
                date.today(),
                ctx.args.language,
            )
            save_recovery_kit(kit_out, pdf, data_dir)
    except (SalonVaultError, OSError) as error:
        raise KeyFileNotWritten(
            "cli.recovery_key_replaced_but_could",
            error=error.message if isinstance(error, SalonVaultError) else str(error),
        ) from None
    vault.keys.confirm_recovery_kit(session)  # the key file is written: as at set-up
    return {
        "recovery_key_file": str(key_out.resolve()),
        "kit": str(kit_out.resolve()) if kit_out is not None else None,
    }


def _rekey(ctx: Context, vault: Vault, session: Session) -> dict[str, Any]:
    passphrase = None
    if vault.keys.status(session).passphrase_mode:
        passphrase = ctx.passphrase or ctx.inputs.secret(
            "Owner passphrase (the re-keyed vault opens with it too): ",
            ctx.args.pin_stdin,
            "passphrase",
        )
    show = sys.stderr.isatty()

    def progress(phase: str, done: int, total: int) -> None:
        if show and phase == "re-encrypting":
            print(f"\rRe-encrypting: {done * 100 // max(total, 1)} %", end="", file=sys.stderr)

    outcome = vault.keys.rekey(session, passphrase, progress)
    if show:
        print(file=sys.stderr)
    return {
        "rekeyed": True,
        "pages": outcome.pages,
        "seconds": round(outcome.seconds, 1),
        "old_device_keys_kept": outcome.old_device_keys_kept,
    }


def _status(vault: Vault, session: Session) -> dict[str, Any]:
    status = vault.keys.status(session)
    return {
        "slots": [kind.value for kind in status.slots],
        "device_protection": status.device_protection.description
        if status.device_protection
        else None,
        "backup_public_key": status.backup_public_key,
        "slot_file_recipient_ok": status.slot_file_recipient_ok,
        "recovery_slot": status.recovery_slot.value,
        "recovery_kit_confirmed": vault.keys.recovery_kit_confirmed(),
        "old_recovery_keys": [_retired(k) for k in vault.keys.retired_recovery_keys(session)],
    }


def _retired(key: RetiredKey) -> dict[str, Any]:
    return {
        "public_key": key.public_key,
        "replaced_at": key.retired_at.isoformat(),
        "backups_needing_it": [
            {
                "folder": b.folder,
                "file_name": b.file_name,
                "made_at": b.made_at.isoformat(),
                "on_disk": b.on_disk,
            }
            for b in key.backups
        ],
    }


def add_keys_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    keys = commands.add_parser("keys", help="how the vault is unlocked and keyed (owner)")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    keys_commands.add_parser("status", parents=[acting], help="slots, recovery slot, old keys")
    keys_commands.add_parser(
        "use-passphrase", parents=[acting], help="open only with the owner's passphrase"
    )
    keys_commands.add_parser("use-device", parents=[acting], help="open on this PC by itself")
    add = keys_commands.add_parser(
        "add-recovery",
        parents=[acting],
        help="make the recovery slot again with the salon's recovery key",
    )
    add.add_argument(
        "--key-file",
        metavar="FILE",
        help="the recovery key file or the saved Recovery Kit PDF (else typed, or the next"
        " stdin line with --pin-stdin)",
    )
    replace = keys_commands.add_parser(
        "replace-recovery-key",
        parents=[acting],
        help="a new recovery key (lost kit, departed owner); the old key's backups are listed",
    )
    replace.add_argument("--recovery-key-out", required=True, metavar="FILE")
    replace.add_argument("--kit-out", metavar="FILE", help="also save the new Recovery Kit PDF")
    replace.add_argument("--language", choices=("en", "vi", "pl", "zh_CN"), default="en")
    keys_commands.add_parser(
        "rekey",
        parents=[acting],
        help="a new data key: old slot files and keys stop opening the vault (slow when big)",
    )
    keys.set_defaults(handler=cmd_keys)
