"""Staff accounts and PINs: `whoami`, `staff …`, `choose-pin`; `audit`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from salonvault.cli.context import EXIT_CHAIN_BROKEN, Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.audit import AuditFilter
from salonvault.domain.briefing import BriefingStanding
from salonvault.domain.roles import Role
from salonvault.domain.staff import StaffMember


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


def _briefing_json(standing: BriefingStanding | None) -> dict[str, object]:
    """The privacy briefing they confirmed last (decision 0040): version, time, language, and
    whether they are asked again at their next sign-in (and why)."""
    latest = standing.latest if standing else None
    return {
        "briefing_version": latest.version if latest else None,
        "briefing_acknowledged_at": latest.at if latest else None,
        "briefing_language": latest.language if latest else None,
        "briefing_due": standing.due.value if standing and standing.due else None,
    }


def cmd_staff(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    action = ctx.args.staff_command
    if action == "list":
        briefing = {s.staff_id: s for s in vault.briefing.standings(session)}
        for member in vault.staff.list(session):
            emit(_member_json(member) | _briefing_json(briefing.get(member.id)))
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


def add_audit_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="the activity log (owner)")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", parents=[acting], help="check the HMAC chain")
    audit_list = audit_commands.add_parser("list", parents=[acting], help="newest entries first")
    audit_list.add_argument("--limit", type=bounded(1, 100_000), default=200)
    audit_list.add_argument("--action", help="only this action, e.g. sign_in")
    audit.set_defaults(handler=cmd_audit)


def add_staff_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
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
