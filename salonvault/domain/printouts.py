"""Printouts staff ask for (issue 18 item 13, decision 0027): the client card with its treatment
history and formulas, and the day sheet of today's clients with their alerts.

Each holds exactly what the card shows the role that printed it (DESIGN.md §4: "card printout:
as the card"): a `ClientView` filtered by role, full visits or dates and services only, patch
tests or their status only. Staff are named as on the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from salonvault.domain.clients import ClientView
from salonvault.domain.treatments import PatchStatus, PatchTest, VisitSummary, VisitView


class PrintUse(StrEnum):
    """Why the document was made, for the log: sent to a printer or saved as a file."""

    PRINT = "print"
    SAVE = "save"


@dataclass(frozen=True, slots=True)
class ConsentLine:
    purpose: str  # a Purpose value
    standing: str  # a Standing value


@dataclass(frozen=True, slots=True)
class CardPrintout:
    salon_name: str
    language: str  # of the paper: en, vi, pl, zh_CN
    printed_at: datetime
    role: str  # who printed it, by role: the paper says whose view of the card it is
    client: ClientView
    staff_names: dict[int, str]
    patch_status: PatchStatus
    patch_tests: tuple[PatchTest, ...] | None  # None: the role sees the status only
    visits: tuple[VisitView, ...] | None  # None: the role sees dates and services only
    summaries: tuple[VisitSummary, ...]
    consents: tuple[ConsentLine, ...]  # the purposes the salon asks for
    phone_region: str = ""  # the salon's country: its numbers are printed in national format


@dataclass(frozen=True, slots=True)
class DaySheetEntry:
    client: ClientView  # filtered by role: health items for the owner and technicians
    patch_status: PatchStatus
    today: tuple[str, ...]  # the services recorded for today, by name


@dataclass(frozen=True, slots=True)
class DaySheet:
    salon_name: str
    language: str
    day: date
    printed_at: datetime
    role: str
    staff_names: dict[int, str]
    entries: tuple[DaySheetEntry, ...]
