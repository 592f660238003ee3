"""Attachments: scanned or photographed paper brought into the vault (issue 23, decision 0030).

The vault never keeps the file it was given: each page is kept as a JPEG rebuilt from pixels
(services/attachments/pages.py), so no document info, XMP, JavaScript, embedded file, EXIF or
ICC profile of the original can survive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum

from salonvault.domain.errors import ValidationError
from salonvault.domain.messages import CATALOGUE, Message, Param


class AttachmentKind(StrEnum):
    PAPER_CONSENT = "paper_consent"  # a consent signed on paper, linked to the record it proves
    REFERRAL_LETTER = "referral_letter"  # a referral or GP letter (health)
    OUTSIDE_PRESCRIPTION = "outside_prescription"  # a prescription from elsewhere (health)
    OTHER = "other"

    @property
    def is_health(self) -> bool:
        """Health kinds follow the health rules (DESIGN.md §4: health kinds / other kinds)."""
        return self in HEALTH_KINDS


HEALTH_KINDS = frozenset({AttachmentKind.REFERRAL_LETTER, AttachmentKind.OUTSIDE_PRESCRIPTION})


class SourceFormat(StrEnum):
    """What the file given was (by its bytes, never by its name)."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"


class AttachmentProblem(Enum):
    """Why a file was refused. The name is the stable key (`attachment.<name>`); the value is the
    English default, filled from the error's parameters (`name`, `looks_like`, `limit`)."""

    EMPTY = "The file {name} is empty"
    TOO_LARGE = "The file {name} is larger than {limit} MB; scan it at a lower resolution"
    UNREADABLE_FILE = "The file {name} could not be read"
    NOT_ACCEPTED = "{name} is not a PDF, JPEG or PNG file"
    DISGUISED = "{name} is named as a {claimed} but is {looks_like}; nothing was stored"
    TOO_MANY_PAGES = "{name} has more than {limit} pages; split it and attach the parts"
    BOMB = (
        "{name} would take far too much memory to open (more than {limit} megapixels or a"
        " compressed bomb); nothing was stored"
    )
    LOCKED = "{name} is protected by a password; save an unprotected copy and attach that"
    DAMAGED = "{name} is damaged or incomplete (was it still being copied?); nothing was stored"

    @property
    def key(self) -> str:
        return f"attachment.{self.name.lower()}"


class AttachmentRefused(ValidationError):
    """A file that cannot become an attachment: one sentence, a key and its values."""

    def __init__(
        self,
        problem: AttachmentProblem,
        name: str,
        *,
        limit: int = 0,
        claimed: str = "",
        looks_like: str = "",
    ) -> None:
        self.problem = problem
        self.name = name
        self.limit = limit
        self.claimed = claimed
        self.looks_like = looks_like
        params: dict[str, Param | Message] = {"name": name}
        if problem in (
            AttachmentProblem.TOO_LARGE,
            AttachmentProblem.TOO_MANY_PAGES,
            AttachmentProblem.BOMB,
        ):
            params["limit"] = limit
        if problem is AttachmentProblem.DISGUISED:
            params["claimed"] = _word("claimed", claimed)
            params["looks_like"] = _word("looks_like", looks_like)
        super().__init__(Message(problem.key, **params), field="file")

    @property
    def key(self) -> str:
        return self.problem.key


def _word(kind: str, key: str) -> Message | str:
    """A file kind named by key: its catalogue words (the window has its own)."""
    full = f"attachment.{kind}_{key}"
    return Message(full) if full in CATALOGUE else key


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """A stored attachment's metadata (lists never carry the pages)."""

    id: int
    client_id: int
    kind: AttachmentKind
    dated_on: date  # the date on the paper
    note: str
    consent_record_id: int | None  # the consent a paper consent proves
    source_format: SourceFormat
    page_count: int
    stored_bytes: int
    added_by: int
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AttachmentPage:
    """One page as kept: a metadata-free JPEG, to decode in memory (never written to a file)."""

    number: int  # from 1
    width: int
    height: int
    jpeg: bytes
    sha256: str


@dataclass(frozen=True, slots=True)
class AttachmentListing:
    """What one role may see of a client's attachments: the ones it may open, and how many
    health-kind ones it may not (a receptionist learns only that they exist)."""

    shown: tuple[tuple[AttachmentInfo, bytes], ...]  # with each one's first-page thumbnail
    health_hidden: int


@dataclass(frozen=True, slots=True)
class OpenedAttachment:
    info: AttachmentInfo
    pages: tuple[AttachmentPage, ...]
