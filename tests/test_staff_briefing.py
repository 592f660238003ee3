"""The staff privacy briefing and training records (issue 21 item 3, decision 0040).

Versions hashed like consent texts; asked at the first sign-in, after a new version and once a
year (moved clocks, no sleeps); acknowledgements only of the text shown; the owner's view and
training sessions by role; everything logged without a topic's words.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.briefing import ACKNOWLEDGEMENT_VALID_FOR, BriefingDue
from salonvault.domain.consent import text_sha256
from salonvault.domain.errors import (
    NotFound,
    PermissionDenied,
    RuleViolation,
    SessionExpired,
    ValidationError,
)
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.services.access.clock import local_today
from salonvault.services.briefing import BRIEFING_LANGUAGES, shipped_briefing
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import NAMES, PINS, FakeClock, Team
from tests.test_consent_pdf import pdftotext
from tests.test_incidents import flat

NEWCOMER, NEWCOMER_PIN = "Zofia Lis", "847362"


def changed_texts() -> dict[str, str]:
    """A program update's new briefing: one sentence more in every language."""
    return {lang: text + "\n\nQ-21 added rule." for lang, text in shipped_briefing().items()}


def sign_in(vault: Vault, role: Role) -> Session:
    return vault.auth.sign_in(NAMES[role], PINS[role])


def newcomer(vault: Vault, team: Team, role: Role = Role.TECHNICIAN) -> Session:
    vault.staff.add(team.owner, NEWCOMER, role, NEWCOMER_PIN)
    return vault.auth.sign_in(NEWCOMER, NEWCOMER_PIN)


def confirm(vault: Vault, session: Session, language: str = "en") -> None:
    text = vault.briefing.text_to_show(session, language)
    vault.briefing.acknowledge(session, language, text.sha256)


def test_a_new_vault_holds_version_one_in_four_languages_hashed(vault: Vault, team: Team) -> None:
    assert vault.briefing.current_version(team.technician) == 1
    for language in BRIEFING_LANGUAGES:
        text = vault.briefing.text_to_show(team.technician, language)
        assert (text.version, text.language) == (1, language)
        assert text.sha256 == text_sha256(text.text)
        assert text.text == shipped_briefing()[language]
    assert "72" in vault.briefing.text_to_show(team.owner, "vi").text
    assert "Lễ tân" in vault.briefing.text_to_show(team.owner, "vi").text
    assert "Recepcja" in vault.briefing.text_to_show(team.owner, "pl").text
    with pytest.raises(ValidationError):
        vault.briefing.text_to_show(team.owner, "de")


def test_opening_again_adds_no_version_and_unchanged_texts_add_none(vault: Vault) -> None:
    assert vault.briefing.install_shipped_texts() == 0
    path, store, clock = vault.paths.data_dir, vault.device_store, vault.clock
    vault.close()
    reopened = open_vault(path, device_store=store, clock=clock)
    try:
        owner = sign_in(reopened, Role.OWNER)
        assert reopened.briefing.current_version(owner) == 1
    finally:
        reopened.close()


@pytest.mark.parametrize("role", list(Role))
def test_a_newcomer_of_any_role_is_asked_until_they_confirm(
    vault: Vault, team: Team, clock: FakeClock, role: Role
) -> None:
    session = newcomer(vault, team, role)
    assert vault.briefing.due(session) is BriefingDue.FIRST
    clock.advance(minutes=2)
    confirm(vault, session, "pl")
    assert vault.briefing.due(session) is None
    [mine] = [s for s in vault.briefing.standings(team.owner) if s.name == NEWCOMER]
    assert mine.due is None and mine.latest is not None
    assert (mine.latest.version, mine.latest.language, mine.latest.at) == (1, "pl", clock.now())
    [entry] = vault.audit.list(
        team.owner, AuditFilter(action="staff.briefing_acknowledged", limit=1)
    )
    assert entry.staff_id == session.staff_id and entry.detail == "version=1 language=pl"


def test_the_template_staff_have_confirmed_and_the_owner_too_is_asked(
    vault: Vault, team: Team
) -> None:
    standings = {s.name: s for s in vault.briefing.standings(team.owner)}
    assert {standings[NAMES[r]].due for r in Role} == {None}
    session = newcomer(vault, team, Role.OWNER)
    assert vault.briefing.due(session) is BriefingDue.FIRST


def test_a_new_version_asks_everyone_again_and_the_old_text_cannot_be_confirmed(
    vault: Vault, team: Team
) -> None:
    old = vault.briefing.text_to_show(team.receptionist, "vi")
    assert vault.briefing.install_shipped_texts(changed_texts()) == 2
    assert vault.briefing.install_shipped_texts(changed_texts()) == 0  # the same text again
    for role in Role:
        assert vault.briefing.due(team.of(role)) is BriefingDue.NEW_VERSION
    with pytest.raises(RuleViolation) as refused:
        vault.briefing.acknowledge(team.receptionist, "vi", old.sha256)
    assert refused.value.key == "staff.briefing_text_changed"
    new = vault.briefing.text_to_show(team.receptionist, "vi")
    assert new.version == 2 and new.text.endswith("Q-21 added rule.") and new.sha256 != old.sha256
    vault.briefing.acknowledge(team.receptionist, "vi", new.sha256)
    assert vault.briefing.due(team.receptionist) is None
    assert vault.briefing.due(team.technician) is BriefingDue.NEW_VERSION
    history = vault.briefing.acknowledgements(team.owner)
    assert [(a.version, a.language) for a in history if a.staff_id == team.receptionist.staff_id][
        :2
    ] == [(2, "vi"), (1, "en")]


def test_a_version_changes_with_any_one_language(vault: Vault, team: Team) -> None:
    texts = shipped_briefing()
    texts["zh_CN"] += "\n\n补充一条。"
    assert vault.briefing.install_shipped_texts(texts) == 2
    assert vault.briefing.due(team.technician) is BriefingDue.NEW_VERSION


def test_once_a_year(vault: Vault, clock: FakeClock) -> None:
    """The template's staff confirmed at the clock's start; a year on, they are asked again."""
    clock.advance(seconds=(ACKNOWLEDGEMENT_VALID_FOR - timedelta(minutes=1)).total_seconds())
    session = sign_in(vault, Role.TECHNICIAN)
    assert vault.briefing.due(session) is None
    clock.advance(minutes=1)
    assert vault.briefing.due(session) is BriefingDue.YEARLY
    [tech] = [
        s for s in vault.briefing.standings(sign_in(vault, Role.OWNER)) if s.role is Role.TECHNICIAN
    ]
    assert tech.due is BriefingDue.YEARLY
    confirm(vault, session)
    assert vault.briefing.due(session) is None


def test_declining_ends_the_session_and_is_logged(vault: Vault, team: Team) -> None:
    session = newcomer(vault, team)
    vault.briefing.decline(session)
    with pytest.raises(SessionExpired):
        vault.briefing.due(session)
    [entry] = vault.audit.list(team.owner, AuditFilter(action="staff.briefing_declined", limit=1))
    assert entry.staff_id == session.staff_id and entry.detail == "version=1"
    [ended] = vault.audit.list(team.owner, AuditFilter(action="session.end", limit=1))
    assert ended.detail == "reason=briefing_declined"


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.TECHNICIAN])
def test_only_the_owner_sees_the_acknowledgements_and_records_training(
    vault: Vault, team: Team, role: Role
) -> None:
    session = team.of(role)
    today = local_today(vault.clock)
    for call in (
        lambda: vault.briefing.standings(session),
        lambda: vault.briefing.acknowledgements(session),
        lambda: vault.briefing.trainings(session),
        lambda: vault.briefing.record_training(session, today, "Fire drill", [session.staff_id]),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_the_owner_records_training_sessions(vault: Vault, team: Team) -> None:
    today = local_today(vault.clock)
    ids = [team.of(r).staff_id for r in Role]
    made = vault.briefing.record_training(
        team.owner, today - timedelta(days=3), "  Phones   and USB sticks QT-7 ", ids
    )
    assert made.topic == "Phones and USB sticks QT-7" and made.attendees == tuple(sorted(ids))
    later = vault.briefing.record_training(team.owner, today, "Screens", ids[:1])
    assert [t.id for t in vault.briefing.trainings(team.owner)] == [later.id, made.id]
    [entry] = vault.audit.list(team.owner, AuditFilter(action="staff.training", limit=1))
    assert entry.detail == "attendees=1" and "Screens" not in str(entry)
    refusals = {
        "staff.training_topic_empty": (today, " ", ids),
        "staff.training_topic_too_long": (today, "x" * 201, ids),
        "staff.training_date_in_future": (today + timedelta(days=1), "Later", ids),
        "staff.training_without_attendees": (today, "Nobody", []),
    }
    for key, (held_on, topic, who) in refusals.items():
        with pytest.raises(ValidationError) as refused:
            vault.briefing.record_training(team.owner, held_on, topic, who)
        assert refused.value.key == key
    with pytest.raises(NotFound):
        vault.briefing.record_training(team.owner, today, "Ghost", [9999])
    assert len(vault.briefing.trainings(team.owner)) == 2


def test_texts_acknowledgements_and_training_are_never_changed(vault: Vault, team: Team) -> None:
    vault.briefing.record_training(team.owner, local_today(vault.clock), "Kept", [1])
    for table in ("briefing_texts", "briefing_acknowledgements", "training_sessions"):
        with pytest.raises(Exception, match="never changed"):
            vault.database.execute(f"UPDATE {table} SET id = id")
        with pytest.raises(Exception, match="kept"):
            vault.database.execute(f"DELETE FROM {table}")


@pytest.mark.parametrize("language", list(BRIEFING_LANGUAGES))
def test_the_record_of_processing_lists_the_briefing_and_training(
    vault: Vault, team: Team, language: str
) -> None:
    """Under organisational measures: the version, who confirmed it when, who is asked again,
    and each training session (pdftotext of the PDF, in each language)."""
    today = local_today(vault.clock)
    ids = [team.of(r).staff_id for r in (Role.OWNER, Role.TECHNICIAN)]
    vault.briefing.record_training(team.owner, today, "Telefony i pendrive QT-9", ids)
    newcomer(vault, team, Role.RECEPTIONIST)  # added, not yet confirmed
    text = flat(pdftotext(vault.processing_record.ropa_pdf(team.owner, language)))
    assert "8a." in text and "QT-9" in text and today.isoformat() in text
    for role in Role:
        assert flat(NAMES[role]) in text
    assert flat(NEWCOMER) in text
    never = {
        "en": "not confirmed yet",
        "vi": "chưa xác nhận",
        "pl": "jeszcze nie",
        "zh_CN": "尚未确认",
    }
    assert flat(never[language]) in text
    version = {"en": "version 1", "vi": "phiên bản 1", "pl": "wersja 1", "zh_CN": "第 1 版"}
    assert flat(version[language]) in text
