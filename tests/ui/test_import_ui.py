"""The import wizard with real widgets on a real vault: the owner's file becomes clients, a
duplicate is resolved by a choice, Cancel mid-way writes nothing, the encoding can be corrected,
and an imported client's card asks for consent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from salonvault.domain.clients import ClientInput
from salonvault.domain.imports import ImportField, RowAction
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.import_files import POLISH, write_csv
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.dialogs.client_card import ClientCard
from ui.dialogs.import_wizard import FILE, MAPPING, PREVIEW, RESULT, RUN, ImportWizard
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

ROWS = [
    ["Họ và tên", "Số điện thoại", "Ngày sinh", "Dị ứng", "Ghi chú"],
    ["Lê Thị Mai", "0912 345 678", "", "PPD", "Thích màu nâu"],  # the phone of a client
    ["Nguyễn Thị Ánh", "0987 654 321", "23/04/1990", "", ""],
    ["Trần Văn Đức", "12", "", "", ""],  # not a phone
    ["Phạm Quốc Việt", "0933 445 566", "31.02.1990", "", ""],  # no such date
]


def salon(vault: Vault, team: Team) -> None:
    vault.settings.set_language(team.owner, "vi")
    vault.clients.set_collected_fields(team.owner, {"phone", "email", "birth_date", "guardian"})


def clients_page(qtbot: QtBot, shell: ShellWindow, role: Role) -> ClientsPage:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    return page


def open_wizard(qtbot: QtBot, page: ClientsPage, path: Path) -> ImportWizard:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.stack.currentIndex() == FILE and not wizard.next_button.isEnabled()
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == MAPPING, timeout=10_000)
    return wizard


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_only_the_owner_has_the_import_button(qtbot: QtBot, shell: ShellWindow) -> None:
    page = clients_page(qtbot, shell, Role.RECEPTIONIST)
    assert not page.import_button.isVisible()
    shell.lock("switch_user")
    page = clients_page(qtbot, shell, Role.OWNER)
    assert page.import_button.isVisible() and page.import_button.text() == "Import…"


def test_from_the_file_to_imported_clients_with_a_duplicate_updated(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path
) -> None:
    vault = shell.vault
    salon(vault, team)
    mai = vault.clients.create(
        team.owner, ClientInput("Lê", "Thị Mai", phone="+84 912 345 678", notes="Khách cũ")
    ).id
    grant_health_consent(vault, team.owner, mai)  # her imported allergy rests on it (0031)
    path = write_csv(tmp_path / "khach.csv", ROWS, "cp1258", delimiter=";")
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, path)

    step = wizard.mapping_step
    assert step.encoding.currentData() == "cp1258" and "(detected)" in step.encoding.currentText()
    assert step.table.item(0, 0).text() == "Họ và tên"
    assert step.chosen_fields() == (
        ImportField.FULL_NAME_FAMILY_FIRST,
        ImportField.PHONE,
        ImportField.BIRTH_DATE,
        ImportField.ALLERGIES,
        ImportField.NOTES,
    )
    click(qtbot, wizard.next_button)  # Preview
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.working, timeout=10_000)
    assert wizard.stack.currentIndex() == PREVIEW
    counts = wizard.plan.preview.counts()
    assert (counts.create, counts.skip, counts.invalid) == (1, 1, 2)
    assert wizard.model.rowCount() == 3  # the rows needing attention: duplicate and invalid
    why = {
        wizard.model.preview_row(r).line: wizard.model.index(r, 3).data()
        for r in range(wizard.model.rowCount())
    }
    # The client already registered, with what tells her from a namesake.
    assert why[2] == f"Same phone as Lê Thị Mai (No. {mai} · phone …678 · no visit yet)"
    assert why[5] == 'The birth date "31.02.1990" is not a real date.'
    assert "New clients: 1 · Clients updated: 0" in wizard.preview_step.counts.text()

    wizard.preview_step.attention_only.setChecked(False)  # the new client's row too
    wizard.select_lines({3})
    wizard.choose(RowAction.SKIP)  # nothing left to write: Import is grey, and says why
    assert not wizard.next_button.isEnabled()
    assert "Nothing to import" in wizard.preview_step.counts.text()
    wizard.choose(RowAction.CREATE)
    assert wizard.next_button.isEnabled()
    assert "Nothing is written until" in wizard.preview_step.counts.text()
    wizard.preview_step.attention_only.setChecked(True)
    hint = wizard.preview_step.choice_hint
    wizard.select_lines(set())
    assert not wizard.preview_step.skip_button.isEnabled() and "Select rows" in hint.text()
    wizard.select_lines({2})
    assert wizard.preview_step.update_button.isEnabled() and not hint.text()
    click(qtbot, wizard.preview_step.update_button)
    assert wizard.choices == {2: RowAction.UPDATE, 3: RowAction.CREATE}  # 3: chosen back
    assert wizard.model.index(0, 2).data() == "Update the client"
    wizard.select_lines({4})  # an invalid row: no choice to make, and the reason beside
    assert not wizard.preview_step.create_button.isEnabled()
    assert "cannot be imported" in hint.text()

    click(qtbot, wizard.next_button)  # Import
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == RESULT, timeout=10_000)
    assert wizard.import_result is not None
    assert (
        wizard.import_result.created,
        wizard.import_result.updated,
        wizard.import_result.invalid,
    ) == (1, 1, 2)
    assert "New clients: 1 · Clients updated: 1" in wizard.result_step.summary.text()
    assert wizard.result_step.consent_note.isVisible()
    updated = vault.clients.open(team.owner, mai)
    assert updated.notes == "Khách cũ\nThích màu nâu"
    assert updated.health is not None and [h.text for h in updated.health] == ["PPD"]
    anh = vault.clients.search(team.owner, "nguyen anh")
    assert [c.display_name for c in anh] == ["Nguyễn Thị Ánh"]
    assert vault.clients.open(team.owner, anh[0].id).birth_date == date(1990, 4, 23)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)  # the list refreshed
    click(qtbot, wizard.next_button)  # Close
    qtbot.waitUntil(lambda: not isValid(wizard))  # deleted with the names it showed

    card = ClientCard(vault, team.receptionist, anh[0].id)
    qtbot.addWidget(card)
    card.show()
    assert card.consent_banner.isVisible()  # imported: no consent until one is recorded
    assert "Not yet informed that visits are recorded" in card.consent_banner.text()


def many(count: int) -> list[list[str]]:
    return [["Nazwisko", "Imię", "Telefon"]] + [
        [f"Nowak{i}", "Ewa", f"+48 5{i:08d}"] for i in range(count)
    ]


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path
) -> None:
    vault = shell.vault
    path = write_csv(tmp_path / "duzo.csv", many(3000))
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, path)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.working, timeout=30_000)
    assert wizard.plan.preview.counts().create == 3000
    db = vault.database
    before = (
        db.scalar("SELECT count(*) FROM clients"),
        db.scalar("SELECT count(*) FROM client_name_tokens"),
        db.query_one("SELECT seq, mac FROM audit_log ORDER BY seq DESC"),
    )

    def cancel_once_rows_are_written(phase: str, done: int, total: int) -> None:
        if phase == "importing" and done >= 1000 and wizard.working:
            click(qtbot, wizard.cancel_button)

    wizard._relay.progressed.connect(cancel_once_rows_are_written)
    click(qtbot, wizard.next_button)  # Import
    assert wizard.stack.currentIndex() == RUN and not wizard.back_button.isEnabled()
    qtbot.waitUntil(lambda: not wizard.working, timeout=30_000)
    assert wizard.stack.currentIndex() == RUN and wizard.isVisible()
    assert wizard.run_step.error.text() == "Cancelled; nothing was imported."
    after = (
        db.scalar("SELECT count(*) FROM clients"),
        db.scalar("SELECT count(*) FROM client_name_tokens"),
        db.query_one("SELECT seq, mac FROM audit_log ORDER BY seq DESC"),
    )
    assert after == before
    assert wizard.back_button.isEnabled()  # back to the preview to try again
    click(qtbot, wizard.back_button)
    assert wizard.stack.currentIndex() == PREVIEW


def test_the_encoding_can_be_corrected_and_the_window_fits(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path
) -> None:
    shell.vault.settings.set_language(team.owner, "pl")
    path = write_csv(tmp_path / "klienci.csv", POLISH, "cp1250", delimiter=";")
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, path)
    step = wizard.mapping_step
    assert step.table.item(1, 0).text() == "Imię"
    step.encoding.setCurrentIndex(step.encoding.findData("cp1252"))  # cannot be: "Ź" is 0x8F
    qtbot.waitUntil(lambda: not wizard.working and bool(step.error.text()))
    assert step.error.text().startswith("The file cannot be read as cp1252")
    assert step.encoding.currentData() == "cp1250"  # what is shown is what was read
    step.encoding.setCurrentIndex(step.encoding.findData("iso8859-2"))  # a wrong choice …
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.encoding == "iso8859-2")
    qtbot.waitUntil(lambda: not wizard.working)
    assert "Wšsowska" in step.table.item(0, 1).text()  # … shows at once in the examples
    assert step.error.text() == ""
    step.encoding.setCurrentIndex(step.encoding.findData("cp1250"))
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.encoding == "cp1250")
    qtbot.waitUntil(lambda: not wizard.working)
    assert POLISH[1][0] in step.table.item(0, 1).text()
    hint = wizard.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    assert wizard.width() <= 1024 and wizard.height() <= 700


def test_a_bad_mapping_is_refused_next_to_it(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "k.csv", [["Imię", "Telefon"], ["Ewa", "+48 501 234 567"]])
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, path)
    click(qtbot, wizard.next_button)  # Preview
    assert wizard.stack.currentIndex() == MAPPING
    assert "Map a column to the family name" in wizard.mapping_step.error.text()
    box = wizard.mapping_step.field_boxes[0]
    box.setCurrentIndex(box.findData(ImportField.FULL_NAME.value))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.working, timeout=10_000)
    assert wizard.plan.preview.counts().create == 1


def test_an_unreadable_file_says_why_and_a_lock_closes_the_wizard(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path
) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    page = clients_page(qtbot, shell, Role.OWNER)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    wizard.open_file(old)
    qtbot.waitUntil(lambda: not wizard.working and bool(wizard.file_step.error.text()))
    assert "save it as .xlsx or CSV" in wizard.file_step.error.text()
    assert wizard.stack.currentIndex() == FILE and not wizard.next_button.isEnabled()
    cancel = wizard.cancel_event
    shell.lock("idle")
    assert cancel.is_set()
    qtbot.waitUntil(lambda: not isValid(wizard))


@pytest.mark.parametrize("language", ["vi", "zh_CN"])
def test_the_wizard_fits_in_other_languages(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path, language: str
) -> None:
    shell.switch_language(language)
    page = clients_page(qtbot, shell, Role.OWNER)
    wizard = open_wizard(qtbot, page, write_csv(tmp_path / "k.csv", POLISH))
    for step in (MAPPING, PREVIEW, RESULT):
        wizard.stack.setCurrentIndex(step)
        hint = wizard.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (step, hint)
