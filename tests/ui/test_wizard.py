"""The first-run wizard, driven like an owner would, to a working vault and a Recovery Kit."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.errors import FileRefused
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.roles import Role
from salonvault.security.keyslots import SlotKind, read_slot_file
from salonvault.services.vault.opening import Unlock, VaultPaths, open_vault
from ui.i18n import LANGUAGES, Translations
from ui.operations import Operations
from ui.wizard.setup_wizard import SetupWizard

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
SECRECY = HealthBasis.PROFESSIONAL_SECRECY


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "install Debian's poppler-utils (pdftotext)"
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def wizard(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> SetupWizard:
    window = SetupWizard(tmp_path / "salon", translations, operations)
    qtbot.addWidget(window)
    window.show()
    return window


def fill_to_unlock_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    assert wizard.currentPage() is wizard.language_page
    wizard.next()
    assert not wizard.button(NEXT).isEnabled()  # the salon needs a name
    qtbot.keyClicks(wizard.salon_page.name, "Salon Hoa Mai")
    wizard.salon_page.address.setPlainText("12 Lê Lợi\nHuế")
    assert wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.business_page
    assert wizard.business_page.chosen_kinds() == [BusinessKind.HAIR]  # until the owner ticks
    wizard.next()
    assert wizard.currentPage() is wizard.health_basis_page
    assert wizard.health_basis_page.chosen() is HealthBasis.EXPLICIT_CONSENT  # the default
    wizard.next()
    page = wizard.owner_page
    page.name.insert("Hoa Nguyễn")  # as an input method delivers it; QTest types Latin-1 only
    qtbot.keyClicks(page.pin, "123456")
    assert "run of digits" in page.rules.text()  # rules shown as they type
    assert not page.isComplete()
    page.pin.clear()
    qtbot.keyClicks(page.pin, "482913")
    qtbot.keyClicks(page.pin_again, "482914")
    assert "differ" in page.rules.text()
    page.pin_again.clear()
    qtbot.keyClicks(page.pin_again, "482913")
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.unlock_page


def create_and_reach_kit(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()  # the commit button: creates the vault off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.kit_page.kit_pdf is not None, timeout=20_000)
    assert wizard.kit_page.save_button.isEnabled()


def test_full_wizard_makes_a_vault_and_a_kit_with_the_key(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    fill_to_unlock_page(qtbot, wizard)
    assert wizard.unlock_page.device.isChecked()
    create_and_reach_kit(qtbot, wizard)
    kit = wizard.kit_page
    key = kit.key_view.text()
    assert key.startswith("AGE-SECRET-KEY-1")
    assert not wizard.button(CANCEL).isVisible()  # no leaving before the kit is kept
    assert not kit.isComplete()

    kit.save_kit_to(tmp_path / "kit.pdf")
    kit.confirm.setChecked(True)
    qtbot.keyClicks(kit.last_four, "XXXX" if key[-4:] != "XXXX" else "YYYY")
    assert not kit.isComplete()  # wrong characters
    kit.last_four.clear()
    qtbot.keyClicks(kit.last_four, key[-4:].lower())  # case does not matter
    assert kit.isComplete() and wizard.button(FINISH).isEnabled()

    text = pdf_text(tmp_path / "kit.pdf")
    assert key in text.replace(" ", "").replace("\n", "") or key in text
    assert "Salon Hoa Mai" in text

    wizard.accept()
    vault = wizard.vault
    assert vault is not None
    session = vault.auth.sign_in("Hoa Nguyễn", "482913")
    assert session.role is Role.OWNER
    assert vault.settings.salon_address() == "12 Lê Lợi\nHuế"
    kinds = {s.kind for s in read_slot_file(VaultPaths(tmp_path / "salon").slot_file).slots}
    assert kinds == {SlotKind.DEVICE, SlotKind.RECOVERY}
    vault.close()


def test_kit_can_be_printed_to_a_pdf_printer(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    wizard.kit_page.print_kit(printer)
    assert wizard.kit_page.kept
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF") and len(printed) > 10_000  # a rendered page, not blank
    assert wizard.vault is not None
    wizard.vault.close()


@pytest.mark.slow  # passphrase KDF at real cost
def test_passphrase_mode_needs_a_matching_long_passphrase(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    fill_to_unlock_page(qtbot, wizard)
    page = wizard.unlock_page
    page.passphrase_mode.setChecked(True)
    assert not page.isComplete()
    qtbot.keyClicks(page.passphrase, "short words")
    qtbot.keyClicks(page.passphrase_again, "short words")
    assert not page.isComplete()
    page.passphrase.setText("blue orchid counter morning")
    page.passphrase_again.setText("blue orchid counter morning")
    assert page.isComplete()
    create_and_reach_kit(qtbot, wizard)
    assert wizard.vault is not None
    wizard.vault.close()
    kinds = {s.kind for s in read_slot_file(VaultPaths(tmp_path / "salon").slot_file).slots}
    assert kinds == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    reopened = open_vault(tmp_path / "salon", Unlock(passphrase="blue orchid counter morning"))
    reopened.close()


def test_wizard_cannot_be_left_once_the_vault_exists(qtbot: QtBot, wizard: SetupWizard) -> None:
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    wizard.reject()
    assert wizard.isVisible()
    assert wizard.vault is not None
    wizard.vault.close()


def test_kit_is_never_saved_inside_the_vault_folder_and_is_private(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    with pytest.raises(FileRefused, match="outside the vault's folder"):
        wizard.kit_page.save_kit_to(tmp_path / "salon" / "kit.pdf")
    assert not (tmp_path / "salon" / "kit.pdf").exists()
    assert not wizard.kit_page.kept
    wizard.kit_page.save_kit_to(tmp_path / "usb-kit.pdf")
    assert (tmp_path / "usb-kit.pdf").stat().st_mode & 0o077 == 0
    assert wizard.vault is not None
    wizard.vault.close()


def test_the_salon_chooses_its_kinds_and_keeps_edited_starter_services(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    """Issue 18 item 0: a salon made with the wizard (no demo) has services to record."""
    wizard.language_page.language.setCurrentIndex(list(LANGUAGES).index("pl"))
    wizard.next()
    qtbot.keyClicks(wizard.salon_page.name, "Optyk Zabka")
    wizard.next()
    page = wizard.business_page
    page.kind_boxes[BusinessKind.HAIR].setChecked(False)
    assert not page.isComplete() and "Zaznacz co najmniej jeden" in page.hint.text()
    assert not wizard.button(NEXT).isEnabled()
    page.kind_boxes[BusinessKind.OPTICIAN].setChecked(True)
    names = [page.services.item(row).text() for row in range(page.services.count())]
    assert names[0] == "Badanie wzroku" and len(names) == 5
    page.services.item(4).setCheckState(Qt.CheckState.Unchecked)  # no repairs here
    page.services.item(0).setText("Badanie wzroku z refrakcją")
    page.kind_boxes[BusinessKind.BEAUTY].setChecked(True)  # a mixed salon: edits are kept
    page.kind_boxes[BusinessKind.BEAUTY].setChecked(False)
    assert page.services.item(0).text() == "Badanie wzroku z refrakcją"
    wizard.next()
    # An optician whose staff are bound by professional secrecy: chosen with the keyboard.
    basis = wizard.health_basis_page
    explained = basis.explanations[SECRECY].text()  # in Polish, citing Poland's law
    assert wizard.currentPage() is basis
    assert "tajemnicą zawodową" in explained and "art. 9 ust. 2 lit. h RODO" in explained
    basis.choices[HealthBasis.EXPLICIT_CONSENT].setFocus()
    qtbot.keyClick(basis.choices[HealthBasis.EXPLICIT_CONSENT], Qt.Key.Key_Down)
    assert basis.chosen() is SECRECY
    wizard.next()
    owner = wizard.owner_page
    owner.name.insert("Anna Nowak")
    qtbot.keyClicks(owner.pin, "482913")
    qtbot.keyClicks(owner.pin_again, "482913")
    wizard.next()
    create_and_reach_kit(qtbot, wizard)
    vault = wizard.vault
    assert vault is not None
    session = vault.auth.sign_in("Anna Nowak", "482913")
    stored = vault.catalogue.services(session)
    assert [s.name for s in stored] == [
        "Badanie wzroku z refrakcją",
        "Dobór soczewek kontaktowych",
        "Kontrola soczewek kontaktowych",
        "Dobór okularów",
    ]
    assert vault.settings.business_kinds() == [BusinessKind.OPTICIAN]
    assert vault.health_basis.basis() is SECRECY
    [chosen] = vault.audit.list(session, AuditFilter(action="settings.health_basis"))
    assert chosen.detail == "basis=professional_secrecy during=set_up"


def test_every_page_follows_a_language_chosen_on_the_first(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    assert wizard.salon_page.title() == "Your salon"
    wizard.language_page.language.setCurrentIndex(list(LANGUAGES).index("pl"))
    qtbot.waitUntil(lambda: wizard.salon_page.title() == "Twój salon")  # told by a posted event
    wizard.language_page.language.setCurrentIndex(list(LANGUAGES).index("en"))
    qtbot.waitUntil(lambda: wizard.salon_page.title() == "Your salon")


def test_the_kit_page_has_no_cancel_and_says_why(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Issue 18 item 9: Cancel came back on the kit page and then did nothing."""
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    kit = wizard.kit_page
    kit.confirm.setChecked(True)  # the page's state changes: QWizard lays its buttons out again
    qtbot.keyClicks(kit.last_four, "ABCD")
    assert not wizard.button(CANCEL).isVisible()
    assert kit.no_cancel.isVisible() and "no Cancel on this page" in kit.no_cancel.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert wizard.vault is not None
    wizard.vault.close()


def test_finish_says_what_it_waits_for_and_takes_an_o_for_a_zero(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18 items 3 and 8: the last-four check stayed grey for an O typed for a 0, without
    a word; the key can also be saved as a text file beside the kit."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from salonvault.services.vault import recovery_key_from_file

    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    kit = wizard.kit_page
    said = kit.waiting_for
    assert said.text() == "Print the kit, or save it as a PDF or the key as a text file."

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    target = tmp_path / "usb" / "salon-key.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(kit.key_file_button, Qt.MouseButton.LeftButton)
    assert kit.kept and target.stat().st_mode & 0o077 == 0
    key = kit.key_view.text()
    assert recovery_key_from_file(target).secret == key
    assert said.text() == "Tick the box once the kit is printed or saved."
    kit.confirm.setChecked(True)
    assert said.text() == "Type the last 4 characters of the key shown above."
    qtbot.keyClicks(kit.last_four, "1111" if key[-4:] != "1111" else "2222")
    assert said.text().startswith("These are not the last 4 characters")
    assert not wizard.button(FINISH).isEnabled()
    kit.last_four.clear()
    qtbot.keyClicks(kit.last_four, key[-4:].replace("0", "O").lower())  # O for 0, any case
    assert said.text() == "" and wizard.button(FINISH).isEnabled()
    assert wizard.vault is not None
    wizard.vault.close()


def test_the_wizards_language_is_kept_for_the_next_start(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Issue 18 item 9: the lock screen came up in the system's language on the next start."""
    from PySide6.QtCore import QSettings

    from ui.i18n import LANGUAGE_KEY, start_language

    wizard.language_page.language.setCurrentIndex(list(LANGUAGES).index("pl"))
    assert QSettings().value(LANGUAGE_KEY) == "pl"
    assert start_language() == "pl" and start_language("vi") == "vi"


def test_the_last_four_are_read_as_the_key_writes_them() -> None:
    from ui.wizard.kit_page import typed_last_four

    assert typed_last_four("q7o0") == "Q700"  # the key's alphabet has no O: it is a zero
    assert typed_last_four(" 3 l k ") == "3LK"
