"""The client data report (GDPR Art. 15 and 20, Vietnam's Law 91/2025/QH15, China's PIPL
Art. 45): everything the vault holds on one client, gathered once and then written out as a
readable PDF and as JSON.

Other staff appear only by role: their names are their personal data, not the client's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salonvault.domain.attachments import AttachmentInfo, AttachmentPage
from salonvault.domain.audit import Outcome
from salonvault.domain.clients import ClientPhone, HealthItem, PinnedNote, Preferences
from salonvault.domain.consent import ConsentRecord, Purpose
from salonvault.domain.forms import FilledForm, FormDefinition
from salonvault.domain.photos import PhotoInfo
from salonvault.domain.recipients import Recipient
from salonvault.domain.records import RecordValues, TemplateVersion
from salonvault.domain.retention import RetentionRules
from salonvault.domain.treatments import PatchTest, VisitView
from salonvault.domain.versions import RecordVersion

FORMAT_NAME = "salonvault.client-data-report"
FORMAT_VERSION = 2  # 2: a visit's formula is bowls (decision 0021)
REPORT_LANGUAGES = ("en", "vi", "pl", "zh_CN")


@dataclass(frozen=True, slots=True)
class ClientDetails:
    """The client's own record, every field as stored (the owner's view, nothing masked)."""

    id: int
    family_name: str
    given_name: str
    phone: str
    email: str
    birth_date: date | None
    address: str
    language: str
    is_minor: bool
    guardian: str
    preferences: Preferences
    tags: tuple[str, ...]
    notes: str
    archived: bool
    phones: tuple[ClientPhone, ...] = ()  # every number, `phone` first


@dataclass(frozen=True, slots=True)
class PinnedNoteEntry:
    note: PinnedNote
    pinned_by_role: str | None


@dataclass(frozen=True, slots=True)
class HealthEntry:
    item: HealthItem
    recorded_by_role: str | None
    removed_at: datetime | None = None  # taken off the card but still held


@dataclass(frozen=True, slots=True)
class VisitEntry:
    visit: VisitView
    technician_role: str | None


@dataclass(frozen=True, slots=True)
class PatchTestEntry:
    test: PatchTest
    done_by_role: str | None


@dataclass(frozen=True, slots=True)
class RecordVersionEntry:
    """An earlier version of a service record, kept when it was edited within its 24 hours."""

    revision: int
    template: TemplateVersion
    recorded_on: date
    values: RecordValues
    replaced_at: datetime
    replaced_by_role: str | None


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """A service record (decision 0029), every value as stored, read with the template version
    it was written with; its earlier versions newest first."""

    id: int
    template: TemplateVersion
    visit_id: int | None
    recorded_on: date
    values: RecordValues
    recorded_by_role: str | None
    recorded_at: datetime
    updated_at: datetime
    corrects_record_id: int | None
    earlier_versions: tuple[RecordVersionEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class PhotoEntry:
    info: PhotoInfo
    jpeg: bytes
    thumbnail: bytes
    on_card: bool = False  # the photo shown on the client's card


@dataclass(frozen=True, slots=True)
class FormEntry:
    """A signed consultation form: the answers, the version's words it was shown with, and the
    signature as kept."""

    filled: FilledForm
    definition: FormDefinition
    signature_png: bytes
    witness_role: str | None
    reviewer_roles: dict[int, str | None]  # red flag id -> the reviewer's role


@dataclass(frozen=True, slots=True)
class AttachmentEntry:
    """A scanned paper with every page as kept (the client's copy carries them in full)."""

    info: AttachmentInfo
    pages: tuple[AttachmentPage, ...]
    added_by_role: str | None


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    record: ConsentRecord
    witness_role: str | None
    withdrawn_by_role: str | None
    signature_png: bytes | None


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One activity-log entry about the client: when, which role, what; no staff name or id."""

    at: datetime
    role: str | None
    action: str
    outcome: Outcome
    detail: str  # field names and counts only, as logged


@dataclass(frozen=True, slots=True)
class ClientReport:
    generated_at: datetime
    language: str  # of the readable report; the JSON's values are as stored
    salon_name: str
    salon_address: str
    client: ClientDetails
    health: tuple[HealthEntry, ...]
    visits: tuple[VisitEntry, ...]
    patch_tests: tuple[PatchTestEntry, ...]
    photos: tuple[PhotoEntry, ...]
    consents: tuple[ConsentEntry, ...]
    access_log: tuple[AccessEntry, ...]
    retention: RetentionRules
    consent_purposes_asked: tuple[Purpose, ...]  # the purposes the salon asks consent for
    collected_fields: tuple[str, ...]  # the optional fields the salon collects
    pinned_notes: tuple[PinnedNoteEntry, ...] = ()
    records: tuple[RecordEntry, ...] = ()  # service records, newest first
    attachments: tuple[AttachmentEntry, ...] = ()
    forms: tuple[FormEntry, ...] = ()
    phone_region: str = ""  # the salon's country: its numbers are printed in national format
    earlier_versions: tuple[RecordVersion, ...] = ()  # of changed records (decision 0031)
    recipients: tuple[Recipient, ...] = ()  # whom the salon passes data to (Settings)
