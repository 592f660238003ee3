"""The privacy notice as PDF: for the wall and to hand to the client (issue 5, item 2).

Laid out by sectioned_pdf like the owner's other papers: built in memory, embedded subset fonts,
text that copies out as text, `invariant` output (same notice, same bytes).
"""

from __future__ import annotations

from salonvault.documents.privacy_notice_text import Notice
from salonvault.documents.sectioned import Part, SectionedDocument
from salonvault.documents.sectioned_pdf import sectioned_pdf


def privacy_notice_pdf(notice: Notice, language: str) -> bytes:
    """The notice as PDF bytes (A4)."""
    parts = tuple(
        Part(section.heading, lead=section.lead, items=section.items, notes=section.notes)
        for section in notice.sections
    )
    document = SectionedDocument(notice.title, parts, notice.footer, intro=notice.intro)
    return sectioned_pdf(document, language)
