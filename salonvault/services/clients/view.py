"""The client card as a role may see it (DESIGN.md §4), built in one place for every reader of
the card: opening it (`ClientService.open`) and printing it (services/printouts), so a printout
holds exactly what the card shows that role."""

from __future__ import annotations

from dataclasses import replace

from salonvault.domain.clients import CONTACT_FIELDS, ClientPhone, ClientView, mask_phone
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.storage.clients_repo import ClientRecord, ClientsRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository


def phone_for(role: Role, phone: str) -> str | None:
    """The number in full for contact roles, masked to its last 3 digits for the others."""
    if not phone:
        return None
    if role_allows(role, Permission.CONTACT_READ):
        return phone
    return mask_phone(phone)


def client_view(
    clients: ClientsRepository, pinned: PinnedNotesRepository, role: Role, record: ClientRecord
) -> ClientView:
    """`record` with only what `role` may see; `visible` names what was filled."""
    flags = clients.alert_flags([record.id])[record.id]
    phones = tuple(ClientPhone(phone_for(role, p.number) or "", p.label) for p in record.phones)
    view = ClientView(
        id=record.id,
        family_name=record.family_name,
        given_name=record.given_name,
        language=record.language,
        notes=record.notes,
        archived=record.archived,
        has_alerts=flags[0],
        has_severe_alert=flags[1],
        phone=phone_for(role, record.phone),
        is_minor=record.is_minor,
        preferences=record.preferences,
        tags=record.tags,
        phones=phones,
        pinned_notes=tuple(pinned.of_client(record.id)),
    )
    # Minor flag, preferences, tags and pinned notes help every role serve the client
    # (DESIGN.md §4, decision 0022).
    visible = {"family_name", "given_name", "language", "notes", "alerts"}
    visible |= {"is_minor", "preferences", "tags", "pinned_notes"}
    if record.phone:
        contact = role_allows(role, Permission.CONTACT_READ)
        visible.add("phone" if contact else "phone_masked")
        visible.add("phones" if contact else "phones_masked")
    if role_allows(role, Permission.CONTACT_READ):
        view = replace(view, **{name: getattr(record, name) for name in CONTACT_FIELDS})
        visible |= set(CONTACT_FIELDS)
    if role_allows(role, Permission.HEALTH_READ):
        view = replace(view, health=tuple(clients.health_items(record.id)))
        visible.add("health")
    return replace(view, visible=frozenset(visible))
