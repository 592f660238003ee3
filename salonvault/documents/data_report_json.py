"""The client data report as JSON (data portability, GDPR Art. 20): one UTF-8 object whose
shape is documented in docs/data-report-format.md and versioned by `format` and
`format_version`. Keys are English codes; values are exactly as stored (names, health texts,
consent texts in the language they were written in). Photos, signatures and
attachments' pages travel as base64.
"""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from salonvault.domain.data_report import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AttachmentEntry,
    ClientReport,
    ConsentEntry,
    FormEntry,
    RecordEntry,
    VisitEntry,
)
from salonvault.domain.forms import words
from salonvault.domain.formula_input import formula_to_dict
from salonvault.domain.recipients import transfers_abroad
from salonvault.domain.record_codec import plain_values, template_reference
from salonvault.domain.record_labels import field_labels_in, label_in
from salonvault.domain.retention import RetentionRules

# Why the salon keeps what it keeps: the same purposes as the privacy notice, as codes.
PROCESSING_PURPOSES = (
    "treatment_safety",  # allergies and patch tests are checked before a treatment
    "treatment_continuity",  # formulas and products kept to repeat or adjust a treatment
    "proof_of_consent",  # what the client agreed to, if they or an inspector ask
)


def report_json(report: ClientReport) -> bytes:
    """The report as indented UTF-8 JSON (non-ASCII text kept readable, not escaped)."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def report_dict(report: ClientReport) -> dict[str, Any]:
    client = report.client
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generated_at": report.generated_at.isoformat(),
        "salon": {"name": report.salon_name, "address": report.salon_address},
        "client": {
            "id": client.id,
            "family_name": client.family_name,
            "given_name": client.given_name,
            "phone": client.phone or None,
            "phones": [
                {"label": p.label.value if p.label else None, "number": p.number}
                for p in client.phones
            ],
            "email": client.email or None,
            "birth_date": _day(client.birth_date),
            "address": client.address or None,
            "language": client.language or None,
            "is_minor": client.is_minor,
            "guardian": client.guardian or None,
            "preferences": client.preferences.as_dict(),
            "tags": list(client.tags),
            "notes": client.notes,
            "archived": client.archived,
        },
        "pinned_notes": [
            {
                "text": n.note.text,
                "pinned_at": n.note.pinned_at.isoformat(),
                "pinned_by_role": n.pinned_by_role,
            }
            for n in report.pinned_notes
        ],
        "health": [
            {
                "kind": h.item.kind.value,
                "text": h.item.text,
                "severity": h.item.severity.value,
                "recorded_at": h.item.recorded_at.isoformat(),
                "recorded_by_role": h.recorded_by_role,
                "removed_at": h.removed_at.isoformat() if h.removed_at else None,
            }
            for h in report.health
        ],
        "visits": [
            {
                "id": v.visit.id,
                "date": v.visit.visited_on.isoformat(),
                "service": v.visit.service_name,
                "technician_role": v.technician_role,
                "products": v.visit.products,
                "formula": _formula(v),
                "notes": v.visit.notes,
                "price_minor": v.visit.price_minor,
                "currency": v.visit.currency or None,
                "payment_method": v.visit.payment_method.value if v.visit.payment_method else None,
                "recorded_at": v.visit.created_at.isoformat(),
                "corrects_visit_id": v.visit.corrects_visit_id,
            }
            for v in report.visits
        ],
        "patch_tests": [
            {
                "date": p.test.tested_on.isoformat(),
                "product": p.test.product,
                "batch": p.test.batch,
                "result": p.test.result.value,
                "valid_until": p.test.valid_until.isoformat(),
                "done_by_role": p.done_by_role,
            }
            for p in report.patch_tests
        ],
        "service_records": [_record(r, report.language) for r in report.records],
        "earlier_versions": [
            {
                "kind": v.kind.value,
                "record_id": v.record_id,
                "version": v.number,
                "change": v.change.value,
                "changed_at": v.changed_at.isoformat(),
                "changed_by_role": v.changed_by_role.value,
                "values": v.values,
            }
            for v in report.earlier_versions
        ],
        "photos": [
            {
                "id": p.info.id,
                "kind": p.info.kind.value,
                "taken_on": p.info.taken_on.isoformat(),
                "visit_id": p.info.visit_id,
                "width": p.info.width,
                "height": p.info.height,
                "added_at": p.info.added_at.isoformat(),
                "on_card": p.on_card,
                "media_type": "image/jpeg",
                "data_base64": base64.b64encode(p.jpeg).decode("ascii"),
            }
            for p in report.photos
        ],
        "attachments": [_attachment(a) for a in report.attachments],
        "consultation_forms": [_form(f) for f in report.forms],
        "consents": [_consent(c) for c in report.consents],
        "access_log": [
            {
                "at": a.at.isoformat(),
                "role": a.role,
                "action": a.action,
                "outcome": a.outcome.value,
                "detail": a.detail,
            }
            for a in report.access_log
        ],
        "processing": {
            "purposes": list(PROCESSING_PURPOSES),
            "consent_purposes_asked": [p.value for p in report.consent_purposes_asked],
            "optional_fields_collected": list(report.collected_fields),
            "retention_years": _retention(report.retention),
            "recipients": [
                {"name": r.name, "purpose": r.purpose, "country": r.country}
                for r in report.recipients
            ],
            "transfers_abroad": [
                {"name": r.name, "country": r.country, "safeguard": r.safeguard}
                for r in transfers_abroad(report.recipients, report.phone_region)
            ],
            "automated_decisions": False,
            "source": "the client, at the salon",
            "storage": "encrypted vault on the salon's own computer",
        },
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _formula(entry: VisitEntry) -> dict[str, Any] | None:
    formula = entry.visit.formula
    if formula.empty:
        return None
    return {**formula_to_dict(formula), "text": formula.one_line()}


def _record(entry: RecordEntry, language: str) -> dict[str, Any]:
    definition = entry.template.definition
    return {
        "id": entry.id,
        "template": template_reference(entry.template),
        # The form's words in the report's language (values keep their keys).
        "labels": {
            "language": language,
            "template": label_in(definition.name, language),
            "fields": field_labels_in(definition.fields, language),
        },
        "visit_id": entry.visit_id,
        "date": entry.recorded_on.isoformat(),
        "values": plain_values(entry.values),
        "recorded_by_role": entry.recorded_by_role,
        "recorded_at": entry.recorded_at.isoformat(),
        "changed_at": entry.updated_at.isoformat()
        if entry.updated_at != entry.recorded_at
        else None,
        "corrects_record_id": entry.corrects_record_id,
        "earlier_versions": [
            {
                "revision": kept.revision,
                "template": template_reference(kept.template),
                "date": kept.recorded_on.isoformat(),
                "values": plain_values(kept.values),
                "replaced_at": kept.replaced_at.isoformat(),
                "replaced_by_role": kept.replaced_by_role,
            }
            for kept in entry.earlier_versions
        ],
    }


def _consent(entry: ConsentEntry) -> dict[str, Any]:
    record = entry.record
    withdrawal = record.withdrawal
    return {
        "purpose": record.purpose.value,
        "decision": record.decision.value,
        "active": record.active,
        "recorded_at": record.recorded_at.isoformat(),
        "method": record.method.value,
        "paper_reference": record.paper_reference or None,
        "witness_role": entry.witness_role,
        "language": record.language,
        "text_version": record.template_version,
        "text_sha256": record.text_sha256,
        "text_shown": record.text_shown,
        "signature_png_base64": base64.b64encode(entry.signature_png).decode("ascii")
        if entry.signature_png
        else None,
        "withdrawal": {
            "at": withdrawal.at.isoformat(),
            "reason": withdrawal.reason or None,
            "by_role": entry.withdrawn_by_role,
        }
        if withdrawal
        else None,
    }


def _retention(rules: RetentionRules) -> dict[str, int | None]:
    return {
        "whole_record_after_last_visit": rules.inactive_client_years,
        "health_after_last_treatment": rules.health_years,
        "photos_after_taken": rules.photo_years,
    }


def _form(entry: FormEntry) -> dict[str, Any]:
    """A signed consultation form: each question in the words shown, the answer, red flags
    with their reviews, and the signature image."""
    filled = entry.filled
    return {
        "id": filled.id,
        "form": filled.form_key,
        "version": filled.version,
        "language": filled.language,
        "shown_text_sha256": filled.shown_sha256,
        "signed_at": filled.signed_at.isoformat(),
        "staff_role": entry.witness_role,
        "answers": [
            {
                "question": q.key,
                "text": words(q.text, filled.language),
                "answer": filled.answers.get(q.key),
            }
            for q in entry.definition.questions()
        ],
        "red_flags": [
            {
                "question": f.question_key,
                "answer": f.answer,
                "stops_the_service_until_reviewed": f.blocks,
                "reviewed_at": f.reviewed_at.isoformat() if f.reviewed_at else None,
                "reviewed_by_role": entry.reviewer_roles.get(f.id),
                "review_note": f.review_note or None,
            }
            for f in filled.red_flags
        ],
        "signature": {
            "media_type": "image/png",
            "data_base64": base64.b64encode(entry.signature_png).decode("ascii"),
        },
    }


def _attachment(entry: AttachmentEntry) -> dict[str, Any]:
    """A scanned paper with its pages in full: the client's copy (Art. 15(3), Art. 20)."""
    info = entry.info
    return {
        "id": info.id,
        "kind": info.kind.value,
        "dated_on": info.dated_on.isoformat(),
        "note": info.note,
        "consent_record_id": info.consent_record_id,
        "received_as": info.source_format.value,
        "added_at": info.added_at.isoformat(),
        "added_by_role": entry.added_by_role,
        "pages": [
            {
                "page": page.number,
                "width": page.width,
                "height": page.height,
                "sha256": page.sha256,
                "media_type": "image/jpeg",
                "data_base64": base64.b64encode(page.jpeg).decode("ascii"),
            }
            for page in entry.pages
        ],
    }
