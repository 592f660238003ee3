"""The printouts staff ask for, as A4 PDFs built in memory (decision 0027): the client card with
its treatment history and formulas, and the day sheet of today's clients with their alerts.

Each prints what it is given, which the service filtered exactly as the card is for the role
that printed it; the paper says whose view it is. Same embedded fonts as every document (all
four scripts), `invariant` output (the same content, the same bytes), never a temporary file.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from salonvault.documents.card_printout_text import PRINTOUT_TEXTS, PrintoutText
from salonvault.documents.consent_form import format_moment
from salonvault.documents.data_report_card_text import CARD_WORDS
from salonvault.documents.data_report_text import (
    LANGUAGE_NAMES,
    REPORT_TEXTS,
    ReportText,
    purpose_label,
)
from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, mixed_script_markup, register_fonts
from salonvault.documents.formats import paper_date, paper_phone, paper_price
from salonvault.domain.clients import ClientView
from salonvault.domain.formulas import Bowl
from salonvault.domain.printouts import CardPrintout, DaySheet, DaySheetEntry
from salonvault.domain.treatments import VisitView

_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#bbbbbb")
_SHADE = colors.HexColor("#f0f0f0")
_ALERT = colors.HexColor("#9b1c1c")
_MARGIN = 15 * mm


def card_pdf(card: CardPrintout) -> bytes:
    """The client card as PDF bytes (A4 portrait)."""
    words = PRINTOUT_TEXTS[card.language]
    report = REPORT_TEXTS[card.language]
    s = _styles(cjk=card.language == "zh_CN")
    client = card.client
    story: list[Any] = [
        _para(words.card_title, s["title"]),
        _para(f"{client.display_name} · {words.client_number.format(id=client.id)}", s["name"]),
        _para(
            _printed(words.printed, card.printed_at, report, card.role, card.language), s["meta"]
        ),
        _para(words.confidential, s["meta"]),
        Spacer(1, 2 * mm),
    ]
    story += _alerts(client, words, report, s)
    story.append(_para(_patch_line(words, card.patch_status.value), s["body"]))
    story += _details(card, report, s)
    story += _pinned(client, card, words, s)
    story += _patch_tests(card, words, report, s)
    story += _treatments(card, words, report, s)
    story += _consents(card, words, s)
    return _build(story, f"{words.card_title} · {client.display_name}", card, words, s, A4)


def day_sheet_pdf(sheet: DaySheet) -> bytes:
    """Today's clients with their alerts, for the technicians (A4 landscape: one row each)."""
    words = PRINTOUT_TEXTS[sheet.language]
    report = REPORT_TEXTS[sheet.language]
    s = _styles(cjk=sheet.language == "zh_CN")
    title = words.day_title.format(date=paper_date(sheet.day, sheet.language))
    story: list[Any] = [
        _para(title, s["title"]),
        _para(
            _printed(words.printed, sheet.printed_at, report, sheet.role, sheet.language),
            s["meta"],
        ),
        _para(words.day_note, s["meta"]),
        _para(words.confidential, s["meta"]),
        Spacer(1, 3 * mm),
    ]
    if not sheet.entries:
        story.append(_para(words.empty_day, s["body"]))
    else:
        width = landscape(A4)[0] - 2 * _MARGIN
        rows: list[list[Any]] = [[_para(h, s["label"]) for h in words.day_columns]]
        rows += [_day_row(entry, sheet, words, report, s) for entry in sheet.entries]
        widths = [0.22 * width, 0.30 * width, 0.14 * width, 0.20 * width, 0.14 * width]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid(header=True))
        story.append(table)
    return _build(story, title, sheet, words, s, landscape(A4))


# -- the card's sections -------------------------------------------------------------------


def _alerts(
    client: ClientView, words: PrintoutText, report: ReportText, s: dict[str, Any]
) -> list[Any]:
    """Health first, as on the card: the items for roles that see them, else the flag."""
    if client.health is None:
        if client.has_severe_alert:
            return [_para(words.severe_flag, s["alert"])]
        if client.has_alerts:
            return [_para(words.alerts_flag, s["alert"])]
        return [_para(words.no_alerts, s["body"])]
    if not client.health:
        return [_para(words.no_alerts, s["body"])]
    lines = [_para(words.headings["health"], s["heading"])]
    for item in client.health:
        severe = item.severity.value == "severe"
        text = (
            f"{report.health_kinds[item.kind.value]}: {item.text}"
            f" ({report.severities[item.severity.value]})"
        )
        lines.append(_para(text, s["alert" if severe else "item"]))  # severe: bold and red
    return lines


def _details(card: CardPrintout, report: ReportText, s: dict[str, Any]) -> list[Any]:
    client = card.client
    f = report.fields
    phone_labels = CARD_WORDS[card.language].phone_labels
    phones = [
        (
            f"{f['phone']} ({phone_labels[p.label.value]})" if p.label else f["phone"],
            paper_phone(p.number, card.phone_region),
        )
        for p in client.phones
    ] or [(f["phone"], paper_phone(client.phone or "", card.phone_region))]
    rows: list[tuple[str, str]] = [
        *phones,
        (f["email"], client.email or ""),
        (
            f["birth_date"],
            paper_date(client.birth_date, card.language) if client.birth_date else "",
        ),
        (f["address"], client.address or ""),
        (f["language"], LANGUAGE_NAMES.get(client.language, client.language)),
        (f["is_minor"], report.yes if client.is_minor else ""),
        (f["guardian"], client.guardian or ""),
        (f["hair"], client.preferences.hair),
        (f["skin"], client.preferences.skin),
        (f["lash"], client.preferences.lash),
        (f["tags"], ", ".join(client.tags)),
        (f["notes"], client.notes),
    ]
    shown = [(label, value) for label, value in rows if value]
    heading = PRINTOUT_TEXTS[card.language].headings["details"]
    return [_heading(heading, s), _rows_table(shown, s)] if shown else []


def _pinned(
    client: ClientView, card: CardPrintout, words: PrintoutText, s: dict[str, Any]
) -> list[Any]:
    if not client.pinned_notes:
        return []
    lines = [_heading(words.headings["pinned"], s)]
    for note in client.pinned_notes:
        by = words.pinned_by.format(
            name=card.staff_names.get(note.author_id, "—"),
            date=paper_date(note.pinned_at.astimezone().date(), card.language),
        )
        lines.append(Paragraph(f"<b>{_esc(note.text)}</b> · {_esc(by)}", s["item"]))
    return lines


def _patch_tests(
    card: CardPrintout, words: PrintoutText, report: ReportText, s: dict[str, Any]
) -> list[Any]:
    if not card.patch_tests:  # the status line above says it for roles without the list
        return []
    lines = [_heading(words.headings["patch"], s)]
    for test in card.patch_tests:
        lines.append(
            _para(
                f"{paper_date(test.tested_on, card.language)}: {test.product}"
                + (f" ({test.batch})" if test.batch else "")
                + f" · {report.results[test.result.value]}"
                + f" · {paper_date(test.valid_until, card.language)}",
                s["item"],
            )
        )
    return lines


def _treatments(
    card: CardPrintout, words: PrintoutText, report: ReportText, s: dict[str, Any]
) -> list[Any]:
    coloured = any(not v.formula.empty for v in card.visits or ())
    heading = _heading(words.headings["treatments" if coloured else "treatments_plain"], s)
    width = A4[0] - 2 * _MARGIN
    if card.visits is None:  # dates and services only
        rows = [[_para(h, s["label"]) for h in report.visit_columns[:2]]]
        rows += [
            [
                _para(paper_date(v.visited_on, card.language), s["cell"]),
                _para(v.service_name, s["cell"]),
            ]
            for v in card.summaries
        ]
        if not card.summaries:
            return [heading, _para(report.nothing, s["body"])]
        table = Table(rows, colWidths=[28 * mm, width - 28 * mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid(header=True))
        return [heading, _para(words.summary_only, s["meta"]), table]
    if not card.visits:
        return [heading, _para(report.nothing, s["body"])]
    dates = {v.id: v.visited_on for v in card.visits}
    rows = [[_para(h, s["label"]) for h in report.visit_columns]]
    for visit in card.visits:
        rows.append(
            [
                _para(paper_date(visit.visited_on, card.language), s["cell"]),
                _para(visit.service_name, s["cell"]),
                _para(card.staff_names.get(visit.technician_id, "—"), s["cell"]),
                [
                    _para(line, s["bowl" if bold else "cell"])
                    for line, bold in _visit_lines(visit, card.language, words, report, dates)
                ],
            ]
        )
    widths = [22 * mm, 34 * mm, 28 * mm, width - 84 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid(header=True))
    return [heading, table]


def _visit_lines(
    visit: VisitView, language: str, words: PrintoutText, report: ReportText, dates: dict[int, Any]
) -> list[tuple[str, bool]]:
    """The formula bowl by bowl (in bold: what the colourist mixes), then the rest."""
    lines: list[tuple[str, bool]] = []
    bowls = [b for b in visit.formula.bowls if not b.empty]
    for number, bowl in enumerate(bowls, start=1):
        lines.append((_bowl_line(bowl, number, words, len(bowls)), True))
    if visit.products:
        lines.append((f"{report.products}: {visit.products}", False))
    if visit.notes:
        lines.append((f"{report.notes}: {visit.notes}", False))
    if visit.price_minor is not None:
        price = paper_price(visit.price_minor, visit.currency, language)
        if visit.payment_method is not None:
            price += f" ({report.payments[visit.payment_method.value]})"
        lines.append((f"{report.price}: {price}", False))
    if visit.corrects_visit_id is not None:
        corrected = dates.get(visit.corrects_visit_id)
        day = paper_date(corrected, language) if corrected else str(visit.corrects_visit_id)
        lines.append((words.correction.format(date=day), False))
    return lines or [("—", False)]


def _bowl_line(bowl: Bowl, number: int, words: PrintoutText, count: int) -> str:
    label = words.bowl_labels.get(bowl.label, bowl.label)
    if not label and count > 1:
        label = words.bowl.format(n=number)
    rest = Bowl(
        brand=bowl.brand,
        components=bowl.components,
        developer=bowl.developer,
        developer_grams=bowl.developer_grams,
        ratio=bowl.ratio,
        processing_minutes=bowl.processing_minutes,
        note=bowl.note,
    ).one_line()
    return f"{label}: {rest}" if label else rest


def _consents(card: CardPrintout, words: PrintoutText, s: dict[str, Any]) -> list[Any]:
    """Each purpose answered, then the ones not asked yet on one line."""
    if not card.consents:
        return []
    answered = [line for line in card.consents if line.standing != "not_asked"]
    rows = [
        (purpose_label(card.language, line.purpose), words.standings.get(line.standing, ""))
        for line in answered
    ]
    not_asked = [
        purpose_label(card.language, line.purpose)
        for line in card.consents
        if line.standing == "not_asked"
    ]
    if not_asked:
        rows.append((words.standings["not_asked"], ", ".join(not_asked)))
    return [_heading(words.headings["consents"], s), _rows_table(rows, s)]


# -- the day sheet -------------------------------------------------------------------------


def _day_row(
    entry: DaySheetEntry,
    sheet: DaySheet,
    words: PrintoutText,
    report: ReportText,
    s: dict[str, Any],
) -> list[Any]:
    client = entry.client
    who = [
        _para(client.display_name, s["label"]),
        _para(words.client_number.format(id=client.id), s["cell"]),
    ]
    health: list[Any]
    if client.health is None:
        flag = (
            words.severe_flag
            if client.has_severe_alert
            else words.alerts_flag
            if client.has_alerts
            else ""
        )
        health = [_para(flag or "—", s["alert_cell" if flag else "cell"])]
    else:
        health = [
            _para(
                f"{report.health_kinds[item.kind.value]}: {item.text}"
                f" ({report.severities[item.severity.value]})",
                s["alert_cell" if item.severity.value == "severe" else "cell"],
            )
            for item in client.health
        ] or [_para("—", s["cell"])]
    pinned = [_para(note.text, s["cell"]) for note in client.pinned_notes] or [
        _para("—", s["cell"])
    ]
    patch = words.patch_statuses.get(entry.patch_status.value, entry.patch_status.value)
    today = [_para(name, s["cell"]) for name in entry.today] or [_para("—", s["cell"])]
    return [who, health, _para(patch, s["cell"]), pinned, today]


# -- helpers -------------------------------------------------------------------------------


def _build(
    story: list[Any],
    title: str,
    paper: CardPrintout | DaySheet,
    words: PrintoutText,
    s: dict[str, Any],
    pagesize: tuple[float, float],
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=12 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=paper.salon_name or "SalonVault",
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
        line = words.footer.format(salon=paper.salon_name, page=doc.page)
        paragraph = Paragraph(mixed_script_markup(line), s["footer"])
        canvas.saveState()
        paragraph.wrapOn(canvas, doc.width, 10 * mm)
        paragraph.drawOn(canvas, doc.leftMargin, 8 * mm)
        canvas.restoreState()

    document.addPageTemplates([PageTemplate("paper", frames=[frame], onPage=footer)])
    spaced: list[Any] = []
    for flowable in story:  # a heading never ends a page alone
        if isinstance(flowable, Paragraph) and flowable.style.name == "heading":
            spaced.append(CondPageBreak(25 * mm))
        spaced.append(flowable)
    document.build(spaced)
    return buffer.getvalue()


def _printed(template: str, moment: datetime, report: ReportText, role: str, language: str) -> str:
    return template.format(
        moment=format_moment(moment, language), role=report.roles.get(role, role)
    )


def _patch_line(words: PrintoutText, status: str) -> str:
    return words.patch_status.format(status=words.patch_statuses.get(status, status))


def _rows_table(rows: list[tuple[str, str]], s: dict[str, Any]) -> Table:
    width = A4[0] - 2 * _MARGIN
    cells = [[_para(label, s["label"]), _para(value, s["body"])] for label, value in rows]
    table = Table(cells, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    table.setStyle(_grid())
    return table


def _styles(*, cjk: bool) -> dict[str, Any]:
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=9.5, leading=13, wordWrap=wrap)
    cell = ParagraphStyle("cell", body, fontSize=8.5, leading=11)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=18, leading=22),
        "name": ParagraphStyle("name", body, fontName=BOLD_FONT, fontSize=14, leading=18),
        "heading": ParagraphStyle(
            "heading", body, fontName=BOLD_FONT, fontSize=12, leading=15, spaceBefore=8,
            spaceAfter=3,
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT, fontSize=8.5, leading=11),
        "cell": cell,
        "bowl": ParagraphStyle("bowl", cell, fontName=BOLD_FONT),
        "item": ParagraphStyle("item", body, leftIndent=8, spaceAfter=2),
        "alert": ParagraphStyle(
            "alert", body, fontName=BOLD_FONT, textColor=_ALERT, spaceAfter=2
        ),
        "alert_cell": ParagraphStyle("alert_cell", cell, fontName=BOLD_FONT, textColor=_ALERT),
        "meta": ParagraphStyle("meta", body, fontSize=8, leading=10.5, textColor=_GREY),
        "footer": ParagraphStyle(
            "footer", body, fontSize=7, leading=9, textColor=_GREY, alignment=1
        ),
    }  # fmt: skip


def _grid(header: bool = False) -> TableStyle:
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),  # else Table sets Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _SHADE))
    return TableStyle(commands)


def _heading(title: str, s: dict[str, Any]) -> Paragraph:
    return _para(title, s["heading"])


def _para(text: str, style: Any) -> Paragraph:
    lines = text.splitlines() or [""]
    return Paragraph(
        "<br/>".join(mixed_script_markup(line, style.fontName) for line in lines), style
    )


def _esc(text: str) -> str:
    return mixed_script_markup(text, BODY_FONT)
