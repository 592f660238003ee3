"""The import wizard offers the file's own country for its phone numbers (issue 19 item 4): a
Polish list in a Vietnamese salon, read as Polish numbers with one button, and back."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from salonvault.domain.imports import RowStatus
from salonvault.domain.roles import Role
from tests.import_files import write_csv
from tests.support import Team
from tests.test_import_origin import POLISH_FILE
from tests.ui.test_import_ui import click, clients_page, open_wizard, salon
from ui.dialogs.import_wizard import PREVIEW, ImportWizard
from ui.shell import ShellWindow


def previewed(qtbot: QtBot, wizard: ImportWizard, region: str) -> None:
    qtbot.waitUntil(
        lambda: (
            wizard.plan is not None
            and not wizard.working
            and wizard.plan.preview.phone_region == region
        ),
        timeout=10_000,
    )


def test_a_polish_list_in_a_vietnamese_salon_is_read_as_polish_on_one_click(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path
) -> None:
    salon(shell.vault, team)  # Vietnamese: numbers read as VN
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, write_csv(tmp_path / "klienci.csv", POLISH_FILE))
    click(qtbot, wizard.next_button)  # Preview
    previewed(qtbot, wizard, "VN")
    step = wizard.preview_step
    assert wizard.stack.currentIndex() == PREVIEW
    assert step.region_note.isVisible() and step.region_button.isVisible()
    assert step.region_note.text() == (
        "Most phone numbers in this file are not valid numbers in Vietnam, but 4 of 4 are valid"
        " numbers in Poland: the list probably comes from there."
    )
    assert step.region_button.text() == "Read them as numbers in Poland"
    assert wizard.plan is not None and wizard.plan.preview.counts().invalid == 3

    step.region_button.setFocus()  # the keyboard reaches it like any button
    click(qtbot, step.region_button)
    previewed(qtbot, wizard, "PL")
    assert wizard.plan is not None
    assert {r.status for r in wizard.plan.preview.rows} == {RowStatus.NEW}
    assert (
        step.region_note.text() == "Numbers without a country code are read as numbers in Poland."
    )
    assert step.region_button.text() == "Read them as this salon's numbers"

    click(qtbot, step.region_button)  # and back to the salon's own
    previewed(qtbot, wizard, "VN")
    assert step.region_button.text() == "Read them as numbers in Poland"

    click(qtbot, step.region_button)
    previewed(qtbot, wizard, "PL")
    click(qtbot, wizard.next_button)  # Import
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=20_000)
    assert wizard.import_result is not None and wizard.import_result.created == 4
    found = shell.vault.clients.search(team.owner, "602 345 678")
    assert [h.display_name for h in found] == ["Grzegorczyk Małgorzata"]
