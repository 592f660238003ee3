"""A draft kept through a lock goes back where it was typed (ui/drafts.py, decision 0046).

The form opens again the way staff open it: the client's card (a logged opening, as any), the
tab, then the form, through the same methods the buttons call, so saving it updates the card
and the list as usual; a change or a correction opens from the entry's own dialog, read afresh.
Imported at the first reopening only (the card and its tabs are heavy to import).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt

from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.dialogs.client_card import ClientCard
from ui.dialogs.record_detail import RecordDetailDialog
from ui.dialogs.record_dialog import RecordDialog, RecordMode
from ui.dialogs.visit_detail import VisitDetailDialog
from ui.dialogs.visit_dialog import VisitMode
from ui.drafts import Draft
from ui.pages.clients_page import ClientsPage
from ui.widgets.form_dialog import FormDialog
from ui.workspace import Workspace

Place = Mapping[str, object]  # Draft.place: which client, entry, template and mode


def reopen_draft(
    workspace: Workspace, vault: Vault, session: Session, draft: Draft
) -> FormDialog | None:
    """The form, open again with what was typed and the note saying so; None where it cannot
    be (the client or entry gone, the tab not this role's). SalonVaultError as the services
    raise it (a client erased meanwhile)."""
    workspace.show_page("clients")
    clients = workspace.page("clients")
    if not isinstance(clients, ClientsPage):
        return None
    client_id = draft.place.get("client_id")
    if draft.kind == "client" and client_id is None:
        form: FormDialog | None = clients.new_client()
    elif isinstance(client_id, int):
        card = clients.open_client(client_id)
        form = _form_on_card(card, vault, session, draft) if card is not None else None
    else:
        form = None
    if form is not None:
        form.restore_draft(draft.values)
        form.show_kept_note()
    return form


def _form_on_card(
    card: ClientCard, vault: Vault, session: Session, draft: Draft
) -> FormDialog | None:
    opener = _OPENERS.get(draft.kind)
    return opener(card, vault, session, draft.place) if opener is not None else None


def _client_form(
    card: ClientCard, _vault: Vault, _session: Session, _place: Place
) -> FormDialog | None:
    card.show_tab(card.profile_tab)
    return card.profile_tab.edit()


def _health_item_form(
    card: ClientCard, _vault: Vault, _session: Session, place: Place
) -> FormDialog | None:
    tab = card.health_tab
    if tab is None:
        return None
    card.show_tab(tab)
    item_id = place.get("item_id")
    return tab.change_item(item_id) if isinstance(item_id, int) else tab.add_item()


def _visit_form(
    card: ClientCard, vault: Vault, session: Session, place: Place
) -> FormDialog | None:
    card.show_tab(card.treatments_tab)
    visit_id = place.get("visit_id")
    if place.get("mode") == VisitMode.ADD.value or not isinstance(visit_id, int):
        return card.add_visit()
    detail = VisitDetailDialog(vault, session, card.view.id, visit_id, card.treatments_tab)
    detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    detail.open()
    return detail.correct() if place.get("mode") == VisitMode.CORRECT.value else detail.edit()


def _record_form(
    card: ClientCard, vault: Vault, session: Session, place: Place
) -> FormDialog | None:
    card.show_tab(card.records_tab)
    record_id = place.get("record_id")
    if place.get("mode") == RecordMode.ADD.value or not isinstance(record_id, int):
        template = vault.record_templates.template(session, str(place.get("template_key")))
        visit_id = place.get("visit_id")
        form = RecordDialog(
            vault,
            session,
            card.view.id,
            template,
            card.records_tab,
            visit_id=visit_id if isinstance(visit_id, int) else None,
        )
        form.open()
        return form
    detail = RecordDetailDialog(vault, session, card.view.id, record_id, card.records_tab)
    detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    detail.open()
    return detail.correct() if place.get("mode") == RecordMode.CORRECT.value else detail.edit()


_OPENERS: dict[str, Callable[[ClientCard, Vault, Session, Place], FormDialog | None]] = {
    "client": _client_form,
    "health_item": _health_item_form,
    "visit": _visit_form,
    "record": _record_form,
}
