"""The shape of a sectioned paper (headed parts of rows, bullets and paragraphs), without
reportlab: services build these at any time, and only drawing one (sectioned_pdf) loads the
PDF library, which would otherwise cost every start of the program."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Part:
    heading: str
    rows: tuple[tuple[str, str], ...] = ()  # label, value
    lead: str = ""
    items: tuple[str, ...] = ()  # bullets
    notes: tuple[str, ...] = ()  # paragraphs after the bullets


@dataclass(frozen=True, slots=True)
class SectionedDocument:
    title: str
    parts: tuple[Part, ...]
    footer: str
    intro: str = ""
    banner: tuple[str, ...] = ()

    def plain_text(self) -> str:
        """The words in reading order (for an on-screen preview)."""
        lines = [self.title, *self.banner, self.intro]
        for part in self.parts:
            lines += ["", part.heading]
            lines += [f"{label}: {value}" for label, value in part.rows]
            lines += [part.lead] if part.lead else []
            lines += [f"• {item}" for item in part.items]
            lines += list(part.notes)
        return "\n".join([*lines, "", self.footer])
