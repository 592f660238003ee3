"""A plain A4 document of headed parts (label/value rows, bullets, paragraphs): the privacy
notice and the owner's duty papers (breach notifications, the record of processing).

Same fonts and habits as the privacy notice: built in memory, fonts embedded as subsets, text
that copies out as text, `invariant` output (same content, same bytes). The `banner` is a
framed box at the top, used to say that a paper is a draft to complete.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, mixed_script_markup, register_fonts
from salonvault.documents.sectioned import SectionedDocument

_GREY = colors.HexColor("#555555")
_BANNER_FILL = colors.HexColor("#fff4d6")
_BANNER_LINE = colors.HexColor("#b7791f")
_WIDTH = A4[0] - 36 * mm


def sectioned_pdf(document: SectionedDocument, language: str) -> bytes:
    """The document as PDF bytes (A4)."""
    register_fonts()
    wrap = "CJK" if language == "zh_CN" else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=14, wordWrap=wrap)
    label = ParagraphStyle("label", body, fontName=BOLD_FONT)
    title = ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=18, leading=23)
    heading = ParagraphStyle(
        "heading", body, fontName=BOLD_FONT, fontSize=12, leading=16, spaceBefore=8, spaceAfter=3
    )
    note = ParagraphStyle("note", body, spaceBefore=3)
    small = ParagraphStyle("small", body, fontSize=7.5, leading=10, textColor=_GREY)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=document.title,
        author="SalonVault",
        creator="SalonVault",
        pageCompression=1,
        invariant=1,
        initialFontName=BODY_FONT,
    )
    story: list[Any] = [_para(document.title, title), Spacer(1, 3 * mm)]
    if document.banner:
        story += [_banner(document.banner, body), Spacer(1, 3 * mm)]
    if document.intro:
        story.append(_para(document.intro, body))
    for part in document.parts:
        block: list[Any] = [_para(part.heading, heading)]
        if part.rows:
            block.append(_rows(part.rows, label, body))
        if part.lead:
            block.append(_para(part.lead, body))
        if part.items:
            block.append(
                ListFlowable(
                    [ListItem(_para(item, body), leftIndent=12) for item in part.items],
                    bulletType="bullet",
                    bulletFontName=BODY_FONT,
                    bulletFontSize=8,
                    leftIndent=12,
                    start="\u2022",
                )
            )
        block += [_para(line, note) for line in part.notes]
        story.append(KeepTogether(block))
    story += [Spacer(1, 6 * mm), _para(document.footer, small)]
    template.build(story)
    return buffer.getvalue()


def _rows(rows: tuple[tuple[str, str], ...], label: Any, body: Any) -> Table:
    table = Table(
        [[_para(key, label), _para(value, body)] for key, value in rows],
        colWidths=[0.32 * _WIDTH, 0.68 * _WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),  # else Table sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _banner(lines: tuple[str, ...], body: Any) -> Table:
    style = ParagraphStyle("banner", body, fontName=BOLD_FONT)
    table = Table([[[_para(line, style) for line in lines]]], colWidths=[_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("BOX", (0, 0), (-1, -1), 1, _BANNER_LINE),
                ("BACKGROUND", (0, 0), (-1, -1), _BANNER_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _para(text: str, style: Any) -> Paragraph:
    """Text with line breaks kept (an address, a description typed on several lines)."""
    lines = text.splitlines() or [""]
    return Paragraph(
        "<br/>".join(mixed_script_markup(line, style.fontName) for line in lines), style
    )
