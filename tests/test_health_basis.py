"""Health data only on the legal basis the salon chose (issue 21 item 1, decision 0031).

Each basis by each role, adding and withdrawing; what a withdrawal removes, down to the bytes of
the file; the one check (`HealthDataGate.require_legal_basis`) and its keyed refusal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import (
    HealthConsentRequired,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, state_of
from tests.support import Team
from tests.test_erasure import plain_pages

ALLERGY = "Uczulenie na lateks QH-41"
CONDITION = "Łuszczyca skóry głowy QH-42"
EARLIER = "Podejrzenie uczulenia QH-40"  # the allergy's first words, kept as a version

BASES = list(HealthBasis)
WRITERS = (Role.OWNER, Role.TECHNICIAN)  # HEALTH_WRITE
WITHDRAWERS = (Role.OWNER, Role.RECEPTIONIST)  # CONSENT_WITHDRAW


def client_of(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.receptionist, ClientInput("Kowalska", "Ewa")).id


def add_allergy(vault: Vault, team: Team, role: Role, client: int) -> int:
    return vault.clients.add_health_item(
        team.of(role), client, HealthKind.ALLERGY, ALLERGY, Severity.SEVERE
    )


def test_explicit_consent_is_the_basis_until_the_owner_chooses(vault: Vault, team: Team) -> None:
    assert vault.health_basis.basis() is HealthBasis.EXPLICIT_CONSENT
    vault.health_basis.set_basis(team.owner, "professional_secrecy")
    assert vault.health_basis.basis() is HealthBasis.PROFESSIONAL_SECRECY
    entries = vault.audit.list(team.owner, AuditFilter(action="settings.health_basis"))
    chosen = {(e.detail, e.role) for e in entries}
    assert chosen == {
        ("basis=explicit_consent during=set_up", None),  # the vault's creation: no one yet
        ("basis=professional_secrecy", "owner"),
    }
    with pytest.raises(ValidationError) as refused:
        vault.health_basis.set_basis(team.owner, "legitimate_interest")
    assert refused.value.field == "health_basis"


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.TECHNICIAN])
def test_only_the_owner_chooses_the_basis(vault: Vault, team: Team, role: Role) -> None:
    with pytest.raises(PermissionDenied):
        vault.health_basis.set_basis(team.of(role), HealthBasis.PROFESSIONAL_SECRECY)
    assert vault.health_basis.basis() is HealthBasis.EXPLICIT_CONSENT


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("role", list(Role))
def test_adding_a_health_item_by_basis_and_role(
    vault: Vault, team: Team, basis: HealthBasis, role: Role
) -> None:
    vault.health_basis.set_basis(team.owner, basis)
    client = client_of(vault, team)
    before = state_of(vault)[0]
    if role not in WRITERS:
        with pytest.raises(PermissionDenied):
            add_allergy(vault, team, role, client)
    elif basis is HealthBasis.EXPLICIT_CONSENT:
        with pytest.raises(HealthConsentRequired) as refused:
            add_allergy(vault, team, role, client)
        assert refused.value.key == "consent.health_not_asked"
        assert refused.value.standing == "not_asked" and refused.value.purpose == "health_data"
        assert state_of(vault)[0]["health_items"] == before["health_items"]
        grant_health_consent(vault, team.receptionist, client)
        add_allergy(vault, team, role, client)  # with the consent, it is stored
    else:  # professional secrecy: no consent needed
        add_allergy(vault, team, role, client)
    stored = vault.clients.open(team.owner, client).health or ()
    assert [h.text for h in stored] == ([] if role not in WRITERS else [ALLERGY])


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("role", list(Role))
def test_withdrawing_health_consent_by_basis_and_role(
    vault: Vault, team: Team, basis: HealthBasis, role: Role
) -> None:
    client = client_of(vault, team)
    grant_health_consent(vault, team.owner, client)
    add_allergy(vault, team, Role.TECHNICIAN, client)
    vault.health_basis.set_basis(team.owner, basis)
    if role not in WITHDRAWERS:
        with pytest.raises(PermissionDenied):
            vault.consent.withdraw(team.of(role), client, Purpose.HEALTH_DATA)
        assert len(vault.clients.open(team.owner, client).health or ()) == 1
        return
    deleted = vault.consent.withdraw(team.of(role), client, Purpose.HEALTH_DATA)
    held = vault.clients.open(team.owner, client).health or ()
    [entry] = vault.audit.list(team.owner, AuditFilter(action="consent.withdraw"))
    if basis is HealthBasis.EXPLICIT_CONSENT:
        assert deleted == 1 and held == ()
        assert "health_deleted=1 versions_deleted=0" in entry.detail
    else:  # the data did not rest on the consent: it stays
        assert deleted == 0 and len(held) == 1
        assert "health_deleted" not in entry.detail
    assert ALLERGY not in entry.detail


def test_no_health_item_without_an_active_consent(vault: Vault, team: Team) -> None:
    """Refused, withdrawn or not asked for by the salon: each says why, by its key."""
    refused = client_of(vault, team)
    vault.consent.record(
        team.owner, refused, "health_data", "refused", "pl", "paper", paper_reference="P-2"
    )
    withdrawn = client_of(vault, team)
    grant_health_consent(vault, team.owner, withdrawn)
    vault.consent.withdraw(team.owner, withdrawn, Purpose.HEALTH_DATA)
    for client, standing in ((refused, "refused"), (withdrawn, "withdrawn")):
        with pytest.raises(HealthConsentRequired) as error:
            add_allergy(vault, team, Role.TECHNICIAN, client)
        assert error.value.standing == standing
        assert vault.health_basis.missing_consent(team.technician, client) == standing
        assert not vault.health_basis.may_store(team.technician, client)
    agreed = client_of(vault, team)
    grant_health_consent(vault, team.owner, agreed)
    assert vault.health_basis.may_store(team.technician, agreed)
    vault.consent.set_purpose_enabled(team.owner, Purpose.HEALTH_DATA, False)
    with pytest.raises(HealthConsentRequired) as off:
        add_allergy(vault, team, Role.TECHNICIAN, agreed)
    assert off.value.standing == "switched_off"


def test_a_new_client_with_allergies_is_refused_whole_under_consent(
    vault: Vault, team: Team
) -> None:
    """The CLI's add-client takes allergies; a new client cannot have consented yet, so
    nothing is stored, not even the client (add them, record the consent, then the items)."""
    before = state_of(vault)[0]
    with pytest.raises(HealthConsentRequired):
        vault.clients.create(team.owner, ClientInput("Nowak", "Jan", allergies=("PPD",)))
    after = state_of(vault)[0]
    assert after["clients"] == before["clients"] and after["health_items"] == 0
    vault.health_basis.set_basis(team.owner, HealthBasis.PROFESSIONAL_SECRECY)
    view = vault.clients.create(team.owner, ClientInput("Nowak", "Jan", allergies=("PPD",)))
    assert [h.text for h in view.health or ()] == ["PPD"]


def test_editing_a_health_item_needs_the_basis_too(vault: Vault, team: Team) -> None:
    vault.health_basis.set_basis(team.owner, HealthBasis.PROFESSIONAL_SECRECY)
    client = client_of(vault, team)
    item = add_allergy(vault, team, Role.TECHNICIAN, client)
    vault.health_basis.set_basis(team.owner, HealthBasis.EXPLICIT_CONSENT)
    with pytest.raises(HealthConsentRequired):
        vault.clients.edit_health_item(
            team.technician, client, item, HealthKind.ALLERGY, "Latex", Severity.LOW
        )
    # Moving to consent deletes nothing already held; removing an item is always allowed.
    vault.clients.remove_health_item(team.technician, client, item)


def test_what_a_withdrawal_removes_is_counted_before_and_logged_as_counts(
    vault: Vault, team: Team
) -> None:
    client = client_of(vault, team)
    grant_health_consent(vault, team.owner, client)
    item = vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, EARLIER, Severity.MODERATE
    )
    vault.clients.edit_health_item(
        team.technician, client, item, HealthKind.ALLERGY, ALLERGY, Severity.SEVERE
    )
    gone = vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Izotretynoina", Severity.LOW
    )
    vault.clients.remove_health_item(team.owner, client, gone)
    vault.clients.add_health_item(
        team.technician, client, HealthKind.CONDITION, CONDITION, Severity.MODERATE
    )
    held = vault.health_basis.held(team.receptionist, client)  # who withdraws sees counts
    assert held.items == {HealthKind.ALLERGY: 1, HealthKind.CONDITION: 1}
    assert held.removed_items == 1 and held.earlier_versions == 2 and held.total == 5
    with pytest.raises(PermissionDenied):
        vault.health_basis.held(team.technician, client)
    assert vault.consent.withdraw(team.receptionist, client, Purpose.HEALTH_DATA) == 5
    assert vault.health_basis.held(team.owner, client).empty
    assert vault.history.earlier_versions(team.owner, client) == []
    [entry] = vault.audit.list(team.owner, AuditFilter(action="consent.withdraw"))
    assert entry.detail == (
        "purpose=health_data health_deleted=3 versions_deleted=2 papers_deleted=0 records_deleted=0"
    )
    # The consent's own history stays: the withdrawal is on record.
    [record] = vault.consent.history(team.owner, client)
    assert record.withdrawal is not None
    with pytest.raises(RuleViolation):
        vault.consent.withdraw(team.owner, client, Purpose.HEALTH_DATA)


def test_withdrawal_leaves_no_health_text_in_the_file(
    vault: Vault, team: Team, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    """Secure delete, as erasure: a page scan of vault.db finds none of the health text."""
    client = client_of(vault, team)
    grant_health_consent(vault, team.owner, client)
    item = vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, EARLIER, Severity.MODERATE
    )
    vault.clients.edit_health_item(
        team.technician, client, item, HealthKind.ALLERGY, ALLERGY, Severity.SEVERE
    )
    vault.clients.add_health_item(
        team.owner, client, HealthKind.CONDITION, CONDITION, Severity.MODERATE
    )
    needles = [t.encode() for t in (ALLERGY, CONDITION, EARLIER)]
    assert vault.database.checkpoint()
    plain = plain_pages(data_dir, device_store)
    assert all(n in plain for n in needles)  # the scan finds them while they are held
    vault.consent.withdraw(team.owner, client, Purpose.HEALTH_DATA)
    plain = plain_pages(data_dir, device_store)
    assert [n for n in needles if n in plain] == []
    assert vault.clients.open(team.owner, client).display_name  # the client stays


def test_service_records_and_papers_call_the_same_check(vault: Vault, team: Team) -> None:
    """A prescription's health-marked notes and a referral letter are health data: refused
    without the consent, kept with it; the withdrawal deletes the letter with the items."""
    from datetime import date

    from salonvault.domain.attachments import AttachmentKind
    from salonvault.domain.records import RecordInput
    from tests.attachment_files import jpeg_with_metadata

    client = client_of(vault, team)
    rx = {
        "rx": {"right": {"sphere": "-1.00"}, "left": {"sphere": "-0.75"}},
        "examiner": "Jan Kowalski",
        "examined_on": "2026-11-20",
        "notes": "Jaskra",
    }
    letter = (jpeg_with_metadata((300, 400)), "list.jpg", AttachmentKind.REFERRAL_LETTER)
    with pytest.raises(HealthConsentRequired):
        vault.records.add_record(team.owner, client, RecordInput("spectacle_rx", rx))
    with pytest.raises(HealthConsentRequired):
        vault.attachments.add(team.owner, client, *letter, date(2026, 10, 3))
    assert state_of(vault)[0]["attachments"] == 0
    grant_health_consent(vault, team.owner, client)
    vault.records.add_record(team.owner, client, RecordInput("spectacle_rx", rx))
    vault.attachments.add(team.owner, client, *letter, date(2026, 10, 3))
    held = vault.health_basis.held(team.receptionist, client)
    assert (held.papers, held.records) == (1, 1)
    vault.consent.withdraw(team.receptionist, client, Purpose.HEALTH_DATA)
    counts = state_of(vault)[0]
    assert counts["attachments"] == counts["attachment_pages"] == 0
    assert counts["service_records"] == 0
    [entry] = vault.audit.list(team.owner, AuditFilter(action="consent.withdraw"))
    assert entry.detail.endswith("papers_deleted=1 records_deleted=1")
