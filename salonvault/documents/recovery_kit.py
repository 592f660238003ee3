"""The Recovery Kit: the one printed page that gets a salon its records back.

It carries the recovery key three ways (one exact line to type, groups of four to read aloud,
a QR code to scan) and says how to restore with SalonVault or, if the program is gone, with the
stock `age` tool. The PDF is built in memory only: the key must never touch the disk.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    XPreformatted,
)

from salonvault.documents.fonts import (
    BODY_FONT,
    BOLD_FONT,
    MONO_FONT,
    mixed_script_markup,
    register_fonts,
)
from salonvault.documents.recovery_kit_text import (
    BACKUP_FILE,
    DATABASE_FILE,
    KEY_FILE,
    LANGUAGES,
    TEXTS,
    KitText,
    Step,
    format_date,
)

_MARGIN = 18 * mm
_KEY_BOX_PADDING = 6
_KEY_MAX_SIZE = 10.5  # points; the ~74-character key is shrunk below this only if it must be
_AGE_KEY_PREFIX = "AGE-SECRET-KEY-1"
_GROUP = 4
_GROUPS_PER_ROW = 5
_QR_SIZE = 40 * mm
_GREY = colors.HexColor("#555555")
_KEY_BACKGROUND = colors.HexColor("#F2F2F2")


def recovery_kit_pdf(
    salon_name: str,
    salon_address: str,
    recovery_secret: str,
    public_key: str,
    created: date,
    language: str,
) -> bytes:
    """Build the Recovery Kit as PDF bytes (A4) in `language`: "en", "vi", "pl" or "zh_CN"."""
    if language not in TEXTS:
        raise ValueError(f"No Recovery Kit text for language {language!r}; use one of {LANGUAGES}.")
    for label, key in (("recovery key", recovery_secret), ("public key", public_key)):
        if not key or any(ch.isspace() for ch in key):
            raise ValueError(f"The {label} must be one word with no spaces or line breaks.")
    register_fonts()
    text = TEXTS[language]
    styles = _styles(cjk=language == "zh_CN")
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=f"{text.title} · {salon_name}",
        author="SalonVault",
        creator="SalonVault",
        pageCompression=1,
        initialFontName=BODY_FONT,
    )
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip

    def footer(canvas: Any, doc: Any) -> None:
        _draw_footer(canvas, doc, text, styles, salon_name)

    document.addPageTemplates([PageTemplate("kit", frames=[frame], onPage=footer)])
    story = [
        *_header(text, styles, salon_name, salon_address, created),
        *_purpose(text, styles),
        _key_section(text, styles, recovery_secret, document.width),
        _para(text.public_key_heading, styles["heading"]),
        _para(public_key, styles["mono"]),
        _para(text.public_key_note, styles["small"]),
        _para(text.restore_heading, styles["heading"]),
        _para(text.with_app_heading, styles["subheading"]),
        _steps(text.with_app_steps, styles),
        _para(text.without_app_heading, styles["subheading"]),
        _steps(text.without_app_steps, styles),
    ]
    document.build(story)
    return buffer.getvalue()


def _styles(*, cjk: bool) -> dict[str, Any]:
    """Paragraph styles; Chinese has no spaces between words, so it wraps between characters."""
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=13.5, wordWrap=wrap)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=22, leading=26),
        "heading": ParagraphStyle(
            "heading", body, fontName=BOLD_FONT, fontSize=12, leading=15, spaceBefore=8,
            spaceAfter=2,
        ),
        "subheading": ParagraphStyle(
            "subheading", body, fontName=BOLD_FONT, fontSize=10.5, spaceBefore=3, spaceAfter=1
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT, textColor=_GREY),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10, textColor=_GREY),
        "caption": ParagraphStyle(
            "caption", body, fontSize=8, leading=10, textColor=_GREY, alignment=1
        ),
        "key": ParagraphStyle("key", fontName=MONO_FONT, fontSize=_KEY_MAX_SIZE, wordWrap=None),
        "groups": ParagraphStyle("groups", fontName=MONO_FONT, fontSize=13, leading=17),
        "mono": ParagraphStyle("mono", fontName=MONO_FONT, fontSize=10, leading=13.5),
        "command": ParagraphStyle(
            "command", fontName=MONO_FONT, fontSize=9.5, leading=13, backColor=_KEY_BACKGROUND,
            borderPadding=3, leftIndent=3, rightIndent=3, spaceBefore=3, spaceAfter=4,
        ),
    }  # fmt: skip


def _para(text: str, style: Any) -> Any:
    return Paragraph(mixed_script_markup(text, style.fontName), style)


def _table(rows: list[list[Any]], widths: list[Any], *commands: tuple[Any, ...]) -> Any:
    """A table whose cell font is ours: reportlab's default, Helvetica, would not be embedded."""
    style = [("FONT", (0, 0), (-1, -1), BODY_FONT), *commands]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=style)


def _lines(text: str, style: Any) -> Any:
    """A paragraph keeping the line breaks the owner typed (a postal address)."""
    markup = "<br/>".join(mixed_script_markup(line) for line in text.strip().splitlines())
    return Paragraph(markup, style)


def _header(
    text: KitText, styles: dict[str, Any], name: str, address: str, created: date
) -> list[Any]:
    label, body = styles["label"], styles["body"]
    rows = [
        [_para(text.salon_label, label), _para(name, body)],
        [_para(text.address_label, label), _lines(address, body)],
        [_para(text.created_label, label), _para(format_date(text, created), body)],
    ]
    table = _table(
        rows,
        [34 * mm, None],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    )
    return [_para(text.title, styles["title"]), Spacer(1, 3 * mm), table]


def _purpose(text: KitText, styles: dict[str, Any]) -> list[Any]:
    rules = ListFlowable(
        [ListItem(_para(rule, styles["body"]), leftIndent=12) for rule in text.storage_rules],
        bulletType="bullet",
        start="•",
        bulletFontName=BODY_FONT,
        bulletFontSize=styles["body"].fontSize,
        leftIndent=12,
    )
    return [
        _para(text.purpose_heading, styles["heading"]),
        _para(text.purpose, styles["body"]),
        _para(text.storage_heading, styles["heading"]),
        rules,
    ]


def _key_section(text: KitText, styles: dict[str, Any], secret: str, width: float) -> Any:
    """The key on one line (shrunk to fit if needed), in groups of four, and as a QR code."""
    inner = width - 2 * _KEY_BOX_PADDING
    size = min(_KEY_MAX_SIZE, inner / stringWidth(secret, MONO_FONT, 1) * 0.98)
    key_style = ParagraphStyle("key-fitted", styles["key"], fontSize=size, leading=size * 1.3)
    key_box = _table(
        [[Paragraph(mixed_script_markup(secret, MONO_FONT), key_style)]],
        [width],
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), _KEY_BACKGROUND),
        ("LEFTPADDING", (0, 0), (-1, -1), _KEY_BOX_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _KEY_BOX_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    )
    groups = [_para(text.groups_intro, styles["body"]), Spacer(1, 2 * mm), _groups(secret, styles)]
    qr = [_qr_drawing(secret), _para(text.qr_caption, styles["caption"])]
    side_by_side = _table(
        [[groups, qr]],
        [width - _QR_SIZE - 6 * mm, _QR_SIZE + 6 * mm],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
    )
    heading = [_para(text.key_heading, styles["heading"]), _para(text.key_intro, styles["body"])]
    return KeepTogether([*heading, Spacer(1, 1.5 * mm), key_box, Spacer(1, 2 * mm), side_by_side])


def _groups(secret: str, styles: dict[str, Any]) -> Any:
    """Rows of four-character groups; the age prefix stays whole, it is read as one phrase.

    The mono font lines the groups up in columns, and spaces are kept, so a copy of the text
    reads the same as the page.
    """
    prefix, rest = ("", secret)
    if secret.upper().startswith(_AGE_KEY_PREFIX):
        prefix, rest = secret[: len(_AGE_KEY_PREFIX)], secret[len(_AGE_KEY_PREFIX) :]
    groups = [rest[i : i + _GROUP] for i in range(0, len(rest), _GROUP)]
    rows = [
        "  ".join(groups[i : i + _GROUPS_PER_ROW]) for i in range(0, len(groups), _GROUPS_PER_ROW)
    ]
    lines = [prefix, *rows] if prefix else rows
    return XPreformatted("\n".join(escape(line) for line in lines), styles["groups"])


def _qr_drawing(secret: str) -> Any:
    """A QR code of exactly the key, with its quiet zone, at a size phone cameras read on paper."""
    widget = QrCodeWidget(secret, barLevel="M", barBorder=4)
    widget.barWidth = _QR_SIZE
    widget.barHeight = _QR_SIZE
    drawing = Drawing(_QR_SIZE, _QR_SIZE, initialFontName=BODY_FONT)
    drawing.add(widget)
    return drawing


def _steps(steps: tuple[Step, ...], styles: dict[str, Any]) -> Any:
    """A numbered list; file names and commands are set in mono so they are typed exactly."""

    def mono(word: str) -> str:
        return f'<font name="{MONO_FONT}">{mixed_script_markup(word, MONO_FONT)}</font>'

    names = {
        "key_file": mono(KEY_FILE),
        "backup_file": mono(BACKUP_FILE),
        "backup": mono(".svbak"),
        "database": mono(DATABASE_FILE),
    }
    items = []
    for step in steps:
        flowables = [Paragraph(mixed_script_markup(step.text).format(**names), styles["body"])]
        if step.command:
            flowables.append(_para(step.command, styles["command"]))
        items.append(ListItem(flowables, leftIndent=14))
    return ListFlowable(
        items,
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=BODY_FONT,
        bulletFontSize=styles["body"].fontSize,
        leftIndent=14,
    )


def _draw_footer(canvas: Any, doc: Any, text: KitText, styles: dict[str, Any], salon: str) -> None:
    """Salon name, document name and page number under a thin rule, on every page."""
    canvas.saveState()
    y = doc.bottomMargin - 10 * mm
    canvas.setStrokeColor(_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(doc.leftMargin, y + 12, doc.leftMargin + doc.width, y + 12)
    left = Paragraph(
        f"{mixed_script_markup(salon)} · {mixed_script_markup(text.footer)}", styles["small"]
    )
    right_style = ParagraphStyle("page", styles["small"], alignment=2)
    right = Paragraph(mixed_script_markup(text.page.format(number=doc.page)), right_style)
    _, height = left.wrapOn(canvas, doc.width * 0.8, doc.bottomMargin)
    left.drawOn(canvas, doc.leftMargin, y + styles["small"].leading - height)  # grows downwards
    right.wrapOn(canvas, doc.width, doc.bottomMargin)
    right.drawOn(canvas, doc.leftMargin, y)
    canvas.restoreState()
