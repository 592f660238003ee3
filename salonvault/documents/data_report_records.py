"""The client data report's section on service records (decision 0029), beside data_report.py:
every record as its form laid it out, with its earlier versions. A built-in's name, labels,
choices and zones are in the report's language (the window's words, domain/record_labels.py), an
owner's as typed; the JSON copy carries the stable field keys."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from salonvault.documents.consent_form import format_moment
from salonvault.documents.data_report_records_text import RECORD_WORDS, RecordWords
from salonvault.documents.data_report_text import ReportText
from salonvault.documents.fonts import BODY_FONT, mixed_script_markup
from salonvault.documents.formats import paper_date
from salonvault.domain.data_report import ClientReport, RecordEntry
from salonvault.domain.record_codec import format_value
from salonvault.domain.record_labels import choice_in, label_in, yes_no_in
from salonvault.domain.records import GROUP_KINDS, FieldKind, FieldSpec, RecordValues, ScalarValue


def records_section(
    report: ClientReport, text: ReportText, s: dict[str, Any], width: float, grid: TableStyle
) -> list[Any]:
    """The service records (decision 0029): each with its form's name and version, who
    recorded it, one row per value, then the earlier versions an edit kept."""
    language = report.language
    words = RECORD_WORDS[language]
    story: list[Any] = [_para(words.heading, s["heading"]), _para(words.note, s["small"])]
    if not report.records:
        return [*story, _para(text.nothing, s["body"])]
    for entry in report.records:
        definition = entry.template.definition
        lines = [
            Paragraph(
                f"<b>{_esc(label_in(definition.name, language))}"
                f" · {paper_date(entry.recorded_on, language)}</b>",
                s["body"],
            ),
            _para(_record_meta(entry, text, words, language), s["meta"]),
            _values_table(definition.fields, entry.values, words, s, width, grid, language),
        ]
        story.append(KeepTogether([Spacer(1, 2 * mm), *lines]))
        for kept in entry.earlier_versions:
            line = words.earlier.format(
                revision=kept.revision,
                date=format_moment(kept.replaced_at, language),
                role=_role(text, kept.replaced_by_role),
            )
            fields = kept.template.definition.fields
            story.append(
                KeepTogether(
                    [
                        Spacer(1, 1 * mm),
                        _para(f"{line} · {paper_date(kept.recorded_on, language)}", s["meta"]),
                        _values_table(fields, kept.values, words, s, width, grid, language),
                    ]
                )
            )
    return story


def _record_meta(entry: RecordEntry, text: ReportText, words: RecordWords, language: str) -> str:
    parts = [
        words.recorded.format(
            date=format_moment(entry.recorded_at, language),
            role=_role(text, entry.recorded_by_role),
        ),
        words.form.format(
            name=label_in(entry.template.definition.name, language),
            version=entry.template.version,
        ),
    ]
    if entry.corrects_record_id is not None:
        parts.append(words.corrects.format(id=entry.corrects_record_id))
    return " · ".join(parts)


def _values_table(
    fields: tuple[FieldSpec, ...],
    values: RecordValues,
    words: RecordWords,
    s: dict[str, Any],
    width: float,
    grid: TableStyle,
    language: str,
) -> Table:
    """One row per value, as the form lays them out; a group one row per eye or zone."""
    rows: list[tuple[str, str]] = []
    for spec in fields:
        value = values.get(spec.key)
        if value is None:
            continue
        if spec.kind in GROUP_KINDS and isinstance(value, Mapping):
            for row in spec.rows:
                cells = value.get(row)
                if not cells:
                    continue
                shown = [
                    f"{label_in(part.label, language)}"
                    f" {_record_value(part, cells[part.key], language)}"
                    for part in spec.parts
                    if part.key in cells
                ]
                where = (
                    words.eyes.get(row, row)
                    if spec.kind is FieldKind.PER_EYE
                    else choice_in(row, language)
                )
                rows.append((f"{label_in(spec.label, language)} · {where}", " · ".join(shown)))
        elif not isinstance(value, Mapping):
            rows.append((label_in(spec.label, language), _record_value(spec, value, language)))
    lines = [[_para(label, s["label"]), _para(value, s["cell"])] for label, value in rows]
    table = Table(lines or [["", ""]], colWidths=[55 * mm, width - 55 * mm], hAlign="LEFT")
    table.setStyle(grid)
    return table


def _record_value(spec: FieldSpec, value: ScalarValue, language: str) -> str:
    """A value as the form shows it; a date as the paper's language writes dates; a choice in
    the paper's language (a built-in's translated, the owner's key with spaces)."""
    if isinstance(value, bool):
        return yes_no_in(value, language)
    if isinstance(value, date):
        return paper_date(value, language)
    if isinstance(value, tuple):
        return ", ".join(choice_in(key, language) for key in value)
    if spec.kind is FieldKind.CHOICE and isinstance(value, str):
        return choice_in(value, language)
    return format_value(spec, value)


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)


def _esc(text: str) -> str:
    return mixed_script_markup(text, BODY_FONT)


def _role(text: ReportText, role: str | None) -> str:
    return text.roles.get(role or "", text.roles[""])
