"""Client records: `add-client`, `search`, `show`; consent forms: `consent-purposes` and
`consent-pdf`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.clients import (
    CLIENT_JSON_FIELDS,
    OPTIONAL_FIELDS,
    RECORD_FIELDS,
    ClientInput,
    ClientPhone,
    PhoneLabel,
    Preferences,
)
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import ValidationError
from salonvault.services.clients.fields import parse_birth_date


def _client_input(text: str) -> ClientInput:
    """The client JSON of DESIGN.md §7; unknown fields and wrong types are errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError("cli.standard_input_json", msg=error.msg) from None
    except RecursionError:
        raise ValidationError("cli.standard_input_client_nested_too") from None
    if not isinstance(data, dict):
        raise ValidationError("cli.send_one_json_object_client")
    unknown = set(data) - CLIENT_JSON_FIELDS
    if unknown:
        # A name with control or bidi characters is shown escaped: the message stays one line.
        shown = (n if n.isprintable() else json.dumps(n) for n in sorted(unknown))
        raise ValidationError("cli.unknown_fields", names=", ".join(shown))
    strings = {k: v for k, v in data.items() if k not in ("allergies", "phones", "is_minor")}
    for key, value in strings.items():
        if not isinstance(value, str):
            raise ValidationError("cli.field_must_be_text", key, name=key)
    is_minor = data.get("is_minor", False)
    if not isinstance(is_minor, bool):
        raise ValidationError("cli.cli_minor_must_true_false", field="is_minor")
    allergies = data.get("allergies", [])
    if not isinstance(allergies, list) or not all(isinstance(a, str) for a in allergies):
        raise ValidationError("cli.allergies_must_list_texts", field="allergies")
    return ClientInput(
        family_name=strings.get("family_name", ""),
        given_name=strings.get("given_name", ""),
        phone=strings.get("phone", ""),
        phones=_phones(data["phones"]) if "phones" in data else None,
        email=strings.get("email", ""),
        birth_date=parse_birth_date(strings.get("birth_date", "")),
        address=strings.get("address", ""),
        language=strings.get("language", ""),
        notes=strings.get("notes", ""),
        allergies=tuple(allergies),
        # The window's rules, in the services: a minor has a guardian where guardians are
        # collected, an adult has none, and a birth date decides which one the client is.
        is_minor=is_minor,
        guardian=strings.get("guardian", ""),
    )


def _phones(value: Any) -> tuple[ClientPhone, ...]:
    """`phones`: a list of {"number": text, "label": mobile|home|work|other (optional)}."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValidationError("cli.phones_must_list_label_number", field="phones")
    phones = []
    for item in value:
        unknown = set(item) - {"label", "number"}
        number, label = item.get("number", ""), item.get("label")
        if unknown or not isinstance(number, str) or not isinstance(label, str | None):
            raise ValidationError("cli.each_phone_label_number_both", field="phones")
        if label is not None and label not in {kind.value for kind in PhoneLabel}:
            labels = ", ".join(kind.value for kind in PhoneLabel)
            raise ValidationError("cli.phone_s_label_one", field="phones", labels=labels)
        phones.append(ClientPhone(number, PhoneLabel(label) if label else None))
    return tuple(phones)


def cmd_add_client(ctx: Context) -> int:
    session = ctx.session()
    data = _client_input(ctx.inputs.rest())
    view = ctx.vault().clients.create(session, data, allow_duplicate=ctx.args.allow_duplicate)
    emit({"id": view.id})
    return 0


def cmd_fields(ctx: Context) -> int:
    """Which optional client details the salon collects (Settings → Client details): `list`
    prints them (anyone signed in: the client form shows the same), `set FIELD…` collects
    exactly those (owner; logged)."""
    vault = ctx.vault()
    session = ctx.session()
    if ctx.args.fields_command == "set":
        vault.clients.set_collected_fields(session, set(ctx.args.field))
    emit(
        {
            "collected": sorted(vault.clients.collected_fields()),
            "optional": list(OPTIONAL_FIELDS),
        }
    )
    return 0


def add_fields_command(commands: Any, acting: argparse.ArgumentParser) -> None:
    fields = commands.add_parser("fields", help="the optional client details the salon collects")
    actions = fields.add_subparsers(dest="fields_command", required=True)
    actions.add_parser("list", parents=[acting], help="what is collected now")
    chosen = actions.add_parser("set", parents=[acting], help="collect exactly these")
    chosen.add_argument("field", nargs="*", choices=list(OPTIONAL_FIELDS), metavar="FIELD")
    fields.set_defaults(handler=cmd_fields)


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
                "phone_last_digits": found.phone_last_digits,
                "birth_year": found.birth_year,
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
        if name == "phone" and view.phones:
            shown["phones"] = [
                {"label": p.label.value if p.label else None, "number": p.number}
                for p in view.phones
            ]
    staff = ctx.vault().staff.names(session) if view.pinned_notes else {}
    shown["pinned_notes"] = [
        {"text": n.text, "pinned_at": n.pinned_at.isoformat(), "pinned_by": staff.get(n.author_id)}
        for n in view.pinned_notes
    ]
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
    # The core decides where it may land (never in the data folder): the one door out.
    out = ctx.vault().consent.save_form_for(
        session, ctx.args.id, ctx.args.purpose, Path(ctx.args.out)
    )
    emit({"out": str(out.resolve()), "bytes": out.stat().st_size})
    return 0


def add_consent_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    purposes = commands.add_parser("consent-purposes", help="the consent purpose ids")
    purposes.set_defaults(handler=cmd_consent_purposes)
    consent_pdf = commands.add_parser(
        "consent-pdf", parents=[acting], help="a client's consent form for one purpose (PDF)"
    )
    consent_pdf.add_argument("id", type=bounded(1, 2**63 - 1))
    consent_pdf.add_argument("--purpose", required=True, choices=[p.value for p in Purpose])
    consent_pdf.add_argument("--out", required=True, metavar="FILE")
    consent_pdf.set_defaults(handler=cmd_consent_pdf)
