"""The spectacle prescription for the client, an A4 PDF built in memory (decision 0029).

Laid out the way an optician's prescription reads: right eye above left, sphere, cylinder,
axis, addition, prism with its base, visual acuity and PD; powers signed with two decimals,
in the salon's cylinder notation (the service transposed them), acuity in the salon's notation.
Same embedded fonts as every document (all four scripts), `invariant` output.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, mixed_script_markup, register_fonts
from salonvault.documents.formats import paper_date
from salonvault.documents.prescription_text import PRESCRIPTION_TEXTS, PrescriptionText
from salonvault.domain.prescription import EyeRx, PrescriptionPaper, dioptres

_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#999999")
_SHADE = colors.HexColor("#eeeeee")


def prescription_pdf(paper: PrescriptionPaper) -> bytes:
    words = PRESCRIPTION_TEXTS[paper.language]
    rx = paper.prescription
    s = _styles(cjk=paper.language == "zh_CN")
    story: list[Any] = []
    if paper.salon_name:
        story.append(_para(paper.salon_name, s["salon"]))
    if paper.salon_address:
        story.append(_para(paper.salon_address, s["meta"]))
    story += [Spacer(1, 4 * mm), _para(words.title, s["title"]), Spacer(1, 3 * mm)]
    facts = [(words.client, paper.client_name)]
    if paper.client_birth_date is not None:
        facts.append((words.birth_date, paper_date(paper.client_birth_date, paper.language)))
    facts.append((words.examined_on, paper_date(rx.examined_on, paper.language)))
    if rx.valid_until is not None:
        facts.append((words.valid_until, paper_date(rx.valid_until, paper.language)))
    facts.append((words.examiner, rx.examiner))
    story.append(_facts(facts, s))
    story.append(Spacer(1, 5 * mm))
    story.append(_eyes(paper, words, s))
    if rx.pd_binocular is not None:
        story += [
            Spacer(1, 2 * mm),
            _para(f"{words.pd_binocular}: {_plain(rx.pd_binocular)} mm", s["body"]),
        ]
    story += [Spacer(1, 2 * mm), _para(words.notation[rx.notation.value], s["meta"])]
    if rx.notes:
        story += [
            Spacer(1, 4 * mm),
            _para(words.notes, s["label"]),
            _para(rx.notes, s["body"]),
        ]
    story += [
        Spacer(1, 6 * mm),
        _para(words.not_for_contact_lenses, s["meta"]),
        Spacer(1, 14 * mm),
        _para("_" * 40, s["body"]),
        _para(f"{words.signature} · {rx.examiner}", s["meta"]),
        Spacer(1, 4 * mm),
        _para(f"{words.printed_on}: {paper_date(paper.printed_on, paper.language)}", s["meta"]),
    ]
    return _build(story, f"{words.title} · {paper.client_name}", paper, words, s)


def _eyes(paper: PrescriptionPaper, words: PrescriptionText, s: dict[str, Any]) -> Table:
    rx = paper.prescription
    header = [_para(c, s["head"]) for c in words.columns]
    rows: list[list[Any]] = [header]
    for label, eye in ((words.right_eye, rx.right), (words.left_eye, rx.left)):
        cells = [
            label,
            dioptres(eye.sphere),
            dioptres(eye.cylinder) if eye.cylinder else "",
            f"{eye.axis}°" if eye.axis is not None and eye.cylinder else "",
            dioptres(eye.add),
            _prism(eye, words),
            rx.acuity(eye),
            f"{_plain(eye.pd)} mm" if eye.pd is not None else "",
        ]
        rows.append([_para(c, s["cell"]) for c in cells])
    # The frame's width (174 mm less its padding): "Mắt phải (OD)", "1.00 Δ baza skroniowa" and
    # "31.5 mm" each stay on one line in every language (docs/screenshots/prescription-pdf-*).
    widths = [29 * mm, 16 * mm, 17 * mm, 12 * mm, 17.5 * mm, 39.5 * mm, 18 * mm, 20 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _prism(eye: EyeRx, words: PrescriptionText) -> str:
    parts = []
    for amount, base in (
        (eye.prism_horizontal, eye.base_horizontal),
        (eye.prism_vertical, eye.base_vertical),
    ):
        if amount is not None and base:
            parts.append(f"{amount:.2f} Δ {words.bases.get(base, base)}")
    return "\n".join(parts)


def _facts(facts: list[tuple[str, str]], s: dict[str, Any]) -> Table:
    table = Table(
        [[_para(label, s["label"]), _para(value, s["body"])] for label, value in facts],
        colWidths=[40 * mm, 120 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _build(
    story: list[Any],
    title: str,
    paper: PrescriptionPaper,
    words: PrescriptionText,
    s: dict[str, Any],
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=paper.salon_name or "SalonVault",
        creator="SalonVault",
        pageCompression=1,
        invariant=1,
        initialFontName=BODY_FONT,
    )

    def footer(canvas: Any, doc: Any) -> None:
        line = words.footer.format(salon=paper.salon_name, page=doc.page)
        paragraph = Paragraph(mixed_script_markup(line), s["footer"])
        canvas.saveState()
        paragraph.wrapOn(canvas, doc.width, 10 * mm)
        paragraph.drawOn(canvas, doc.leftMargin, 9 * mm)
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _styles(*, cjk: bool) -> dict[str, Any]:
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=14, wordWrap=wrap)
    cell = ParagraphStyle("cell", body, fontSize=9.5, leading=12.5, alignment=1)
    return {
        "body": body,
        "salon": ParagraphStyle("salon", body, fontName=BOLD_FONT, fontSize=13, leading=16),
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=18, leading=22),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT),
        "head": ParagraphStyle("head", cell, fontName=BOLD_FONT, fontSize=8.5, leading=11),
        "cell": cell,
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=11, textColor=_GREY),
        "footer": ParagraphStyle(
            "footer", body, fontSize=7, leading=9, textColor=_GREY, alignment=1
        ),
    }


def _para(text: str, style: Any) -> Paragraph:
    lines = text.splitlines() or [""]
    return Paragraph(
        "<br/>".join(mixed_script_markup(line, style.fontName) for line in lines), style
    )
