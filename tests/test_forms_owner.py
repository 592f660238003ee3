"""The owner shapes the consultation forms (decision 0045): a copy of a built-in becomes the
salon's own form, its questions change by new versions (signed forms keep theirs), built-ins
change only with the program, and the re-sign rule (months, health changes) is set without a
new version."""

from __future__ import annotations

from dataclasses import replace

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.errors import (
    FormQuestionError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from salonvault.domain.forms import (
    YES,
    AnswerKind,
    Choice,
    FormStatus,
    Question,
    ResignRule,
    Section,
)
from salonvault.domain.roles import Role
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import Vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import FakeClock, Team

LASER = BuiltInForm.LASER_IPL.value


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    made = vault.clients.create(team.owner, ClientInput("Nowak", "Anna", language="pl")).id
    grant_health_consent(vault, team.owner, made)
    return made


def sign(vault: Vault, team: Team, client: int, key: str, **answers: object) -> int:
    definition = vault.forms.form(team.technician, key).definition
    return vault.forms.fill(
        team.technician, client, key, "pl", harmless_answers(definition, **answers), signature_png()
    )


def test_a_copy_is_the_salons_own_form_named_in_the_salons_language(
    vault: Vault, team: Team
) -> None:
    vault.settings.set_language(team.owner, "pl")
    copy = vault.forms.copy_form(team.owner, LASER, "  Laser   u nas ")
    original = vault.forms.form(team.owner, LASER)
    assert (copy.form_key, copy.version, copy.built_in) == ("own_1", 1, False)
    assert copy.definition.title["pl"] == "Laser u nas"
    assert copy.definition.title["vi"] == original.definition.title["vi"]
    assert copy.definition.sections == original.definition.sections
    assert vault.forms.services_of(team.owner, copy.form_key) == []
    assert vault.forms.copy_form(team.owner, copy.form_key, "Drugi").form_key == "own_2"
    assert [f.form_key for f in vault.forms.forms(team.owner)][-2:] == ["own_1", "own_2"]
    details = {e.detail for e in vault.audit.list(team.owner, AuditFilter(action="form.copy"))}
    assert "consultation=own_1 copied_from=laser_ipl" in details
    with pytest.raises(ValidationError) as unnamed:
        vault.forms.copy_form(team.owner, LASER, "   ")
    assert unnamed.value.field == "name"
    with pytest.raises(PermissionDenied):
        vault.forms.copy_form(team.technician, LASER, "Mine")


def test_built_ins_change_only_with_the_program(vault: Vault, team: Team) -> None:
    """Saving a built-in's key would be undone at the next opening (install_built_ins puts the
    shipped definition back as a newer version), so the service refuses it."""
    laser = vault.forms.form(team.owner, LASER)
    with pytest.raises(RuleViolation) as refused:
        vault.forms.save_version(team.owner, LASER, replace(laser.definition, intro={"en": "x"}))
    assert refused.value.message.key == "forms.built_in_unchanged"
    assert vault.forms.form(team.owner, LASER).version == 1


def test_the_owner_adds_a_blocking_red_flag_question_in_a_new_version(
    vault: Vault, team: Team, client: int
) -> None:
    own = vault.forms.copy_form(team.owner, LASER, "Laser (ours)")
    first = sign(vault, team, client, own.form_key)
    question = Question(
        "gold_therapy",
        AnswerKind.YES_NO,
        {"en": "Have you ever had gold injections?", "pl": "Czy miała Pani terapię złotem?"},
        red_flags=frozenset({YES}),
        alert={"pl": "Terapia złotem (laser przeciwwskazany)"},
        blocks=True,
    )
    sections = (*own.definition.sections, Section("ours", {"pl": "Nasze pytania"}, (question,)))
    second = vault.forms.save_version(
        team.owner, own.form_key, replace(own.definition, sections=sections)
    )
    assert second.version == 2 and second.sha256 != own.sha256
    [kept] = vault.forms.filled_forms(team.owner, client)
    assert (kept.id, kept.version_id) == (first, own.id)  # the earlier form keeps its version
    assert vault.forms.status(team.owner, client, own.form_key) is FormStatus.NEW_VERSION
    sign(vault, team, client, own.form_key, gold_therapy=YES)
    alerts = {a.text: a.severity for a in vault.clients.open(team.owner, client).health}
    assert alerts["Terapia złotem (laser przeciwwskazany) — Laser (ours)"] is Severity.SEVERE
    version_entry = vault.audit.list(team.owner, AuditFilter(action="form.version"))[-1]
    assert "form_version=2" in version_entry.detail and "Pani" not in version_entry.detail


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda q: replace(q, text={"en": " "}), "question_text"),
        (lambda q: replace(q, red_flags=frozenset({YES}), alert={}), "alert"),
        (lambda q: replace(q, red_flags=frozenset(), blocks=True), "blocks"),
        (lambda q: replace(q, red_flags=frozenset({"maybe"})), "red_flags"),
        (
            lambda q: replace(q, kind=AnswerKind.CHOICE, choices=(Choice("a", {"en": "A"}),)),
            "choices",
        ),
        (
            lambda q: replace(
                q, kind=AnswerKind.CHOICE, choices=(Choice("a", {"en": "A"}), Choice("b", {}))
            ),
            "choices",
        ),
    ],
)
def test_an_owners_question_is_checked_and_the_error_names_it(
    vault: Vault, team: Team, change: object, field: str
) -> None:
    own = vault.forms.copy_form(team.owner, LASER, "Laser (ours)")
    first = own.definition.sections[0]
    at = next(n for n, q in enumerate(first.questions) if q.kind is AnswerKind.YES_NO)
    plain = replace(first.questions[at], red_flags=frozenset(), blocks=False, alert={})
    broken = change(plain)  # type: ignore[operator]
    questions = list(first.questions)
    questions[at] = broken
    sections = (replace(first, questions=tuple(questions)), *own.definition.sections[1:])
    with pytest.raises(ValidationError) as refused:
        vault.forms.save_version(
            team.owner, own.form_key, replace(own.definition, sections=sections)
        )
    assert refused.value.field == field
    assert isinstance(refused.value, FormQuestionError) and refused.value.question == broken.key
    assert vault.forms.form(team.owner, own.form_key).version == 1


def test_a_title_in_any_one_language_is_enough(vault: Vault, team: Team) -> None:
    own = vault.forms.copy_form(team.owner, LASER, "Laser (ours)")
    only_vietnamese = replace(own.definition, title={"vi": "Phiếu laser của tiệm"})
    assert vault.forms.save_version(team.owner, own.form_key, only_vietnamese).version == 2
    with pytest.raises(ValidationError) as untitled:
        vault.forms.save_version(team.owner, own.form_key, replace(own.definition, title={}))
    assert untitled.value.field == "title"


def test_the_resign_rule_changes_without_a_new_version(
    vault: Vault, team: Team, client: int, clock: FakeClock
) -> None:
    sign(vault, team, client, LASER)
    assert vault.forms.resign_rule(team.receptionist, LASER) == ResignRule(6, True)
    vault.forms.set_resign_rule(team.owner, LASER, ResignRule(2, False))
    assert vault.forms.form(team.owner, LASER).version == 1  # nobody asked to sign again
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT
    clock.advance(minutes=2)
    vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Doksycyklina", Severity.MODERATE
    )
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.CURRENT  # rule: no
    clock.advance(days=62)
    team = Team(vault)
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.EXPIRED  # 2 months
    vault.forms.set_resign_rule(team.owner, LASER, ResignRule(6, True))
    assert vault.forms.status(team.owner, client, LASER) is FormStatus.HEALTH_CHANGED
    details = [
        e.detail for e in vault.audit.list(team.owner, AuditFilter(action="form.resign_rule"))
    ]
    assert "consultation=laser_ipl resign_months=2 on_health_change=no" in details
    before = len(vault.audit.list(team.owner, AuditFilter(action="form.resign_rule")))
    vault.forms.set_resign_rule(team.owner, LASER, ResignRule(6, True))  # the same: no entry
    assert len(vault.audit.list(team.owner, AuditFilter(action="form.resign_rule"))) == before


def test_the_resign_rule_is_the_owners_and_stays_in_bounds(vault: Vault, team: Team) -> None:
    for role in (Role.TECHNICIAN, Role.RECEPTIONIST):
        with pytest.raises(PermissionDenied):
            vault.forms.set_resign_rule(team.of(role), LASER, ResignRule(3))
    for months in (0, 121):
        with pytest.raises(ValidationError) as refused:
            vault.forms.set_resign_rule(team.owner, LASER, ResignRule(months))
        assert refused.value.field == "resign_months"
    copy = vault.forms.copy_form(team.owner, LASER, "Ours")
    assert vault.forms.resign_rule(team.owner, copy.form_key) == ResignRule(6, True)
    vault.forms.set_resign_rule(team.owner, copy.form_key, ResignRule(9, False))
    assert vault.forms.resign_rule(team.owner, LASER) == ResignRule(6, True)
