"""The breach register: counts from the vault, the 72-hour clock, the two notification drafts in
every language, owner only, and a log that names counts and ids but never the description."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from salonvault.documents.formats import paper_date
from salonvault.documents.incident_notice import INCIDENT_WORDS
from salonvault.documents.jurisdiction_text import authority
from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.domain.incidents import (
    AffectedScope,
    ClockState,
    DataCategory,
    IncidentInput,
    IncidentStatus,
    NotificationClock,
    ScopeKind,
)
from salonvault.domain.jurisdiction import Regime, regime_for
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import NAMES, PINS, FakeClock, Team
from tests.test_consent import jpeg
from tests.test_consent_pdf import pdffonts, pdftotext

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)  # FakeClock's start
SUMMARY = "The reception laptop was stolen from the car of Jan Kowalski."
HEALTH = frozenset({DataCategory.IDENTITY, DataCategory.HEALTH})


def incident(
    scope: AffectedScope | None = None,
    discovered: datetime = NOW - timedelta(hours=10),
    **changes: object,
) -> IncidentInput:
    values: dict[str, object] = {
        "summary": SUMMARY,
        "discovered_at": discovered,
        "categories": HEALTH,
        "scope": scope or AffectedScope(ScopeKind.WITH_HEALTH),
        "occurred_at": discovered - timedelta(hours=5),
        "measures": "Vault key slot of the laptop removed; PINs reset.",
    }
    values.update(changes)
    return IncidentInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def salon(vault: Vault, team: Team) -> dict[str, int]:
    """Four clients: two with health data, one with photos, one with nothing but a name."""
    owner = team.owner
    ids = {
        name: vault.clients.create(owner, ClientInput("Incident", name, phone=phone)).id
        for name, phone in (("Anna", "+48 601 234 567"), ("Bao", ""), ("Chen", ""), ("Dora", ""))
    }
    grant_health_consent(vault, owner, ids["Anna"])  # health data rests on consent
    vault.clients.add_health_item(owner, ids["Anna"], HealthKind.ALLERGY, "PPD", Severity.SEVERE)
    vault.treatments.record_patch_test(owner, ids["Bao"], date(2026, 11, 1), "Wella 7/0")
    grant_photo_consent(vault, owner, ids["Chen"])
    vault.photos.add_photo(owner, ids["Chen"], jpeg(), PhotoKind.BEFORE)
    return ids


def test_the_scope_is_counted_from_the_vault(vault: Vault, team: Team, salon: dict[str, int]):
    count = vault.incidents.affected(team.owner, AffectedScope(ScopeKind.ALL_CLIENTS), HEALTH)
    assert count.clients == 4 and count.by_category == {
        DataCategory.IDENTITY: 4,
        DataCategory.HEALTH: 2,
    }
    everything = frozenset(DataCategory)
    health = vault.incidents.affected(team.owner, AffectedScope(ScopeKind.WITH_HEALTH), everything)
    assert health.clients == 2
    assert health.by_category[DataCategory.CONTACT] == 1  # only Anna has a phone
    assert health.by_category[DataCategory.PHOTOS] == 0
    photos = vault.incidents.affected(team.owner, AffectedScope(ScopeKind.WITH_PHOTOS), HEALTH)
    assert photos.clients == 1
    day = NOW.date()
    between = AffectedScope(ScopeKind.REGISTERED_BETWEEN, day, day)
    assert vault.incidents.affected(team.owner, between, HEALTH).clients == 4
    earlier = AffectedScope(ScopeKind.REGISTERED_BETWEEN, date(2020, 1, 1), date(2026, 11, 21))
    assert vault.incidents.affected(team.owner, earlier, HEALTH).clients == 0
    manual = vault.incidents.affected(
        team.owner, AffectedScope(ScopeKind.MANUAL, manual_count=7), HEALTH
    )
    assert manual.clients == 7 and not manual.counted


def test_record_keeps_the_counts_and_logs_no_words(
    vault: Vault, team: Team, salon: dict[str, int]
) -> None:
    recorded = vault.incidents.record(team.owner, incident())
    assert recorded.affected.clients == 2 and recorded.status is IncidentStatus.OPEN
    assert recorded.summary == SUMMARY and recorded.recorded_by == team.owner.staff_id
    assert vault.incidents.list(team.owner) == [recorded]
    entries = vault.audit.list(team.owner, AuditFilter(action="incident.record"))
    assert [e.object_id for e in entries] == [str(recorded.id)]
    assert entries[0].detail == (
        "status=open scope=with_health clients=2 categories=identity,health notified=no"
    )
    assert "Kowalski" not in entries[0].detail and "laptop" not in entries[0].detail


def test_an_update_keeps_the_counts_unless_the_scope_changes(
    vault: Vault, team: Team, salon: dict[str, int]
) -> None:
    recorded = vault.incidents.record(team.owner, incident())
    vault.erasure.erase(team.owner, salon["Anna"], "Incident Anna", True)
    contained = vault.incidents.update(
        team.owner, recorded.id, incident(status=IncidentStatus.CONTAINED)
    )
    assert contained.affected.clients == 2  # as reported, not rewritten by the erasure
    assert contained.status is IncidentStatus.CONTAINED
    wider = vault.incidents.update(
        team.owner, recorded.id, incident(scope=AffectedScope(ScopeKind.ALL_CLIENTS))
    )
    assert wider.affected.clients == 3
    details = [
        e.detail for e in vault.audit.list(team.owner, AuditFilter(action="incident.update"))
    ]
    assert {d.rsplit(" ", 1)[1] for d in details} == {"recounted=no", "recounted=yes"}
    with pytest.raises(NotFound):
        vault.incidents.update(team.owner, 999, incident())


def test_the_72_hour_clock(vault: Vault, team: Team, clock: FakeClock) -> None:
    recorded = vault.incidents.record(team.owner, incident(discovered=NOW - timedelta(hours=10)))
    running = vault.incidents.clock(recorded)
    assert running.state is ClockState.RUNNING and running.hours == 62
    assert running.deadline == NOW + timedelta(hours=62)
    clock.advance(hours=62, minutes=30)
    overdue = vault.incidents.clock(recorded)
    assert overdue.state is ClockState.OVERDUE and overdue.hours == 1  # half an hour late is late
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])  # the old session idled out
    notified = vault.incidents.update(
        owner, recorded.id, incident(authority_notified_at=NOW + timedelta(hours=40))
    )
    in_time = vault.incidents.clock(notified)
    assert in_time.state is ClockState.NOTIFIED_IN_TIME and in_time.hours == 50
    late = vault.incidents.update(
        owner, recorded.id, incident(authority_notified_at=NOW + timedelta(hours=62, minutes=15))
    )
    assert vault.incidents.clock(late) == NotificationClock(
        NOW + timedelta(hours=62), ClockState.NOTIFIED_LATE, 1
    )
    closed = vault.incidents.update(owner, recorded.id, incident(status=IncidentStatus.CLOSED))
    assert vault.incidents.clock(closed).state is ClockState.CLOSED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"summary": "  "}, "summary"),
        ({"summary": "x" * 2001}, "summary"),
        ({"discovered": NOW + timedelta(hours=1)}, "discovered_at"),
        ({"discovered": datetime(2026, 11, 22, 8, 0)}, "discovered_at"),  # no time zone
        ({"occurred_at": NOW}, "occurred_at"),
        ({"categories": frozenset()}, "categories"),
        ({"scope": AffectedScope(ScopeKind.REGISTERED_BETWEEN)}, "registered_from"),
        (
            {
                "scope": AffectedScope(
                    ScopeKind.REGISTERED_BETWEEN, date(2026, 2, 1), date(2026, 1, 1)
                )
            },
            "registered_to",
        ),
        ({"scope": AffectedScope(ScopeKind.MANUAL)}, "manual_count"),
        ({"scope": AffectedScope(ScopeKind.MANUAL, manual_count=-1)}, "manual_count"),
        ({"authority_notified_at": NOW - timedelta(days=2)}, "authority_notified_at"),
        ({"authority_notified_at": NOW + timedelta(hours=2)}, "authority_notified_at"),
        ({"measures": "m" * 2001}, "measures"),
    ],
)
def test_bad_input_names_its_field(
    vault: Vault, team: Team, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        vault.incidents.record(team.owner, incident(**changes))  # type: ignore[arg-type]
    assert error.value.field == field
    assert vault.incidents.list(team.owner) == []


def test_incidents_are_never_deleted(vault: Vault, team: Team) -> None:
    recorded = vault.incidents.record(team.owner, incident())
    with pytest.raises(Exception, match="keeps every incident"):
        vault.database.execute("DELETE FROM incidents WHERE id = ?", (recorded.id,))


SALONS = {
    "en": ("Hair by Rosie", "3 Mill Lane\nLeeds"),
    "vi": ("Salon Hoa Mai", "12 Lý Thường Kiệt\nHà Nội"),
    "pl": ("Salon Gęś", "ul. Źródlana 5\n00-950 Łódź"),
    "zh_CN": ("美发沙龙", "北京市朝阳区建国路 88 号"),
}


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", list(SALONS))
def test_the_authority_draft_in_every_language(
    vault: Vault, team: Team, salon: dict[str, int], language: str, tmp_path: Path
) -> None:
    name, address = SALONS[language]
    vault.settings.set_salon_name(team.owner, name)
    vault.settings.set_salon_address(team.owner, address)
    vault.settings.set_language(team.owner, language)
    recorded = vault.incidents.record(team.owner, incident(consequences=""))
    pdf = vault.incidents.authority_notice_pdf(team.owner, recorded.id)
    text = flat(pdftotext(pdf))
    words = INCIDENT_WORDS[language]
    assert flat(words.authority_title) in text and flat(words.authority_draft[0]) in text
    assert flat(name) in text and flat(SUMMARY) in text
    country = vault.settings.salon_country()
    regime = regime_for(country)
    # Vietnam's law counts from the breach (5 h before discovery), the GDPR from discovery;
    # China's PIPL asks for notice immediately, so no count of hours is printed.
    hours = {Regime.VIETNAM: 15, Regime.CHINA: None}.get(regime, 10)
    if hours is None:
        assert flat(words.due_immediately) in text and "72" not in text
    else:
        assert flat(words.hours.format(hours=hours)) in text
    assert (
        flat(words.category_count.format(category=words.categories[DataCategory.HEALTH], count=2))
        in text
    )
    assert flat(words.sensitive[regime]) in text
    assert flat(words.complete.format(what=words.fill_consequences)) in text  # left to complete
    assert flat(words.complete.format(what=words.fill_contact)) in text
    assert flat(words.law[regime].format(authority=authority(country, language))) in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
    entries = vault.audit.list(team.owner, AuditFilter(action="incident.notice"))
    assert [e.detail for e in entries] == [f"to=authority language={language}"]


@pytest.mark.parametrize("language", list(SALONS))
def test_the_client_letter_in_every_language(
    vault: Vault, team: Team, salon: dict[str, int], language: str
) -> None:
    vault.settings.set_language(team.owner, language)
    recorded = vault.incidents.record(team.owner, incident(occurred_at=None))
    text = flat(pdftotext(vault.incidents.client_notice_pdf(team.owner, recorded.id)))
    words = INCIDENT_WORDS[language]
    assert flat(words.clients_title) in text and flat(words.clients_draft[0]) in text
    found_on = paper_date(date(2026, 11, 21), language)  # as the letter's language writes it
    assert flat(words.when_found.format(discovered=found_on)) in text
    assert flat(words.categories[DataCategory.HEALTH]) in text
    assert flat("Vault key slot of the laptop removed; PINs reset.") in text
    assert flat(words.advice[0]) in text
    assert "2" not in words.clients_title  # no counts in a letter to one client


def test_an_overdue_draft_asks_for_the_reasons(vault: Vault, team: Team, clock: FakeClock) -> None:
    recorded = vault.incidents.record(team.owner, incident(discovered=NOW - timedelta(hours=80)))
    text = flat(pdftotext(vault.incidents.authority_notice_pdf(team.owner, recorded.id)))
    assert flat("Hours from discovery to the printing of this draft 80 h") in text
    assert flat("[to complete: the reasons for the delay (GDPR Art. 33(1))]") in text
    assert "overdue" not in text and "in time" not in text


@pytest.mark.parametrize("role", ["receptionist", "technician"])
def test_only_the_owner_keeps_the_register(vault: Vault, team: Team, role: str) -> None:
    recorded = vault.incidents.record(team.owner, incident())
    session = getattr(team, role)
    calls = [
        lambda: vault.incidents.list(session),
        lambda: vault.incidents.get(session, recorded.id),
        lambda: vault.incidents.record(session, incident()),
        lambda: vault.incidents.update(session, recorded.id, incident()),
        lambda: vault.incidents.affected(session, AffectedScope(ScopeKind.ALL_CLIENTS), HEALTH),
        lambda: vault.incidents.authority_notice_pdf(session, recorded.id),
        lambda: vault.incidents.client_notice_pdf(session, recorded.id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert len(denied) == len(calls)
    assert all(e.detail == "permission=INCIDENTS" for e in denied)
    assert len(vault.incidents.list(team.owner)) == 1
