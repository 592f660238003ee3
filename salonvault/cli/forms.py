"""Consultation forms from the command line (decision 0038): `forms` (each form's latest version,
and with --client a client's signed forms as your role may see them, as JSON lines) and
`form-pdf ID --form F --out FILE` (the latest signed form, or the blank one with the client's
name; through the one door)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.forms import FORM_LANGUAGES, FilledForm, words


def cmd_forms(ctx: Context) -> int:
    session = ctx.session()
    vault = ctx.vault()
    language = vault.settings.language()
    if ctx.args.client is None:
        for version in vault.forms.forms(session):
            rule = vault.forms.resign_rule(session, version.form_key)
            emit(
                {
                    "form": version.form_key,
                    "version": version.version,
                    "title": words(version.definition.title, language),
                    "built_in": version.built_in,
                    "questions": len(version.definition.questions()),
                    "resign_months": rule.months,
                    "resign_on_health_change": rule.on_health_change,
                    "services": vault.forms.services_of(session, version.form_key),
                    "sha256": version.sha256,
                }
            )
        return 0
    for filled in vault.forms.filled_forms(session, ctx.args.client):
        status = vault.forms.status(session, ctx.args.client, filled.form_key)
        emit(_filled_row(filled, status.value))
    return 0


def _filled_row(filled: FilledForm, status: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": filled.id,
        "client_id": filled.client_id,
        "form": filled.form_key,
        "version": filled.version,
        "language": filled.language,
        "signed_at": filled.signed_at,
        "shown_text_sha256": filled.shown_sha256,
        "status_of_the_form": status,
        "red_flags": len(filled.red_flags),
        "red_flags_to_review": sum(f.reviewed_at is None for f in filled.red_flags),
    }
    if not filled.withheld:
        row["answers"] = filled.answers
        row["red_flag_questions"] = [f.question_key for f in filled.red_flags]
    return row


def cmd_form_pdf(ctx: Context) -> int:
    session = ctx.session()
    out = ctx.vault().forms.save_form_pdf(
        session,
        Path(ctx.args.out),
        ctx.args.form,
        ctx.args.id,
        ctx.args.language,
        ctx.args.blank,
    )
    emit({"out": str(out.resolve()), "bytes": out.stat().st_size})
    return 0


def add_form_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    forms = commands.add_parser(
        "forms",
        parents=[acting],
        help="the consultation forms; with --client, the forms a client signed",
    )
    forms.add_argument("--client", type=bounded(1, 2**63 - 1), metavar="ID")
    forms.set_defaults(handler=cmd_forms)
    pdf = commands.add_parser(
        "form-pdf",
        parents=[acting],
        help="a consultation form as PDF: the client's latest signed one, else blank",
    )
    pdf.add_argument("id", type=bounded(1, 2**63 - 1))
    pdf.add_argument("--form", required=True, metavar="F", help="the form's key (see `forms`)")
    pdf.add_argument("--out", required=True, metavar="FILE")
    pdf.add_argument("--blank", action="store_true", help="the blank form with the client's name")
    pdf.add_argument(
        "--language", choices=FORM_LANGUAGES, help="a blank form's language (the client's)"
    )
    pdf.set_defaults(handler=cmd_form_pdf)
