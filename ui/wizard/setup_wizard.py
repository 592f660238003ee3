"""First-run set-up: language, salon, what it does (starter services), the legal basis for health
data, owner and PIN, how the vault opens, then the Recovery Kit.

The vault is created when the owner leaves the "how it opens" page (a commit page: no way back
to change what is already written). The wizard does not finish until the owner confirms the kit
is printed or saved and re-types the last 4 characters of the key.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.pin_rules import find_pin_problem
from salonvault.services.clients import DEFAULT_REGION_BY_LANGUAGE
from salonvault.services.vault import SalonDetails, Vault, create_vault, device_protection
from ui.error_text import error_text
from ui.i18n import LANGUAGES, Translations, qt_text, remember_language
from ui.labels import fill
from ui.operations import Operations
from ui.pin_messages import pin_problem_text
from ui.wizard.business_page import BusinessPage
from ui.wizard.health_basis_page import HealthBasisPage
from ui.wizard.kit_page import RecoveryKitPage
from ui.wizard.restore_dialog import RestoreFromBackupDialog

MIN_PASSPHRASE = 12
_BUTTON_TEXTS = {  # Qt's own source texts (ClassicStyle/ModernStyle), in its "QWizard" context
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.CommitButton: "Commit",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
    QWizard.WizardButton.HelpButton: "&Help",
}


class _OnLanguageChange(QObject):
    """Calls `retranslate` when the page it watches is told the language changed (before the
    page's own changeEvent), for as long as the page lives."""

    def __init__(self, page: QWizardPage, retranslate: Callable[[], None]) -> None:
        super().__init__(page)
        self._retranslate = retranslate
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def _retranslating(page: QWizardPage, retranslate: Callable[[], None]) -> None:
    _OnLanguageChange(page, retranslate)
    retranslate()


class LanguagePage(QWizardPage):
    def __init__(self, translations: Translations, restore: Callable[[], None]) -> None:
        super().__init__()
        self._translations = translations
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(translations.language))
        self.language.currentIndexChanged.connect(self._chosen)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.label = QLabel(self)
        self.restore_intro = QLabel(self)
        self.restore_intro.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreFromBackupButton")
        self.restore_button.clicked.connect(restore)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.label, self.language)
        form.addRow(self.restore_intro)
        form.addRow(self.restore_button)
        _retranslating(self, self.retranslate)

    def _chosen(self, index: int) -> None:
        """The language for the rest of the wizard, and for the lock screen from the next
        start on (this computer's choice, as in Settings)."""
        language = str(self.language.itemData(index))
        self._translations.switch(language)
        remember_language(language)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to SalonVault"))
        self.intro.setText(
            self.tr(
                "SalonVault keeps your clients' records encrypted on this computer. This set-up"
                " takes about five minutes; have a printer or a USB stick ready for the"
                " Recovery Kit."
            )
        )
        self.label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.restore_intro.setText(
            self.tr("Moving to a new computer, or starting again after a lost one?")
        )
        self.restore_button.setText(self.tr("Restore from a backup…"))


class SalonPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.registerField("salonName*", self.name)
        self.name_label, self.address_label = QLabel(self), QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.address_label, self.address)
        _retranslating(self, self.retranslate)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your salon"))
        self.setSubTitle(self.tr("Printed at the top of consent forms and the Recovery Kit."))
        self.name_label.setText(self.tr("Salon name"))
        self.address_label.setText(self.tr("Address"))
        self.name.setAccessibleName(self.tr("Salon name"))
        self.address.setAccessibleName(self.tr("Address"))


class OwnerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.rules = QLabel(self)
        self.rules.setObjectName("pinRules")
        self.rules.setWordWrap(True)
        self.name_label, self.pin_label, self.again_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.again_label, self.pin_again)
        form.addRow(self.rules)
        _retranslating(self, self.retranslate)

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Enter your name.")
        problem = find_pin_problem(self.pin.text())
        if problem is not None:
            return pin_problem_text(problem)
        if self.pin.text() != self.pin_again.text():
            return self.tr("The two PINs differ.")
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.rules.setText(problem or self.tr("Good PIN."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None

    def retranslate(self) -> None:
        self.setTitle(self.tr("You, the owner"))
        self.setSubTitle(
            self.tr(
                "Your PIN opens the owner's screens. 6 to 12 digits; not a date, a run like"
                " 123456, or a repeat like 121212."
            )
        )
        self.name_label.setText(self.tr("Your name"))
        self.pin_label.setText(self.tr("PIN"))
        self.again_label.setText(self.tr("PIN again"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        self._check()


class UnlockPage(QWizardPage):
    """How the vault opens; leaving this page creates the vault (off the GUI thread)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setCommitPage(True)
        self.device = QRadioButton(self)
        self.device.setChecked(True)
        self.passphrase_mode = QRadioButton(self)
        self.device_text, self.passphrase_text = QLabel(self), QLabel(self)
        for label in (self.device_text, self.passphrase_text):
            label.setWordWrap(True)
            label.setIndent(24)
        self.passphrase = QLineEdit(self)
        self.passphrase_again = QLineEdit(self)
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.passphrase_mode.toggled.connect(self._mode_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.device, self.device_text, self.passphrase_mode, self.passphrase_text):
            layout.addWidget(widget)
        form = QFormLayout()
        self.pass_label, self.pass_again_label = QLabel(self), QLabel(self)
        form.addRow(self.pass_label, self.passphrase)
        form.addRow(self.pass_again_label, self.passphrase_again)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self._mode_changed(False)
        _retranslating(self, self.retranslate)

    def _mode_changed(self, passphrase: bool) -> None:
        for field in (self.passphrase, self.passphrase_again):
            field.setEnabled(passphrase)
        self.completeChanged.emit()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.passphrase_mode.isChecked() else None

    def isComplete(self) -> bool:
        if self._wizard.creating:
            return False
        if not self.passphrase_mode.isChecked():
            return True
        text = self.passphrase.text()
        return len(text) >= MIN_PASSPHRASE and text == self.passphrase_again.text()

    def validatePage(self) -> bool:
        if self._wizard.vault is not None:
            return True
        self._wizard.create_vault_then_continue()
        return False

    def retranslate(self) -> None:
        self.setTitle(self.tr("How the vault opens"))
        self.device.setText(self.tr("Open automatically on this computer"))
        weak = not device_protection().strong
        device_text = self.tr(
            "The key is kept in this computer's protected key store. Protects the records if"
            " the disk or a backup copy of the folder is stolen; does not protect against"
            " someone who can sign in to this computer's user account."
        )
        if weak:
            device_text += " " + self.tr(
                "This computer has no protected key store, so the key is kept in a file: weaker."
            )
        self.device_text.setText(device_text)
        self.passphrase_mode.setText(self.tr("Owner types a passphrase every morning"))
        self.passphrase_text.setText(
            self.tr(
                "Nobody can open the records, even on this computer, until you type it. If you"
                " forget it, only the Recovery Kit opens the vault."
            )
        )
        self.pass_label.setText(self.tr("Passphrase (12+ characters)"))
        self.pass_again_label.setText(self.tr("Passphrase again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))


class SetupWizard(QWizard):
    def __init__(
        self,
        data_dir: Path,
        translations: Translations,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.data_dir = data_dir
        self.translations = translations
        self.operations = operations
        self.vault: Vault | None = None
        self.restored = False  # the vault came from a backup: no new Recovery Kit
        self.creating = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.language_page = LanguagePage(translations, self.restore_from_backup)
        self.salon_page = SalonPage()
        self.business_page = BusinessPage(lambda: self.translations.language)
        self.health_basis_page = HealthBasisPage(
            lambda: DEFAULT_REGION_BY_LANGUAGE.get(self.translations.language, "GB")
        )
        self.owner_page = OwnerPage()
        self.unlock_page = UnlockPage(self)
        self.kit_page = RecoveryKitPage(self)
        for page in (
            self.language_page,
            self.salon_page,
            self.business_page,
            self.health_basis_page,
            self.owner_page,
            self.unlock_page,
            self.kit_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self._order_buttons()
        self.resize(720, 560)
        self.retranslate()

    def restore_from_backup(self) -> None:
        dialog = RestoreFromBackupDialog(self.data_dir, self.operations, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.vault = dialog.vault
            self.restored = True
            self.accept()

    def create_vault_then_continue(self) -> None:
        self.creating = True
        self.unlock_page.status.setText(self.tr("Creating the vault…"))
        self.unlock_page.completeChanged.emit()
        salon = SalonDetails(
            self.salon_page.name.text(),
            self.salon_page.address.toPlainText(),
            self.translations.language,
            kinds=tuple(self.business_page.chosen_kinds()),
            services=tuple(self.business_page.chosen_services()),
            health_basis=self.health_basis_page.chosen(),
        )
        owner, pin = self.owner_page.name.text(), self.owner_page.pin.text()
        passphrase = self.unlock_page.chosen_passphrase()
        data_dir = self.data_dir

        def work() -> tuple[Vault, str]:
            vault = create_vault(data_dir, salon, owner, pin, None)
            if passphrase is None:
                return vault, ""
            try:  # the vault exists now: a failure here must not strand the kit
                session = vault.auth.sign_in(owner, pin)
                vault.keys.use_passphrase(session, passphrase)
                vault.auth.sign_out(session)
            except (SalonVaultError, MemoryError) as error:
                return vault, error_text(error) or type(error).__name__
            return vault, ""

        self.operations.run(work, self._created, self._failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self.creating = False
        self.vault, passphrase_problem = result
        self.unlock_page.status.clear()
        self.next()
        if passphrase_problem:
            self.kit_page.status.setText(
                fill(
                    self.tr(
                        "The passphrase could not be set (%1); the vault opens on this computer"
                        " for now. The owner can set a passphrase later."
                    ),
                    passphrase_problem,
                )
            )

    def _failed(self, error: Exception) -> None:
        self.creating = False
        self.unlock_page.status.setText(error_text(error))
        self.unlock_page.completeChanged.emit()

    def _order_buttons(self) -> None:
        """Tab from a page's last field goes on (Next, or the page's commit or finish button),
        not back: Qt's order is the buttons' order on screen, Back first."""
        order = [
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ]
        buttons = [self.button(which) for which in order]
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)

    def _page_changed(self, _page_id: int) -> None:
        # Once the vault exists there is no cancelling out of the kit: it must be kept first.
        # Not a hidden button (QWizard shows it again when the page's state changes) but none;
        # the kit page says why.
        on_kit = self.currentPage() is self.kit_page
        self.setOption(QWizard.WizardOption.NoCancelButton, on_kit)

    def reject(self) -> None:
        if self.vault is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault is not None and self.result() != QWizard.DialogCode.Accepted:
            event.ignore()  # the kit must be kept before leaving
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up SalonVault"))
        # QWizard words its buttons once, from Qt's translations, and not again when the
        # language changes: chosen on the first page, they would stay English until the next.
        for button, source in _BUTTON_TEXTS.items():
            self.setButtonText(button, qt_text("QWizard", source))
