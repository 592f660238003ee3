"""The salon's service catalogue: what can be recorded as a treatment.

Every role reads it (the visit dialog lists it); only the owner changes it, logged. A service is
never deleted (visits point to it): it is switched off and leaves the visit dialog's list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.catalogue import (
    MAX_SERVICE_MINUTES,
    MAX_SERVICES,
    BusinessKind,
    ServiceInput,
)
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.roles import Permission
from salonvault.domain.treatments import SalonService
from salonvault.services.catalogue.starters import starter_services
from salonvault.services.clients import fields
from salonvault.services.money import MAX_PRICE_MINOR
from salonvault.storage.services_repo import ServicesRepository
from salonvault.storage.staff_repo import name_key

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


class CatalogueService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard) -> None:
        self._db = database
        self._repo = ServicesRepository(database)
        self._log = log
        self._guard = guard

    def services(self, session: Session, include_inactive: bool = False) -> list[SalonService]:
        """In the owner's order; switched-off services only when asked."""
        self._guard.require(session, Permission.FIND_CLIENTS)
        return self._repo.all(include_inactive)

    def add(self, session: Session, data: ServiceInput) -> int:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        cleaned = clean_service(data)
        with self._db.transaction():
            if self._repo.count() >= MAX_SERVICES:
                raise ValidationError(
                    "catalogue.salon_has_most_services", "name", max_services=MAX_SERVICES
                )
            service_id = self._repo.add(cleaned)
            self._log.record_for(live, _event("service.add", service_id, cleaned))
        return service_id

    def update(self, session: Session, service_id: int, data: ServiceInput) -> None:
        """Rename, regroup, change the defaults, switch on or off."""
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        cleaned = clean_service(data)
        with self._db.transaction():
            before = self._repo.get(service_id)
            if before is None:
                raise NotFound("catalogue.there_such_service")
            self._repo.update(service_id, cleaned)
            changed = _changed_fields(before, cleaned)
            event = _event("service.update", service_id, cleaned)
            self._log.record_for(live, replace(event, detail=f"fields={','.join(changed)}"))

    def reorder(self, session: Session, ids_in_order: Sequence[int]) -> None:
        """The order the visit dialog and the owner's page show; every service, once each."""
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        with self._db.transaction():
            known = {s.id for s in self._repo.all(include_inactive=True)}
            if sorted(ids_in_order) != sorted(known):
                raise ValidationError("catalogue.give_every_service_exactly_once")
            self._repo.reorder(list(ids_in_order))
            self._log.record_for(live, AuditEvent("service.reorder", detail=f"count={len(known)}"))

    def add_starters(
        self, session: Session, kinds: Sequence[BusinessKind], language: str
    ) -> list[int]:
        """The starter list for these kinds, less any service the catalogue already names."""
        self._guard.require(session, Permission.SETTINGS_MANAGE)
        have = {name_key(s.name) for s in self._repo.all(include_inactive=True)}
        wanted = [
            s for s in starter_services(list(kinds), language) if name_key(s.name) not in have
        ]
        return [self.add(session, service) for service in wanted]

    def seed(self, owner_staff_id: int, services: Sequence[ServiceInput]) -> None:
        """At set-up, before anyone has signed in: the wizard's chosen list, logged as the first
        owner's. Each was checked by `clean_service` before the vault was made."""
        with self._db.transaction():
            for service in services:
                cleaned = clean_service(service)
                service_id = self._repo.add(cleaned)
                event = _event("service.add", service_id, cleaned)
                self._log.record(replace(event, staff_id=owner_staff_id, role="owner"))


def clean_service(data: ServiceInput) -> ServiceInput:
    """The catalogue's field rules; a ValidationError names the field."""
    name = fields.clean_line(data.name, "name", "service name", 80, True)
    group = fields.clean_line(data.group, "group", "group", 60, False)
    minutes = data.duration_minutes
    if minutes is not None and not 1 <= minutes <= MAX_SERVICE_MINUTES:
        raise ValidationError(
            "catalogue.duration_from_1_minutes",
            field="duration_minutes",
            max_service_minutes=MAX_SERVICE_MINUTES,
        )
    price = data.price_minor
    if price is not None and not 0 <= price < MAX_PRICE_MINOR:
        raise ValidationError("catalogue.price_out_range", field="price_minor")
    return replace(data, name=name, group=group)


def check_services(services: Sequence[ServiceInput]) -> list[ServiceInput]:
    """A whole list at set-up: each service's rules, no name twice, not too many."""
    cleaned = [clean_service(s) for s in services]
    keys = [name_key(s.name) for s in cleaned]
    if len(set(keys)) != len(keys):
        raise ValidationError("catalogue.two_services_have_same_name", field="name")
    if len(cleaned) > MAX_SERVICES:
        raise ValidationError(
            "catalogue.salon_has_most_services", field="name", max_services=MAX_SERVICES
        )
    return cleaned


def _event(action: str, service_id: int, data: ServiceInput) -> AuditEvent:
    detail = f"requires_patch_test={int(data.requires_patch_test)} active={int(data.active)}"
    return AuditEvent(action, object_type="service", object_id=str(service_id), detail=detail)


def _changed_fields(before: SalonService, after: ServiceInput) -> list[str]:
    pairs = {
        "name": (before.name, after.name),
        "group": (before.group, after.group),
        "duration": (before.duration_minutes, after.duration_minutes),
        "price": (before.price_minor, after.price_minor),
        "requires_patch_test": (before.requires_patch_test, after.requires_patch_test),
        "active": (before.active, after.active),
    }
    return [name for name, (old, new) in pairs.items() if old != new] or ["none"]
