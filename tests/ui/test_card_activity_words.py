"""The card's Activity tab words its details as the activity log page does (issue 18): a photo
opened names the photo by its number, as the log page says it, not as a count of one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.photos import PhotoKind
from salonvault.services.vault import Vault
from tests.helpers import grant_photo_consent
from tests.support import Team
from tests.test_photos import jpeg_bytes
from ui.audit_words import AuditWords
from ui.dialogs.client_card import ClientCard


def test_a_photo_opening_reads_the_same_on_the_card_and_in_the_log(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    client_id = vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id
    grant_photo_consent(vault, team.receptionist, client_id)
    vault.photos.add_photo(team.technician, client_id, jpeg_bytes(), PhotoKind.BEFORE)
    after = vault.photos.add_photo(team.technician, client_id, jpeg_bytes(), PhotoKind.AFTER)
    vault.photos.open_photos(team.technician, client_id, [after.info.id])  # "photos=2"

    card = ClientCard(vault, team.owner, client_id)
    qtbot.addWidget(card)
    activity = card.activity_tab
    assert activity is not None
    row = next(r for r, e in enumerate(activity.entries) if e.action == "photo.view")
    entry = activity.entries[row]
    in_the_log = AuditWords().details(entry.detail, entry.action)
    shown = activity.table.item(row, 3)
    assert shown.text() == in_the_log == f"photos {after.info.id}"
