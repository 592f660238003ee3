"""The salon's kinds of business and the service catalogue's input."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_SERVICE_MINUTES = 12 * 60
MAX_SERVICES = 500


class BusinessKind(StrEnum):
    """What the salon does; decides the starter services (and, later, templates and wording).
    A mixed salon has several."""

    HAIR = "hair"
    BEAUTY = "beauty"  # beauty and spa: nails, lashes and brows, facials, waxing, massage
    CLINIC = "clinic"  # aesthetic clinic: peels, lasers, injections
    OPTICIAN = "optician"


@dataclass(frozen=True, slots=True)
class ServiceInput:
    """What the owner types for a service; `None` leaves duration or price unset."""

    name: str
    group: str = ""
    duration_minutes: int | None = None
    price_minor: int | None = None
    requires_patch_test: bool = False
    active: bool = True
    # Terms a client's health items are matched against (domain/contraindications.py): a
    # built-in's key or the owner's own words.
    contraindications: tuple[str, ...] = ()
