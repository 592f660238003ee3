"""Recall and due lists (issue 22 item 4, decision 0039): eye tests due, contact-lens aftercare
due, patch tests running out, lapsed clients and birthdays, with names, for staff to work
through; a phone number only where the client's consent covers that contact; marks (called,
booked, not now) remembered and logged.

Owner and receptionist see the contact as consent allows and leave marks; a technician sees
names only (DESIGN.md §4) and no birthdays (a birth date is a contact detail).
"""

from __future__ import annotations

import builtins
from datetime import date, timedelta
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.recalls import (
    MarkInfo,
    NoContact,
    RecallKey,
    RecallKind,
    RecallList,
    RecallMark,
    RecallRow,
    add_months,
    contact_purposes,
)
from salonvault.domain.roles import Permission, role_allows
from salonvault.services.access.clock import local_today
from salonvault.storage.recalls_repo import RecallsRepository, Window
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from collections.abc import Callable

    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

LAPSED_MONTHS_KEY = "recall_lapsed_months"
DEFAULT_LAPSED_MONTHS = 12
LAPSED_MONTHS_RANGE = (1, 60)
DEFAULT_HORIZON_DAYS = 30  # a list with no date: what is due in the next 30 days, and overdue
MAX_PAGE = 500
BIRTH_DATE_FIELD = "birth_date"


class RecallService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        collected_fields: Callable[[], frozenset[str]],
    ) -> None:
        self._db = database
        self._repo = RecallsRepository(database)
        self._settings = SettingsRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._collected_fields = collected_fields

    # -- the owner's setting -----------------------------------------------------------------

    def lapsed_months(self) -> int:
        """A client is lapsed after this many months without a visit."""
        return int(self._settings.get(LAPSED_MONTHS_KEY, DEFAULT_LAPSED_MONTHS))

    def set_lapsed_months(self, session: Session, months: int) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        low, high = LAPSED_MONTHS_RANGE
        if not low <= months <= high:
            raise ValidationError(
                "clients.recall_lapsed_range", field="lapsed_months", low=low, high=high
            )
        with self._db.transaction():
            self._settings.set(LAPSED_MONTHS_KEY, months)
            self._log.record_for(
                live, AuditEvent("settings.change", detail=f"field={LAPSED_MONTHS_KEY}")
            )

    # -- the lists ---------------------------------------------------------------------------

    def birthdays_collected(self) -> bool:
        return BIRTH_DATE_FIELD in self._collected_fields()

    def kinds(self, session: Session) -> builtins.list[RecallKind]:
        """The kinds this person's list offers: birthdays only where the salon collects birth
        dates and the role may see them."""
        live = self._guard.require(session, Permission.RECALLS_READ)
        return [kind for kind in RecallKind if self._offered(live, kind)]

    def _offered(self, session: Session, kind: RecallKind) -> bool:
        if kind is not RecallKind.BIRTHDAY:
            return True
        return self.birthdays_collected() and role_allows(session.role, Permission.CONTACT_READ)

    def list(
        self,
        session: Session,
        kind: RecallKind | None = None,
        due_before: date | None = None,
        database: Database | None = None,
    ) -> RecallList:
        """The lines due on or before `due_before` (default: 30 days from today; overdue ones
        too), soonest first; `kind` None is every kind offered. Lines a mark hides are left out
        (booked; not now until a later day). `database`: read on that connection (the
        dashboard's own) instead of the vault's."""
        live = self._guard.require(session, Permission.RECALLS_READ)
        if kind is RecallKind.BIRTHDAY and not role_allows(live.role, Permission.CONTACT_READ):
            self._guard.require(live, Permission.CONTACT_READ)  # refused, and logged
        today = local_today(self._clock)
        end = due_before or today + timedelta(days=DEFAULT_HORIZON_DAYS)
        kinds = [k for k in RecallKind if self._offered(live, k) and kind in (None, k)]
        window = Window(today, end, self.lapsed_months())
        repo = self._repo if database is None else RecallsRepository(database)
        keys = [key for key, _ in repo.keys(kinds, window)]
        return RecallList(keys, end, window.lapsed_months, self.birthdays_collected())

    def page(self, session: Session, keys: builtins.list[RecallKey]) -> builtins.list[RecallRow]:
        """The rows for `keys` (a page of `list`'s keys, at most MAX_PAGE), in that order. A
        client since erased is left out."""
        live = self._guard.require(session, Permission.RECALLS_READ)
        if len(keys) > MAX_PAGE:
            raise ValidationError("clients.recall_page_limit", most=MAX_PAGE)
        if not keys:
            return []
        see_contact = role_allows(live.role, Permission.CONTACT_READ)
        ids = sorted({key.client_id for key in keys})
        clients = self._repo.clients(ids)
        consenting = {
            purpose: self._repo.consenting(purpose, ids)
            for kind in {key.kind for key in keys}
            for purpose in contact_purposes(kind)
        }
        marks = self._repo.newest_marks(keys)
        lapsed_months = self.lapsed_months()
        rows: builtins.list[RecallRow] = []
        for key in keys:
            facts = clients.get(key.client_id)
            if facts is None:
                continue
            may_contact = any(
                key.client_id in consenting[purpose] for purpose in contact_purposes(key.kind)
            )
            no_contact = (
                NoContact.ROLE
                if not see_contact
                else NoContact.NO_CONSENT
                if not may_contact
                else NoContact.NO_PHONE
                if not facts.phone
                else None
            )
            stored = marks.get(key)
            rows.append(
                RecallRow(
                    key=key,
                    due_on=due_on(key, lapsed_months),
                    family_name=facts.family_name,
                    given_name=facts.given_name,
                    client_number=key.client_id,
                    phone=facts.phone if no_contact is None else "",
                    no_contact=no_contact,
                    mark=(
                        MarkInfo(stored.mark, stored.hide_until, stored.marked_by, stored.marked_at)
                        if stored
                        else None
                    ),
                )
            )
        return rows

    # -- marks -------------------------------------------------------------------------------

    def mark(
        self,
        session: Session,
        key: RecallKey,
        mark: RecallMark,
        hide_until: date | None = None,
    ) -> int:
        """Leave a mark on a line: called (it stays listed, marked), booked (off the list for
        this due date), not now (off the list until `hide_until`, a day after today). Logged."""
        live = self._guard.require(session, Permission.RECALLS_MARK, "client", str(key.client_id))
        today = local_today(self._clock)
        if mark is RecallMark.NOT_NOW:
            if hide_until is None or hide_until <= today:
                raise ValidationError("clients.recall_hide_until_future", field="hide_until")
        elif hide_until is not None:
            raise ValidationError("clients.recall_hide_only_not_now", field="hide_until")
        with self._db.transaction():
            if not self._repo.clients([key.client_id]):
                raise NotFound("clients.there_such_client")
            mark_id = self._repo.add_mark(key, mark, hide_until, live.staff_id, self._clock.now())
            detail = f"recall={key.kind.value} mark={mark.value}"
            if hide_until is not None:
                detail += f" until={hide_until.isoformat()}"
            self._log.record_for(
                live,
                AuditEvent(
                    "recall.mark", object_type="client", object_id=str(key.client_id), detail=detail
                ),
            )
        return mark_id


def due_on(key: RecallKey, lapsed_months: int) -> date:
    """When a line is due: its own date, except a lapsed client's (N months after the visit)."""
    if key.kind is RecallKind.LAPSED:
        return add_months(key.about_on, lapsed_months)
    return key.about_on
