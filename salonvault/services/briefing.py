"""The staff privacy briefing and the salon's training records (issue 21 item 3, decision 0040).

Everyone, the owner too, reads the briefing and confirms it at their first sign-in, again when
its text changes (a new version) and once a year; the window asks after the PIN, before the
workspace. A version is the four languages' texts shipped in salonvault/resources/briefing/,
hashed like the consent texts: an acknowledgement keeps the SHA-256 of the exact text read, and
one for a text that is no longer current is refused. The owner reads who confirmed which version
and when, and records other training (date, topic, who attended). The log names versions,
languages and counts, never a topic's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from salonvault.documents.processing_record_staff import BriefedPerson, StaffTraining, Training
from salonvault.domain.audit import AuditEvent
from salonvault.domain.briefing import (
    MAX_TOPIC,
    Acknowledgement,
    BriefingDue,
    BriefingStanding,
    BriefingText,
    TrainingSession,
    briefing_due,
)
from salonvault.domain.consent import CONSENT_LANGUAGES, text_sha256
from salonvault.domain.errors import NotFound, RuleViolation, ValidationError
from salonvault.domain.roles import Permission
from salonvault.resources import resource_path
from salonvault.services.access.clock import local_today
from salonvault.services.consent.templates import clean_template
from salonvault.storage.briefing_repo import BriefingRepository
from salonvault.storage.staff_repo import StaffRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

BRIEFING_LANGUAGES = CONSENT_LANGUAGES


def shipped_briefing() -> dict[str, str]:
    """The texts this program ships, by language."""
    return {
        language: clean_template(
            resource_path("briefing", f"{language}.txt").read_text(encoding="utf-8")
        )
        for language in BRIEFING_LANGUAGES
    }


class StaffBriefingService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard, clock: Clock) -> None:
        self._db = database
        self._repo = BriefingRepository(database)
        self._staff = StaffRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    def install_shipped_texts(self, shipped: Mapping[str, str] | None = None) -> int:
        """On opening (no one signed in): a new version when the shipped texts differ from the
        newest one in the vault; everyone then confirms again. Returns the version added, or 0.

        `shipped` stands in for the resource files in tests (a program update's new text)."""
        if not self._repo.has_tables():
            return 0  # a vault held at an older schema (the upgrade tests build one)
        texts = dict(shipped) if shipped is not None else shipped_briefing()
        if set(texts) != set(BRIEFING_LANGUAGES):
            raise ValueError("a briefing version has a text in every language")
        current = self._repo.current_version()
        held = self._repo.texts_of(current)
        if current and all(held[lang].sha256 == text_sha256(t) for lang, t in texts.items()):
            return 0
        with self._db.transaction():
            version = self._repo.current_version() + 1
            now = self._clock.now()
            for language in BRIEFING_LANGUAGES:
                text = texts[language]
                self._repo.add_text(version, language, text, text_sha256(text), now)
        return version

    # -- the person signing in -------------------------------------------------------------------

    def due(self, session: Session) -> BriefingDue | None:
        """Whether the signed-in person must read and confirm the briefing before working."""
        live = self._guard.live_session(session)
        latest = self._repo.latest_of(live.staff_id)
        return briefing_due(latest, self._repo.current_version(), self._clock.now())

    def text_to_show(self, session: Session, language: str) -> BriefingText:
        """The current version's text in `language` (any role: everyone reads it)."""
        self._guard.live_session(session)
        return self._current_text(_language(language))

    def acknowledge(self, session: Session, language: str, sha256: str) -> Acknowledgement:
        """The signed-in person confirms the text they were shown (by its hash); refused when
        it is no longer the current version's, so nobody confirms a text they did not read."""
        live = self._guard.live_session(session)
        language = _language(language)
        with self._db.transaction():
            text = self._current_text(language)
            if sha256 != text.sha256:
                raise RuleViolation("staff.briefing_text_changed")
            now = self._clock.now()
            self._repo.acknowledge(live.staff_id, text.id, text.sha256, now)
            self._log.record_for(
                live,
                AuditEvent(
                    "staff.briefing_acknowledged",
                    object_type="staff",
                    object_id=str(live.staff_id),
                    detail=f"version={text.version} language={language}",
                ),
            )
        return Acknowledgement(live.staff_id, text.version, language, text.sha256, now)

    def decline(self, session: Session) -> None:
        """Not now: logged, and the session ends (the window goes back to the lock screen)."""
        live = self._guard.live_session(session)
        self._log.record_for(
            live,
            AuditEvent(
                "staff.briefing_declined",
                object_type="staff",
                object_id=str(live.staff_id),
                detail=f"version={self._repo.current_version()}",
            ),
        )
        self._guard.end_session(live, "briefing_declined")

    # -- the owner ---------------------------------------------------------------------------------

    def current_version(self, session: Session) -> int:
        self._guard.live_session(session)
        return self._repo.current_version()

    def standings(self, session: Session) -> list[BriefingStanding]:
        """Every account, former staff too, with their newest acknowledgement and whether the
        briefing is due (owner only)."""
        self._guard.require(session, Permission.STAFF_MANAGE)
        return self._standings()

    def evidence_unchecked(self) -> StaffTraining:
        """For the record of processing, whose service has checked the owner already: the
        current version, each active person's confirmation, the training sessions."""
        version = self._repo.current_version()
        since = self._repo.version_dates().get(version, self._clock.now())
        names = {r.id: r.name for r in self._staff.list_all()}
        people = tuple(
            BriefedPerson(
                name=s.name,
                role=s.role,
                version=s.latest.version if s.latest else None,
                confirmed_on=s.latest.at.astimezone().date() if s.latest else None,
                up_to_date=s.due is None,
            )
            for s in self._standings()
            if s.active
        )
        trainings = tuple(
            Training(t.held_on, t.topic, tuple(names.get(i, str(i)) for i in t.attendees))
            for t in self._repo.trainings()
        )
        return StaffTraining(version, since.astimezone().date(), people, trainings)

    def _standings(self) -> list[BriefingStanding]:
        latest = self._repo.latest_by_staff()
        version, now = self._repo.current_version(), self._clock.now()
        return [
            BriefingStanding(
                staff_id=r.id,
                name=r.name,
                role=r.role,
                active=r.active,
                latest=latest.get(r.id),
                due=briefing_due(latest.get(r.id), version, now),
            )
            for r in self._staff.list_all()
        ]

    def acknowledgements(self, session: Session) -> list[Acknowledgement]:
        """Every acknowledgement ever given, newest first (owner only)."""
        self._guard.require(session, Permission.STAFF_MANAGE)
        return self._repo.acknowledgements()

    def record_training(
        self, session: Session, held_on: date, topic: str, attendees: Iterable[int]
    ) -> TrainingSession:
        """Another training session: when, what about, who attended (owner only)."""
        live = self._guard.require(session, Permission.STAFF_MANAGE)
        cleaned = " ".join(topic.split())
        if not cleaned:
            raise ValidationError("staff.training_topic_empty", field="topic")
        if len(cleaned) > MAX_TOPIC:
            raise ValidationError(
                "staff.training_topic_too_long", field="topic", max_topic=MAX_TOPIC
            )
        if held_on > local_today(self._clock):
            raise ValidationError("staff.training_date_in_future", field="held_on")
        who = tuple(sorted(set(attendees)))
        if not who:
            raise ValidationError("staff.training_without_attendees", field="attendees")
        with self._db.transaction():
            if any(self._staff.get(staff_id) is None for staff_id in who):
                raise NotFound("staff.there_such_staff_member")
            session_id = self._repo.add_training(
                held_on, cleaned, who, live.staff_id, self._clock.now()
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "staff.training",
                    object_type="training",
                    object_id=str(session_id),
                    detail=f"attendees={len(who)}",
                ),
            )
        [made] = [t for t in self._repo.trainings() if t.id == session_id]
        return made

    def trainings(self, session: Session) -> list[TrainingSession]:
        self._guard.require(session, Permission.STAFF_MANAGE)
        return self._repo.trainings()

    # -- helpers -----------------------------------------------------------------------------------

    def _current_text(self, language: str) -> BriefingText:
        texts = self._repo.texts_of(self._repo.current_version())
        if language not in texts:
            raise NotFound("staff.briefing_language", languages=", ".join(BRIEFING_LANGUAGES))
        return texts[language]


def _language(language: str) -> str:
    if language not in BRIEFING_LANGUAGES:
        raise ValidationError(
            "staff.briefing_language", "language", languages=", ".join(BRIEFING_LANGUAGES)
        )
    return language
