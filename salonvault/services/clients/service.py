"""Clients: register, find, filter, open, correct, archive, and their health items.

Every method checks the caller's role first. What comes back holds only what that role may see
(DESIGN.md §4): technicians get the phones masked to their last 3 digits and no e-mail, address
or birth date; receptionists get "has alerts" instead of health details. Opening a card writes
one activity-log entry; searching does not (DESIGN.md §6 / issue 4).
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import (
    OPTIONAL_FIELDS,
    RECORD_FIELDS,
    ClientFilter,
    ClientInput,
    ClientSummary,
    ClientView,
    HealthItem,
    HealthKind,
    Preferences,
    Severity,
    display_name,
    phone_last_digits,
)
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import DuplicateSuspected, NotFound, ValidationError
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.search_text import (
    client_search_tokens,
    digits_only,
    fold,
    query_tokens,
)
from salonvault.domain.versions import CONSENT_RELEVANT_FIELDS, ChangeKind, VersionedKind
from salonvault.services.access.clock import local_today
from salonvault.services.clients import fields
from salonvault.services.clients.phones import clean_phones, requested_phones
from salonvault.services.clients.view import client_view, phone_for
from salonvault.storage.client_filter_repo import filter_terms, filtered_ids
from salonvault.storage.client_list_repo import ClientListRepository
from salonvault.storage.client_phones_repo import PhoneRow, clients_with_number
from salonvault.storage.clients_repo import ClientRecord, ClientRow, ClientsRepository, SearchHit
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.versions_repo import VersionsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.health_basis import HealthDataGate
    from salonvault.storage.database import Database

COLLECTED_FIELDS_KEY = "collected_fields"
DEFAULT_COLLECTED = ("phone", "email", "guardian")
MAX_PAGE = 500  # list rows handed out per call
_SIMILAR_NAME = 0.85
_EMAIL_LIKE = re.compile(r"[^\s@]*[@.][^\s]*[a-z][^\s]*")


class ClientService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        health_gate: HealthDataGate,
    ) -> None:
        self._db = database
        self._health_gate = health_gate
        self._versions = VersionsRepository(database)
        self._repo = ClientsRepository(database)
        self._list = ClientListRepository(database)
        self._settings = SettingsRepository(database)
        self._pinned = PinnedNotesRepository(database)
        self._consent = ConsentRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock

    # -- settings that shape the record ------------------------------------------------------

    def collected_fields(self) -> frozenset[str]:
        """Optional fields this salon collects (data minimisation: off means not stored)."""
        return frozenset(self._settings.get(COLLECTED_FIELDS_KEY, list(DEFAULT_COLLECTED)))

    def set_collected_fields(self, session: Session, collected: set[str]) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        unknown = collected - set(OPTIONAL_FIELDS)
        if unknown:
            raise ValidationError("clients.unknown_fields", names=", ".join(sorted(unknown)))
        with self._db.transaction():
            self._settings.set(COLLECTED_FIELDS_KEY, sorted(collected))
            self._log.record_for(
                live, AuditEvent("settings.change", detail=f"field={COLLECTED_FIELDS_KEY}")
            )

    def phone_region(self) -> str:
        language = str(self._settings.get("language", "en"))
        default = fields.DEFAULT_REGION_BY_LANGUAGE.get(language, "GB")
        return str(self._settings.get("phone_region", default))

    # -- registering and changing ------------------------------------------------------------

    def create(
        self, session: Session, data: ClientInput, allow_duplicate: bool = False
    ) -> ClientView:
        live = self._guard.require(session, Permission.CONTACT_WRITE, "client")
        if data.allergies:
            live = self._guard.require(session, Permission.HEALTH_WRITE, "client")
        row = self._clean(data)
        with self._db.transaction():
            if not allow_duplicate:
                candidates = self._possible_duplicates(row)
                if candidates:
                    raise DuplicateSuspected(candidates)
            client_id = self._repo.insert(row, self._clock.now())
            if data.allergies:  # a new client has no consent yet: refused when it is the basis
                self._health_gate.require_legal_basis(client_id)
            for allergy in data.allergies:
                text = fields.clean_line(
                    allergy, "allergies", "allergy", fields.MAX_HEALTH_TEXT, True
                )
                self._repo.add_health_item(
                    client_id,
                    HealthKind.ALLERGY,
                    text,
                    Severity.MODERATE,
                    live.staff_id,
                    self._clock.now(),
                )
            detail = "fields=" + ",".join(filled_fields(row))
            if data.allergies:
                detail += f" allergies={len(data.allergies)}"
            self._log.record_for(
                live,
                AuditEvent(
                    "client.create", object_type="client", object_id=str(client_id), detail=detail
                ),
            )
        return self._view(live, self._get(client_id))

    def update(self, session: Session, client_id: int, data: ClientInput) -> ClientView:
        live = self._guard.require(session, Permission.CONTACT_WRITE, "client", str(client_id))
        if data.allergies:
            raise ValidationError(
                "clients.allergies_changed_health_items_client",
                field="allergies",
            )
        with self._db.transaction():
            before = self._get(client_id)
            row = self._clean(data, stored_phones=before.phones)
            changed = changed_fields(before, row)
            if set(changed) & set(CONSENT_RELEVANT_FIELDS):
                self._versions.keep(
                    client_id,
                    VersionedKind.CLIENT,
                    client_id,
                    consent_relevant_values(before),
                    ChangeKind.EDIT,
                    live.staff_id,
                    live.role,
                    self._clock.now(),
                )
            self._repo.update(client_id, row, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "client.update",
                    object_type="client",
                    object_id=str(client_id),
                    detail="fields=" + ",".join(changed),
                ),
            )
        return self._view(live, self._get(client_id))

    def set_archived(self, session: Session, client_id: int, archived: bool) -> None:
        """Archive (hidden from everyday search) or bring back; nothing is deleted."""
        live = self._guard.require(session, Permission.CONTACT_WRITE, "client", str(client_id))
        with self._db.transaction():
            self._get(client_id)
            self._repo.set_archived(client_id, archived, self._clock.now())
            action = "client.archive" if archived else "client.unarchive"
            self._log.record_for(
                live, AuditEvent(action, object_type="client", object_id=str(client_id))
            )

    # -- finding and opening -----------------------------------------------------------------

    def search(
        self, session: Session, text: str, include_archived: bool = False
    ) -> list[ClientSummary]:
        live = self._guard.require(session, Permission.FIND_CLIENTS)
        contact = role_allows(live.role, Permission.CONTACT_READ)
        tokens, digits = parse_query(text, contact)
        hits = self._repo.search(tokens, digits, include_archived, contact_fields=contact)
        return self._summaries(live.role, hits)

    def list_ids(
        self, session: Session, by_name: bool = False, include_archived: bool = False
    ) -> list[int]:
        """Every client, most recent visit first or by name: ids only, so a list of 100,000
        stays small; `summaries` gives the rows a list shows, a page at a time."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._repo.all_ids(by_name, include_archived)

    def list_count(self, session: Session, include_archived: bool = False) -> int:
        """How many clients the whole list has (its scroll bar), without reading them."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._list.count(include_archived)

    def list_after(
        self,
        session: Session,
        after_id: int | None,
        limit: int,
        by_name: bool = False,
        include_archived: bool = False,
    ) -> list[int]:
        """The next `limit` clients of the whole list after `after_id` (None: from the top),
        in `list_ids`'s order, read by key: a screen costs the same at any size (issue 24)."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._list.ids_after(by_name, include_archived, after_id, limit)

    def list_position(
        self,
        session: Session,
        client_id: int,
        by_name: bool = False,
        include_archived: bool = False,
    ) -> int | None:
        """The row of this client in the whole list; None when it is not listed."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._list.position(client_id, by_name, include_archived)

    def filter_ids(
        self, session: Session, client_filter: ClientFilter, by_name: bool = False
    ) -> list[int]:
        """The clients passing every condition of `client_filter`, sorted in SQL like
        `list_ids` (most recent visit first, or by name): ids only, for the list to page
        through with `summaries`. A filter that narrows nothing gives `list_ids`'s answer.

        Filtering by technician needs the right to see who did a treatment (receptionists
        see dates and services only); by health alerts, the right to see the alert flag."""
        live = self._guard.require(session, Permission.FIND_CLIENTS)
        if client_filter.service_id is not None:
            self._guard.require(live, Permission.TREATMENT_SUMMARY_READ)
        if client_filter.technician_id is not None:
            self._guard.require(live, Permission.TREATMENT_READ)
        if client_filter.has_alerts:
            self._guard.require(live, Permission.HEALTH_ALERT_FLAG)
        if client_filter.patch_test_runs_out is not None:
            self._guard.require(live, Permission.PATCH_TEST_STATUS)
        if not client_filter.narrows:
            return self._repo.all_ids(by_name, client_filter.include_archived)
        tag = ""
        if client_filter.tag.strip():
            tag = fields.clean_tags((client_filter.tag,))[0]
        asked = self._consent.purposes()[Purpose.SERVICE_RECORDS]
        return filtered_ids(self._db, filter_terms(client_filter, tag, asked), by_name)

    def summaries(self, session: Session, client_ids: list[int]) -> list[ClientSummary]:
        """List rows for these clients (at most MAX_PAGE), as this role may see them."""
        live = self._guard.require(session, Permission.FIND_CLIENTS)
        if len(client_ids) > MAX_PAGE:
            raise ValidationError("clients.most_clients_time", max_page=MAX_PAGE)
        return self._summaries(live.role, self._repo.hits(client_ids))

    def _summaries(self, role: Role, hits: list[SearchHit]) -> list[ClientSummary]:
        flags = self._repo.alert_flags([hit.id for hit in hits])
        contact = role_allows(role, Permission.CONTACT_READ)
        return [
            ClientSummary(
                id=hit.id,
                display_name=display_name(hit.family_name, hit.given_name),
                phone=phone_for(role, hit.phone),
                has_alerts=flags[hit.id][0],
                has_severe_alert=flags[hit.id][1],
                archived=hit.archived,
                last_visit_on=hit.last_visit_on,
                phone_last_digits=phone_last_digits(hit.phone),
                birth_year=hit.birth_date.year if contact and hit.birth_date else None,
            )
            for hit in hits
        ]

    def open(self, session: Session, client_id: int) -> ClientView:
        """The client card: one activity-log entry per opening."""
        live = self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        record = self._get(client_id)
        view = self._view(live, record)
        self._log.record_for(
            live,
            AuditEvent(
                "client.open",
                object_type="client",
                object_id=str(client_id),
                detail="fields=" + ",".join(sorted(view.visible)),
            ),
        )
        return view

    # -- health ------------------------------------------------------------------------------

    def health(self, session: Session, client_id: int) -> list[HealthItem]:
        """The client's current health items (owner and technician), logged as the card's
        health being opened (the CLI's `health list`)."""
        live = self._guard.require(session, Permission.HEALTH_READ, "client", str(client_id))
        with self._db.transaction():
            self._get(client_id)
            items = self._repo.health_items(client_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "client.open",
                    object_type="client",
                    object_id=str(client_id),
                    detail="fields=health",
                ),
            )
        return items

    def add_health_item(
        self, session: Session, client_id: int, kind: HealthKind, text: str, severity: Severity
    ) -> int:
        live = self._guard.require(session, Permission.HEALTH_WRITE, "client", str(client_id))
        cleaned = fields.clean_line(text, "text", "description", fields.MAX_HEALTH_TEXT, True)
        with self._db.transaction():
            self._get(client_id)
            self._health_gate.require_legal_basis(client_id)
            item_id = self._repo.add_health_item(
                client_id, kind, cleaned, severity, live.staff_id, self._clock.now()
            )
            self._log.record_for(
                live,
                AuditEvent(
                    "health.add",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"kind={kind.value} severity={severity.value}",
                ),
            )
        return item_id

    def edit_health_item(
        self,
        session: Session,
        client_id: int,
        item_id: int,
        kind: HealthKind,
        text: str,
        severity: Severity,
    ) -> None:
        """Correct an item (its kind, words or severity); the item as it was is kept as an
        earlier version (decision 0031). Storing health data, so the legal basis is checked."""
        live = self._guard.require(session, Permission.HEALTH_WRITE, "client", str(client_id))
        cleaned = fields.clean_line(text, "text", "description", fields.MAX_HEALTH_TEXT, True)
        with self._db.transaction():
            before = self._health_item(client_id, item_id)
            self._health_gate.require_legal_basis(client_id)
            if (before.kind, before.text, before.severity) == (kind, cleaned, severity):
                return
            number = self._versions.keep(
                client_id,
                VersionedKind.HEALTH_ITEM,
                item_id,
                health_item_values(before),
                ChangeKind.EDIT,
                live.staff_id,
                live.role,
                self._clock.now(),
            )
            self._repo.update_health_item(item_id, kind, cleaned, severity)
            self._log.record_for(
                live,
                AuditEvent(
                    "health.edit",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"item={item_id} kind={kind.value} severity={severity.value}"
                    f" version={number}",
                ),
            )

    def remove_health_item(self, session: Session, client_id: int, item_id: int) -> None:
        live = self._guard.require(session, Permission.HEALTH_WRITE, "client", str(client_id))
        with self._db.transaction():
            before = self._health_item(client_id, item_id)
            self._versions.keep(
                client_id,
                VersionedKind.HEALTH_ITEM,
                item_id,
                health_item_values(before),
                ChangeKind.REMOVE,
                live.staff_id,
                live.role,
                self._clock.now(),
            )
            self._repo.remove_health_item(item_id, live.staff_id, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "health.remove",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"item={item_id}",
                ),
            )

    # -- helpers -----------------------------------------------------------------------------

    def prepare(
        self,
        data: ClientInput,
        still_held: frozenset[str] = frozenset(),
        collected: frozenset[str] | None = None,
        region: str | None = None,
        stored_phones: tuple[PhoneRow, ...] = (),
    ) -> ClientRow:
        """Check and clean a client's fields without writing (bulk builders, import, merge).

        `still_held`: optional fields no longer collected whose stored value is passed on
        unchanged (a merge keeps what the survivor holds; it never adds to it). A bulk caller
        passes the salon's collected fields and phone region, read once for all rows.
        `stored_phones`: the numbers the client (or, in a merge, either record) holds: sent
        back unchanged, they are kept as stored (see phones.py)."""
        return self._clean(data, still_held, collected, region, stored_phones)

    def _clean(
        self,
        data: ClientInput,
        still_held: frozenset[str] = frozenset(),
        collected: frozenset[str] | None = None,
        region: str | None = None,
        stored_phones: tuple[PhoneRow, ...] = (),
    ) -> ClientRow:
        collected = (self.collected_fields() if collected is None else collected) | still_held
        for name in OPTIONAL_FIELDS:
            if name != "phone" and name not in collected and getattr(data, name):
                raise ValidationError(
                    "clients.field_not_collected", name, fields=fields.not_collected_words(name)
                )
        family = fields.clean_line(
            data.family_name, "family_name", "family name", fields.MAX_NAME, True
        )
        given = fields.clean_line(
            data.given_name, "given_name", "given name", fields.MAX_NAME, False
        )
        phones = clean_phones(
            requested_phones(data, stored_phones),
            stored_phones,
            region or self.phone_region(),
            "phone" in collected,
        )
        email = fields.parse_email(data.email)
        today = local_today(self._clock)
        birth_date = fields.check_birth_date(data.birth_date, today)
        guardian = fields.clean_line(
            data.guardian, "guardian", "guardian", fields.MAX_GUARDIAN, False
        )
        fields.check_minor(data.is_minor, guardian, birth_date, today, "guardian" in collected)
        tags = fields.clean_tags(data.tags)
        # Tags are found like names (every role sees them); contact fields are matched separately.
        tokens = client_search_tokens(family, given, tags)
        return ClientRow(
            family_name=family,
            given_name=given,
            phones=phones,
            email=email,
            birth_date=birth_date,
            address=fields.clean_text(data.address, "address", "address", fields.MAX_ADDRESS),
            language=fields.check_language(data.language),
            notes=fields.refuse_card_numbers(
                fields.clean_text(data.notes, "notes", "notes", fields.MAX_NOTES), "notes"
            ),
            search_text=f" {' '.join(tokens)} ",
            is_minor=data.is_minor,
            guardian=guardian,
            preferences=_clean_preferences(data.preferences),
            tags=tags,
        )

    def _possible_duplicates(self, row: ClientRow) -> list[int]:
        found = {c for phone in row.phones for c in clients_with_number(self._db, phone.e164)}
        if row.birth_date is not None:
            name = folded_name(row.family_name, row.given_name)
            for other in self._repo.find_by_birth_date(row.birth_date):
                if names_look_alike(name, folded_name(other.family_name, other.given_name)):
                    found.add(other.id)
        return sorted(found)

    def _health_item(self, client_id: int, item_id: int) -> HealthItem:
        for item in self._repo.health_items(client_id):
            if item.id == item_id:
                return item
        raise NotFound("clients.health_item_client_s_record")

    def _get(self, client_id: int) -> ClientRecord:
        record = self._repo.get(client_id)
        if record is None:
            raise NotFound("clients.there_such_client")
        return record

    def _view(self, session: Session, record: ClientRecord) -> ClientView:
        return client_view(self._repo, self._pinned, session.role, record)


def folded_name(family_name: str, given_name: str) -> str:
    """A name as duplicate checks compare it: folded the way search folds it."""
    return fold(f"{family_name} {given_name}")


def names_look_alike(folded: str, other_folded: str) -> bool:
    """Very similar folded names (one letter off, a missing accent): with the same birth date,
    probably the same person (the counter's and the import's duplicate rule)."""
    return difflib.SequenceMatcher(None, folded, other_folded).ratio() >= _SIMILAR_NAME


def parse_query(text: str, contact_fields: bool) -> tuple[list[str], str]:
    """What was typed into the search box, as (words, phone digits) for the index."""
    tokens = query_tokens(text)
    digits = digits_only(text) if len(digits_only(text)) >= 3 else ""
    if digits and len(tokens) > 1 and all(t.isdigit() for t in tokens):
        tokens = [digits]  # "0912 345 678" is one phone number, not three words
    typed = text.strip().lower()
    if contact_fields and _EMAIL_LIKE.fullmatch(typed):
        tokens = [typed]  # "hoa@ex" or "example.vn": one piece of an e-mail address
    return tokens, digits


def filled_fields(row: ClientRow) -> list[str]:
    """The fields a new client's log entry names: the names, and whatever else was filled in
    ("phones" too when there is more than one number)."""
    filled = [f for f in RECORD_FIELDS[2:] if _filled(row, f)]
    if len(row.phones) > 1:
        filled.insert(filled.index("phone") + 1, "phones")
    return ["family_name", "given_name", *filled]


def _filled(row: ClientRow, name: str) -> bool:
    value = getattr(row, name)
    return not value.empty if isinstance(value, Preferences) else bool(value)


def _clean_preferences(preferences: Preferences) -> Preferences:
    return Preferences(
        *(
            fields.clean_line(
                getattr(preferences, part),
                f"preferences.{part}",
                f"{part} preference",
                fields.MAX_PREFERENCE,
                False,
            )
            for part in ("hair", "skin", "lash")
        )
    )


def changed_fields(before: ClientRecord, after: ClientRow) -> list[str]:
    """The fields an update changed, for its log entry (names only, never values); "phones"
    when a label or a number other than the first changed (the first is "phone")."""
    changed = [n for n in RECORD_FIELDS if getattr(before, n) != getattr(after, n)]
    if phone_list(before.phones) != phone_list(after.phones):
        changed.append("phones")
    return changed or ["none"]


def phone_list(phones: tuple[PhoneRow, ...]) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The first number's label and the numbers after it, to compare two versions of a
    record's phones (the first number itself is "phone")."""
    return (phones[0].label if phones else None), [(p.e164, p.label) for p in phones[1:]]


def health_item_values(item: HealthItem) -> dict[str, object]:
    """A health item's fields as an earlier version keeps them."""
    return {"kind": item.kind.value, "text": item.text, "severity": item.severity.value}


def consent_relevant_values(record: ClientRecord) -> dict[str, object]:
    """The consent-relevant fields (CONSENT_RELEVANT_FIELDS) as an earlier version keeps them."""
    return {
        "birth_date": record.birth_date.isoformat() if record.birth_date else None,
        "is_minor": record.is_minor,
        "guardian": record.guardian,
    }
