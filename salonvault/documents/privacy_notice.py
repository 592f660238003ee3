"""The privacy notice as PDF: for the wall and to hand to the client (issue 5, item 2).

Built in memory like the consent form, with the same embedded, subset fonts (fonts.py), so
every language prints and copies out as text; `invariant` output: same notice, same bytes.
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
)

from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, mixed_script_markup, register_fonts
from salonvault.documents.privacy_notice_text import Notice

_GREY = colors.HexColor("#555555")


def privacy_notice_pdf(notice: Notice, language: str) -> bytes:
    """The notice as PDF bytes (A4)."""
    register_fonts()
    wrap = "CJK" if language == "zh_CN" else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=14, wordWrap=wrap)
    title = ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=20, leading=24)
    heading = ParagraphStyle(
        "heading", body, fontName=BOLD_FONT, fontSize=12, leading=16, spaceBefore=8, spaceAfter=2
    )
    note = ParagraphStyle("note", body, spaceBefore=3)
    small = ParagraphStyle("small", body, fontSize=7.5, leading=10, textColor=_GREY)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=notice.title,
        author="SalonVault",
        creator="SalonVault",
        pageCompression=1,
        invariant=1,
        initialFontName=BODY_FONT,
    )
    story: list[Any] = [_para(notice.title, title), Spacer(1, 3 * mm), _para(notice.intro, body)]
    for section in notice.sections:
        block: list[Any] = [_para(section.heading, heading)]
        if section.lead:
            block.append(_para(section.lead, body))
        if section.items:
            block.append(
                ListFlowable(
                    [ListItem(_para(item, body), leftIndent=12) for item in section.items],
                    bulletType="bullet",
                    bulletFontName=BODY_FONT,
                    bulletFontSize=8,
                    leftIndent=12,
                    start="\u2022",
                )
            )
        block += [_para(line, note) for line in section.notes]
        story.append(KeepTogether(block))
    story += [Spacer(1, 6 * mm), _para(notice.footer, small)]
    document.build(story)
    return buffer.getvalue()


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)
