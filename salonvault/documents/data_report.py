"""The client data report as a readable A4 PDF, in the report's language (issue 7, item 4).

Every section is present even when empty ("Nothing recorded."), so the client sees what is
*not* held too. Consent texts are printed in full, photos as small thumbnails (the JSON copy
carries them in full). Staff appear by role only. Same embedded fonts as the consent form;
`invariant` output: the same report, the same bytes.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from salonvault.documents.consent_form import format_moment
from salonvault.documents.consent_form_text import FORM_TEXTS
from salonvault.documents.consultation_form_text import CONSULTATION_WORDS
from salonvault.documents.data_report_attachment_text import ATTACHMENT_WORDS
from salonvault.documents.data_report_card_text import CARD_WORDS, CardWords
from salonvault.documents.data_report_forms import forms_section
from salonvault.documents.data_report_records import records_section
from salonvault.documents.data_report_text import (
    LANGUAGE_NAMES,
    REPORT_TEXTS,
    ReportText,
    how_to_ask,
    purpose_label,
    recipient_lines,
    rights_lines,
    storage_line,
    why_lines,
)
from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, mixed_script_markup, register_fonts
from salonvault.documents.formats import paper_date, paper_phone, paper_price
from salonvault.documents.history_text import HISTORY_WORDS, version_heading, version_lines
from salonvault.documents.jurisdiction_text import report_law
from salonvault.domain.clients import display_name
from salonvault.domain.data_report import ClientReport, ConsentEntry, VisitEntry
from salonvault.domain.retention import RetentionRules

_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#bbbbbb")
_SHADE = colors.HexColor("#f0f0f0")
_MARGIN = 18 * mm
_THUMB = 30 * mm
_THUMBS_PER_ROW = 5


def data_report_pdf(report: ClientReport) -> bytes:
    """The report as PDF bytes."""
    register_fonts()
    text = REPORT_TEXTS[report.language]
    styles = _styles(cjk=report.language == "zh_CN")
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=f"{text.title} · {display_name(report.client.family_name, report.client.given_name)}",
        author=report.salon_name or "SalonVault",
        creator="SalonVault",
        pageCompression=1,
        invariant=1,
        initialFontName=BODY_FONT,
    )
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    made = paper_date(report.generated_at.astimezone().date(), report.language)

    def footer(canvas: Any, doc: Any) -> None:
        line = text.footer.format(salon=report.salon_name, date=made, page=doc.page)
        paragraph = Paragraph(mixed_script_markup(line), styles["footer"])
        canvas.saveState()
        paragraph.wrapOn(canvas, doc.width, 10 * mm)
        paragraph.drawOn(canvas, doc.leftMargin, 10 * mm)
        canvas.restoreState()

    document.addPageTemplates([PageTemplate("report", frames=[frame], onPage=footer)])
    width = document.width
    story: list[Any] = [
        *_header(report, text, styles, made),
        *_client_section(report, text, styles, width),
        *_pinned_section(report, text, styles),
        *_health_section(report, text, styles),
        *_visits_section(report, text, styles, width),
        *records_section(report, text, styles, width, _grid()),
        *_patch_section(report, text, styles),
        *_versions_section(report, text, styles),
        *_photos_section(report, text, styles, width),
        *_attachments_section(report, text, styles),
        *forms_section(report, text.nothing, text.roles, styles),
        *_consents_section(report, text, styles),
        *_access_section(report, text, styles, width),
        *_about_section(report, text, styles),
    ]
    document.build(_breaks_before_headings(story))
    return buffer.getvalue()


# -- sections ----------------------------------------------------------------------------------


def _header(report: ClientReport, text: ReportText, s: dict[str, Any], made: str) -> list[Any]:
    client = report.client
    name = display_name(client.family_name, client.given_name)
    salon = report.salon_name + (f", {report.salon_address}" if report.salon_address else "")
    return [
        _para(text.title, s["title"]),
        _para(name, s["name"]),
        Spacer(1, 2 * mm),
        _para(text.intro.format(salon=salon.replace("\n", ", "), date=made), s["body"]),
        _para(report_law(report.phone_region, report.language), s["small"]),
    ]


def _client_section(
    report: ClientReport, text: ReportText, s: dict[str, Any], width: float
) -> list[Any]:
    c = report.client
    f = text.fields
    rows: list[tuple[str, str]] = [
        (f["client_number"], str(c.id)),
        (f["family_name"], c.family_name),
        (f["given_name"], c.given_name),
        *_phone_rows(report, f["phone"]),
        (f["email"], c.email),
        (f["birth_date"], paper_date(c.birth_date, report.language) if c.birth_date else ""),
        (f["address"], c.address),
        (f["language"], LANGUAGE_NAMES.get(c.language, c.language)),
        (f["is_minor"], text.yes if c.is_minor else text.no),
        (f["guardian"], c.guardian),
        (f["hair"], c.preferences.hair),
        (f["skin"], c.preferences.skin),
        (f["lash"], c.preferences.lash),
        (f["tags"], ", ".join(c.tags)),
        (f["notes"], c.notes),
        (f["archived"], text.yes if c.archived else text.no),
    ]
    cells = [[_para(label, s["label"]), _para(value, s["body"])] for label, value in rows if value]
    table = Table(cells, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    table.setStyle(_grid())
    return [_heading(text.headings["client"], s), table]


def _phone_rows(report: ClientReport, phone_word: str) -> list[tuple[str, str]]:
    """One row per number, its label in brackets when one was given."""
    labels = CARD_WORDS[report.language].phone_labels
    if not report.client.phones:
        return [(phone_word, paper_phone(report.client.phone, report.phone_region))]
    return [
        (
            f"{phone_word} ({labels[p.label.value]})" if p.label else phone_word,
            paper_phone(p.number, report.phone_region),
        )
        for p in report.client.phones
    ]


def _pinned_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    words: CardWords = CARD_WORDS[report.language]
    lines = [
        Paragraph(
            f"{_esc(entry.note.text)} · "
            + _esc(
                words.pinned_line.format(
                    date=format_moment(entry.note.pinned_at, report.language),
                    role=_role(text, entry.pinned_by_role),
                )
            ),
            s["item"],
        )
        for entry in report.pinned_notes
    ]
    return [_heading(words.pinned_heading, s), *(lines or [_para(text.nothing, s["body"])])]


def _health_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    lines = []
    for entry in report.health:
        item = entry.item
        line = (
            f"<b>{_esc(text.health_kinds[item.kind.value])}:</b> {_esc(item.text)}"
            f" ({_esc(text.severities[item.severity.value])}) · "
            + _esc(
                text.recorded.format(
                    date=format_moment(item.recorded_at, report.language),
                    role=_role(text, entry.recorded_by_role),
                )
            )
        )
        if entry.removed_at is not None:
            line += " · " + _esc(text.removed.format(date=_day(entry.removed_at, report.language)))
        lines.append(Paragraph(line, s["item"]))
    return [_heading(text.headings["health"], s), *(lines or [_para(text.nothing, s["body"])])]


def _visits_section(
    report: ClientReport, text: ReportText, s: dict[str, Any], width: float
) -> list[Any]:
    if not report.visits:
        return [_heading(text.headings["visits"], s), _para(text.nothing, s["body"])]
    rows: list[list[Any]] = [[_para(h, s["label"]) for h in text.visit_columns]]
    for entry in report.visits:
        visit = entry.visit
        rows.append(
            [
                _para(paper_date(visit.visited_on, report.language), s["cell"]),
                _para(visit.service_name, s["cell"]),
                _para(_role(text, entry.technician_role), s["cell"]),
                [_para(line, s["cell"]) for line in _visit_details(entry, text, report.language)],
            ]
        )
    widths = [22 * mm, 38 * mm, 28 * mm, width - 88 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid(header=True))
    return [_heading(text.headings["visits"], s), table]


def _visit_details(entry: VisitEntry, text: ReportText, language: str) -> list[str]:
    visit = entry.visit
    lines = []
    bowls = [bowl.one_line() for bowl in visit.formula.bowls if not bowl.empty]
    if bowls:  # one line per bowl: roots, lengths, toner …
        lines.append(f"{text.formula}: {bowls[0]}")
        lines.extend(bowls[1:])
    if visit.products:
        lines.append(f"{text.products}: {visit.products}")
    if visit.notes:
        lines.append(f"{text.notes}: {visit.notes}")
    if visit.price_minor is not None:
        price = paper_price(visit.price_minor, visit.currency, language)
        if visit.payment_method is not None:
            price += f" ({text.payments[visit.payment_method.value]})"
        lines.append(f"{text.price}: {price}")
    if visit.corrects_visit_id is not None:
        lines.append(text.corrects.format(id=visit.corrects_visit_id))
    return lines or ["—"]


def _patch_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    lines = [
        _para(
            f"{paper_date(p.test.tested_on, report.language)}: "
            + text.patch_line.format(
                product=p.test.product,
                batch=p.test.batch or "—",
                result=text.results[p.test.result.value],
                until=paper_date(p.test.valid_until, report.language),
                role=_role(text, p.done_by_role),
            ),
            s["item"],
        )
        for p in report.patch_tests
    ]
    return [_heading(text.headings["patch_tests"], s), *(lines or [_para(text.nothing, s["body"])])]


def _versions_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    """Earlier versions of changed records (decision 0031); no section when nothing changed."""
    if not report.earlier_versions:
        return []
    words = HISTORY_WORDS[report.language]
    codes = {**text.health_kinds, **text.severities, **text.results, **text.payments}
    story: list[Any] = [_heading(words.heading, s), _para(words.intro, s["small"])]
    for version in report.earlier_versions:
        heading = version_heading(version, words, _role(text, version.changed_by_role.value))
        lines = version_lines(
            version, words, codes, lambda minor, cur: paper_price(minor, cur, report.language)
        )
        story.append(
            Paragraph(
                f"<b>{_esc(heading)}</b><br/>" + "<br/>".join(_esc(line) for line in lines),
                s["item"],
            )
        )
    return story


def _photos_section(
    report: ClientReport, text: ReportText, s: dict[str, Any], width: float
) -> list[Any]:
    heading = _heading(text.headings["photos"], s)
    if not report.photos:
        return [heading, _para(text.nothing, s["body"])]
    cells: list[Any] = []
    for photo in report.photos:
        info = photo.info
        scale = min(_THUMB / max(info.width, 1), _THUMB / max(info.height, 1))
        picture = Image(
            io.BytesIO(photo.thumbnail), width=info.width * scale, height=info.height * scale
        )
        caption = (
            f"{text.photo_kinds[info.kind.value]} · {paper_date(info.taken_on, report.language)}"
        )
        if photo.on_card:
            caption += f" · {CARD_WORDS[report.language].on_card}"
        cells.append([picture, _para(caption, s["caption"])])
    rows = [cells[i : i + _THUMBS_PER_ROW] for i in range(0, len(cells), _THUMBS_PER_ROW)]
    rows[-1] += [""] * (_THUMBS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[width / _THUMBS_PER_ROW] * _THUMBS_PER_ROW, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [heading, _para(text.photo_note, s["small"]), table]


def _attachments_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    words = ATTACHMENT_WORDS[report.language]
    lines = []
    for entry in report.attachments:
        info = entry.info
        line = words.line.format(
            kind=words.kinds[info.kind.value],
            date=paper_date(info.dated_on, report.language),
            pages=info.page_count,
            role=_role(text, entry.added_by_role),
        )
        if info.note:
            line += f" · {info.note}"
        if info.consent_record_id is not None:
            line += " · " + words.proves.format(record=info.consent_record_id)
        lines.append(_para(line, s["item"]))
    if not lines:
        return [_heading(words.heading, s), _para(text.nothing, s["body"])]
    return [_heading(words.heading, s), _para(words.note, s["small"]), *lines]


def _action_words(report: ClientReport, text: ReportText, action: str) -> str:
    extra = ATTACHMENT_WORDS[report.language].actions | CONSULTATION_WORDS[report.language].actions
    return text.actions.get(action) or extra.get(action, action)


def _consents_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    blocks: list[Any] = [_heading(text.headings["consents"], s)]
    if not report.consents:
        blocks.append(_para(text.nothing, s["body"]))
    for entry in report.consents:
        blocks.append(_consent_block(entry, report.language, text, s))
    return blocks


def _consent_block(entry: ConsentEntry, language: str, text: ReportText, s: dict[str, Any]) -> Any:
    record = entry.record
    method = (
        text.on_screen
        if record.method.value == "on_screen"
        else _paper(language, record.paper_reference)
    )
    lines = [
        Paragraph(
            f"<b>{_esc(purpose_label(language, record.purpose.value))}:"
            f" {_esc(text.decisions[record.decision.value])}</b>",
            s["body"],
        ),
        _para(
            text.consent_recorded.format(
                date=format_moment(record.recorded_at, language),
                method=method,
                role=_role(text, entry.witness_role),
            ),
            s["meta"],
        ),
        _para(
            text.text_version.format(
                version=record.template_version,
                language=LANGUAGE_NAMES.get(record.language, record.language),
            )
            + f" · SHA-256 {record.text_sha256[:16]}…",
            s["meta"],
        ),
    ]
    if record.withdrawal is not None:
        withdrawn = text.withdrawn.format(
            date=format_moment(record.withdrawal.at, language),
            role=_role(text, entry.withdrawn_by_role),
        )
        lines.append(Paragraph(f"<b>{_esc(withdrawn)}</b>", s["meta"]))
        if record.withdrawal.reason:
            lines.append(_para(text.reason.format(reason=record.withdrawal.reason), s["meta"]))
    quoted = [_para(text.text_shown, s["meta"])]
    quoted += [_para(p, s["quote"]) for p in record.text_shown.split("\n") if p.strip()]
    return KeepTogether([Spacer(1, 2 * mm), *lines, *quoted])


def _access_section(
    report: ClientReport, text: ReportText, s: dict[str, Any], width: float
) -> list[Any]:
    heading = _heading(text.headings["access"], s)
    note = _para(text.access_note, s["small"])
    if not report.access_log:
        return [heading, note, _para(text.nothing, s["body"])]
    rows: list[list[Any]] = [[_para(h, s["label"]) for h in text.access_columns]]
    for entry in report.access_log:
        rows.append(
            [
                _para(format_moment(entry.at, report.language), s["cell"]),
                _para(_role(text, entry.role), s["cell"]),
                _para(_action_words(report, text, entry.action), s["cell"]),
                _para(text.outcomes.get(entry.outcome.value, entry.outcome.value), s["cell"]),
            ]
        )
    widths = [48 * mm, 28 * mm, width - 98 * mm, 22 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid(header=True))
    return [heading, note, table]


def _about_section(report: ClientReport, text: ReportText, s: dict[str, Any]) -> list[Any]:
    language = report.language
    story: list[Any] = [_heading(text.headings["about"], s), _para(text.purposes_heading, s["sub"])]
    story += [_para(f"• {line}", s["item"]) for line in why_lines(language)]
    story.append(_para(text.retention_heading, s["sub"]))
    story += [_para(f"• {line}", s["item"]) for line in _retention_lines(report.retention, text)]
    country = report.phone_region
    lines = recipient_lines(language, country, report.recipients)
    for line in (*lines, storage_line(language), text.source, text.automated):
        story.append(_para(line, s["body"]))
    rights = [_para(text.rights_heading, s["sub"])]
    rights += [_para(f"• {line}", s["item"]) for line in rights_lines(language, country)]
    rights.append(_para(how_to_ask(language, report.salon_name), s["body"]))
    return [*story, KeepTogether(rights)]


def _retention_lines(rules: RetentionRules, text: ReportText) -> list[str]:
    lines = []
    for key, years in (
        ("client", rules.inactive_client_years),
        ("health", rules.health_years),
        ("photos", rules.photo_years),
    ):
        if years is not None:
            phrase = text.years[0] if years == 1 else text.years[1].format(n=years)
            lines.append(text.retention[key].format(years=phrase))
    lines.append(text.retention["off"])
    return lines


_HEADING_ROOM = 30 * mm  # a heading and about four table rows

# -- helpers -----------------------------------------------------------------------------------


def _styles(*, cjk: bool) -> dict[str, Any]:
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=9.5, leading=13, wordWrap=wrap)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=20, leading=24),
        "name": ParagraphStyle("name", body, fontName=BOLD_FONT, fontSize=14, leading=18),
        "heading": ParagraphStyle(
            "heading", body, fontName=BOLD_FONT, fontSize=12.5, leading=16, spaceBefore=9,
            spaceAfter=3,
        ),
        "sub": ParagraphStyle(
            "sub", body, fontName=BOLD_FONT, fontSize=10, leading=13, spaceBefore=5, keepWithNext=1
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD_FONT, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=11),
        "item": ParagraphStyle("item", body, leftIndent=8, spaceAfter=2),
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=11, textColor=_GREY),
        "quote": ParagraphStyle(
            "quote", body, fontSize=8.5, leading=11.5, leftIndent=10, spaceAfter=2,
            borderPadding=(0, 0, 0, 4),
        ),
        "caption": ParagraphStyle("caption", body, fontSize=7.5, leading=9, textColor=_GREY),
        "small": ParagraphStyle(
            "small", body, fontSize=7.5, leading=10, textColor=_GREY, spaceBefore=2
        ),
        "footer": ParagraphStyle(
            "footer", body, fontSize=7, leading=9, textColor=_GREY, alignment=1
        ),
    }  # fmt: skip


def _grid(header: bool = False) -> TableStyle:
    commands: list[Any] = [
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


def _breaks_before_headings(story: list[Any]) -> list[Any]:
    """A section starts on a new page only when less than a few lines' room is left: keeping a
    heading with a whole long table would leave most of a page empty."""
    spaced: list[Any] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.style.name == "heading":
            spaced.append(CondPageBreak(_HEADING_ROOM))
        spaced.append(flowable)
    return spaced


def _heading(title: str, s: dict[str, Any]) -> Paragraph:
    return _para(title, s["heading"])


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(mixed_script_markup(text, style.fontName), style)


def _esc(text: str) -> str:
    """Escaped markup for a piece of a paragraph that also carries <b> tags."""
    return mixed_script_markup(text, BODY_FONT)


def _role(text: ReportText, role: str | None) -> str:
    return text.roles.get(role or "", text.roles[""])


def _paper(language: str, reference: str) -> str:
    line = FORM_TEXTS[language].signed_on_paper.format(reference=reference)
    return line[:1].lower() + line[1:]


def _day(moment: datetime, language: str) -> str:
    return paper_date(moment.astimezone().date(), language)
