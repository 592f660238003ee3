"""The consent form: what the client was shown, what they decided, and their signature.

Built in memory (bytes), never through a temp file. The same function makes the signed form
kept in the vault at signing time and the blank form printed to sign on paper (no decision, an
empty signature box). Fonts are embedded and subset (fonts.py), so Vietnamese, Polish and
Chinese print and copy out as text. `invariant` output: the same data gives the same bytes.
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
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from salonvault.documents.consent_form_text import FORM_TEXTS, FormText
from salonvault.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    MONO_FONT,
    mixed_script_markup,
    register_fonts,
)
from salonvault.documents.formats import paper_moment_with_offset
from salonvault.domain.consent import Decision, Purpose

_MARGIN = 18 * mm
_GREY = colors.HexColor("#555555")
_SIGNATURE_BOX = (80 * mm, 30 * mm)
_FOOTER_LINE = 9.0  # points per footer line (one per purpose)


@dataclass(frozen=True, slots=True)
class FormItem:
    """One purpose on the form: the exact text shown and, once signed, the decision."""

    purpose: Purpose
    text: str
    version: int
    sha256: str
    decision: Decision | None = None


@dataclass(frozen=True, slots=True)
class FormData:
    salon_name: str
    salon_address: str
    client_name: str
    language: str
    items: tuple[FormItem, ...]
    signature_png: bytes | None = None
    paper_reference: str = ""
    witness: str = ""
    signed_at: datetime | None = None  # None: a blank form, to be signed on paper
    # A minor's form: the age under which a parent or guardian signs (18, or 14 for a salon in
    # China; domain.consent.guardian_signs). Their name is written by hand: the card's guardian
    # field is a contact detail (often with a phone number) that technicians may not read.
    guardian_age: int | None = None


def consent_form_pdf(data: FormData) -> bytes:
    """The form as PDF bytes (A4) in the client's language."""
    if data.language not in FORM_TEXTS:
        raise ValueError(f"No consent form wording for language {data.language!r}.")
    if not data.items:
        raise ValueError("A consent form needs at least one purpose.")
    register_fonts()
    text = FORM_TEXTS[data.language]
    styles = _styles(cjk=data.language == "zh_CN")
    bottom = 14 * mm + _FOOTER_LINE * (len(data.items) + 1)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=15 * mm,
        bottomMargin=bottom,
        title=f"{text.title} · {data.salon_name}",
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

    def footer(canvas: Any, doc: Any) -> None:
        _draw_footer(canvas, doc, text, styles, data)

    document.addPageTemplates([PageTemplate("form", frames=[frame], onPage=footer)])
    story: list[Any] = [*_header(text, styles, data)]
    for item in data.items:
        story.append(_purpose_block(text, styles, item))
    story.append(_signature_block(text, styles, data, document.width))
    document.build(story)
    return buffer.getvalue()


def format_moment(moment: datetime, language: str) -> str:
    """Local time with its UTC offset, written the way the form's language writes dates."""
    return paper_moment_with_offset(moment, language)


def _styles(*, cjk: bool) -> dict[str, Any]:
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=14, wordWrap=wrap)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=20, leading=24),
        "heading": ParagraphStyle(
            "heading", body, fontName=BOLD_FONT, fontSize=11.5, leading=15, spaceBefore=7,
            spaceAfter=2,
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT, textColor=_GREY),
        "small": ParagraphStyle("small", body, fontSize=7, leading=_FOOTER_LINE, textColor=_GREY),
        "mono": ParagraphStyle(
            "mono", fontName=MONO_FONT, fontSize=6.5, leading=_FOOTER_LINE, textColor=_GREY
        ),
    }  # fmt: skip


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)


def _text(text: str, style: Any) -> list[Any]:
    """The owner's text as typed: paragraphs at blank lines, line breaks kept inside them."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [
        Paragraph(
            "<br/>".join(mixed_script_markup(line) for line in block.strip().split("\n")),
            ParagraphStyle(f"text{i}", style, spaceAfter=4),
        )
        for i, block in enumerate(blocks)
    ]


def _table(
    rows: list[list[Any]],
    widths: list[Any],
    *commands: tuple[Any, ...],
    heights: list[float] | None = None,
) -> Table:
    """A table whose cell font is ours: reportlab's default, Helvetica, would not be embedded."""
    style = [("FONT", (0, 0), (-1, -1), BODY_FONT), *commands]
    return Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", style=style)


def _header(text: FormText, styles: dict[str, Any], data: FormData) -> list[Any]:
    label, body = styles["label"], styles["body"]
    salon = [_para(data.salon_name, body)]
    salon += [_para(line, body) for line in data.salon_address.splitlines() if line.strip()]
    rows = [
        [_para(text.salon_label, label), salon],
        [_para(text.client_label, label), _para(data.client_name, styles["heading"])],
    ]
    table = _table(
        rows,
        [30 * mm, None],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    )
    return [_para(text.title, styles["title"]), Spacer(1, 3 * mm), table, Spacer(1, 2 * mm)]


class _Box(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A tick box drawn as lines (no font needs a ☐ glyph), crossed when chosen."""

    def __init__(self, ticked: bool, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.ticked = ticked
        self.width = self.height = size

    def draw(self) -> None:
        canvas, size = self.canv, self.width
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, size, size)
        if self.ticked:
            canvas.setLineWidth(1.2)
            canvas.line(1.2, 1.2, size - 1.2, size - 1.2)
            canvas.line(1.2, size - 1.2, size - 1.2, 1.2)


def _purpose_block(text: FormText, styles: dict[str, Any], item: FormItem) -> Any:
    body = styles["body"]
    chosen = ParagraphStyle("chosen", body, fontName=BOLD_FONT)
    agree, refuse = item.decision is Decision.GRANTED, item.decision is Decision.REFUSED
    if item.purpose.information_only and not refuse:  # one box: read, not agreed or refused
        row = [_Box(agree), _para(text.acknowledge, chosen if agree else body)]
        widths: list[Any] = [6 * mm, None]
    else:  # a refusal recorded before the purpose became information still prints as it was
        row = [
            _Box(agree),
            _para(text.agree, chosen if agree else body),
            _Box(refuse),
            _para(text.refuse, chosen if refuse else body),
        ]
        widths = [6 * mm, 50 * mm, 6 * mm, None]
    choices = _table(
        [row],
        widths,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    )
    return KeepTogether(
        [
            _para(text.purposes[item.purpose], styles["heading"]),
            *_text(item.text, body),
            choices,
        ]
    )


def _signature_block(text: FormText, styles: dict[str, Any], data: FormData, width: float) -> Any:
    label, body = styles["label"], styles["body"]
    box_width, box_height = _SIGNATURE_BOX
    signature: Any
    if data.signature_png is not None:
        picture = Image(io.BytesIO(data.signature_png))
        scale = min(box_width / picture.imageWidth, box_height / picture.imageHeight)
        signature = Image(
            io.BytesIO(data.signature_png),
            width=picture.imageWidth * scale,
            height=picture.imageHeight * scale,
        )
    elif data.paper_reference:
        signature = _para(text.signed_on_paper.format(reference=data.paper_reference), body)
    else:
        signature = _para(text.sign_here, styles["small"])
    signature_box = _table(
        [[signature]],
        [box_width],
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        heights=[box_height + 4 * mm],  # the same box, empty or signed
    )
    when = format_moment(data.signed_at, data.language) if data.signed_at is not None else ""
    before: list[Any] = [Spacer(1, 5 * mm)]
    if data.guardian_age is None:
        rows: list[list[Any]] = [[_para(text.signature_label, label), signature_box]]
        lined: list[int] = []  # rows whose value is written on a line
    else:  # the parent or guardian signs in the box; the client may sign on the line below
        before.append(_para(text.minor_note.format(age=data.guardian_age), styles["heading"]))
        rows = [
            [_para(text.guardian_label, label), Spacer(1, 8 * mm)],
            [_para(text.guardian_signature, label), signature_box],
            [_para(text.minor_signature, label), Spacer(1, 10 * mm)],
        ]
        lined = [0, 2]
    rows += [
        [_para(text.witness_label, label), _para(data.witness, body)],
        [_para(text.date_label, label), _para(when, body)],
    ]
    lined += [len(rows) - 2, len(rows) - 1]
    table = _table(
        rows,
        [55 * mm, width - 55 * mm],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        *[("LINEBELOW", (1, row), (1, row), 0.5, _GREY) for row in lined],
    )
    return KeepTogether([*before, table])


def _draw_footer(
    canvas: Any, doc: Any, text: FormText, styles: dict[str, Any], data: FormData
) -> None:
    """Every purpose's template version and text hash, and the page number, on every page."""
    canvas.saveState()
    top = doc.bottomMargin - 5 * mm
    canvas.setStrokeColor(_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(doc.leftMargin, top, doc.leftMargin + doc.width, top)
    y = top - _FOOTER_LINE - 1
    for item in data.items:
        line = text.footer.format(
            purpose=text.purposes[item.purpose], version=item.version, sha256=item.sha256
        )
        paragraph = _one_line(line, styles["mono"], canvas, doc.width)
        paragraph.drawOn(canvas, doc.leftMargin, y)
        y -= _FOOTER_LINE
    page_style = ParagraphStyle("page", styles["small"], alignment=2)
    page = Paragraph(mixed_script_markup(text.page.format(number=doc.page)), page_style)
    page.wrapOn(canvas, doc.width, _FOOTER_LINE)
    page.drawOn(canvas, doc.leftMargin, y)
    canvas.restoreState()


def _one_line(line: str, style: Any, canvas: Any, width: float) -> Paragraph:
    """A footer line on one line: a long purpose name in a long language shrinks the type a
    little rather than wrap into the next purpose's line (the hash is never shortened)."""
    size = style.fontSize
    while True:
        fitted = ParagraphStyle("footer", style, fontSize=size)
        paragraph = Paragraph(mixed_script_markup(line, MONO_FONT), fitted)
        _, height = paragraph.wrapOn(canvas, width, _FOOTER_LINE)
        if height <= _FOOTER_LINE or size <= 4:
            return paragraph
        size -= 0.25
