"""Consent and health records at the command line, for the owner's IT helper or an auditor:
`consent record|withdraw|status ID --purpose P` and `health add|list ID` (issue 21 item 5).

The same services as the window, so the same role rules: anyone records a decision, owner and
receptionist withdraw one, owner and technician read and add health items. A decision recorded
here is signed on paper (`--reference`, the paper form's number) or on screen (`--signature`,
a PNG of the signature). Withdrawing health-data consent where consent is the salon's basis
deletes the client's health data; like the window's confirmation, the command says exactly what
would go and does nothing until it is run again with `--yes`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.clients import HealthKind, Severity
from salonvault.domain.consent import CONSENT_LANGUAGES, Decision, Method, Purpose
from salonvault.domain.errors import RuleViolation, ValidationError
from salonvault.domain.session import Session

_METHODS = {"paper": Method.PAPER, "screen": Method.ON_SCREEN}
MAX_SIGNATURE_FILE = 2 * 1024 * 1024


def cmd_consent(ctx: Context) -> int:
    return {"record": _record, "withdraw": _withdraw, "status": _status}[ctx.args.consent_command](
        ctx
    )


def _record(ctx: Context) -> int:
    args = ctx.args
    session = ctx.session()
    vault = ctx.vault()
    method = _METHODS[args.method]
    signature = _signature(Path(args.signature)) if args.signature else None
    language = args.language or _client_language(ctx, session)
    record = vault.consent.record(
        session,
        args.id,
        args.purpose,
        args.decision,
        language,
        method,
        signature_png=signature,
        paper_reference=args.reference,
    )
    emit(
        {
            "record": record.id,
            "purpose": record.purpose.value,
            "decision": record.decision.value,
            "method": record.method.value,
            "language": record.language,
            "template_version": record.template_version,
            "text_sha256": record.text_sha256,
            "recorded_at": record.recorded_at.isoformat(),
        }
    )
    return 0


def _withdraw(ctx: Context) -> int:
    args = ctx.args
    session = ctx.session()
    vault = ctx.vault()
    if args.purpose == Purpose.HEALTH_DATA.value and not args.yes:
        held = vault.health_basis.held(session, args.id)
        if not held.empty:
            kinds = ", ".join(f"{n} {kind.value}" for kind, n in held.items.items())
            raise RuleViolation(
                "cli.withdrawal_deletes_health_data",
                kinds=kinds or "-",
                removed=held.removed_items,
                earlier=held.earlier_versions,
                papers=held.papers,
                records=held.records,
            )
    deleted = vault.consent.withdraw(session, args.id, args.purpose, args.reason or "")
    emit({"withdrawn": args.purpose, "deleted": deleted})
    return 0


def _status(ctx: Context) -> int:
    session = ctx.session()
    for status in ctx.vault().consent.status(session, ctx.args.id):
        if ctx.args.purpose and status.purpose.value != ctx.args.purpose:
            continue
        record = status.record
        emit(
            {
                "purpose": status.purpose.value,
                "asked": status.enabled,
                "standing": status.standing.value,
                "needs_reconsent": status.needs_reconsent,
                "recorded_at": record.recorded_at.isoformat() if record else None,
                "method": record.method.value if record else None,
                "template_version": record.template_version if record else None,
                "withdrawn_at": (
                    record.withdrawal.at.isoformat() if record and record.withdrawal else None
                ),
            }
        )
    return 0


def cmd_health(ctx: Context) -> int:
    session = ctx.session()
    vault = ctx.vault()
    if ctx.args.health_command == "add":
        kind, text, severity = _health_input(ctx.inputs.rest())
        item_id = vault.clients.add_health_item(session, ctx.args.id, kind, text, severity)
        emit({"id": item_id})
        return 0
    for item in vault.clients.health(session, ctx.args.id):
        emit(
            {
                "id": item.id,
                "kind": item.kind.value,
                "text": item.text,
                "severity": item.severity.value,
                "recorded_at": item.recorded_at.isoformat(),
            }
        )
    return 0


def _health_input(text: str) -> tuple[HealthKind, str, Severity]:
    """{"kind": HealthKind, "text": …, "severity": Severity} (DESIGN.md §7)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise ValidationError("cli.standard_input_not_health_item") from None
    if not isinstance(data, dict) or set(data) - {"kind", "text", "severity"}:
        raise ValidationError("cli.send_one_health_item")
    kinds = [k.value for k in HealthKind]
    severities = [s.value for s in Severity]
    kind, words, severity = data.get("kind"), data.get("text"), data.get("severity", "moderate")
    if kind not in kinds:
        raise ValidationError("cli.health_kind_one_of", field="kind", kinds=", ".join(kinds))
    if severity not in severities:
        raise ValidationError(
            "cli.health_severity_one_of", field="severity", severities=", ".join(severities)
        )
    if not isinstance(words, str):
        raise ValidationError("cli.health_text_description", field="text")
    return HealthKind(kind), words, Severity(severity)


def _signature(path: Path) -> bytes:
    if path.stat().st_size > MAX_SIGNATURE_FILE:
        raise ValidationError("cli.signature_file_too_large", field="signature")
    return path.read_bytes()


def _client_language(ctx: Context, session: Session) -> str:
    """The consent text's language: the client's, else the salon's."""
    vault = ctx.vault()
    language = vault.clients.open(session, ctx.args.id).language
    return language if language in CONSENT_LANGUAGES else vault.settings.language()


def add_consent_record_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    purposes = [p.value for p in Purpose]
    consent = commands.add_parser("consent", help="record, withdraw or show a client's consent")
    actions = consent.add_subparsers(dest="consent_command", required=True)
    record = actions.add_parser("record", parents=[acting], help="record a decision")
    withdraw = actions.add_parser("withdraw", parents=[acting], help="withdraw a consent")
    status = actions.add_parser("status", parents=[acting], help="the client's answers")
    for action in (record, withdraw, status):
        action.add_argument("id", type=bounded(1, 2**63 - 1))
        action.add_argument("--purpose", required=action is not status, choices=purposes)
    record.add_argument("--method", choices=list(_METHODS), default="paper")
    record.add_argument("--decision", choices=[d.value for d in Decision], default="granted")
    record.add_argument("--reference", help="the paper form's number (--method paper)")
    record.add_argument("--signature", metavar="PNG", help="the signature (--method screen)")
    record.add_argument("--language", choices=list(CONSENT_LANGUAGES), help="of the text shown")
    withdraw.add_argument("--reason", help="the client's reason, if given (logged as given)")
    withdraw.add_argument(
        "--yes", action="store_true", help="health data: delete it (the command says what)"
    )
    consent.set_defaults(handler=cmd_consent)

    health = commands.add_parser("health", help="a client's health items")
    health_actions = health.add_subparsers(dest="health_command", required=True)
    add = health_actions.add_parser(
        "add", parents=[acting], help='one item as JSON on stdin: {"kind", "text", "severity"}'
    )
    listing = health_actions.add_parser("list", parents=[acting], help="the current items")
    for action in (add, listing):
        action.add_argument("id", type=bounded(1, 2**63 - 1))
    health.set_defaults(handler=cmd_health)
