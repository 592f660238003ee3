"""The set-up wizard's last page: the Recovery Kit, printed or saved as a PDF, and the key also
as a text file if the owner wants it (what `recover-owner`, `restore` and `age -d -i` read).

The vault exists by now, so there is no Cancel on this page (its reason is said on the page);
the wizard finishes once the kit is kept, confirmed, and the key's last 4 characters typed
back. Finish stays off until then, and the line under the check says what is still missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from salonvault.domain.errors import SalonVaultError
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.printing import print_pdf
from ui.recovery_kit_actions import (
    ask_and_print,
    ask_and_save,
    ask_and_save_key,
    build_kit,
    write_kit,
)

if TYPE_CHECKING:
    from pathlib import Path

    from ui.wizard.setup_wizard import SetupWizard


def typed_last_four(text: str) -> str:
    """What the owner typed, as the key writes it: upper case, and an O read as the zero it
    must be (the key's alphabet has no letter O)."""
    return "".join(text.split()).upper().replace("O", "0")


class RecoveryKitPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.kit_pdf: bytes | None = None
        self.kept = False  # printed or saved at least once
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.no_cancel = QLabel(self)
        self.no_cancel.setObjectName("noCancelReason")
        self.no_cancel.setWordWrap(True)
        self.no_cancel.setStyleSheet(text_style(colours().muted))
        self.key_view = QLineEdit(self)
        self.key_view.setObjectName("recoveryKey")
        self.key_view.setReadOnly(True)
        self.key_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = self._build_buttons()
        self.confirm = QCheckBox(self)
        self.confirm.toggled.connect(lambda _on: self._changed())
        self.last_four = QLineEdit(self)
        self.last_four.setMaxLength(4)
        self.last_four.textChanged.connect(lambda _text: self._changed())
        self.last_four_label = QLabel(self)
        self.last_four_label.setBuddy(self.last_four)
        self.waiting_for = QLabel(self)  # why Finish is still off
        self.waiting_for.setObjectName("finishWaitsFor")
        self.waiting_for.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_view)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.last_four_label)
        row.addWidget(self.last_four)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.waiting_for)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(self.no_cancel)
        self.retranslate()

    def _build_buttons(self) -> QHBoxLayout:
        # Made in the order they stand (Print, Save, key file): Tab follows the order made.
        self.print_button, self.save_button = QPushButton(self), QPushButton(self)
        self.key_file_button = QPushButton(self)
        self.key_file_button.setObjectName("saveKeyFile")
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.key_file_button.clicked.connect(self._save_key_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.key_file_button)
        buttons.addStretch()
        return buttons

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def initializePage(self) -> None:
        vault = self._wizard.vault
        assert vault is not None and vault.setup_recovery_key is not None
        key = vault.setup_recovery_key
        self.key_view.setText(key.secret)
        self._set_kit_buttons(False)
        salon, address = vault.settings.salon_name(), vault.settings.salon_address()
        language = self._wizard.translations.language

        def build() -> bytes:  # the first build loads fonts: keep it off the GUI thread
            return build_kit(salon, address, key.secret, key.public_key, language)

        self._wizard.operations.run(build, self._kit_ready, self._kit_failed)
        self._changed()

    def _kit_ready(self, pdf: bytes) -> None:
        self.kit_pdf = pdf
        self._set_kit_buttons(True)
        self._changed()

    def _kit_failed(self, error: Exception) -> None:
        self.status.setText(fill(self.tr("Could not make the kit: %1"), error))

    def _set_kit_buttons(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    def save_kit_to(self, path: Path) -> None:
        """Write the kit where the owner chose: never inside the vault folder, private (0600)."""
        assert self.kit_pdf is not None
        write_kit(path, self.kit_pdf, self._wizard.data_dir)
        self._kept(fill(self.tr("Saved to %1."), path))

    def print_kit(self, printer: QPrinter) -> None:
        assert self.kit_pdf is not None
        print_pdf(self.kit_pdf, printer)
        self._kept(self.tr("Sent to the printer."))

    def _kept(self, message: str) -> None:
        self.kept = True
        self.status.setText(message)
        self._changed()

    def _save_clicked(self) -> None:
        assert self.kit_pdf is not None
        try:
            saved = ask_and_save(self, self.kit_pdf, self._wizard.data_dir)
        except SalonVaultError as error:  # a refused place, a full or pulled drive
            self.status.setText(fill(self.tr("Could not save: %1"), error_text(error)))
            return
        if saved is not None:
            self._kept(fill(self.tr("Saved to %1."), saved))

    def _save_key_clicked(self) -> None:
        vault = self._wizard.vault
        assert vault is not None and vault.setup_recovery_key is not None
        try:
            saved = ask_and_save_key(self, vault.setup_recovery_key, self._wizard.data_dir)
        except SalonVaultError as error:
            self.status.setText(fill(self.tr("Could not save: %1"), error_text(error)))
            return
        if saved is not None:
            self._kept(fill(self.tr("The key is saved as a text file in %1."), saved))

    def _print_clicked(self) -> None:
        assert self.kit_pdf is not None
        try:
            if ask_and_print(self, self.kit_pdf):
                self._kept(self.tr("Sent to the printer."))
        except OSError as error:
            self.status.setText(fill(self.tr("Could not print: %1"), error))

    def waiting(self) -> str:
        """What Finish still waits for, in words ("" when the wizard may finish)."""
        key = self.key_view.text()
        typed = typed_last_four(self.last_four.text())
        if not self.kept:
            return self.tr("Print the kit, or save it as a PDF or the key as a text file.")
        if not self.confirm.isChecked():
            return self.tr("Tick the box once the kit is printed or saved.")
        if len(typed) < 4:
            return self.tr("Type the last 4 characters of the key shown above.")
        if len(key) <= 4 or typed != key[-4:]:
            return self.tr(
                "These are not the last 4 characters of the key: compare them with the kit."
            )
        return ""

    def _changed(self) -> None:
        self.waiting_for.setText(self.waiting())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.waiting()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your Recovery Kit"))
        self.intro.setText(
            self.tr(
                "This key opens the vault and its backups if this computer is lost or broken."
                " Print the kit or save it to a USB stick, and keep it in the safe. Without it,"
                " a lost computer means lost records."
            )
        )
        self.no_cancel.setText(
            self.tr(
                "There is no Cancel on this page: the vault exists now, and this key is the only"
                " way back to its records if this computer is lost. Keep the kit first."
            )
        )
        self.key_view.setAccessibleName(self.tr("Recovery key"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.key_file_button.setText(self.tr("Also save the key as a text file…"))
        self.confirm.setText(self.tr("I have printed or saved the Recovery Kit"))
        self.last_four_label.setText(self.tr("Type the last 4 characters of the key:"))
        self.last_four.setAccessibleName(self.tr("Last 4 characters of the key"))
        self.waiting_for.setText(self.waiting())
