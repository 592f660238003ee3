"""Before/after photos: what a caller gets back about a stored photo (never the file it came
from; the vault keeps only a re-encoded JPEG without metadata)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class PhotoKind(StrEnum):
    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """A stored photo's metadata, without the image (lists never carry the pictures)."""

    id: int
    client_id: int
    visit_id: int | None
    kind: PhotoKind
    taken_on: date
    width: int
    height: int
    added_by: int
    added_at: datetime


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """A small JPEG for the photo grid, with the photo it stands for."""

    info: PhotoInfo
    jpeg: bytes


@dataclass(frozen=True, slots=True)
class PhotoImage:
    """One opened photo: the stored JPEG, to decode in memory (never written to a file)."""

    info: PhotoInfo
    jpeg: bytes
