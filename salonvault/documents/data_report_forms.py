"""The data report's section on signed consultation forms (decision 0038): each form's title,
version, day, language and text hash, every question with its answer, and the red flags'
reviews, in the report's language (the questions in the words the client was shown)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph

from salonvault.documents.consultation_form_text import CONSULTATION_WORDS
from salonvault.documents.fonts import BOLD_FONT, mixed_script_markup
from salonvault.documents.formats import paper_date
from salonvault.domain.data_report import ClientReport, FormEntry
from salonvault.domain.forms import answer_words, words


def forms_section(
    report: ClientReport, nothing: str, roles: dict[str, str], s: dict[str, Any]
) -> list[Any]:
    w = CONSULTATION_WORDS[report.language]
    blocks: list[Any] = [_para(w.heading, s["heading"])]
    if not report.forms:
        return [*blocks, _para(nothing, s["body"])]
    for entry in report.forms:
        blocks.append(_form_block(report.language, entry, roles, s))
    return blocks


def _form_block(
    language: str, entry: FormEntry, roles: dict[str, str], s: dict[str, Any]
) -> KeepTogether:
    w = CONSULTATION_WORDS[language]
    filled = entry.filled
    shown = filled.language
    line = w.report_line.format(
        title=words(entry.definition.title, language),
        version=filled.version,
        date=paper_date(filled.signed_on, language),
        language=w.languages.get(shown, shown),
        role=roles.get(entry.witness_role or "", roles.get("", "")),
    )
    bold = ParagraphStyle("form_title", s["item"], fontName=BOLD_FONT)
    parts = [_para(line, bold), _para(w.report_hash.format(sha256=filled.shown_sha256), s["small"])]
    flags = {f.question_key: f for f in filled.red_flags}
    for q in entry.definition.questions():
        answer = filled.answers.get(q.key, "")
        text = f"{words(q.text, shown)} — {answer_words(q, answer, shown) if answer else '—'}"
        flag = flags.get(q.key)
        if flag is not None:
            review = (
                w.reviewed.format(
                    role=roles.get(entry.reviewer_roles.get(flag.id) or "", ""),
                    date=paper_date(flag.reviewed_at.date(), language),
                )
                if flag.reviewed_at is not None
                else w.not_reviewed
            )
            text += f" {w.red_flag} ({review})"
        parts.append(_para(text, s["small"]))
    return KeepTogether(parts)


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)
