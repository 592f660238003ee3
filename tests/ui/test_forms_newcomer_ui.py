"""What a newcomer tripped on with consultation forms (docs/walkthroughs/forms-round-two.md), on
salons made the way set-up makes them: a Vietnamese beauty salon and a Polish optician, no demo.
Each test was seen failing before its fix."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.forms import words
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import FakeClock
from tests.ui.test_consent_ui import draw_signature
from ui.dialogs.client_card import ClientCard
from ui.dialogs.form_editor import FormEditorDialog
from ui.dialogs.hand_over import HandOverWindow
from ui.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]
LASH, EYE = BuiltInForm.LASH_BROW.value, BuiltInForm.EYE_TEST.value
OWNER_PIN, TECHNICIAN_PIN = "482913", "739164"


def salon(
    root: Path, store: DeviceKeyStore, clock: FakeClock, language: str, kind: BusinessKind
) -> Vault:
    owner, technician = {"vi": ("Hoa Nguyễn", "Lan Trần"), "pl": ("Ewa Kowalska", "Piotr Nowak")}[
        language
    ]
    details = SalonDetails(f"salon {language}", language=language, kinds=(kind,))
    vault = create_vault(
        root / language, details, owner, OWNER_PIN, root / f"{language}.key", store, clock
    )
    session = vault.auth.sign_in(owner, OWNER_PIN)
    vault.staff.add(session, technician, Role.TECHNICIAN, TECHNICIAN_PIN)
    vault.auth.sign_out(session)
    return vault


@pytest.fixture
def beauty(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    vault = salon(tmp_path, device_store, clock, "vi", BusinessKind.BEAUTY)
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    vault = salon(tmp_path, device_store, clock, "pl", BusinessKind.OPTICIAN)
    try:
        yield vault
    finally:
        vault.close()


def technician_card(qtbot: QtBot, vault: Vault, language: str) -> tuple[ClientCard, int]:
    name = {"vi": "Lan Trần", "pl": "Piotr Nowak"}[language]
    owner = vault.auth.sign_in({"vi": "Hoa Nguyễn", "pl": "Ewa Kowalska"}[language], OWNER_PIN)
    names = {"vi": ("Phạm", "Thị Thu"), "pl": ("Zielińska", "Maria")}[language]
    client = vault.clients.create(owner, ClientInput(*names, language=language)).id
    grant_health_consent(vault, owner, client)
    vault.auth.sign_out(owner)
    session = vault.auth.sign_in(name, TECHNICIAN_PIN)
    card = ClientCard(vault, session, client)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card, client


def open_hand_over(qtbot: QtBot, card: ClientCard, form_key: str) -> HandOverWindow:
    tab = card.forms_tab
    assert tab is not None
    card.show_tab(tab)
    tab.form_choice.setCurrentIndex(tab.form_choice.findData(form_key))
    window = tab.hand_over()
    qtbot.waitExposed(window)
    return window


# -- 1. the introduction the kept hash covers is shown -----------------------------------------


def test_the_client_reads_the_forms_introduction_in_her_language(
    qtbot: QtBot, beauty: Vault
) -> None:
    card, _client = technician_card(qtbot, beauty, "vi")
    window = open_hand_over(qtbot, card, LASH)
    intro = window._version.definition.intro
    assert window.intro.isVisible() and window.intro.text() == words(intro, "vi")
    window.choose_language("pl")
    assert window.intro.text() == words(intro, "pl")
    window.lock_screen()


# -- 2. the keyboard starts on the first question, not on a language button ----------------------


def test_the_keyboard_starts_on_the_first_answer(qtbot: QtBot, beauty: Vault) -> None:
    card, _client = technician_card(qtbot, beauty, "vi")
    window = open_hand_over(qtbot, card, LASH)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = next(iter(window.questions.boxes.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() in first.buttons.values())
    window.lock_screen()


# -- 3. the card's alert words reach the translators ---------------------------------------------


def test_the_health_alert_words_are_extracted_for_translation(tmp_path: Path) -> None:
    """The red-flag alert in the card's banner said "Severe: …" in English in Vietnamese and
    Polish: its words went through a helper lupdate cannot read, so they never reached a .ts."""
    out = tmp_path / "alerts.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"  # the venv running the tests
    subprocess.run(
        [str(lupdate), str(ROOT / "ui" / "health_alert_words.py"), "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    extracted = out.read_text(encoding="utf-8")
    for source in ("Severe: %1", "Moderate: %1", "%1 (%2, %3)"):
        assert f"<source>{source}</source>" in extracted, source


# -- 4. the card says when a form is due again ------------------------------------------------


def test_the_forms_tab_says_when_the_chosen_form_is_due_again(
    qtbot: QtBot, optician: Vault, clock: FakeClock, translations: Translations
) -> None:
    card, client = technician_card(qtbot, optician, "pl")
    tab = card.forms_tab
    assert tab is not None
    card.show_tab(tab)
    tab.form_choice.setCurrentIndex(tab.form_choice.findData(EYE))
    assert tab.form_status.text() == "Not signed yet: hand the screen to the client to sign it."
    session = card._session
    definition = optician.forms.form(session, EYE).definition
    optician.forms.fill(session, client, EYE, "pl", harmless_answers(definition), signature_png())
    qtbot.waitUntil(lambda: tab.form_status.text().startswith("Signed on"))
    signed_on = date(2026, 11, 22)
    due = signed_on.replace(year=2028)
    assert str(due.year) in tab.form_status.text()  # 24 months for the eye-test history
    clock.advance(days=(due - signed_on).days + 1)
    later = optician.auth.sign_in("Piotr Nowak", TECHNICIAN_PIN)
    again = ClientCard(optician, later, client)
    qtbot.addWidget(again)
    forms = again.forms_tab
    assert forms is not None
    forms.form_choice.setCurrentIndex(forms.form_choice.findData(EYE))
    assert forms.form_status.text() == (
        "Due again: signed more than 24 months ago. Hand the screen to the client to sign it again."
    )


# -- 5. the form on paper, blank and as signed, from the card ---------------------------------


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def test_the_form_is_printed_blank_and_then_as_signed(
    qtbot: QtBot, optician: Vault, tmp_path: Path
) -> None:
    card, client = technician_card(qtbot, optician, "pl")
    tab = card.forms_tab
    assert tab is not None
    card.show_tab(tab)
    tab.form_choice.setCurrentIndex(tab.form_choice.findData(EYE))
    assert tab.paper_button.isEnabled()

    def printer(name: str) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(tmp_path / name))
        return chosen

    assert tab.print_form(blank=True, printer=printer("blank.pdf"))
    assert pages(tmp_path / "blank.pdf") >= 1
    session = card._session
    definition = optician.forms.form(session, EYE).definition
    optician.forms.fill(session, client, EYE, "pl", harmless_answers(definition), signature_png())
    assert tab.print_form(blank=False, printer=printer("signed.pdf"))
    assert pages(tmp_path / "signed.pdf") >= 1
    owner = optician.auth.sign_in("Ewa Kowalska", OWNER_PIN)
    printed = [e.detail for e in optician.audit.list(owner, AuditFilter(action="form.pdf"))]
    assert len(printed) == 2 and sum(d.startswith("form=") for d in printed) == 1


# -- 6. the scanned paper fills the viewer ------------------------------------------------------


def test_a_phone_photo_of_a_letter_fills_the_viewer(
    qtbot: QtBot, optician: Vault, tmp_path: Path
) -> None:
    owner = optician.auth.sign_in("Ewa Kowalska", OWNER_PIN)
    client = optician.clients.create(owner, ClientInput("Zielińska", "Maria")).id
    grant_health_consent(optician, owner, client)
    photo = Image.new("RGB", (1200, 1600), "white")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    data = io.BytesIO()
    photo.save(data, "JPEG", exif=exif.tobytes())
    optician.attachments.add(
        owner,
        client,
        data.getvalue(),
        "IMG_1234.jpg",
        AttachmentKind.REFERRAL_LETTER,
        date(2026, 11, 19),
    )
    card = ClientCard(optician, owner, client)
    qtbot.addWidget(card)
    card.show()
    papers = card.attachments_tab
    assert papers is not None
    card.show_tab(papers)
    qtbot.waitUntil(lambda: papers.table.rowCount() == 1)
    papers.table.selectRow(0)
    viewer = papers.open_selected()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: viewer.picture.pixmap().height() > 300)


# -- 7. the receptionist at the counter hands the screen over (DESIGN.md §4) -------------------


def test_the_receptionist_hands_the_screen_over_and_sees_only_that_it_is_on_file(
    qtbot: QtBot, beauty: Vault, translations: Translations
) -> None:
    owner = beauty.auth.sign_in("Hoa Nguyễn", OWNER_PIN)
    beauty.staff.add(owner, "Minh Lê", Role.RECEPTIONIST, "615273")
    client = beauty.clients.create(owner, ClientInput("Phạm", "Thị Thu", language="vi")).id
    grant_health_consent(beauty, owner, client)
    beauty.auth.sign_out(owner)
    receptionist = beauty.auth.sign_in("Minh Lê", "615273")
    card = ClientCard(beauty, receptionist, client)
    qtbot.addWidget(card)
    card.show()
    tab = card.forms_tab
    assert tab is not None and card.health_tab is None  # no answers, no health tab
    window = open_hand_over(qtbot, card, LASH)
    for key, box in window.questions.boxes.items():
        if box.buttons:
            box.buttons["yes" if key == "eye_infection" else "no"].setChecked(True)
    draw_signature(window.pad)
    window.done_filling()
    assert window.stack.currentWidget() is window.pin_page
    window.check_pin("615273")
    assert not window.isVisible()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 3).text() == "1 red flag, 1 to review"
    assert not tab.review_button.isEnabled()
    assert tab.review_reason.text() == "(the owner or a technician reviews red flags)"
    assert tab.form_status.text().startswith("Signed")


# -- 8. the form the salon uses comes first ------------------------------------------------------


def test_the_forms_guarding_the_salons_services_come_first(qtbot: QtBot, optician: Vault) -> None:
    """At the optician the chooser opened on the general beauty intake; the eye-test history
    the owner ticked for the eye examination is now the first offered."""
    owner = optician.auth.sign_in("Ewa Kowalska", OWNER_PIN)
    exam = optician.catalogue.add(owner, ServiceInput("Badanie wzroku"))
    optician.forms.set_services(owner, EYE, [exam])
    optician.auth.sign_out(owner)
    card, _client = technician_card(qtbot, optician, "pl")
    tab = card.forms_tab
    assert tab is not None
    assert tab.form_choice.currentData() == EYE
    assert tab.form_choice.count() == len(BuiltInForm)  # the others stay on offer


# -- 9. no gaps on an empty Forms tab; the editor's grey buttons say why --------------------------


def test_an_empty_forms_tab_keeps_its_lines_together(qtbot: QtBot, optician: Vault) -> None:
    card, _client = technician_card(qtbot, optician, "pl")
    card.resize(800, 760)
    tab = card.forms_tab
    assert tab is not None
    card.show_tab(tab)
    qtbot.waitUntil(tab.empty.isVisible)
    gap = tab.empty.geometry().top() - tab.form_choice.geometry().bottom()
    assert gap < 80, gap  # the chooser, the due line, then "no form signed yet"


def test_the_editor_reads_a_long_question_from_its_start_and_says_why_up_is_off(
    qtbot: QtBot, optician: Vault
) -> None:
    owner = optician.auth.sign_in("Ewa Kowalska", OWNER_PIN)
    own = optician.forms.copy_form(owner, EYE, "Nasz wywiad")
    editor = FormEditorDialog(optician, owner, own)
    qtbot.addWidget(editor)
    editor.resize(940, 720)
    editor.show()
    editor.select(0, 0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    assert editor.list_reason.text() == "It is first in its list: it moves only down."
    long_one = next(
        (s, q)
        for s, section in enumerate(editor.sections)
        for q, question in enumerate(section.questions)
        if len(question.text["pl"]) > 60
    )
    editor.select(*long_one)
    assert editor.question.question_text.cursorPosition() == 0
