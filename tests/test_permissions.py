"""Every cell of DESIGN.md §4's role matrix, checked through the services with real sessions."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image

from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientFilter, ClientInput, HealthKind, Severity
from salonvault.domain.consent import Decision, Purpose
from salonvault.domain.errors import PermissionDenied
from salonvault.domain.imports import ImportField, SourceTable
from salonvault.domain.incidents import AffectedScope, DataCategory, IncidentInput, ScopeKind
from salonvault.domain.photos import PhotoKind
from salonvault.domain.recalls import RecallKey, RecallKind, RecallMark
from salonvault.domain.records import RecordInput
from salonvault.domain.retention import RetentionRules
from salonvault.domain.roles import PERMISSION_MATRIX, Permission, Role
from salonvault.domain.session import Session
from salonvault.domain.treatments import VisitInput
from salonvault.services.imports.plan import ImportPlan
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import NAMES, FakeClock, Team, VaultTemplate, open_copy

OWN, REC, TEC = Role.OWNER, Role.RECEPTIONIST, Role.TECHNICIAN

# Transcribed by hand from the table in DESIGN.md §4, row by row (not copied from the code).
DESIGN_TABLE: dict[str, dict[Permission, set[Role]]] = {
    "find clients, see name and alerts": {
        Permission.FIND_CLIENTS: {OWN, REC, TEC},
        Permission.HEALTH_ALERT_FLAG: {OWN, REC, TEC},
    },
    "contact details": {
        Permission.CONTACT_READ: {OWN, REC},
        Permission.CONTACT_WRITE: {OWN, REC},
        Permission.CONTACT_READ_MASKED: {OWN, REC, TEC},
    },
    "health": {Permission.HEALTH_READ: {OWN, TEC}, Permission.HEALTH_WRITE: {OWN, TEC}},
    "treatment history": {
        Permission.TREATMENT_READ: {OWN, TEC},
        Permission.TREATMENT_SUMMARY_READ: {OWN, REC, TEC},
        Permission.TREATMENT_ADD: {OWN, TEC},
        Permission.TREATMENT_EDIT_ANY: {OWN},
        Permission.TREATMENT_EDIT_OWN_RECENT: {OWN, TEC},
    },
    "patch tests": {
        Permission.PATCH_TEST_READ: {OWN, TEC},
        Permission.PATCH_TEST_WRITE: {OWN, TEC},
        Permission.PATCH_TEST_STATUS: {OWN, REC, TEC},
    },
    "photos": {Permission.PHOTOS: {OWN, TEC}},
    "attachments: health kinds / other kinds": {
        Permission.ATTACHMENTS_HEALTH_READ: {OWN, TEC},
        Permission.ATTACHMENTS_HEALTH_WRITE: {OWN},
        Permission.ATTACHMENTS_READ: {OWN, REC, TEC},
        Permission.ATTACHMENTS_WRITE: {OWN, REC},
    },
    "record consent, print form": {
        Permission.CONSENT_RECORD: {OWN, REC, TEC},
        Permission.CONSENT_PRINT: {OWN, REC, TEC},
    },
    "withdraw consent": {Permission.CONSENT_WITHDRAW: {OWN, REC}},
    "run a backup": {Permission.BACKUP_RUN: {OWN, REC}},
    "restore, export, erase, retention purge": {
        Permission.RESTORE: {OWN},
        Permission.EXPORT: {OWN},
        Permission.ERASE: {OWN},
        Permission.RETENTION_PURGE: {OWN},
    },
    "staff accounts, settings, consent templates, activity log": {
        Permission.STAFF_MANAGE: {OWN},
        Permission.SETTINGS_MANAGE: {OWN},
        Permission.KEYS_MANAGE: {OWN},
        Permission.CONSENT_TEMPLATES_MANAGE: {OWN},
        Permission.AUDIT_READ: {OWN},
    },
    # Not a row of §4: issue 7's breach register, an owner's data duty like erasure.
    "incident register": {Permission.INCIDENTS: {OWN}},
    # Not a row of §4: issue 10's merge of two records, irreversible like erasure.
    "merge two clients": {Permission.MERGE_CLIENTS: {OWN}},
    # Not a row of §4 either: issue 10's import writes contact and health data in bulk, the
    # mirror of export (decision 0014).
    "import clients": {Permission.IMPORT: {OWN}},
    # Not a row of §4: issue 18's pinned notes, read with the card by every role, pinned by
    # anyone, removed by their author or the owner (decision 0022).
    "pinned notes": {Permission.PIN_NOTES: {OWN, REC, TEC}, Permission.UNPIN_ANY_NOTE: {OWN}},
    # §4's "service records" rows (decision 0029): the other fields are read by everyone and
    # written by owner and technician; health-marked ones use the health row's permissions.
    "service records: other fields": {
        Permission.RECORD_READ: {OWN, REC, TEC},
        Permission.RECORD_WRITE: {OWN, TEC},
    },
    "service catalogue, record templates (define)": {Permission.RECORD_TEMPLATES_MANAGE: {OWN}},
    # §4's "recall and due lists" row (decision 0039): names for everyone, the contact by the
    # contact row; marking is contacting, so by the roles that see contacts.
    "recall and due lists": {
        Permission.RECALLS_READ: {OWN, REC, TEC},
        Permission.RECALLS_MARK: {OWN, REC},
    },
    # "consultation forms: fill with the client": the receptionist hands over the screen
    # (decision 0045); the answers are the health row's.
    "consultation forms (fill)": {Permission.FORMS_HAND_OVER: {OWN, REC, TEC}},
}
EXPECTED = {p: roles for row in DESIGN_TABLE.values() for p, roles in row.items()}
CELLS = [(p, role) for p in Permission for role in Role]


def test_matrix_matches_the_design_table() -> None:
    assert set(EXPECTED) == set(Permission), "every permission appears in the design table"
    for permission in Permission:
        assert set(PERMISSION_MATRIX[permission]) == EXPECTED[permission], permission


def denials(vault: Vault, owner: Session) -> list[str]:
    entries = vault.audit.list(owner, AuditFilter(action="permission.denied", limit=1000))
    return [e.detail for e in entries]


@pytest.fixture(scope="module")
def shared(
    vault_template: VaultTemplate, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Vault, Team]]:
    """One vault for the read-only guard cells (each cell only adds log entries)."""
    root = tmp_path_factory.mktemp("shared")
    opened = open_copy(vault_template, root / "salon", root / "key.txt", root / "keys", FakeClock())
    yield opened, Team(opened)
    opened.close()


@pytest.mark.parametrize(("permission", "role"), CELLS, ids=[f"{p.name}-{r}" for p, r in CELLS])
def test_every_cell_through_the_guard(
    shared: tuple[Vault, Team], permission: Permission, role: Role
) -> None:
    vault, team = shared
    session = team.of(role)
    before = denials(vault, team.owner)
    if role in EXPECTED[permission]:
        assert vault.guard.require(session, permission).role is role
        assert denials(vault, team.owner) == before
    else:
        with pytest.raises(PermissionDenied) as error:
            vault.guard.require(session, permission, "client", "42")
        assert error.value.role == role.value
        after = denials(vault, team.owner)
        assert after[0] == f"permission={permission.name}" and after[1:] == before


# Each public service method that exists so far, with the permission it needs.
ServiceCall = Callable[[Vault, Session, Team], object]
SERVICE_CALLS: dict[str, tuple[Permission, ServiceCall]] = {
    "staff.list": (Permission.STAFF_MANAGE, lambda v, s, t: v.staff.list(s)),
    "staff.names": (Permission.FIND_CLIENTS, lambda v, s, t: v.staff.names(s)),
    "staff.find": (Permission.STAFF_MANAGE, lambda v, s, t: v.staff.find(s, NAMES[TEC])),
    "staff.add": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.add(s, "Zofia Wójcik", Role.TECHNICIAN, "583917"),
    ),
    "staff.rename": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.rename(s, t.technician.staff_id, "Mai Trần Thị"),
    ),
    "staff.reset_pin": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.reset_pin(s, t.receptionist.staff_id),
    ),
    "staff.set_role": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.set_role(s, t.receptionist.staff_id, Role.TECHNICIAN),
    ),
    "staff.disable": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.disable(s, t.receptionist.staff_id),
    ),
    "staff.enable": (
        Permission.STAFF_MANAGE,
        lambda v, s, t: v.staff.enable(s, t.receptionist.staff_id),
    ),
    "audit.list": (Permission.AUDIT_READ, lambda v, s, t: v.audit.list(s)),
    "audit.verify": (Permission.AUDIT_READ, lambda v, s, t: v.audit.verify(s)),
    "settings.salon_name": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.settings.set_salon_name(s, "Salon Bạch Lan"),
    ),
    "settings.idle": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.settings.set_idle_minutes(s, 7),
    ),
    "settings.min_pin": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.settings.set_min_pin_length(s, 8),
    ),
    "clients.search": (Permission.FIND_CLIENTS, lambda v, s, t: v.clients.search(s, "hoa")),
    "clients.open": (Permission.FIND_CLIENTS, lambda v, s, t: v.clients.open(s, a_client(v, t))),
    "clients.create": (
        Permission.CONTACT_WRITE,
        lambda v, s, t: v.clients.create(s, ClientInput("Trần", "Mai")),
    ),
    "clients.update": (
        Permission.CONTACT_WRITE,
        lambda v, s, t: v.clients.update(s, a_client(v, t), ClientInput("Trần", "Mai")),
    ),
    "clients.archive": (
        Permission.CONTACT_WRITE,
        lambda v, s, t: v.clients.set_archived(s, a_client(v, t), True),
    ),
    "clients.filter_ids": (
        Permission.FIND_CLIENTS,
        lambda v, s, t: v.clients.filter_ids(s, ClientFilter(tag="vip", has_alerts=True)),
    ),
    "clients.filter_ids (service)": (
        Permission.TREATMENT_SUMMARY_READ,
        lambda v, s, t: v.clients.filter_ids(s, ClientFilter(service_id=1)),
    ),
    "clients.filter_ids (technician)": (
        Permission.TREATMENT_READ,
        lambda v, s, t: v.clients.filter_ids(s, ClientFilter(technician_id=t.technician.staff_id)),
    ),
    "pinned_notes.notes": (
        Permission.FIND_CLIENTS,
        lambda v, s, t: v.pinned_notes.notes(s, a_client(v, t)),
    ),
    "pinned_notes.pin": (
        Permission.PIN_NOTES,
        lambda v, s, t: v.pinned_notes.pin(s, a_client(v, t), "Prefers Anna"),
    ),
    "pinned_notes.unpin (their own)": (
        Permission.PIN_NOTES,
        lambda v, s, t: unpin_own_note(v, s, t),  # noqa: PLW0108 - defined further down
    ),
    "pinned_notes.unpin (someone else's)": (
        Permission.UNPIN_ANY_NOTE,
        lambda v, s, t: v.pinned_notes.unpin(s, *someone_elses_note(v, s, t)),
    ),
    "retention.due": (Permission.RETENTION_PURGE, lambda v, s, t: v.retention.due(s)),
    "retention.purge": (
        Permission.RETENTION_PURGE,
        lambda v, s, t: v.retention.purge(s, v.retention.due(t.owner)),
    ),
    "retention.set_rules": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.retention.set_rules(s, RetentionRules()),
    ),
    "dashboard.figures": (Permission.AUDIT_READ, lambda v, s, t: v.dashboard.figures(s)),
    "dashboard.recalls_due": (
        Permission.RECALLS_READ,
        lambda v, s, t: v.dashboard.recalls_due(s),
    ),
    "data_report.pdf_bytes": (
        Permission.EXPORT,
        lambda v, s, t: v.data_report.pdf_bytes(s, a_client(v, t)),
    ),
    "data_report.json_bytes": (
        Permission.EXPORT,
        lambda v, s, t: v.data_report.json_bytes(s, a_client(v, t)),
    ),
    "data_report.report_language": (
        Permission.EXPORT,
        lambda v, s, t: v.data_report.report_language(s, a_client(v, t)),
    ),
    "erasure.erase": (
        Permission.ERASE,
        lambda v, s, t: v.erasure.erase(s, a_client(v, t), "Nguyễn Thị Hoa", True),
    ),
    "merge.merge": (
        Permission.MERGE_CLIENTS,
        lambda v, s, t: v.merge.merge(s, a_client(v, t), a_client(v, t), "Nguyễn Thị Hoa"),
    ),
    "merge.describe": (
        Permission.MERGE_CLIENTS,
        lambda v, s, t: v.merge.describe(s, a_client(v, t)),
    ),
    "clients.add_health_item": (
        Permission.HEALTH_WRITE,
        lambda v, s, t: v.clients.add_health_item(
            s, a_consenting_client(v, t), HealthKind.ALLERGY, "PPD", Severity.SEVERE
        ),
    ),
    "clients.edit_health_item": (
        Permission.HEALTH_WRITE,
        lambda v, s, t: edit_a_health_item(v, s, t),  # noqa: PLW0108 - defined further down
    ),
    "clients.health": (
        Permission.HEALTH_READ,
        lambda v, s, t: v.clients.health(s, a_client(v, t)),
    ),
    "health_basis.set_basis": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.health_basis.set_basis(s, "professional_secrecy"),
    ),
    "health_basis.held": (
        Permission.CONSENT_WITHDRAW,
        lambda v, s, t: v.health_basis.held(s, a_client(v, t)),
    ),
    "clients.collected_fields": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.clients.set_collected_fields(s, {"phone"}),
    ),
    "catalogue.add": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.catalogue.add(s, ServiceInput("Balayage", requires_patch_test=True)),
    ),
    "catalogue.update": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.catalogue.update(
            s, a_visit(v, t).service_id, ServiceInput("Renamed", active=False)
        ),
    ),
    "catalogue.reorder": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.catalogue.reorder(
            s, [x.id for x in v.catalogue.services(s, include_inactive=True)]
        ),
    ),
    "catalogue.add_starters": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.catalogue.add_starters(s, [BusinessKind.OPTICIAN], "pl"),
    ),
    "treatments.add_visit": (
        Permission.TREATMENT_ADD,
        lambda v, s, t: v.treatments.add_visit(s, a_client(v, t), a_visit(v, t)),
    ),
    "treatments.history": (
        Permission.TREATMENT_READ,
        lambda v, s, t: v.treatments.history(s, a_client(v, t)),
    ),
    "treatments.history_summary": (
        Permission.TREATMENT_SUMMARY_READ,
        lambda v, s, t: v.treatments.history_summary(s, a_client(v, t)),
    ),
    "treatments.repeat_last_formula": (
        Permission.TREATMENT_READ,
        lambda v, s, t: v.treatments.repeat_last_formula(s, a_client(v, t)),
    ),
    "treatments.visit_detail": (
        Permission.TREATMENT_SUMMARY_READ,
        lambda v, s, t: v.treatments.visit_detail(
            s, v.treatments.add_visit(t.owner, a_client(v, t), a_visit(v, t))
        ),
    ),
    "treatments.record_patch_test": (
        Permission.PATCH_TEST_WRITE,
        lambda v, s, t: v.treatments.record_patch_test(s, a_client(v, t), date(2026, 11, 1), "X"),
    ),
    "treatments.patch_tests": (
        Permission.PATCH_TEST_READ,
        lambda v, s, t: v.treatments.patch_tests(s, a_client(v, t)),
    ),
    "treatments.patch_status": (
        Permission.PATCH_TEST_STATUS,
        lambda v, s, t: v.treatments.patch_status(s, a_client(v, t)),
    ),
    "audit.client_activity": (
        Permission.AUDIT_READ,
        lambda v, s, t: v.audit.client_activity(s, a_client(v, t)),
    ),
    "photos.add_photo": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.add_photo(s, a_photo_client(v, t), a_jpeg(), PhotoKind.BEFORE),
    ),
    "photos.list_photos": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.list_photos(s, a_photo_client(v, t)),
    ),
    "photos.thumbnails": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.thumbnails(s, a_photo_client(v, t)),
    ),
    "photos.open_photos": (
        Permission.PHOTOS,
        lambda v, s, t: open_a_photo(v, s, t),  # noqa: PLW0108 - defined further down
    ),
    "photos.photo_jpeg": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.photo_jpeg(s, *a_photo(v, t)),
    ),
    "photos.remove_photo": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.remove_photo(s, *a_photo(v, t)),
    ),
    "photos.set_card_photo": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.set_card_photo(s, *a_photo(v, t)),
    ),
    "photos.card_photo": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.card_photo(s, a_card_photo_client(v, t)),
    ),
    "photos.clear_card_photo": (
        Permission.PHOTOS,
        lambda v, s, t: v.photos.clear_card_photo(s, a_card_photo_client(v, t)),
    ),
    "photo_consent.is_active": (
        Permission.FIND_CLIENTS,
        lambda v, s, t: v.photo_consent.is_active(s, a_client(v, t)),
    ),
    "consent.record (photos)": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: grant_photo_consent(v, s, a_client(v, t)),
    ),
    "consent.record_many": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.record_many(
            s, a_client(v, t), {Purpose.REMINDERS: Decision.REFUSED}, "pl", "paper", None, "P-7"
        ),
    ),
    "consent.purposes": (Permission.CONSENT_RECORD, lambda v, s, t: v.consent.purposes(s)),
    "consent.set_purpose_enabled": (
        Permission.CONSENT_TEMPLATES_MANAGE,
        lambda v, s, t: v.consent.set_purpose_enabled(s, Purpose.MARKETING_PHONE, False),
    ),
    "consent.text_to_show": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.text_to_show(s, Purpose.PHOTOS, "vi"),
    ),
    "consent.template_versions": (
        Permission.CONSENT_TEMPLATES_MANAGE,
        lambda v, s, t: v.consent.template_versions(s, Purpose.PHOTOS, "vi"),
    ),
    "consent.edit_template": (
        Permission.CONSENT_TEMPLATES_MANAGE,
        lambda v, s, t: v.consent.edit_template(s, Purpose.REMINDERS, "en", "New text."),
    ),
    "consent.withdraw": (
        Permission.CONSENT_WITHDRAW,
        lambda v, s, t: v.consent.withdraw(s, a_photo_client(v, t), Purpose.PHOTOS, "moved"),
    ),
    "consent.status": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.status(s, a_client(v, t)),
    ),
    "consent.history": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.history(s, a_client(v, t)),
    ),
    "consent.needs_reconsent": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.needs_reconsent(s),
    ),
    "consent.missing_service_consent": (
        Permission.FIND_CLIENTS,
        lambda v, s, t: v.consent.missing_service_consent(s, a_client(v, t)),
    ),
    "consent.marketing_list": (Permission.EXPORT, lambda v, s, t: v.consent.marketing_list(s)),
    "consent.form_pdf": (
        Permission.CONSENT_PRINT,
        lambda v, s, t: v.consent.form_pdf(s, a_photo_record(v, t)),
    ),
    "consent.form_for": (
        Permission.CONSENT_PRINT,
        lambda v, s, t: v.consent.form_for(s, a_client(v, t), Purpose.HEALTH_DATA),
    ),
    "consent.privacy_notice_pdf": (
        Permission.CONSENT_PRINT,
        lambda v, s, t: v.consent.privacy_notice_pdf(s, "pl"),
    ),
    "consent.signature_png": (
        Permission.CONSENT_RECORD,
        lambda v, s, t: v.consent.signature_png(s, a_photo_record(v, t)),
    ),
    "photo_consent.withdraw": (
        Permission.CONSENT_WITHDRAW,
        lambda v, s, t: v.photo_consent.withdraw(s, a_photo_client(v, t)),
    ),
    "incidents.list": (Permission.INCIDENTS, lambda v, s, t: v.incidents.list(s)),
    "incidents.record": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.record(s, an_incident()),
    ),
    "incidents.update": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.update(s, an_incident_id(v, t), an_incident()),
    ),
    "incidents.get": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.get(s, an_incident_id(v, t)),
    ),
    "incidents.affected": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.affected(
            s, AffectedScope(ScopeKind.ALL_CLIENTS), frozenset(DataCategory)
        ),
    ),
    "incidents.authority_notice_pdf": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.authority_notice_pdf(s, an_incident_id(v, t)),
    ),
    "incidents.client_notice_pdf": (
        Permission.INCIDENTS,
        lambda v, s, t: v.incidents.client_notice_pdf(s, an_incident_id(v, t)),
    ),
    "processing_record.record": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.processing_record.record(s),
    ),
    "processing_record.ropa_pdf": (
        Permission.SETTINGS_MANAGE,
        lambda v, s, t: v.processing_record.ropa_pdf(s),
    ),
    "imports.read": (Permission.IMPORT, lambda v, s, t: v.imports.read(s, a_csv(v))),
    "imports.suggest_mapping": (
        Permission.IMPORT,
        lambda v, s, t: v.imports.suggest_mapping(s, a_table(v, t)),
    ),
    "imports.collected_fields": (Permission.IMPORT, lambda v, s, t: v.imports.collected_fields(s)),
    "imports.preview": (
        Permission.IMPORT,
        lambda v, s, t: v.imports.preview(s, a_table(v, t), A_MAPPING),
    ),
    "imports.run": (Permission.IMPORT, lambda v, s, t: v.imports.run(s, a_plan(v, t))),
    "keys.status": (Permission.KEYS_MANAGE, lambda v, s, t: v.keys.status(s)),
    "keys.use_device": (Permission.KEYS_MANAGE, lambda v, s, t: v.keys.use_device(s)),
    "keys.remove_device_slot": (
        Permission.KEYS_MANAGE,
        lambda v, s, t: v.keys.remove_device_slot(s),
    ),
}


def a_client(vault: Vault, team: Team) -> int:
    """A client registered by the owner, for the call under test to act on."""
    return vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id


def a_consenting_client(vault: Vault, team: Team) -> int:
    """A client who gave health-data consent (the default basis for health data needs it)."""
    client = a_client(vault, team)
    grant_health_consent(vault, team.owner, client)
    return client


def edit_a_health_item(vault: Vault, session: Session, team: Team) -> object:
    client = a_consenting_client(vault, team)
    item = vault.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, "PPD", Severity.MODERATE
    )
    return vault.clients.edit_health_item(
        session, client, item, HealthKind.ALLERGY, "PPD (hair dye)", Severity.SEVERE
    )


A_MAPPING = (ImportField.FAMILY_NAME, ImportField.GIVEN_NAME, ImportField.PHONE)


def a_csv(vault: Vault) -> Path:
    """A small client list beside the vault's folder (the test's own temp folder)."""
    path = vault.paths.data_dir.parent / "clients.csv"
    path.write_text("Nazwisko;Imię;Telefon\nNowak;Ewa;+48 501 234 567\n", encoding="utf-8")
    return path


def a_table(vault: Vault, team: Team) -> SourceTable:
    """The list as the owner read it."""
    return vault.imports.read(team.owner, a_csv(vault))


def a_plan(vault: Vault, team: Team) -> ImportPlan:
    """The owner's preview of importing it."""
    return vault.imports.preview(team.owner, a_table(vault, team), A_MAPPING)


def an_incident() -> IncidentInput:
    return IncidentInput(
        summary="A printed appointment list was left on the bus.",
        discovered_at=datetime(2026, 11, 22, 8, 0, tzinfo=UTC),
        categories=frozenset({DataCategory.IDENTITY, DataCategory.CONTACT}),
        scope=AffectedScope(ScopeKind.MANUAL, manual_count=12),
    )


def an_incident_id(vault: Vault, team: Team) -> int:
    """An incident the owner recorded."""
    return vault.incidents.record(team.owner, an_incident()).id


def a_photo_client(vault: Vault, team: Team) -> int:
    """A client whose photo consent the owner recorded."""
    client = a_client(vault, team)
    grant_photo_consent(vault, team.owner, client)
    return client


def a_photo_record(vault: Vault, team: Team) -> int:
    """The id of a photo consent the owner recorded."""
    client = a_photo_client(vault, team)
    return vault.consent.history(team.owner, client)[0].id


def a_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (120, 70, 30)).save(out, "JPEG")
    return out.getvalue()


def a_photo(vault: Vault, team: Team) -> tuple[int, int]:
    """(client id, photo id) of a photo the owner added."""
    client = a_photo_client(vault, team)
    photo = vault.photos.add_photo(team.owner, client, a_jpeg(), PhotoKind.AFTER).info.id
    return client, photo


def a_card_photo_client(vault: Vault, team: Team) -> int:
    """A client whose photo the owner put on the card."""
    client, photo = a_photo(vault, team)
    vault.photos.set_card_photo(team.owner, client, photo)
    return client


def someone_elses_note(vault: Vault, session: Session, team: Team) -> tuple[int, int]:
    """(client id, note id) of a note pinned by another staff member than `session`'s."""
    client = a_client(vault, team)
    other = team.technician if session.role is Role.RECEPTIONIST else team.receptionist
    return client, vault.pinned_notes.pin(other, client, "Always 10 minutes late").id


def unpin_own_note(vault: Vault, session: Session, team: Team) -> object:
    client = a_client(vault, team)
    note = vault.pinned_notes.pin(session, client, "Prefers Anna")
    vault.pinned_notes.unpin(session, client, note.id)
    return note


def open_a_photo(vault: Vault, session: Session, team: Team) -> object:
    client, photo = a_photo(vault, team)
    return vault.photos.open_photos(session, client, [photo])


def a_visit(vault: Vault, team: Team) -> VisitInput:
    """A cut (no patch test needed) on the salon's service list."""
    service = vault.catalogue.add(
        team.owner,
        ServiceInput(
            f"Cut {len(vault.treatments.services(team.owner))}", requires_patch_test=False
        ),
    )
    return VisitInput(visited_on=date(2026, 11, 22), service_id=service)


LASH_MAP = {
    "technique": "classic",
    "zones": {"middle": {"length": 10, "curl": "C", "thickness": "0.15"}},
}
# The record services (decision 0029), added here beside the matrix they check.
SERVICE_CALLS.update(
    {
        "record_templates.templates": (
            Permission.RECORD_READ,
            lambda v, s, t: v.record_templates.templates(s),
        ),
        "record_templates.copy_template": (
            Permission.RECORD_TEMPLATES_MANAGE,
            lambda v, s, t: v.record_templates.copy_template(s, "lash_map", "Our lashes"),
        ),
        "record_templates.set_notation": (
            Permission.RECORD_TEMPLATES_MANAGE,
            lambda v, s, t: v.record_templates.set_notation(s, "plus", "6"),
        ),
        "records.add_record": (
            Permission.RECORD_WRITE,
            lambda v, s, t: a_lash_map(v, s, t),  # noqa: PLW0108 - defined below
        ),
        "records.records": (
            Permission.RECORD_READ,
            lambda v, s, t: v.records.records(s, a_client(v, t)),
        ),
        "recalls.list": (
            Permission.RECALLS_READ,
            lambda v, s, t: v.recalls.list(s),
        ),
        "recalls.mark": (
            Permission.RECALLS_MARK,
            lambda v, s, t: v.recalls.mark(
                s, RecallKey(a_client(v, t), RecallKind.LAPSED, date(2025, 1, 1)), RecallMark.CALLED
            ),
        ),
        "records.latest_prescription": (
            Permission.HEALTH_READ,
            lambda v, s, t: v.records.latest_prescription(s, a_client(v, t)),
        ),
    }
)


def a_lash_map(vault: Vault, session: Session, team: Team) -> object:
    client = a_consenting_client(vault, team)
    visit = vault.treatments.add_visit(team.owner, client, a_visit(vault, team))
    return vault.records.add_record(
        session, client, RecordInput("lash_map", LASH_MAP, visit_id=visit)
    )


def a_pdf() -> bytes:
    from tests.attachment_files import pdf_with_pages

    return pdf_with_pages(1)


def an_attachment(vault: Vault, team: Team, kind: AttachmentKind) -> tuple[int, int]:
    """(client id, attachment id) of a paper the owner attached (health papers need the
    client's health-data consent, decision 0031: given)."""
    client = a_consenting_client(vault, team)
    info = vault.attachments.add(team.owner, client, a_pdf(), "a.pdf", kind, date(2026, 11, 2))
    return client, info.id


def open_attachment(vault: Vault, session: Session, team: Team, kind: AttachmentKind) -> object:
    client, attachment = an_attachment(vault, team, kind)
    return vault.attachments.open(session, client, attachment)


def remove_attachment(vault: Vault, session: Session, team: Team, kind: AttachmentKind) -> None:
    client, attachment = an_attachment(vault, team, kind)
    vault.attachments.remove(session, client, attachment)


def attach(vault: Vault, session: Session, team: Team, kind: AttachmentKind) -> object:
    day = date(2026, 11, 2)
    client = a_consenting_client(vault, team)
    return vault.attachments.add(session, client, a_pdf(), "a.pdf", kind, day)


SERVICE_CALLS.update(
    {
        "attachments.add (health)": (
            Permission.ATTACHMENTS_HEALTH_WRITE,
            lambda v, s, t: attach(v, s, t, AttachmentKind.REFERRAL_LETTER),
        ),
        "attachments.add (other)": (
            Permission.ATTACHMENTS_WRITE,
            lambda v, s, t: attach(v, s, t, AttachmentKind.OTHER),
        ),
        "attachments.open (health)": (
            Permission.ATTACHMENTS_HEALTH_READ,
            lambda v, s, t: open_attachment(v, s, t, AttachmentKind.OUTSIDE_PRESCRIPTION),
        ),
        "attachments.open (other)": (
            Permission.ATTACHMENTS_READ,
            lambda v, s, t: open_attachment(v, s, t, AttachmentKind.OTHER),
        ),
        "attachments.remove (health)": (
            Permission.ATTACHMENTS_HEALTH_WRITE,
            lambda v, s, t: remove_attachment(v, s, t, AttachmentKind.REFERRAL_LETTER),
        ),
        "attachments.remove (other)": (
            Permission.ATTACHMENTS_WRITE,
            lambda v, s, t: remove_attachment(v, s, t, AttachmentKind.OTHER),
        ),
        "attachments.listing": (
            Permission.ATTACHMENTS_READ,
            lambda v, s, t: v.attachments.listing(s, a_client(v, t)),
        ),
        "attachments.paper_consents": (
            Permission.ATTACHMENTS_WRITE,
            lambda v, s, t: v.attachments.paper_consents(s, a_client(v, t)),
        ),
    }
)
METHOD_CELLS = [(name, role) for name in SERVICE_CALLS for role in Role]
REFUSED_CELLS = [(m, r) for m, r in METHOD_CELLS if r not in EXPECTED[SERVICE_CALLS[m][0]]]
ALLOWED_CELLS = [(m, r) for m, r in METHOD_CELLS if r in EXPECTED[SERVICE_CALLS[m][0]]]


@pytest.mark.parametrize(
    ("method", "role"), REFUSED_CELLS, ids=[f"{m}-{r}" for m, r in REFUSED_CELLS]
)
def test_every_service_method_refuses_the_other_roles(
    shared: tuple[Vault, Team], method: str, role: Role
) -> None:
    """A refused call changes nothing, so the refusals share one vault (and its sign-ins)."""
    vault, team = shared
    _permission, call = SERVICE_CALLS[method]
    before = len(denials(vault, team.owner))
    with pytest.raises(PermissionDenied):
        call(vault, team.of(role), team)
    assert len(denials(vault, team.owner)) == before + 1


@pytest.mark.slow  # 133 cells, each on a fresh vault with two real sign-ins: about 2 minutes
@pytest.mark.parametrize(
    ("method", "role"), ALLOWED_CELLS, ids=[f"{m}-{r}" for m, r in ALLOWED_CELLS]
)
def test_every_service_method_works_for_its_roles(
    vault: Vault, team: Team, method: str, role: Role
) -> None:
    _permission, call = SERVICE_CALLS[method]
    call(vault, team.of(role), team)
