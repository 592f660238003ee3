"""Recall and due lists (issue 22 item 4, decision 0039): the clients staff call or write to
because something is due, and the marks they leave as they work through them."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from salonvault.domain.consent import Purpose


class RecallKind(StrEnum):
    """What is due. The first three are reminders of a service; the last two are marketing."""

    EYE_TEST = "eye_test"  # the newest spectacle prescription's "valid until"
    LENS_AFTERCARE = "lens_aftercare"  # the newest contact-lens fitting's "aftercare due"
    PATCH_TEST = "patch_test"  # the newest passed patch test runs out
    LAPSED = "lapsed"  # no visit for N months (an owner setting)
    BIRTHDAY = "birthday"  # only where the salon collects birth dates


# Which consent lets the salon use the phone for each kind: a due service is a reminder; a
# "we miss you" or a birthday greeting is direct marketing, by any channel a phone reaches.
REMINDER_KINDS = frozenset({RecallKind.EYE_TEST, RecallKind.LENS_AFTERCARE, RecallKind.PATCH_TEST})
PHONE_MARKETING = (Purpose.MARKETING_PHONE, Purpose.MARKETING_SMS, Purpose.MARKETING_MESSAGING)


def contact_purposes(kind: RecallKind) -> tuple[Purpose, ...]:
    """The consents any one of which (active) lets staff contact the client about `kind`."""
    return (Purpose.REMINDERS,) if kind in REMINDER_KINDS else PHONE_MARKETING


class RecallMark(StrEnum):
    CALLED = "called"  # still listed, with the mark (a message left; call again)
    BOOKED = "booked"  # off the list for this due date
    NOT_NOW = "not_now"  # off the list until a date


class NoContact(StrEnum):
    """Why a listed client shows no way to contact them."""

    NO_CONSENT = "no_consent"  # no active consent for this kind of contact
    NO_PHONE = "no_phone"  # consent, but no number on file
    ROLE = "role"  # the role sees names only (DESIGN.md §4)


@dataclass(frozen=True, slots=True)
class RecallKey:
    """One line of a list: the client, what is due, and the date it came from (a prescription's
    "valid until", the last visit for a lapsed client, this year's birthday). A mark is left on
    this key, so a new prescription or a new visit starts a fresh line."""

    client_id: int
    kind: RecallKind
    about_on: date


@dataclass(frozen=True, slots=True)
class MarkInfo:
    mark: RecallMark
    hide_until: date | None
    marked_by: str
    marked_at: datetime


@dataclass(frozen=True, slots=True)
class RecallRow:
    key: RecallKey
    due_on: date
    family_name: str
    given_name: str
    client_number: int
    phone: str  # "" when `no_contact` says why
    no_contact: NoContact | None
    mark: MarkInfo | None


@dataclass(frozen=True, slots=True)
class RecallList:
    """A list's keys, in order (soonest due first), read once; rows are read a page at a time
    (`RecallService.page`), as the client list does (decision 0022)."""

    keys: list[RecallKey]
    due_before: date
    lapsed_months: int
    birthdays_collected: bool


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def latest_with_due_by(due_before: date, months: int) -> date:
    """The last day D such that `add_months(D, months)` is on or before `due_before`: a lapsed
    client's last visit on or before it makes them due by that date."""
    back = add_months(due_before, -months)
    if due_before.day == calendar.monthrange(due_before.year, due_before.month)[1]:
        # 28 Feb is reached from 29, 30 and 31 Jan too (the clamp above).
        return back.replace(day=calendar.monthrange(back.year, back.month)[1])
    return back


def birthday_in(year: int, birth_date: date) -> date:
    """The birthday kept in `year`: 29 February falls on the 28th in other years."""
    if birth_date.month == 2 and birth_date.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birth_date.replace(year=year)
