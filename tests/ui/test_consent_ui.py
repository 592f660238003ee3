"""The consent building blocks as a person uses them: a signature drawn with the mouse, the
decision recorded, the form printed to a PDF printer, the consent withdrawn."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Decision, Method, Purpose, Standing
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.ui.test_errors_in_real_translations import ts
from ui.dialogs.consent_dialog import ConsentDialog
from ui.dialogs.consents_panel import ConsentsPanel, form_file_name
from ui.i18n import Translations
from ui.labels import fill
from ui.widgets.signature_pad import SignaturePad


def draw_signature(pad: SignaturePad) -> None:
    """Two strokes with the mouse, as a hand would sign."""
    canvas = pad.canvas
    for points in ([(20, 90), (60, 40), (100, 100), (140, 50)], [(170, 60), (230, 95)]):
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
        for x, y in points[1:]:
            QTest.mouseMove(canvas, QPoint(x, y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Łukasiewicz", "Żaneta")).id


def test_signature_pad_draws_clears_and_renders_a_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 200)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw_signature(pad)
    assert not pad.is_empty()
    with Image.open(io.BytesIO(pad.png_bytes())) as image:
        assert image.format == "PNG" and image.size == (pad.canvas.width(), pad.canvas.height())
        assert image.getchannel("A").getextrema()[1] == 255  # strokes are drawn
    pad.clear()
    assert pad.is_empty()


def test_nothing_is_preticked_and_record_waits_for_every_answer_and_a_signature(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    dialog = ConsentDialog(vault, team.receptionist, client, language="pl")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.choices) == len(Purpose)
    assert all(c.decision() is None for c in dialog.choices)
    assert "Salon Hoa Mai" in dialog.choices[0].text.text()
    assert not dialog.record_button.isEnabled()
    for choice in dialog.choices:
        if choice.purpose.information_only:  # visit records: read, not agreed or refused
            assert choice.agree.isHidden() and choice.refuse.isHidden()
            choice.acknowledged.click()
        else:
            assert choice.acknowledged.isHidden()
            choice.refuse.click()  # refusing is one click, like agreeing
    assert not dialog.record_button.isEnabled()  # no signature yet
    draw_signature(dialog.pad)
    assert dialog.record_button.isEnabled()


def test_record_with_a_drawn_signature_print_and_withdraw(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = ConsentsPanel(vault, team.receptionist, client)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.banner.isVisible()  # no service-records consent yet: the check-in banner
    assert panel.withdraw_button.isVisible()

    dialog = ConsentDialog(
        vault, team.receptionist, client, [Purpose.SERVICE_RECORDS, Purpose.MARKETING_SMS], "pl"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choices[0].acknowledged.click()
    dialog.choices[1].agree.click()
    draw_signature(dialog.pad)
    monkeypatch.setattr(ConsentDialog, "exec", lambda self: (self.record(), self.result())[1])
    assert panel.record(dialog)
    assert [r.decision for r in dialog.recorded] == [Decision.GRANTED, Decision.GRANTED]
    assert dialog.recorded[0].method is Method.ON_SCREEN and dialog.recorded[0].has_signature
    assert not panel.banner.isVisible()
    standing = {s.purpose: s.standing for s in panel.statuses}
    assert standing[Purpose.SERVICE_RECORDS] is Standing.GRANTED
    assert standing[Purpose.MARKETING_SMS] is Standing.GRANTED
    assert panel.history_table.rowCount() == 2
    assert panel.status_table.item(0, 1).text() == "Acknowledged"  # information, not consent

    panel.select_purpose(Purpose.SERVICE_RECORDS)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert panel.print_form(printer)
    assert printed.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True)
    pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    assert pages.split()[1] == "1"
    page = subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-singlefile", str(printed)],
        capture_output=True,
        check=True,
    ).stdout
    with Image.open(io.BytesIO(page)) as image:
        assert image.getextrema()[0] < 80  # the form's text and signature are on the page

    # Visit records are information: nothing to withdraw, and the panel says what to do.
    assert not panel.withdraw_button.isEnabled()
    assert "nothing to withdraw" in panel.form_hint.text()
    panel.select_purpose(Purpose.MARKETING_SMS)
    assert panel.withdraw_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("moved away", True))
    panel.withdraw()
    standing = {s.purpose: s.standing for s in panel.statuses}
    assert standing[Purpose.MARKETING_SMS] is Standing.WITHDRAWN
    assert standing[Purpose.SERVICE_RECORDS] is Standing.GRANTED
    assert not panel.banner.isVisible()
    assert not vault.consent.is_active(client, Purpose.MARKETING_SMS)


def test_technicians_do_not_see_withdraw(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    panel = ConsentsPanel(vault, team.technician, client)
    qtbot.addWidget(panel)
    assert panel.withdraw_button.isHidden()


def test_the_card_warns_at_check_in_and_follows_consent_changes(
    qtbot: QtBot, vault: Vault, team: Team, client: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.client_card import ClientCard

    card = ClientCard(vault, team.technician, client)
    qtbot.addWidget(card)
    card.show()
    assert card.consent_banner.isVisible()  # no consent to keep service records yet
    assert card.photos_panel is not None and not card.photos_panel.consent_active
    dialog = ConsentDialog(
        vault, team.technician, client, [Purpose.SERVICE_RECORDS, Purpose.PHOTOS], "en"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choices[0].acknowledged.click()
    dialog.choices[1].agree.click()
    draw_signature(dialog.pad)
    monkeypatch.setattr(ConsentDialog, "exec", lambda self: (self.record(), self.result())[1])
    card.show_tab(card.consents_tab)
    assert card.consents_tab.record(dialog)
    assert not card.consent_banner.isVisible()
    assert card.photos_panel.consent_active  # the Photos tab now offers to add photos
    assert not card.consents_tab.withdraw_button.isVisible()  # technicians do not withdraw


def test_the_consents_page_lists_who_to_ask_again_after_a_new_text(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    from ui.pages.consents_page import ConsentsPage

    vault.consent.record(
        team.receptionist,
        client,
        Purpose.MARKETING_EMAIL,
        Decision.GRANTED,
        "pl",
        Method.PAPER,
        paper_reference="P-17",
    )
    page = ConsentsPage(vault, team.owner)
    qtbot.addWidget(page)
    page.show()
    assert page.table.rowCount() == 0
    old, _shown = vault.consent.text_to_show(team.owner, Purpose.MARKETING_EMAIL, "pl")
    vault.consent.edit_template(
        team.owner, Purpose.MARKETING_EMAIL, "pl", old.text + "\nNowe zdanie."
    )
    page.load()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Łukasiewicz Żaneta"
    assert page.table.item(0, 2).text() == "version 1 → 2"
    card = page.open_row(0)
    assert card is not None and card.tabs.currentWidget() is card.consents_tab
    card.reject()


def test_the_owner_edits_a_text_and_the_client_who_agreed_to_the_old_one_is_listed(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.consents_page import ConsentsPage

    vault.consent.record(
        team.receptionist, client, Purpose.REMINDERS, Decision.GRANTED, "vi", Method.PAPER,
        paper_reference="P-3",
    )  # fmt: skip
    page = ConsentsPage(vault, team.owner)
    qtbot.addWidget(page)
    page.show()
    assert page.table.rowCount() == 0
    panel = page.texts
    assert panel is not None and page.tabs.count() == 2
    page.tabs.setCurrentWidget(panel)
    panel.select(Purpose.REMINDERS, "vi")
    assert panel.versions[0].version == 1 and panel.version_list.count() == 0
    old_text = panel.editor.toPlainText()
    panel.editor.setPlainText(old_text + "\nCâu mới.")
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", confirm)
    saved = panel.save()
    assert saved is not None and saved.version == 2
    assert "asked again" in asked[0]
    assert [t.version for t in vault.consent.template_versions(team.owner, "reminders", "vi")] == [
        2,
        1,
    ]
    assert panel.version_list.count() == 1  # version 1, read-only in the history
    panel.version_list.setCurrentRow(0)
    assert panel.version_view.toPlainText() == old_text and panel.version_view.isReadOnly()
    assert page.table.rowCount() == 1  # the page reloaded on save
    assert page.table.item(0, 0).text() == "Łukasiewicz Żaneta"

    row = list(Purpose).index(Purpose.MARKETING_PHONE)
    panel.purpose_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not vault.consent.purposes(team.owner)[Purpose.MARKETING_PHONE]

    printed = tmp_path / "notice.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert page.print_notice(printer)
    assert printed.read_bytes().startswith(b"%PDF")


def test_reception_sees_no_texts_tab_but_prints_the_notice(
    qtbot: QtBot, vault: Vault, team: Team
) -> None:
    from ui.pages.consents_page import ConsentsPage

    page = ConsentsPage(vault, team.receptionist)
    qtbot.addWidget(page)
    assert page.texts is None and page.tabs.count() == 1
    assert page.notice_button.isEnabled()


def test_record_says_what_it_still_waits_for(
    qtbot: QtBot, vault: Vault, team: Team, client: int
) -> None:
    """Issue 18 item 3: Record stayed grey without a word while one purpose was unanswered."""
    wanted = [Purpose.SERVICE_RECORDS, Purpose.PHOTOS, Purpose.MARKETING_SMS]
    dialog = ConsentDialog(vault, team.receptionist, client, wanted, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    said = dialog.waiting_for
    assert said.isVisible() and said.text().startswith("Still to answer, Agree or Refuse:")
    dialog.choices[2].refuse.click()
    assert not dialog.record_button.isEnabled()
    assert said.text() == f"Still to answer, Agree or Refuse: {dialog.choices[1].title()}"
    dialog.choices[1].agree.click()
    assert said.text() == f"Still to confirm the client has read: {dialog.choices[0].title()}"
    dialog.choices[0].acknowledged.click()
    assert said.text() == "Waiting for the client's signature on the pad."
    dialog.on_paper.setChecked(True)
    assert said.text() == "Type the paper form's reference."
    qtbot.keyClicks(dialog.reference, "P-2026-17")
    assert dialog.record_button.isEnabled() and said.text() == ""


def test_a_blank_form_to_sign_on_paper_prints_and_saves_under_the_clients_number(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 18 item 9: a blank form was only `consent-pdf`; every form was consent-form.pdf."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from salonvault.domain.audit import AuditFilter
    from ui.file_dialogs import documents_folder

    panel = ConsentsPanel(vault, team.receptionist, client)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.print_button.isEnabled()
    assert panel.form_hint.text() == "Choose a purpose in the table to print or save its form."
    panel.select_purpose(Purpose.PHOTOS)  # nothing recorded yet
    assert panel.print_button.isEnabled() and "prints blank" in panel.form_hint.text()
    printed = tmp_path / "blank.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert panel.print_form(printer)
    assert printed.read_bytes().startswith(b"%PDF")

    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / Path(start).name), "PDF (*.pdf)"

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    saved = panel.save_form()
    assert offered == [str(documents_folder() / f"Before-after photos - No. {client}.pdf")]
    assert saved == tmp_path / f"Before-after photos - No. {client}.pdf" and saved.is_file()
    entries = vault.audit.list(team.owner, AuditFilter(action="consent.form", limit=5))
    assert [e.detail for e in entries] == ["blank=photos use=save", "blank=photos use=print"]


def test_a_minor_s_dialog_says_who_signs_and_photo_marketing_withdrawal_says_what_to_remove(
    qtbot: QtBot, vault: Vault, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21 item 4 (decision 0042): a parent or guardian signs for a minor; withdrawing
    photos in marketing reminds whoever withdraws that the photos come off the salon's pages."""
    minor = vault.clients.create(
        team.owner, ClientInput("Nowak", "Zosia", is_minor=True, guardian="Anna Nowak")
    ).id
    dialog = ConsentDialog(vault, team.receptionist, minor, [Purpose.PHOTOS_MARKETING], "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who_signs.isVisible()
    assert dialog.who_signs.text().startswith("The client is under 18: a parent or guardian")
    dialog.choices[0].agree.click()
    draw_signature(dialog.pad)
    dialog.record()
    panel = ConsentsPanel(vault, team.receptionist, minor)
    qtbot.addWidget(panel)
    panel.select_purpose(Purpose.PHOTOS_MARKETING)
    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str) -> tuple[str, bool]:
        asked.append(question)
        return "", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.withdraw()
    assert "within 15 days" in asked[0]
    assert "within 15 days" in panel.message.text()

    adult = vault.clients.create(team.owner, ClientInput("Nowak", "Ewa")).id
    other = ConsentDialog(vault, team.receptionist, adult, [Purpose.PHOTOS], "en")
    qtbot.addWidget(other)
    other.show()
    assert not other.who_signs.isVisible()


def test_a_blank_form_is_offered_under_its_purpose_in_the_language(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    client: int,
    tmp_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 18's leftover: a Vietnamese salon was offered `consent-health_data-1.pdf`."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    translations.switch("vi")
    panel = ConsentsPanel(vault, team.receptionist, client)
    qtbot.addWidget(panel)
    panel.show()
    panel.select_purpose(Purpose.HEALTH_DATA)
    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return "", ""  # cancelled

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert panel.save_form() is None
    purpose = ts("vi", ("Consent", "Health information"))
    number = fill(ts("vi", ("ClientFacts", "No. %1")), client)
    assert offered == [f"{purpose} - {number}.pdf"]


def test_a_form_s_file_name_has_no_character_a_file_system_refuses() -> None:
    assert form_file_name(Purpose.PHOTOS, 7) == "Before-after photos - No. 7.pdf"


def test_a_language_switch_only_renames_the_purposes_it_switches_none(
    qtbot: QtBot, vault: Vault, team: Team, translations: Translations
) -> None:
    """Renaming the ticked purposes in the new language fired the list's itemChanged, which
    wrote every purpose's switch to the vault again (and to the activity log)."""
    from salonvault.domain.audit import AuditFilter
    from ui.pages.consent_templates_panel import ConsentTemplatesPanel

    panel = ConsentTemplatesPanel(vault, team.owner)
    qtbot.addWidget(panel)
    before = vault.consent.purposes(team.owner)
    translations.switch("pl")
    qtbot.waitUntil(lambda: panel.purpose_list.item(0).text() != "Service records")  # renamed
    assert vault.audit.list(team.owner, AuditFilter(action="consent.purpose")) == []
    assert vault.consent.purposes(team.owner) == before
