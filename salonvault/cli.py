"""The `salonvault` command line: the same services as the GUI, for IT helpers and schedules.

Modelled on keepassxc-cli. Expected failures print one sentence on stderr and exit non-zero;
data comes out as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import platformdirs

from salonvault import __version__
from salonvault.cli_backup import add_backup_commands
from salonvault.cli_export import add_export_command
from salonvault.cli_import import add_import_command
from salonvault.cli_io import Inputs, emit
from salonvault.cli_merge import add_merge_command
from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import CLIENT_JSON_FIELDS, RECORD_FIELDS, ClientInput, Preferences
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.domain.staff import StaffMember
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.client_fields import parse_birth_date
from salonvault.services.demo import create_demo_vault
from salonvault.services.vault import Unlock, Vault, create_vault, needs_passphrase, open_vault

EXIT_CHAIN_BROKEN = 8
EXIT_FILE_ERROR = 9


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"use a number from {low} to {high}")
        return value

    return parse


class Context:
    """What a command needs: parsed arguments, the input reader, and the vault once opened."""

    def __init__(self, args: argparse.Namespace, inputs: Inputs) -> None:
        self.args = args
        self.inputs = inputs
        self.data_dir = Path(args.data_dir)
        self._vault: Vault | None = None

    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = open_vault(self.data_dir, self._unlock())
        return self._vault

    def _unlock(self) -> Unlock:
        key_file = getattr(self.args, "recovery_key", None)
        if key_file:
            return Unlock(recovery_key=read_recovery_key_file(Path(key_file)))
        from_stdin = getattr(self.args, "passphrase_stdin", False)
        if from_stdin or needs_passphrase(self.data_dir):
            passphrase = self.inputs.secret("Owner passphrase: ", from_stdin, "passphrase")
            return Unlock(passphrase=passphrase)
        return Unlock()

    def session(self) -> Session:
        vault = self.vault()  # first: the passphrase line comes before the PIN line
        pin = self.inputs.secret(f"PIN for {self.args.staff}: ", self.args.pin_stdin, "PIN")
        return vault.auth.sign_in(self.args.staff, pin)

    def new_pin(self, whose: str) -> str:
        return self.inputs.secret(
            f"New PIN for {whose}: ", self.args.pin_stdin, "new PIN", confirm=True
        )

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()


# -- commands ----------------------------------------------------------------------------------


def cmd_demo(ctx: Context) -> int:
    key_file = Path(ctx.args.recovery_key_out or f"{ctx.data_dir.resolve()}-recovery-key.txt")
    store = DeviceKeyStore()
    vault, staff = create_demo_vault(ctx.data_dir, key_file, store, clients=ctx.args.clients)
    vault.close()
    _warn_if_weak(store)
    emit(
        {
            "data_dir": str(ctx.data_dir.resolve()),
            "staff": [{"name": s.name, "role": s.role.value, "pin": s.pin} for s in staff],
            "recovery_key_file": str(key_file.resolve()),
        }
    )
    return 0


def cmd_init(ctx: Context) -> int:
    pin = ctx.inputs.secret(f"PIN for {ctx.args.owner}: ", ctx.args.pin_stdin, "PIN", confirm=True)
    store = DeviceKeyStore()
    key_file = Path(ctx.args.recovery_key_out)
    vault = create_vault(ctx.data_dir, ctx.args.salon, ctx.args.owner, pin, key_file, store)
    vault.close()
    _warn_if_weak(store)
    emit({"data_dir": str(ctx.data_dir.resolve()), "recovery_key_file": str(key_file.resolve())})
    return 0


def cmd_whoami(ctx: Context) -> int:
    session = ctx.session()
    emit({"id": session.staff_id, "name": session.staff_name, "role": session.role.value})
    return 0


def cmd_audit(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    if ctx.args.audit_command == "verify":
        verdict = vault.audit.verify(session)
        emit(
            {
                "ok": verdict.ok,
                "entries_checked": verdict.entries_checked,
                "first_broken_entry": verdict.first_broken_seq,
                "problem": verdict.problem,
            }
        )
        if not verdict.ok:
            print(f"The activity log fails verification: {verdict.problem}.", file=sys.stderr)
            return EXIT_CHAIN_BROKEN
        return 0
    where = AuditFilter(action=ctx.args.action, limit=ctx.args.limit)
    entries = vault.audit.list(session, where)  # checks AUDIT_READ before anything else
    staff_names = {m.id: m.name for m in vault.staff.list(session)}
    for entry in entries:
        record = asdict(entry)
        record["staff"] = staff_names.get(entry.staff_id) if entry.staff_id else None
        emit(record)
    return 0


def _member_json(member: StaffMember) -> dict[str, object]:
    return {
        "id": member.id,
        "name": member.name,
        "role": member.role.value,
        "active": member.active,
        "disabled_by_lockout": member.disabled_by_lockout,
        "failed_attempts": member.failed_attempts,
        "last_login_at": member.last_login_at,
    }


def cmd_staff(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    action = ctx.args.staff_command
    if action == "list":
        for member in vault.staff.list(session):
            emit(_member_json(member))
        return 0
    if action == "add":
        pin = ctx.new_pin(ctx.args.name)
        emit(_member_json(vault.staff.add(session, ctx.args.name, Role(ctx.args.role), pin)))
        return 0
    target = vault.staff.find(session, ctx.args.name)
    if action == "disable":
        vault.staff.disable(session, target.id)
    elif action == "enable":
        vault.staff.enable(session, target.id)
    elif action == "set-role":
        vault.staff.set_role(session, target.id, Role(ctx.args.role))
    elif action == "rename":
        vault.staff.rename(session, target.id, ctx.args.new_name)
    elif action == "reset-pin":
        reset = vault.staff.reset_pin(session, target.id)
        emit({"name": reset.name, "reset_code": reset.code, "expires_at": reset.expires_at})
        print(
            f"Give this one-time code to {reset.name} in person; it works once, until"
            f" {reset.expires_at.astimezone():%Y-%m-%d %H:%M}, and with it they choose their"
            " new PIN (salonvault choose-pin).",
            file=sys.stderr,
        )
        return 0
    emit(_member_json(vault.staff.find(session, ctx.args.new_name or target.name)))
    return 0


def cmd_choose_pin(ctx: Context) -> int:
    """After a PIN reset: the one-time code, then the new PIN the staff member chooses."""
    vault = ctx.vault()
    name = ctx.args.staff
    code = ctx.inputs.secret(f"One-time code for {name}: ", ctx.args.pin_stdin, "one-time code")
    session = vault.auth.complete_pin_reset(name, code, ctx.new_pin(name))
    emit({"id": session.staff_id, "name": session.staff_name, "role": session.role.value})
    vault.auth.sign_out(session)
    return 0


def cmd_keys(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    if ctx.args.keys_command == "use-passphrase":
        passphrase = ctx.inputs.secret(
            "New owner passphrase: ", ctx.args.pin_stdin, "passphrase", confirm=True
        )
        vault.keys.use_passphrase(session, passphrase)
    elif ctx.args.keys_command == "use-device":
        vault.keys.use_device(session)
    status = vault.keys.status(session)
    emit(
        {
            "slots": [kind.value for kind in status.slots],
            "device_protection": status.device_protection.description
            if status.device_protection
            else None,
            "backup_public_key": status.backup_public_key,
            "slot_file_recipient_ok": status.slot_file_recipient_ok,
        }
    )
    return 0


def _client_input(text: str) -> ClientInput:
    """The client JSON of DESIGN.md §7; unknown fields and wrong types are errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(f"Standard input is not JSON ({error.msg}).") from None
    except RecursionError:
        raise ValidationError("Standard input is not a client (nested too deeply).") from None
    if not isinstance(data, dict):
        raise ValidationError("Send one JSON object with the client's fields.")
    unknown = set(data) - CLIENT_JSON_FIELDS
    if unknown:
        # A name with control or bidi characters is shown escaped: the message stays one line.
        shown = (n if n.isprintable() else json.dumps(n) for n in sorted(unknown))
        raise ValidationError(f"Unknown field(s): {', '.join(shown)}.")
    strings = {k: v for k, v in data.items() if k != "allergies"}
    for key, value in strings.items():
        if not isinstance(value, str):
            raise ValidationError(f"The field {key} must be text.", field=key)
    allergies = data.get("allergies", [])
    if not isinstance(allergies, list) or not all(isinstance(a, str) for a in allergies):
        raise ValidationError("allergies must be a list of texts.", field="allergies")
    return ClientInput(
        family_name=strings.get("family_name", ""),
        given_name=strings.get("given_name", ""),
        phone=strings.get("phone", ""),
        email=strings.get("email", ""),
        birth_date=parse_birth_date(strings.get("birth_date", "")),
        address=strings.get("address", ""),
        language=strings.get("language", ""),
        notes=strings.get("notes", ""),
        allergies=tuple(allergies),
    )


def cmd_add_client(ctx: Context) -> int:
    session = ctx.session()
    data = _client_input(ctx.inputs.rest())
    view = ctx.vault().clients.create(session, data, allow_duplicate=ctx.args.allow_duplicate)
    emit({"id": view.id})
    return 0


def cmd_search(ctx: Context) -> int:
    session = ctx.session()
    for found in ctx.vault().clients.search(session, ctx.args.text, ctx.args.archived):
        emit(
            {
                "id": found.id,
                "name": found.display_name,
                "phone": found.phone,
                "has_alerts": found.has_alerts,
                "severe_alert": found.has_severe_alert,
                "archived": found.archived,
                "last_visit_on": found.last_visit_on,
            }
        )
    return 0


def cmd_show(ctx: Context) -> int:
    session = ctx.session()
    view = ctx.vault().clients.open(session, ctx.args.id)
    shown: dict[str, object] = {"id": view.id, "name": view.display_name}
    for name in RECORD_FIELDS:
        if name in view.visible or (name == "phone" and "phone_masked" in view.visible):
            value = getattr(view, name)
            shown[name] = value.as_dict() if isinstance(value, Preferences) else value
    shown["has_alerts"] = view.has_alerts
    shown["severe_alert"] = view.has_severe_alert
    if view.health is not None:
        shown["health"] = [
            {"kind": h.kind.value, "text": h.text, "severity": h.severity.value}
            for h in view.health
        ]
    shown["archived"] = view.archived
    emit(shown)
    return 0


def cmd_consent_purposes(ctx: Context) -> int:
    """Every purpose id the program knows, one a line (no vault needed)."""
    for purpose in Purpose:
        print(purpose.value)
    return 0


def cmd_consent_pdf(ctx: Context) -> int:
    """The form for one purpose: the signed one, or a blank one to sign on paper."""
    session = ctx.session()
    pdf = ctx.vault().consent.form_for(session, ctx.args.id, ctx.args.purpose)
    out = Path(ctx.args.out)
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give a file name for the PDF.")
    out.write_bytes(pdf)
    emit({"out": str(out.resolve()), "bytes": len(pdf)})
    return 0


def cmd_recover_owner(ctx: Context) -> int:
    if not ctx.args.recovery_key:
        raise ValidationError("recover-owner needs --recovery-key FILE.")
    key = read_recovery_key_file(Path(ctx.args.recovery_key))
    pin = ctx.new_pin(ctx.args.name)
    ctx.vault().auth.recover_owner(ctx.args.name, key, pin)
    emit({"recovered": ctx.args.name})
    return 0


def _warn_if_weak(store: DeviceKeyStore) -> None:
    protection = store.protection
    if not protection.strong:
        print(f"Warning: this PC's vault key is kept in {protection.description}.", file=sys.stderr)


# -- parser ------------------------------------------------------------------------------------


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

    demo = commands.add_parser("demo", help="create a demo salon (refuses an existing vault)")
    demo.add_argument("--recovery-key-out", metavar="FILE")
    demo.add_argument(
        "--clients",
        type=_bounded(0, 1_000_000),
        default=200,
        metavar="N",
        help="demo clients to add (200)",
    )
    demo.set_defaults(handler=cmd_demo)

    init = commands.add_parser("init", help="create an empty vault with its first owner")
    init.add_argument("--salon", required=True, metavar="NAME")
    init.add_argument("--owner", required=True, metavar="NAME")
    init.add_argument("--recovery-key-out", required=True, metavar="FILE")
    init.add_argument("--pin-stdin", action="store_true")
    init.set_defaults(handler=cmd_init)

    whoami = commands.add_parser("whoami", parents=[acting], help="check a PIN; print the role")
    whoami.set_defaults(handler=cmd_whoami)
    choose_pin = commands.add_parser(
        "choose-pin",
        parents=[acting],
        help="after a PIN reset: the one-time code, then your new PIN",
    )
    choose_pin.set_defaults(handler=cmd_choose_pin)

    _add_audit_commands(commands, acting)
    add_client = commands.add_parser(
        "add-client", parents=[acting], help="one client as a JSON object on stdin"
    )
    add_client.add_argument(
        "--allow-duplicate", action="store_true", help="add even if it looks like a duplicate"
    )
    add_client.set_defaults(handler=cmd_add_client)
    search = commands.add_parser("search", parents=[acting], help="find clients (JSON lines)")
    search.add_argument("text")
    search.add_argument("--archived", action="store_true", help="include archived clients")
    search.set_defaults(handler=cmd_search)
    show = commands.add_parser("show", parents=[acting], help="one client, as your role sees it")
    show.add_argument("id", type=_bounded(1, 2**63 - 1))
    show.set_defaults(handler=cmd_show)
    add_merge_command(commands, acting)

    _add_consent_commands(commands, acting)
    _add_staff_commands(commands, acting)
    _add_keys_commands(commands, acting)
    add_backup_commands(commands, acting, unlock)
    add_export_command(commands, acting)
    add_import_command(commands, acting)

    recover = commands.add_parser(
        "recover-owner", parents=[unlock], help="re-enable an owner with the recovery key"
    )
    recover.add_argument("name")
    recover.add_argument("--pin-stdin", action="store_true", help="read the new PIN from stdin")
    recover.set_defaults(handler=cmd_recover_owner)
    return parser


def _add_audit_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="the activity log (owner)")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", parents=[acting], help="check the HMAC chain")
    audit_list = audit_commands.add_parser("list", parents=[acting], help="newest entries first")
    audit_list.add_argument("--limit", type=_bounded(1, 100_000), default=200)
    audit_list.add_argument("--action", help="only this action, e.g. sign_in")
    audit.set_defaults(handler=cmd_audit)


def _add_consent_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    purposes = commands.add_parser("consent-purposes", help="the consent purpose ids")
    purposes.set_defaults(handler=cmd_consent_purposes)
    consent_pdf = commands.add_parser(
        "consent-pdf", parents=[acting], help="a client's consent form for one purpose (PDF)"
    )
    consent_pdf.add_argument("id", type=_bounded(1, 2**63 - 1))
    consent_pdf.add_argument("--purpose", required=True, choices=[p.value for p in Purpose])
    consent_pdf.add_argument("--out", required=True, metavar="FILE")
    consent_pdf.set_defaults(handler=cmd_consent_pdf)


def _add_staff_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    staff = commands.add_parser("staff", help="staff accounts (owner)")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True)
    staff_commands.add_parser("list", parents=[acting])
    add = staff_commands.add_parser("add", parents=[acting], help="new PIN: terminal or stdin")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    for name in ("disable", "enable"):
        staff_commands.add_parser(name, parents=[acting]).add_argument("name")
    staff_commands.add_parser(
        "reset-pin", parents=[acting], help="prints a one-time code; they choose the new PIN"
    ).add_argument("name")
    set_role = staff_commands.add_parser("set-role", parents=[acting])
    set_role.add_argument("name")
    set_role.add_argument("role", choices=[r.value for r in Role])
    rename = staff_commands.add_parser("rename", parents=[acting])
    rename.add_argument("name")
    rename.add_argument("new_name")
    staff.set_defaults(handler=cmd_staff, new_name=None)


def _add_keys_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    keys = commands.add_parser("keys", help="how the vault is unlocked (owner)")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    for name in ("status", "use-passphrase", "use-device"):
        keys_commands.add_parser(name, parents=[acting])
    keys.set_defaults(handler=cmd_keys)


def main(argv: list[str] | None = None) -> int:
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


if __name__ == "__main__":
    sys.exit(main())
