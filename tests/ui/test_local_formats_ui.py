"""Local formats in the window (issue 19 item 2, decision 0033): phones in the salon country's
national format, dates and times in the counter PC's zone and the screen language's style."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from tests.support import FakeClock, Team
from tests.ui.support import sign_in_as
from ui.formats import date_text, moment_text, phone_text, price_text
from ui.i18n import Translations
from ui.models.client_table import LAST_VISIT, PHONE
from ui.pages.clients_page import ClientsPage
from ui.pages.dashboard_page import DashboardPage
from ui.shell import ShellWindow

# (salon country, number as stored, what the window shows)
NATIONAL = [
    ("VN", "+84903111222", "0903 111 222"),
    ("VN", "0903111222", "0903 111 222"),
    ("PL", "+48601555777", "601 555 777"),
    ("PL", "601555777", "601 555 777"),
    ("CN", "+8613812345678", "138 1234 5678"),
    ("GB", "+447911123456", "07911 123456"),
    # Foreign numbers: international, with spaces, so the country code is there to dial.
    ("VN", "+48601555777", "+48 601 555 777"),
    ("PL", "+84903111222", "+84 903 111 222"),
    ("CN", "+447911123456", "+44 7911 123456"),
    ("GB", "+8613812345678", "+86 138 1234 5678"),
]


@pytest.mark.parametrize(("region", "stored", "shown"), NATIONAL)
def test_a_phone_reads_in_the_salon_countrys_format(region: str, stored: str, shown: str) -> None:
    assert phone_text(stored, region) == shown


def test_a_masked_or_unreadable_number_is_shown_as_stored() -> None:
    assert phone_text("•••••••222", "VN") == "•••••••222"
    assert phone_text("ext. 12", "PL") == "ext. 12"


@pytest.fixture
def vietnam_time() -> Iterator[None]:
    """The counter PC in Ho Chi Minh City (UTC+7, no summer time)."""
    before = time.tzname
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Ho_Chi_Minh")
        time.tzset()
        yield
    time.tzset()
    assert time.tzname == before


def test_moments_are_local_with_four_digit_years(
    vietnam_time: None, translations: Translations
) -> None:
    moment = datetime(2026, 12, 7, 9, 5, tzinfo=UTC)  # 16:05 in Vietnam
    expected = {
        "en": "12/7/2026 4:05\u202fPM",
        "vi": "7/12/2026 16:05",
        "pl": "7.12.2026 16:05",
        "zh_CN": "2026/12/7 16:05",
    }
    for language, text in expected.items():
        translations.switch(language)
        assert moment_text(moment) == text
        assert date_text(date(2026, 1, 2)).count("2026") == 1


def test_prices_carry_the_salons_currency_in_the_screen_language(
    translations: Translations,
) -> None:
    translations.switch("vi")
    assert price_text(15000000, "VND").replace("\xa0", " ") == "15.000.000 ₫"
    translations.switch("pl")
    assert price_text(12050, "PLN").replace("\xa0", " ") == "120,50 zł"


@pytest.mark.parametrize(("region", "stored", "shown"), [NATIONAL[2], NATIONAL[6], NATIONAL[4]])
def test_the_client_list_shows_phones_in_the_salons_format(
    qtbot: QtBot, shell: ShellWindow, team: Team, region: str, stored: str, shown: str
) -> None:
    vault = shell.vault
    vault.settings.set_phone_region(team.owner, region)
    vault.clients.create(team.owner, ClientInput("Nowak", "Anna", phone=stored))
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, PHONE).data() == shown
    assert page.model.index(0, LAST_VISIT).data() == ""
    # Stored as typed: the number itself is unchanged in the vault.
    assert vault.clients.summaries(team.owner, [1])[0].phone == stored


def test_the_dashboard_says_the_last_backup_in_local_time_and_words(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    clock: FakeClock,
    tmp_path: Path,
    vietnam_time: None,
    translations: Translations,
) -> None:
    clock.moment = datetime(2026, 12, 7, 9, 5, tzinfo=UTC)  # 16:05 at the counter
    usb = tmp_path / "usb"
    usb.mkdir()
    shell.vault.backups.backup(team.owner, usb)
    translations.switch("vi")
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("dashboard")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    text = page.last_backup.text()
    assert "7 tháng 12, 2026 16:05" in text, text
    assert "Coordinated" not in text and "Phối hợp" not in text and "UTC" not in text
    translations.switch("pl")  # the language change re-renders the date too
    qtbot.waitUntil(lambda: "7 grudnia 2026 16:05" in page.last_backup.text())
