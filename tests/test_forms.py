"""Consultation forms (issue 23 item 1, decision 0038): versions and the hash of the text shown,
red flags becoming health alerts and blocking a service until reviewed, the re-sign rules, and
who may see or take a signed form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlcipher3.dbapi2 as sqlite_errors

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import (
    HealthConsentRequired,
    NotFound,
    PermissionDenied,
    RedFlagReviewRequired,
    RuleViolation,
    ValidationError,
)
from salonvault.domain.forms import (
    FORM_LANGUAGES,
    YES,
    FormStatus,
    definition_sha256,
    shown_sha256,
    shown_text,
)
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.forms import BUILT_IN_FORMS, BuiltInForm
from salonvault.services.forms.resign import add_months
from salonvault.services.vault.opening import Vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import FakeClock, Team

LASER = BuiltInForm.LASER_IPL.value


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    made = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai", language="vi")).id
    grant_health_consent(vault, team.owner, made)  # consent: the default legal basis
    return made


@pytest.fixture
def laser_service(vault: Vault, team: Team) -> int:
    service = vault.catalogue.add(team.owner, ServiceInput("Laser hair removal"))
    vault.forms.set_services(team.owner, LASER, [service])
    return service


def fill(vault: Vault, session: object, client: int, key: str = LASER, **answers: object) -> int:
    definition = vault.forms.form(session, key).definition  # type: ignore[arg-type]
    return vault.forms.fill(
        session,  # type: ignore[arg-type]
        client,
        key,
        "vi",
        harmless_answers(definition, **answers),
        signature_png(),
    )


def visit(vault: Vault, team: Team, client: int, service: int) -> int:
    return vault.treatments.add_visit(
        team.technician, client, VisitInput(visited_on=date(2026, 11, 22), service_id=service)
    )


def test_built_ins_are_installed_once_with_every_language(vault: Vault, team: Team) -> None:
    forms = vault.forms.forms(team.receptionist)
    assert [f.form_key for f in forms] == [k.value for k in BuiltInForm]
    assert vault.forms.install_built_ins() == 0
    for form in forms:
        assert (form.version, form.built_in) == (1, True)
        assert form.sha256 == definition_sha256(BUILT_IN_FORMS[BuiltInForm(form.form_key)])
        d = form.definition
        texts = [d.title, d.intro] + [s.title for s in d.sections]
        texts += [q.text for q in d.questions()] + [q.alert for q in d.questions() if q.alert]
        texts += [c.label for q in d.questions() for c in q.choices]
        for text in texts:
            assert sorted(text) == sorted(FORM_LANGUAGES) and all(text.values()), text
        assert any(q.red_flags for q in d.questions()), form.form_key


def test_a_new_version_keeps_the_old_and_forms_signed_on_it_ask_again(
    vault: Vault, team: Team, client: int
) -> None:
    own = vault.forms.copy_form(team.owner, LASER, "Laser (ours)").form_key
    filled = fill(vault, team.technician, client, own)
    old = vault.forms.form(team.owner, own)
    changed = replace(old.definition, intro={"en": "Please answer every question."})
    new = vault.forms.save_version(team.owner, own, changed)
    assert (new.version, new.built_in) == (2, False)
    assert vault.forms.save_version(team.owner, own, changed).id == new.id  # same: no new one
    [kept] = vault.forms.filled_forms(team.technician, client)
    assert (kept.id, kept.version, kept.version_id) == (filled, 1, old.id)
    assert vault.forms.status(team.technician, client, own) is FormStatus.NEW_VERSION
    with pytest.raises(PermissionDenied):
        vault.forms.save_version(team.technician, own, changed)
    with pytest.raises(sqlite_errors.IntegrityError, match="never changed"):
        vault.database.execute("UPDATE form_versions SET sha256 = 'x' WHERE id = ?", (old.id,))


def test_the_hash_kept_is_of_the_text_shown_in_the_clients_language(
    vault: Vault, team: Team, client: int
) -> None:
    fill(vault, team.technician, client)
    [kept] = vault.forms.filled_forms(team.owner, client)
    definition = vault.forms.form(team.owner, LASER).definition
    assert kept.language == "vi"
    assert kept.shown_sha256 == shown_sha256(definition, "vi")
    assert kept.shown_sha256 != shown_sha256(definition, "en")
    assert "Bạn có bị động kinh" in shown_text(definition, "vi")


def test_answers_are_checked_against_their_questions(vault: Vault, team: Team, client: int) -> None:
    with pytest.raises(ValidationError) as missing:
        vault.forms.fill(team.technician, client, LASER, "vi", {}, signature_png())
    assert missing.value.field == "allergies" or missing.value.field == "pregnant"
    for answers, field in (
        ({"epilepsy": "maybe"}, "epilepsy"),
        ({"nonsense": "yes"}, "nonsense"),
        ({"last_session": "22/11/2026"}, "last_session"),
    ):
        with pytest.raises(ValidationError) as error:
            fill(vault, team.technician, client, **answers)
        assert error.value.field == field
    with pytest.raises(ValidationError) as language:
        vault.forms.fill(team.technician, client, LASER, "fr", {}, signature_png())
    assert language.value.field == "language"
    assert vault.forms.filled_forms(team.owner, client) == []


def test_a_red_flag_becomes_a_health_alert_and_blocks_until_reviewed(
    vault: Vault, team: Team, client: int, laser_service: int
) -> None:
    filled = fill(vault, team.technician, client, pregnant=YES, tattoo_area=YES)
    alerts = vault.clients.open(team.technician, client).health
    assert {a.kind for a in alerts} == {HealthKind.CONTRAINDICATION}
    texts = {(a.severity, a.text) for a in alerts}
    assert texts == {
        (Severity.SEVERE, "Pregnant or breastfeeding (intake form) — Laser and IPL consultation"),
        (Severity.MODERATE, "Tattoo or dark moles on the area — Laser and IPL consultation"),
    }
    assert not any("[" in a.text or LASER in a.text for a in alerts)  # never the raw key
    [check] = vault.forms.check(team.receptionist, client, laser_service)
    assert check.status is FormStatus.CURRENT and check.blocks
    with pytest.raises(RedFlagReviewRequired) as refused:
        visit(vault, team, client, laser_service)
    assert refused.value.flag_ids == list(check.unreviewed_blocking)
    other = vault.catalogue.add(team.owner, ServiceInput("Manicure"))
    visit(vault, team, client, other)  # a service the form does not guard goes ahead

    [blocking] = check.unreviewed_blocking
    with pytest.raises(PermissionDenied):
        vault.forms.review_red_flag(team.receptionist, blocking, "spoke to her")
    vault.forms.review_red_flag(team.technician, blocking, "  GP letter seen;  go ahead ")
    with pytest.raises(RuleViolation):
        vault.forms.review_red_flag(team.owner, blocking)
    assert not vault.forms.check(team.receptionist, client, laser_service)[0].blocks
    visit(vault, team, client, laser_service)
    [kept] = vault.forms.filled_forms(team.owner, client)
    reviewed = next(f for f in kept.red_flags if f.id == blocking)
    assert (reviewed.question_key, reviewed.review_note) == ("pregnant", "GP letter seen; go ahead")
    assert reviewed.reviewed_by == team.technician.staff_id and kept.id == filled
    actions = [e.action for e in vault.audit.list(team.owner, AuditFilter())]
    assert {"form.fill", "form.review"} <= set(actions)
    refusals = vault.audit.list(team.owner, AuditFilter(action="visit.add"))
    assert any(e.outcome.value == "refused" and "unreviewed_flags=" in e.detail for e in refusals)


def test_the_same_alert_is_not_repeated_on_the_card(vault: Vault, team: Team, client: int) -> None:
    fill(vault, team.technician, client, epilepsy=YES)
    fill(vault, team.technician, client, epilepsy=YES)
    alerts = [a for a in vault.clients.open(team.owner, client).health if "Epilepsy" in a.text]
    assert len(alerts) == 1
    vault.settings.set_language(team.owner, "pl")  # known by its link, not by its words
    fill(vault, team.technician, client, epilepsy=YES)
    assert len(vault.clients.open(team.owner, client).health) == 1


def test_an_alert_worded_the_old_way_is_not_repeated(vault: Vault, team: Team, client: int) -> None:
    """Vaults made before the alert named the form in words hold alerts ending in the form's raw
    key, linked to their red flag, or (e.g. from an import) not linked at all."""
    fill(vault, team.technician, client, epilepsy=YES)
    [made] = vault.clients.open(team.owner, client).health
    old_linked = f"Epilepsy or seizures [{LASER}]"
    vault.database.execute("UPDATE health_items SET text = ? WHERE id = ?", (old_linked, made.id))
    old_unlinked = f"Pacemaker or implanted device [{LASER}]"
    vault.clients.add_health_item(
        team.owner, client, HealthKind.CONTRAINDICATION, old_unlinked, Severity.SEVERE
    )
    fill(vault, team.technician, client, epilepsy=YES, pacemaker=YES)
    texts = sorted(a.text for a in vault.clients.open(team.owner, client).health)
    assert texts == [old_linked, old_unlinked]


def test_alerts_are_in_the_salons_language(vault: Vault, team: Team, client: int) -> None:
    vault.settings.set_language(team.owner, "pl")
    fill(vault, team.technician, client, pacemaker=YES)
    [alert] = vault.clients.open(team.owner, client).health
    assert alert.text == (
        "Rozrusznik serca lub wszczepione urządzenie — Konsultacja zabiegu laserowego i IPL"
    )


@pytest.mark.parametrize("role", list(Role))
def test_answers_follow_the_health_rules(vault: Vault, team: Team, client: int, role: Role) -> None:
    fill(vault, team.technician, client, epilepsy=YES)
    [kept] = vault.forms.filled_forms(team.of(role), client)
    if role is Role.RECEPTIONIST:
        assert kept.withheld and kept.answers == {}
        assert [(f.question_key, f.answer) for f in kept.red_flags] == [("", "")]
        with pytest.raises(PermissionDenied):
            vault.forms.signature(team.receptionist, kept.id)
    else:
        assert not kept.withheld and kept.answers["epilepsy"] == YES
        assert vault.forms.signature(team.of(role), kept.id).startswith(b"\x89PNG")


def test_a_receptionist_hands_the_screen_over_and_sees_no_answers(
    vault: Vault, team: Team, client: int
) -> None:
    """DESIGN.md §4: the receptionist hands over the screen and sees "filled", not the answers
    (decision 0045); the red flag is on the card for the technician."""
    filled = fill(vault, team.receptionist, client, epilepsy=YES)
    [seen] = vault.forms.filled_forms(team.receptionist, client)
    assert (seen.id, seen.withheld, seen.witness_id) == (filled, True, team.receptionist.staff_id)
    assert seen.answers == {} and len(seen.red_flags) == 1
    [kept] = vault.forms.filled_forms(team.technician, client)
    assert kept.answers["epilepsy"] == YES
    with pytest.raises(PermissionDenied):
        vault.forms.review_red_flag(team.receptionist, kept.red_flags[0].id)


def test_re_sign_after_the_forms_months(
    vault: Vault, team: Team, client: int, clock: FakeClock
) -> None:
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.MISSING
    fill(vault, team.technician, client)
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT
    clock.advance(days=180)  # the laser form's 6 months from 22 November 2026 end on 22 May
    team = Team(vault)  # the first sessions ran out meanwhile
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT
    clock.advance(days=2)
    team = Team(vault)
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.EXPIRED
    fill(vault, team.technician, client)
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT


def test_re_sign_when_the_health_details_change(
    vault: Vault, team: Team, client: int, clock: FakeClock
) -> None:
    fill(vault, team.technician, client, epilepsy=YES)  # its own alert does not count
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT
    clock.advance(minutes=2)
    vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Doxycycline", Severity.MODERATE
    )
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.HEALTH_CHANGED
    clock.advance(minutes=2)
    fill(vault, team.technician, client)
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2026, 11, 22), 6) == date(2027, 5, 22)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_services_are_checked_and_unknown_forms_refused(
    vault: Vault, team: Team, client: int
) -> None:
    with pytest.raises(ValidationError):
        vault.forms.set_services(team.owner, LASER, [9999])
    with pytest.raises(PermissionDenied):
        vault.forms.set_services(team.technician, LASER, [])
    with pytest.raises(NotFound):
        vault.forms.status(team.owner, client, "no_such_form")
    with pytest.raises(NotFound):
        vault.forms.review_red_flag(team.owner, 9999)


def test_retention_treats_signed_forms_as_health_data(vault: Vault, team: Team) -> None:
    """A health purge takes the signed forms with the alerts they made (their red flags name
    those alerts, so both go together)."""
    quiet = vault.clients.create(team.owner, ClientInput("Retention", "Quiet")).id
    grant_health_consent(vault, team.owner, quiet)
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut"))
    vault.treatments.add_visit(
        team.owner, quiet, VisitInput(visited_on=date(2024, 1, 10), service_id=cut)
    )
    fill(vault, team.technician, quiet, epilepsy=YES)
    due = vault.retention.due(team.owner)
    assert [(c.id, c.items) for c in due.health] == [(quiet, 2)]  # the form and its alert
    result = vault.retention.purge(team.owner, due)
    assert result.health_rows == 2
    assert vault.forms.filled_forms(team.owner, quiet) == []
    assert vault.forms.status(team.owner, quiet, LASER) is FormStatus.MISSING


def test_a_signed_form_needs_the_legal_basis_for_health_data(vault: Vault, team: Team) -> None:
    """Consent by default (decision 0031): without it nothing is kept; withdrawing it deletes
    the signed forms with the other health data."""
    bare = vault.clients.create(team.owner, ClientInput("Lê", "Văn Nam")).id
    with pytest.raises(HealthConsentRequired):
        fill(vault, team.technician, bare, epilepsy=YES)
    assert vault.forms.filled_forms(team.owner, bare) == []
    assert vault.clients.open(team.owner, bare).health == ()
    grant_health_consent(vault, team.owner, bare)
    fill(vault, team.technician, bare, epilepsy=YES)
    vault.consent.withdraw(team.owner, bare, Purpose.HEALTH_DATA)
    assert vault.forms.filled_forms(team.owner, bare) == []
    assert vault.forms.status(team.owner, bare, LASER) is FormStatus.MISSING
