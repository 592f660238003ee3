"""A consultation form as PDF: blank (to fill by hand) or as the client filled and signed it,
in the language it was shown in, with the form's version and the hash of its text on every page.

Built in memory (bytes), never through a temp file; fonts embedded (fonts.py), `invariant`
output: the same data gives the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from salonvault.documents.consent_form import _Box, format_moment
from salonvault.documents.consultation_form_text import CONSULTATION_WORDS, ConsultationWords
from salonvault.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    MONO_FONT,
    mixed_script_markup,
    register_fonts,
)
from salonvault.domain.forms import (
    NO,
    YES,
    AnswerKind,
    FormDefinition,
    Question,
    shown_sha256,
    words,
    yes_no_words,
)

_MARGIN = 18 * mm
_GREY = colors.HexColor("#555555")
_SIGNATURE_BOX = (80 * mm, 30 * mm)
_FOOTER_LINE = 9.0


@dataclass(frozen=True, slots=True)
class ConsultationPaper:
    form_key: str
    version: int
    definition: FormDefinition
    language: str
    salon_name: str
    salon_address: str
    client_name: str = ""  # empty: a blank form with a line for the name
    answers: dict[str, str] | None = None  # None: blank
    red_flags: frozenset[str] = frozenset()  # question keys whose answer is a red flag
    signature_png: bytes | None = None
    witness: str = ""
    signed_at: datetime | None = None


def consultation_form_pdf(paper: ConsultationPaper) -> bytes:
    words_ = CONSULTATION_WORDS[paper.language]
    register_fonts()
    styles = _styles(cjk=paper.language == "zh_CN")
    buffer = io.BytesIO()
    title = words(paper.definition.title, paper.language)
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=15 * mm,
        bottomMargin=14 * mm + 2 * _FOOTER_LINE,
        title=f"{title} · {paper.salon_name}",
        author="SalonVault",
        creator="SalonVault",
        pageCompression=1,
        invariant=1,
        initialFontName=BODY_FONT,
    )
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    digest = shown_sha256(paper.definition, paper.language)

    def footer(canvas: Any, doc: Any) -> None:
        _draw_footer(canvas, doc, words_, styles, paper, digest)

    document.addPageTemplates([PageTemplate("form", frames=[frame], onPage=footer)])
    story: list[Any] = [*_header(words_, styles, paper, title)]
    for section in paper.definition.sections:
        story.append(_para(words(section.title, paper.language), styles["heading"]))
        story += [_question(styles, paper, q, document.width) for q in section.questions]
    story.append(_signature_block(words_, styles, paper, document.width))
    document.build(story)
    return buffer.getvalue()


def _styles(*, cjk: bool) -> dict[str, Any]:
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=13.5, wordWrap=wrap)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", body, fontName=BOLD_FONT),
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=18, leading=22),
        "heading": ParagraphStyle(
            "heading", body, fontName=BOLD_FONT, fontSize=12, leading=16, spaceBefore=8,
            spaceAfter=3,
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT, textColor=_GREY),
        "small": ParagraphStyle("small", body, fontSize=7.5, leading=_FOOTER_LINE, textColor=_GREY),
        "mono": ParagraphStyle(
            "mono", fontName=MONO_FONT, fontSize=6.5, leading=_FOOTER_LINE, textColor=_GREY
        ),
    }  # fmt: skip


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)


def _table(rows: list[list[Any]], widths: list[Any], *commands: tuple[Any, ...]) -> Table:
    style = [("FONT", (0, 0), (-1, -1), BODY_FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=[*style, *commands])


def _header(
    w: ConsultationWords, styles: dict[str, Any], paper: ConsultationPaper, title: str
) -> list[Any]:
    label, body = styles["label"], styles["body"]
    salon = [_para(paper.salon_name, body)]
    salon += [_para(line, body) for line in paper.salon_address.splitlines() if line.strip()]
    client = _para(paper.client_name or w.blank_client, styles["bold"])
    table = _table(
        [[_para(w.salon_label, label), salon], [_para(w.client_label, label), client]],
        [30 * mm, None],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    )
    intro = _para(words(paper.definition.intro, paper.language), styles["small"])
    return [_para(title, styles["title"]), Spacer(1, 2 * mm), table, Spacer(1, 1 * mm), intro]


def _question(
    styles: dict[str, Any], paper: ConsultationPaper, q: Question, width: float
) -> KeepTogether:
    answer = None if paper.answers is None else paper.answers.get(q.key, "")
    flagged = q.key in paper.red_flags
    markup = mixed_script_markup(words(q.text, paper.language), BODY_FONT)
    if flagged:  # the red-flag mark in bold after the question
        markup += " " + mixed_script_markup(CONSULTATION_WORDS[paper.language].red_flag, BOLD_FONT)
    parts: list[Any] = [Paragraph(markup, styles["body"])]
    parts.append(_answer(styles, paper.language, q, answer, width))
    return KeepTogether([*parts, Spacer(1, 2.5 * mm)])


def _answer(
    styles: dict[str, Any], language: str, q: Question, answer: str | None, width: float
) -> Any:
    """Boxes for yes/no and choices (ticked when answered); a line, or the answer, else."""
    if q.kind in (AnswerKind.YES_NO, AnswerKind.CHOICE):
        if q.kind is AnswerKind.YES_NO:
            yes, no = yes_no_words(language)
            options = [(YES, yes), (NO, no)]
        else:
            options = [(c.key, words(c.label, language)) for c in q.choices]
        cells: list[Any] = []
        widths: list[Any] = []
        for key, label in options:
            chosen = answer == key
            cells += [_Box(chosen), _para(label, styles["bold"] if chosen else styles["body"])]
            widths += [6 * mm, min(45 * mm, (width - 6 * mm * len(options)) / len(options))]
        return _table([cells], widths, ("LEFTPADDING", (0, 0), (0, 0), 0))
    if answer:
        return _para(answer, styles["bold"])
    return _table(
        [[""]],
        [width * 0.7],
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, _GREY),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    )


def _signature_block(
    w: ConsultationWords, styles: dict[str, Any], paper: ConsultationPaper, width: float
) -> Any:
    label, body = styles["label"], styles["body"]
    box_width, box_height = _SIGNATURE_BOX
    signature: Any = _para(w.sign_here, styles["small"])
    if paper.signature_png is not None:
        picture = Image(io.BytesIO(paper.signature_png))
        scale = min(box_width / picture.imageWidth, box_height / picture.imageHeight)
        signature = Image(
            io.BytesIO(paper.signature_png),
            width=picture.imageWidth * scale,
            height=picture.imageHeight * scale,
        )
    box = Table(
        [[signature]],
        colWidths=[box_width],
        rowHeights=[box_height + 4 * mm],
        hAlign="LEFT",
        style=[
            ("FONT", (0, 0), (-1, -1), BODY_FONT),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ],
    )
    when = format_moment(paper.signed_at, paper.language) if paper.signed_at else ""
    table = _table(
        [
            [_para(w.signature_label, label), box],
            [_para(w.witness_label, label), _para(paper.witness, body)],
            [_para(w.date_label, label), _para(when, body)],
        ],
        [50 * mm, width - 50 * mm],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (1, 1), (1, 2), 0.5, _GREY),
    )
    return KeepTogether([Spacer(1, 5 * mm), table])


def _draw_footer(
    canvas: Any,
    doc: Any,
    w: ConsultationWords,
    styles: dict[str, Any],
    paper: ConsultationPaper,
    digest: str,
) -> None:
    canvas.saveState()
    top = doc.bottomMargin - 5 * mm
    canvas.setStrokeColor(_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(doc.leftMargin, top, doc.leftMargin + doc.width, top)
    y = top - _FOOTER_LINE - 1
    line = w.footer.format(form=paper.form_key, version=paper.version, sha256=digest)
    for text, style in (
        (line, styles["mono"]),
        (w.page.format(number=doc.page), ParagraphStyle("page", styles["small"], alignment=2)),
    ):
        paragraph = Paragraph(mixed_script_markup(text, style.fontName), style)
        paragraph.wrapOn(canvas, doc.width, _FOOTER_LINE)
        paragraph.drawOn(canvas, doc.leftMargin, y)
        y -= _FOOTER_LINE
    canvas.restoreState()
