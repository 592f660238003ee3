"""Service records, the walkthrough's second part (issue 22,
docs/walkthroughs/records-round-two.md): the owner's template flow and the technician's colour
visit, on a salon made the way a real one is (`create_vault` with SalonDetails, starter
services), each stumble kept fixed here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
)
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.records import FieldKind
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.catalogue import starter_services
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.support import FakeClock
from tests.ui.support import sign_in
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.record_templates_box import RecordTemplatesBox
from ui.pages.settings_page import SettingsPage
from ui.shell import ShellWindow

OWNER, OWNER_PIN = "Ewa Lis", "482913"


@pytest.fixture
def beauty_salon(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """A beauty salon that chose its starter services at set-up (no demo)."""
    kinds = (BusinessKind.BEAUTY,)
    salon = SalonDetails(
        "Salon Lis", language="en", kinds=kinds, services=tuple(starter_services(list(kinds), "en"))
    )
    vault = create_vault(
        tmp_path / "salon", salon, OWNER, OWNER_PIN, tmp_path / "key", device_store, clock
    )
    try:
        yield vault
    finally:
        vault.close()


def _alt_letters(page: SettingsPage) -> Counter[str]:
    letters: Counter[str] = Counter()
    for widget in (*page.findChildren(QAbstractButton), *page.findChildren(QLabel)):
        text = widget.text().replace("&&", "")
        if widget.isVisible() and widget.isEnabled() and "&" in text:
            letters[text[text.index("&") + 1].lower()] += 1
    return letters


def test_every_alt_letter_on_the_service_records_tab_presses_one_thing(
    qtbot: QtBot, beauty_salon: Vault, translations: Translations, operations: Operations
) -> None:
    """The record templates' Copy… and the consultation forms' Copy… were both Alt+Y on the
    same tab: Alt+Y only moved the focus between them, so the owner could not copy a template
    by keyboard."""
    window = ShellWindow(beauty_salon, translations, operations)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, OWNER, OWNER_PIN)
    assert window.workspace is not None
    window.workspace.show_page("settings")
    page = window.workspace.page("settings")
    assert isinstance(page, SettingsPage)
    page.show_tab("records")
    letters = _alt_letters(page)
    assert letters and not {letter: n for letter, n in letters.items() if n > 1}


# -- the findings listed after the walk, fixed ---------------------------------------------------


def _owner(vault: Vault) -> Session:
    return vault.auth.sign_in(OWNER, OWNER_PIN)


def test_a_new_field_is_text_unless_the_owner_chooses_another_kind(
    qtbot: QtBot, beauty_salon: Vault
) -> None:
    """The kind was Number first: "Dye used" typed and Add pressed made a number field, the
    kind two Tabs away and unnoticed."""
    box = RecordTemplatesBox(beauty_salon, _owner(beauty_salon))
    qtbot.addWidget(box)
    box.select("lash_map")
    assert box.copy_selected("Lash map (ours)") is not None
    fields = box.edit_fields()
    assert fields is not None
    qtbot.addWidget(fields)
    qtbot.waitExposed(fields)
    fields.new_label.setFocus()
    qtbot.keyClicks(fields.new_label, "Dye used")
    qtbot.mouseClick(fields.add_button, Qt.MouseButton.LeftButton)
    fields.save()
    assert fields.saved is not None
    added = fields.saved.definition.field("dye_used")
    assert added is not None and added.kind is FieldKind.TEXT
