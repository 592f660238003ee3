"""Clients and their health items, as the services hand them out.

A `ClientView` holds only what the caller's role may see (DESIGN.md §4): fields the role may not
see are None, and `visible` lists the fields that were filled, so a caller can tell "empty" from
"not yours to see".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# The client JSON of DESIGN.md §7; unknown fields are an error, not silently dropped.
CLIENT_JSON_FIELDS = frozenset(
    {
        "family_name",
        "given_name",
        "phone",
        "phones",
        "email",
        "birth_date",
        "address",
        "language",
        "notes",
        "allergies",
        "is_minor",
        "guardian",
    }
)
# Data minimisation switches. The minor flag, preferences and tags are not switches: they are
# empty unless filled in, and the minor flag is a safeguarding fact, not an identifier.
OPTIONAL_FIELDS = ("phone", "email", "birth_date", "address", "guardian")
# A client's own fields, in the order forms and outputs show them.
RECORD_FIELDS = (
    "family_name",
    "given_name",
    "phone",
    "email",
    "birth_date",
    "address",
    "language",
    "is_minor",
    "guardian",
    "preferences",
    "tags",
    "notes",
)
# Contact details (DESIGN.md §4): owner and receptionist only. A minor's guardian is one.
CONTACT_FIELDS = ("email", "birth_date", "address", "guardian")


class PhoneLabel(StrEnum):
    """What a number is, when the person entering it says so (None: just "phone")."""

    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ClientPhone:
    """One of a client's numbers. In: as typed. Out: as entered, or masked to its last 3
    digits for a role that may not read contact details."""

    number: str
    label: PhoneLabel | None = None


@dataclass(frozen=True, slots=True)
class PinnedNote:
    """A short line every role sees at the top of the card ("prefers Anna"), apart from the
    free notes; who pinned it and when (decision 0022)."""

    id: int
    text: str
    author_id: int
    pinned_at: datetime


class HealthKind(StrEnum):
    ALLERGY = "allergy"
    CONDITION = "condition"
    MEDICATION = "medication"
    CONTRAINDICATION = "contraindication"


class Severity(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    SEVERE = "severe"


@dataclass(frozen=True, slots=True)
class Preferences:
    """How the client likes to be served: one free-text line each (DESIGN.md §6)."""

    hair: str = ""
    skin: str = ""
    lash: str = ""

    @property
    def empty(self) -> bool:
        return not (self.hair or self.skin or self.lash)

    def as_dict(self) -> dict[str, str]:
        """The filled lines only (how they are stored and printed)."""
        return {
            k: v for k, v in (("hair", self.hair), ("skin", self.skin), ("lash", self.lash)) if v
        }


@dataclass(frozen=True, slots=True)
class ClientInput:
    """What a form or the CLI sends to create or change a client (already parsed, not yet
    validated: the service checks every field)."""

    family_name: str
    given_name: str
    phone: str = ""
    email: str = ""
    birth_date: date | None = None
    address: str = ""
    language: str = ""
    notes: str = ""
    allergies: tuple[str, ...] = ()
    is_minor: bool = False
    guardian: str = ""
    preferences: Preferences = Preferences()
    tags: tuple[str, ...] = ()
    # Every number, the first one being `phone`. None: `phone` alone, and on a correction the
    # other numbers stay as they are (forms that show one phone keep working).
    phones: tuple[ClientPhone, ...] | None = None


@dataclass(frozen=True, slots=True)
class HealthItem:
    id: int
    kind: HealthKind
    text: str
    severity: Severity
    recorded_by: int
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """A search result or list row: name, masked-or-full phone, alert flags; never health
    details. Wherever a client is picked, namesakes are told apart by what follows the name:
    the client number (`id`), the phone's last digits, the birth year and the last visit."""

    id: int  # the client number
    display_name: str
    phone: str | None
    has_alerts: bool
    has_severe_alert: bool
    archived: bool
    last_visit_on: date | None
    phone_last_digits: str | None = None  # every role may see them (DESIGN.md §4: masked)
    birth_year: int | None = None  # roles that may read contact details, where one is held


@dataclass(frozen=True, slots=True)
class ClientView:
    id: int
    family_name: str
    given_name: str
    language: str
    notes: str
    archived: bool
    has_alerts: bool
    has_severe_alert: bool
    phone: str | None = None
    email: str | None = None
    birth_date: date | None = None
    address: str | None = None
    is_minor: bool = False
    guardian: str | None = None  # a contact detail: owner and receptionist only
    preferences: Preferences = Preferences()
    tags: tuple[str, ...] = ()
    health: tuple[HealthItem, ...] | None = None
    phones: tuple[ClientPhone, ...] = ()  # the first is `phone`; masked like it
    pinned_notes: tuple[PinnedNote, ...] = ()  # every role, oldest first
    visible: frozenset[str] = field(default_factory=frozenset)

    @property
    def display_name(self) -> str:
        return display_name(self.family_name, self.given_name)


def display_name(family_name: str, given_name: str) -> str:
    """Family name first, as salons in Vietnam and China write it and Polish forms accept;
    Chinese names are written without a space (王小明)."""
    if family_name and given_name and _all_cjk(family_name + given_name):
        return family_name + given_name
    return f"{family_name} {given_name}".strip()


def _all_cjk(text: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


MASK_KEEPS = 3  # digits a masked phone still shows


def mask_phone(phone: str) -> str:
    """Everything but the last 3 digits hidden (technicians, DESIGN.md §4)."""
    digits = [ch for ch in phone if ch.isdigit()]
    if len(digits) <= MASK_KEEPS:
        return "•" * len(digits)
    return "•" * (len(digits) - MASK_KEEPS) + "".join(digits[-MASK_KEEPS:])


def phone_last_digits(phone: str) -> str | None:
    """The digits a masked phone shows ("678"), the short way to tell namesakes apart."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-MASK_KEEPS:] if len(digits) > MASK_KEEPS else None


@dataclass(frozen=True, slots=True)
class ClientFilter:
    """What narrows the client list (`ClientService.filter_ids`). Every condition set must
    hold (AND); the default filter is the whole list, as `list_ids` gives it."""

    tag: str = ""  # one of the client's tags, as typed (compared the way tags are cleaned)
    service_id: int | None = None  # a visit for this service …
    technician_id: int | None = None  # … or by this technician; both set: the same visit
    last_visit_from: date | None = None  # last visit on or after this day
    last_visit_before: date | None = None  # last visit before this day, or no visit at all
    has_alerts: bool = False  # only clients with a health alert on the card
    needs_consent: bool = False  # the salon asks for service-records consent; none active
    # The dashboard's figures, opened as lists (issue 18 item 4):
    registered_from: datetime | None = None  # registered at or after this moment
    # the newest passed patch test runs out on a day in this range (both days included)
    patch_test_runs_out: tuple[date, date] | None = None
    include_archived: bool = False

    @property
    def narrows(self) -> bool:
        """Whether any condition is set (archived clients aside)."""
        return bool(
            self.tag.strip()
            or self.service_id is not None
            or self.technician_id is not None
            or self.last_visit_from is not None
            or self.last_visit_before is not None
            or self.has_alerts
            or self.needs_consent
            or self.registered_from is not None
            or self.patch_test_runs_out is not None
        )
