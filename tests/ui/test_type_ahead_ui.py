"""The phone country and currency are found by typing the start of their name in the screen's
language, accents or not (issue 18): "Pol" is Poland, "ba lan" is Ba Lan in Vietnamese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.ui.test_settings_ui import settings_page
from ui.i18n import Translations
from ui.pages.settings_page import SALON
from ui.shell import ShellWindow
from ui.widgets.type_ahead import folded


def type_into(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    line = combo.lineEdit()
    assert isinstance(line, QLineEdit), "the list is searchable: it takes typing"
    combo.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


@pytest.mark.parametrize(
    ("language", "typed", "region", "shown"),
    [
        ("en", "Pol", "PL", "Poland (PL)"),
        ("vi", "ba lan", "PL", "Ba Lan (PL)"),
        ("vi", "viet", "VN", "Việt Nam (VN)"),
        ("pl", "wiet", "VN", "Wietnam (VN)"),
    ],
)
def test_the_phone_country_is_found_by_its_name_in_the_screens_language(
    qtbot: QtBot,
    shell: ShellWindow,
    translations: Translations,
    language: str,
    typed: str,
    region: str,
    shown: str,
) -> None:
    translations.switch(language)
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    box = page.salon_details
    combo = box.phone_country
    qtbot.waitUntil(lambda: combo.findText(shown) >= 0, timeout=3000)
    type_into(qtbot, combo, typed)
    assert combo.currentData() == region
    assert combo.currentText() == shown
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentData() == region and combo.currentText() == shown
    box.save()
    assert shell.vault.settings.phone_region() == region


def test_typing_what_no_country_starts_with_keeps_the_choice(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    page = settings_page(qtbot, shell, Role.OWNER)
    page.show_tab(SALON)
    combo = page.salon_details.currency
    before = combo.currentData()
    type_into(qtbot, combo, "#1")
    assert combo.currentData() == before
    combo.lineEdit().editingFinished.emit()  # leaving the box
    assert combo.currentText() == combo.itemText(combo.currentIndex())


def test_names_are_compared_without_accents_or_case() -> None:
    assert folded("Việt Nam") == "viet nam"
    assert folded("Đài Loan") == "dai loan"
    assert folded("Łotwa") == "lotwa"
