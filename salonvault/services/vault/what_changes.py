"""What each public service method changes, in one table, and the wrapping that makes the
Vault's services publish it on its change feed (decision 0020).

Every public method is listed, readings too (as NOTHING), so a new method that nobody
classified fails tests/test_change_notices.py instead of leaving a screen stale. A reading that
writes an activity-log entry (opening a card, printing a form) changes AUDIT: the log is a
record screens show. Readers of the log itself change nothing, or a log page re-reading would
publish again.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from salonvault.domain.changes import NOTHING, Changes
from salonvault.domain.changes import RecordKind as K
from salonvault.services.attachments.service import AttachmentService
from salonvault.services.audit import AuditService
from salonvault.services.auth import AuthService
from salonvault.services.backups import BackupService
from salonvault.services.briefing import StaffBriefingService
from salonvault.services.catalogue.service import CatalogueService
from salonvault.services.clients.erasure import ErasureService
from salonvault.services.clients.merge import MergeService
from salonvault.services.clients.pinned_notes import PinnedNoteService
from salonvault.services.clients.service import ClientService
from salonvault.services.consent.service import ConsentService
from salonvault.services.dashboard import DashboardService
from salonvault.services.exports.service import ExportService
from salonvault.services.forms.service import FormService
from salonvault.services.health_basis import HealthDataGate
from salonvault.services.history import HistoryService
from salonvault.services.imports.service import ImportService
from salonvault.services.keys import KeyService
from salonvault.services.photos.consent_gate import PhotoConsent
from salonvault.services.photos.service import PhotoService
from salonvault.services.printouts.service import PrintoutService
from salonvault.services.privacy.data_report import DataReportService
from salonvault.services.privacy.incidents import IncidentService
from salonvault.services.privacy.processing_record import ProcessingRecordService
from salonvault.services.privacy.retention import RetentionService
from salonvault.services.recalls import RecallService
from salonvault.services.records.service import RecordService
from salonvault.services.records.templates import RecordTemplateService
from salonvault.services.settings import SettingsService
from salonvault.services.staff import StaffService
from salonvault.services.treatments import TreatmentService
from salonvault.services.vault.change_feed import ChangeFeed

LOGGED = Changes.of(K.AUDIT)  # a reading that writes an activity-log entry
# Erasing or merging a client (or a retention purge) touches every part of the record.
WHOLE_CLIENT = Changes.of(
    K.CLIENTS,
    K.HEALTH,
    K.VISITS,
    K.PATCH_TESTS,
    K.CONSENT,
    K.PHOTOS,
    K.RECORDS,
    K.ATTACHMENTS,
    K.FORMS,
    K.AUDIT,
)


def _logged(*kinds: K) -> Changes:
    """Kinds changed by a method that also logs what it did (most do)."""
    return Changes.of(*kinds, K.AUDIT)


WHAT_CHANGES: dict[type, dict[str, Changes]] = {
    SettingsService: {
        "business_kinds": NOTHING,
        "business_profile": NOTHING,
        "check_initial": NOTHING,
        "currency": NOTHING,
        "idle_limit": NOTHING,
        "initialise": Changes.of(K.SETTINGS),  # vault creation, before anyone signs in
        "is_demo": NOTHING,
        "language": NOTHING,
        "mark_demo": Changes.of(K.SETTINGS),
        "min_pin_length": NOTHING,
        "phone_region": NOTHING,
        "recipients": NOTHING,
        "salon_address": NOTHING,
        "salon_country": NOTHING,
        "salon_name": NOTHING,
        "set_business_kinds": _logged(K.SETTINGS, K.RECORD_TEMPLATES),
        "seed_record_templates": _logged(K.RECORD_TEMPLATES),  # set-up, before anyone signs in
        "set_currency": _logged(K.SETTINGS),
        "set_idle_minutes": _logged(K.SETTINGS),
        "set_language": _logged(K.SETTINGS),
        "set_min_pin_length": _logged(K.SETTINGS),
        "set_phone_region": _logged(K.SETTINGS),
        "set_recipients": _logged(K.SETTINGS),
        "set_salon_address": _logged(K.SETTINGS),
        "set_salon_name": _logged(K.SETTINGS),
    },
    RecordTemplateService: {
        "copy_template": _logged(K.RECORD_TEMPLATES),
        "install_built_ins": Changes.of(K.RECORD_TEMPLATES),  # on opening, no one signed in
        "notation": NOTHING,
        "save_version": _logged(K.RECORD_TEMPLATES),
        "set_active": _logged(K.RECORD_TEMPLATES),
        "set_notation": _logged(K.RECORD_TEMPLATES),
        "set_services": _logged(K.RECORD_TEMPLATES),
        "template": NOTHING,
        "template_versions": NOTHING,
        "templates": NOTHING,
        "templates_for_service": NOTHING,
    },
    FormService: {
        "check": NOTHING,
        "copy_form": _logged(K.FORM_VERSIONS),
        "fill": _logged(K.FORMS, K.HEALTH),  # red flags become health alerts on the card
        "filled_forms": LOGGED,
        "form": NOTHING,
        "form_pdf": LOGGED,
        "forms": NOTHING,
        "install_built_ins": Changes.of(K.FORM_VERSIONS),  # on opening, no one signed in
        "resign_rule": NOTHING,
        "review_red_flag": _logged(K.FORMS),
        "save_form_pdf": LOGGED,
        "save_version": _logged(K.FORM_VERSIONS),
        "services_of": NOTHING,
        "set_resign_rule": _logged(K.FORM_VERSIONS),  # the card's Forms tab says what is due
        "set_services": _logged(K.FORM_VERSIONS),
        "signature": NOTHING,
        "status": NOTHING,
    },
    RecordService: {
        "add_correction": _logged(K.RECORDS),
        "add_record": _logged(K.RECORDS),
        "edit_record": _logged(K.RECORDS),
        "edit_right": NOTHING,
        "latest_prescription": NOTHING,
        "prescription_pdf": LOGGED,
        "record": LOGGED,
        "record_history": NOTHING,
        "records": LOGGED,
        "save_prescription_pdf": LOGGED,
    },
    KeyService: {
        "add_recovery_slot": _logged(K.KEYS),
        "adopt_device_key_if_unrecorded": Changes.of(K.KEYS),  # the record of device keys
        "backup_public_key": NOTHING,
        "confirm_recovery_kit": _logged(K.KEYS),
        "finish_interrupted_rekey": _logged(K.KEYS),
        "recovery_key": LOGGED,
        "recovery_kit_confirmed": NOTHING,
        "recovery_slot_state": NOTHING,
        "rekey": _logged(K.KEYS),
        "remember_passphrase_mode": Changes.of(K.KEYS),
        "remove_device_slot": _logged(K.KEYS),
        "renew_device_key_after_recovery": _logged(K.KEYS),
        "replace_recovery_key": _logged(K.KEYS),
        "restored_with_device_key": Changes.of(K.KEYS),
        "retired_recovery_keys": NOTHING,
        "second_connection": NOTHING,
        "slot": NOTHING,
        "status": NOTHING,
        "use_device": _logged(K.KEYS),
        "use_passphrase": _logged(K.KEYS),
        "when_rekeyed": NOTHING,
    },
    AuthService: {
        "complete_pin_reset": _logged(K.STAFF),
        "lockout_delay_after": NOTHING,
        "recover_owner": _logged(K.STAFF),
        "sign_in": _logged(K.STAFF),  # failure counters, a PIN hash upgraded
        "sign_out": LOGGED,
    },
    StaffService: {
        "add": _logged(K.STAFF),
        "create_first_owner": _logged(K.STAFF),
        "disable": _logged(K.STAFF),
        "enable": _logged(K.STAFF),
        "find": NOTHING,
        "list": NOTHING,
        "names": NOTHING,
        "rename": _logged(K.STAFF),
        "reset_pending_names": NOTHING,
        "reset_pin": _logged(K.STAFF),
        "set_role": _logged(K.STAFF),
        "sign_in_list": NOTHING,
    },
    StaffBriefingService: {
        "acknowledge": _logged(K.STAFF),
        "acknowledgements": NOTHING,
        "current_version": NOTHING,
        "decline": LOGGED,
        "due": NOTHING,
        "install_shipped_texts": Changes.of(K.STAFF),  # on opening, before anyone signs in
        "record_training": _logged(K.STAFF),
        "evidence_unchecked": NOTHING,
        "standings": NOTHING,
        "text_to_show": NOTHING,
        "trainings": NOTHING,
    },
    AuditService: {
        "actions": NOTHING,
        "client_activity": NOTHING,
        "list": NOTHING,
        "verify": LOGGED,  # the check is itself logged
    },
    ClientService: {
        "add_health_item": _logged(K.HEALTH),
        "edit_health_item": _logged(K.HEALTH),
        "health": LOGGED,
        "collected_fields": NOTHING,
        "create": _logged(K.CLIENTS, K.HEALTH),
        "filter_ids": NOTHING,
        "list_ids": NOTHING,
        "list_after": NOTHING,
        "list_count": NOTHING,
        "list_position": NOTHING,
        "open": LOGGED,
        "phone_region": NOTHING,
        "prepare": NOTHING,
        "remove_health_item": _logged(K.HEALTH),
        "search": NOTHING,
        "set_archived": _logged(K.CLIENTS),
        "set_collected_fields": _logged(K.SETTINGS),
        "summaries": NOTHING,
        "update": _logged(K.CLIENTS),
    },
    ErasureService: {
        "erase": WHOLE_CLIENT,
    },
    MergeService: {
        "describe": LOGGED,
        "merge": WHOLE_CLIENT,
    },
    PinnedNoteService: {  # pinned notes are part of the card's record (decision 0022)
        "notes": NOTHING,
        "pin": _logged(K.CLIENTS),
        "unpin": _logged(K.CLIENTS),
    },
    RetentionService: {
        "due": NOTHING,
        "due_count": NOTHING,
        "last_review": NOTHING,
        "purge": WHOLE_CLIENT | Changes.of(K.RETENTION),
        "review_overdue": NOTHING,
        "rules": NOTHING,
        "set_rules": _logged(K.RETENTION),
    },
    TreatmentService: {
        "add_correction": _logged(K.VISITS),
        "add_visit": _logged(K.VISITS),
        "edit_visit": _logged(K.VISITS),
        "history": NOTHING,
        "history_summary": NOTHING,
        "patch_status": NOTHING,
        "patch_tests": NOTHING,
        "patch_validity_days": NOTHING,
        "record_patch_test": _logged(K.PATCH_TESTS),
        "services": NOTHING,
        "repeat_last_formula": LOGGED,  # formula.repeat
        "set_patch_result": _logged(K.PATCH_TESTS),
        "visit_detail": LOGGED,  # visit.open
        "visit_safety": LOGGED,  # visit.safety_shown
    },
    CatalogueService: {
        "add": _logged(K.SERVICES),
        "add_starters": _logged(K.SERVICES),
        "reorder": _logged(K.SERVICES),
        "seed": _logged(K.SERVICES),  # set-up, before anyone signs in
        "services": NOTHING,
        "update": _logged(K.SERVICES),
    },
    ConsentService: {
        "edit_template": _logged(K.CONSENT_TEXTS),
        "form_for": LOGGED,
        "form_pdf": LOGGED,
        "history": NOTHING,
        "install_shipped_templates": Changes.of(K.CONSENT_TEXTS),
        "is_active": NOTHING,
        "marketing_list": LOGGED,
        "missing_service_consent": NOTHING,
        "guardian_age": NOTHING,
        "needs_reconsent": NOTHING,
        "privacy_notice_pdf": LOGGED,
        "purposes": NOTHING,
        "record": _logged(K.CONSENT),
        "record_many": _logged(K.CONSENT),
        "set_purpose_enabled": _logged(K.SETTINGS),  # which purposes the salon asks for
        "signature_png": NOTHING,
        "status": NOTHING,
        "template_versions": NOTHING,
        "text_to_show": NOTHING,
        # withdrawing photo consent deletes photos; health-data consent, the health data
        # (items, health papers, service records holding health values: decision 0031)
        "withdraw": _logged(K.CONSENT, K.PHOTOS, K.HEALTH, K.ATTACHMENTS, K.RECORDS),
        "save_form": LOGGED,  # the same as form_pdf: it saves those bytes
        "save_form_for": LOGGED,
        "save_privacy_notice": LOGGED,
    },
    HealthDataGate: {
        "basis": NOTHING,
        "held": NOTHING,
        "initialise": Changes.of(K.SETTINGS),  # vault creation, before anyone signs in
        "may_store": NOTHING,
        "missing_consent": NOTHING,
        "remove_after_withdrawal": NOTHING,  # only inside ConsentService.withdraw, which says
        "require_legal_basis": NOTHING,
        "set_basis": _logged(K.SETTINGS),
    },
    HistoryService: {
        "earlier_versions": NOTHING,
        "visible_kinds": NOTHING,
    },
    PhotoConsent: {
        "active": NOTHING,
        "check": NOTHING,
        "is_active": NOTHING,
        "withdraw": _logged(K.CONSENT, K.PHOTOS),
    },
    PhotoService: {
        "add_photo": _logged(K.PHOTOS),
        "card_photo": LOGGED,  # photo.view card=yes (nothing when there is none)
        "clear_card_photo": _logged(K.PHOTOS),  # which photo the card shows
        "set_card_photo": _logged(K.PHOTOS),
        "list_photos": NOTHING,
        "open_photos": LOGGED,
        "photo_jpeg": LOGGED,
        "remove_photo": _logged(K.PHOTOS),
        "thumbnails": LOGGED,
    },
    AttachmentService: {
        "add": _logged(K.ATTACHMENTS),
        "infos": NOTHING,
        "listing": LOGGED,  # attachment.list (the thumbnails were shown)
        "open": LOGGED,
        "paper_consents": NOTHING,
        "remove": _logged(K.ATTACHMENTS),
    },
    BackupService: {  # every run writes a history row and log entries, whatever its outcome
        "backup": _logged(K.BACKUPS),
        "backup_before_upgrade": _logged(K.BACKUPS),
        "change_settings": _logged(K.BACKUPS),
        "dismiss_older_vault": _logged(K.BACKUPS),
        "drill": _logged(K.BACKUPS),
        "generations": NOTHING,
        "history": NOTHING,
        "newest_backup_file": NOTHING,
        "prepare_restore": _logged(K.BACKUPS),
        "settings": NOTHING,
        "status": NOTHING,
        "target_for": NOTHING,
        "targets": NOTHING,
        "use_data_key": NOTHING,  # after a re-keying, in memory only
        "verify": _logged(K.BACKUPS),
        "verify_unattended": _logged(K.BACKUPS),
    },
    DataReportService: {
        "json_bytes": LOGGED,
        "pdf_bytes": LOGGED,
        "report_language": NOTHING,
        "save_json": LOGGED,  # the same as json_bytes and pdf_bytes
        "save_pdf": LOGGED,
    },
    DashboardService: {
        "figures": NOTHING,
        "recalls_due": NOTHING,
        "release": NOTHING,  # closes a connection: no record changes
    },
    RecallService: {
        "birthdays_collected": NOTHING,
        "kinds": NOTHING,
        "lapsed_months": NOTHING,
        "list": NOTHING,
        "mark": _logged(K.RECALLS),
        "page": NOTHING,
        "set_lapsed_months": _logged(K.SETTINGS),
    },
    PrintoutService: {  # each paper made is logged (client.print_card, client.print_day)
        "card_pdf": LOGGED,
        "clients_seen_today": NOTHING,
        "day_sheet_pdf": LOGGED,
        "save_card_pdf": LOGGED,  # as card_pdf: it saves those bytes
        "save_day_sheet": LOGGED,
    },
    ExportService: {
        "csv_paths": NOTHING,
        "default_separator": NOTHING,
        "export_activity": LOGGED,
        "export_csv": LOGGED,
        "export_json": LOGGED,
        "export_marketing": LOGGED,
        "warning": NOTHING,
    },
    IncidentService: {
        "affected": NOTHING,
        "authority_notice_pdf": LOGGED,
        "client_notice_pdf": LOGGED,
        "clock": NOTHING,
        "get": NOTHING,
        "list": NOTHING,
        "record": _logged(K.INCIDENTS),
        "update": _logged(K.INCIDENTS),
        "save_notice": LOGGED,  # as the notice PDFs
    },
    ImportService: {
        "collected_fields": NOTHING,
        "preview": NOTHING,
        "read": NOTHING,
        # The column mapping it remembers is the import's own memory, shown by no screen.
        "run": _logged(K.CLIENTS, K.HEALTH),
        "suggest_mapping": NOTHING,
        "use_data_key": NOTHING,  # after a re-keying, in memory only
    },
    ProcessingRecordService: {
        "impact_assessment": NOTHING,
        "impact_assessment_due": NOTHING,
        "impact_assessment_pdf": LOGGED,
        "record": NOTHING,
        "ropa_pdf": LOGGED,
        "save_impact_assessment": LOGGED,  # as impact_assessment_pdf
        "save_pdf": LOGGED,  # as ropa_pdf
    },
}


def report_changes(service: object, feed: ChangeFeed) -> None:
    """Make each of `service`'s methods that changes records publish on `feed` (an attribute
    on the instance in front of the class's method; names and signatures stay)."""
    for name, changes in WHAT_CHANGES[type(service)].items():
        if changes:
            setattr(service, name, _reporting(service, name, changes, feed))


def _reporting(
    service: object, name: str, changes: Changes, feed: ChangeFeed
) -> Callable[..., Any]:
    method = getattr(type(service), name)

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        with feed.call(changes):
            # Looked up at each call, so a method replaced on the class later is the one run.
            bound = inspect.getattr_static(type(service), name).__get__(service, type(service))
            return bound(*args, **kwargs)

    return call
