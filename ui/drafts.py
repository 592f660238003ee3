"""What someone was typing when the screen locked, kept in memory for them alone (decision 0046).

A lock still ends the session, closes every dialog and throws the workspace away. Just before,
an open form with unsaved input (a visit, a service record, a client's details, a health item)
hands its values over as plain data; the shell keeps at most one such draft. Only the same
person in the same role, signing in again within 30 minutes, gets it back (ui/draft_reopen.py
opens the form again where it was). Anyone else signing in, a lock that keeps nothing (the
window closing, a declined briefing), the vault closing, or 30 minutes, and it is dropped.
Nothing of it is ever written to disk; saving it still goes through the services' checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.services.access import Clock
from ui.widgets.form_dialog import FormDialog

DRAFT_LIFETIME_SECONDS = 30 * 60
# The locks after which the same person may come back to their work: the idle lock, the
# computer locked, and Lock now (Switch user, Ctrl+L).
LOCKS_THAT_KEEP_DRAFTS = frozenset({"idle", "screen_locked", "switch_user"})


@dataclass
class Draft:
    staff_id: int
    role: Role
    kind: str  # the form's `draft_kind`: "visit", "record", "client", "health_item"
    place: dict[str, object]  # which client and entry the form was for
    values: dict[str, object]  # what was typed, field by field
    kept_at: float  # Clock.monotonic() at the lock

    def forget(self) -> None:
        """Empty it, so no reference keeps what was typed alive (Python cannot wipe strings:
        they go with the garbage once nothing refers to them)."""
        self.values.clear()
        self.place.clear()


class DraftKeeper(QObject):
    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._draft: Draft | None = None
        self._expiry = QTimer(self)  # dropped after 30 minutes even if nobody signs in
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(DRAFT_LIFETIME_SECONDS * 1000)
        self._expiry.timeout.connect(self.drop)

    @property
    def holds_one(self) -> bool:
        return self._draft is not None

    def keep(self, session: Session, windows: Iterable[QWidget]) -> None:
        """At a lock: the first open form with unsaved input, as plain values. With none, a
        draft still held (this person's, locked again before their workspace showed) stays."""
        for window in windows:
            if isinstance(window, FormDialog) and window.isVisible() and window.has_unsaved_input():
                self.drop()
                self._draft = Draft(
                    staff_id=session.staff_id,
                    role=session.role,
                    kind=window.draft_kind,
                    place=window.draft_place(),
                    values=window.draft_values(),
                    kept_at=self._clock.monotonic(),
                )
                self._expiry.start()
                return

    def drop_unless_for(self, session: Session) -> None:
        """At a sign-in: someone else's draft goes at once (before any page of theirs shows)."""
        if self._draft is not None and not self._belongs_to(self._draft, session):
            self.drop()

    def take(self, session: Session) -> Draft | None:
        """The draft for `session`'s person, handed over and no longer held here; None (and
        the draft dropped) for anyone else or once 30 minutes have passed."""
        draft, self._draft = self._draft, None
        self._expiry.stop()
        if draft is None:
            return None
        if not self._belongs_to(draft, session):
            draft.forget()
            return None
        return draft

    def drop(self) -> None:
        draft, self._draft = self._draft, None
        self._expiry.stop()
        if draft is not None:
            draft.forget()

    def _belongs_to(self, draft: Draft, session: Session) -> bool:
        fresh = self._clock.monotonic() - draft.kept_at < DRAFT_LIFETIME_SECONDS
        return fresh and draft.staff_id == session.staff_id and draft.role is session.role
