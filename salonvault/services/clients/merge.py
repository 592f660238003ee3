"""Merging two records of one client (issue 10), owner only, irreversible.

One record survives. In one transaction every row of the other (visits, consent forms and decisions
with their withdrawals, photos, attachments, health items, patch tests, pinned notes) moves to it
with its id unchanged; the survivor's empty fields are filled from the absorbed record, notes
appended, tags united, the absorbed record's phone numbers added after the survivor's (none is
dropped), its card photo taken if the survivor has none; the absorbed record and its search rows are
deleted (secure_delete, then a checkpoint, as erasure does). Consent is then read over both
histories by time, so photos whose basis is gone (the newest photo decision is a refusal or a
withdrawal) are deleted too.

The activity log is never rewritten: entries about the absorbed id stay as they were, the merge is
registered (migration 9) and logged with both ids and counts, and reading a client's history
includes the records merged into it. Confirmed by typing the absorbed client's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import (
    OPTIONAL_FIELDS,
    RECORD_FIELDS,
    ClientInput,
    ClientPhone,
    Preferences,
)
from salonvault.domain.clients import display_name as name_of
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.merge import MergeReceipt, MergeSide
from salonvault.domain.roles import Permission
from salonvault.services.access.clock import local_today
from salonvault.services.clients.erasure import names_match
from salonvault.services.clients.fields import AGE_OF_MAJORITY, age_on
from salonvault.services.clients.service import phone_list
from salonvault.storage.clients_repo import ClientRecord, ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.merge_repo import MergeRepository
from salonvault.storage.photos_repo import PhotosRepository

if TYPE_CHECKING:
    from datetime import date

    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.clients.service import ClientService
    from salonvault.storage.database import Database


class MergeService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        clients: ClientService,
    ) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._clients = clients
        self._records = ClientsRepository(database)
        self._repo = MergeRepository(database)
        self._consent = ConsentRepository(database)
        self._photos = PhotosRepository(database)

    def describe(self, session: Session, client_id: int) -> MergeSide:
        """One record as the merge dialog compares it: contact details and how much it holds.
        Logged like an opening of the card."""
        live = self._guard.require(session, Permission.MERGE_CLIENTS, "client", str(client_id))
        with self._db.transaction():
            record = self._get(client_id)
            counts = self._repo.counts(client_id)
            self._log.record_for(
                live,
                AuditEvent("client.merge_preview", object_type="client", object_id=str(client_id)),
            )
        return MergeSide(
            id=record.id,
            display_name=name_of(record.family_name, record.given_name),
            phone=record.phone,
            phones=tuple(p.shown() for p in record.phones),
            email=record.email,
            birth_date=record.birth_date,
            address=record.address,
            archived=record.archived,
            last_visit_on=record.last_visit_on,
            visits=counts.visits,
            consents=counts.consents,
            photos=counts.photos,
            health_items=counts.health_items,
            patch_tests=counts.patch_tests,
            pinned_notes=counts.pinned_notes,
            service_records=counts.service_records,
            attachments=counts.attachments,
            forms=counts.forms,
        )

    def merge(
        self, session: Session, survivor_id: int, absorbed_id: int, confirm_text: str
    ) -> MergeReceipt:
        live = self._guard.require(session, Permission.MERGE_CLIENTS, "client", str(survivor_id))
        if survivor_id == absorbed_id:
            raise ValidationError("clients.choose_two_different_clients_merge", field="absorbed_id")
        with self._db.transaction():
            survivor, absorbed = self._get(survivor_id), self._get(absorbed_id)
            if not names_match(confirm_text, name_of(absorbed.family_name, absorbed.given_name)):
                raise ValidationError(
                    "clients.type_name_client_being_merged",
                    field="confirm_text",
                )
            data, still_held = merged_input(
                survivor, absorbed, self._clients.collected_fields(), local_today(self._clock)
            )
            # May refuse (too many numbers together, say): nothing is written yet.
            row = self._clients.prepare(
                data, still_held, stored_phones=survivor.phones + absorbed.phones
            )
            now = self._clock.now()
            self._repo.register(absorbed_id, survivor_id, now)  # first: the triggers ask
            moved = self._repo.move_rows(absorbed_id, survivor_id)
            self._records.update(survivor_id, row, now)
            self._repo.settle_survivor(survivor_id, absorbed_id)
            photos_deleted = 0
            photo_consent = self._consent.current_for(survivor_id, Purpose.PHOTOS)
            if photo_consent is None or not photo_consent.active:
                photos_deleted = self._photos.delete_for_client(survivor_id)
            self._repo.remove_absorbed(absorbed_id)
            filled = tuple(n for n in RECORD_FIELDS if getattr(survivor, n) != getattr(row, n))
            if phone_list(survivor.phones) != phone_list(row.phones):
                filled += ("phones",)
            self._log.record_for(
                live,
                AuditEvent(
                    "client.merge",
                    object_type="client",
                    object_id=str(survivor_id),
                    detail=(
                        f"absorbed={absorbed_id} survivor={survivor_id} {moved.as_detail()}"
                        f" filled={','.join(filled) or 'none'} photos_deleted={photos_deleted}"
                    ),
                ),
            )
        flushed = self._db.checkpoint()
        return MergeReceipt(
            survivor_id=survivor_id,
            absorbed_id=absorbed_id,
            visits=moved.visits,
            consents=moved.consents,
            consent_forms=moved.consent_forms,
            photos=moved.photos,
            health_items=moved.health_items,
            patch_tests=moved.patch_tests,
            pinned_notes=moved.pinned_notes,
            attachments=moved.attachments,
            filled=filled,
            photos_deleted=photos_deleted,
            fully_flushed=flushed,
            service_records=moved.service_records,
            forms=moved.forms,
        )

    def _get(self, client_id: int) -> ClientRecord:
        record = self._records.get(client_id)
        if record is None:
            raise NotFound("clients.there_client_already_merged_erased", client_id=client_id)
        return record


def merged_input(
    survivor: ClientRecord, absorbed: ClientRecord, collected: frozenset[str], today: date
) -> tuple[ClientInput, frozenset[str]]:
    """The survivor's fields, its empty ones filled from the absorbed record, and every phone
    number of both (the survivor's first; a number both hold, once).

    A field the salon no longer collects is never filled (data minimisation); what the survivor
    still holds there is kept and returned as `still_held`. The minor flag follows the birth
    date when one is known (else either record's flag), and only a minor keeps a guardian.
    """

    def pick(name: str) -> str:
        mine = str(getattr(survivor, name))
        if mine or (name in OPTIONAL_FIELDS and name not in collected):
            return mine
        return str(getattr(absorbed, name))

    still_held = frozenset(
        name for name in OPTIONAL_FIELDS if name not in collected and getattr(survivor, name)
    )
    birth_date = survivor.birth_date
    if birth_date is None and "birth_date" in collected:
        birth_date = absorbed.birth_date
    if birth_date is not None:
        is_minor = age_on(birth_date, today) < AGE_OF_MAJORITY
    else:
        is_minor = survivor.is_minor or absorbed.is_minor
    mine, theirs = survivor.preferences, absorbed.preferences
    phones = survivor.phones
    if "phone" in collected:
        phones += absorbed.phones
    data = ClientInput(
        family_name=survivor.family_name,
        given_name=survivor.given_name,
        phones=tuple(ClientPhone(p.number, p.label) for p in phones),
        email=pick("email"),
        birth_date=birth_date,
        address=pick("address"),
        language=survivor.language or absorbed.language,
        notes=_joined_notes(survivor.notes, absorbed.notes),
        is_minor=is_minor,
        guardian=pick("guardian") if is_minor else "",
        preferences=Preferences(
            mine.hair or theirs.hair, mine.skin or theirs.skin, mine.lash or theirs.lash
        ),
        tags=survivor.tags + tuple(t for t in absorbed.tags if t not in survivor.tags),
    )
    return data, still_held


def _joined_notes(mine: str, theirs: str) -> str:
    if not theirs or theirs in mine:
        return mine
    return f"{mine}\n\n{theirs}" if mine else theirs
