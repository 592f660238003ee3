"""The staff privacy briefing and training records (issue 21 item 3, decision 0040).

A briefing version is the four languages' texts together: a new version asks everyone to read
and acknowledge again, whichever language they read it in. An acknowledgement holds for a year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from salonvault.domain.roles import Role

# "Once a year": an acknowledgement older than this is asked for again.
ACKNOWLEDGEMENT_VALID_FOR = timedelta(days=365)
MAX_TOPIC = 200


class BriefingDue(StrEnum):
    """Why a staff member must read the briefing (again) before working."""

    FIRST = "first"  # never acknowledged
    NEW_VERSION = "new_version"  # the text changed since they acknowledged it
    YEARLY = "yearly"  # acknowledged over a year ago


@dataclass(frozen=True, slots=True)
class BriefingText:
    id: int
    version: int
    language: str
    text: str
    sha256: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    staff_id: int
    version: int
    language: str
    sha256: str
    at: datetime


@dataclass(frozen=True, slots=True)
class BriefingStanding:
    """One staff member's place with the briefing, for the owner's Staff page and the CLI."""

    staff_id: int
    name: str
    role: Role
    active: bool
    latest: Acknowledgement | None  # their newest acknowledgement, of any version
    due: BriefingDue | None  # None: acknowledged the current version within the year


@dataclass(frozen=True, slots=True)
class TrainingSession:
    id: int
    held_on: date
    topic: str
    attendees: tuple[int, ...]  # staff ids
    recorded_by: int
    recorded_at: datetime


def briefing_due(
    latest: Acknowledgement | None, current_version: int, now: datetime
) -> BriefingDue | None:
    """Whether, and why, someone whose newest acknowledgement is `latest` reads it again."""
    if latest is None:
        return BriefingDue.FIRST
    if latest.version < current_version:
        return BriefingDue.NEW_VERSION
    if now - latest.at >= ACKNOWLEDGEMENT_VALID_FOR:
        return BriefingDue.YEARLY
    return None
