"""The recovery key as the owner has it (issue 18 item 8): typed or pasted from the Recovery Kit,
with or without its groups of four, in any case, or opened from the saved kit PDF or the key's
text file. The services read it (`recovery_key_from_text`, `recovery_key_from_file`); this only
collects it and says what went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from salonvault.domain.errors import SalonVaultError
from salonvault.services.vault import RecoveryKey, recovery_key_from_file, recovery_key_from_text
from ui.error_text import error_text
from ui.file_dialogs import open_file_name


class RecoveryKeyInput(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recoveryKeyText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openKeyFile")
        self.open_button.clicked.connect(self.choose_file)
        self.problem = ""  # the last file that could not be read, in words
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        self.retranslate()

    def choose_file(self) -> bool:
        chosen = open_file_name(
            self,
            self.tr("The Recovery Kit (PDF) or the key's text file"),
            self.tr("Recovery Kit or key file (*.pdf *.txt);;All files (*)"),
        )
        return chosen is not None and self.load(chosen)

    def load(self, path: Path) -> bool:
        """The key read from the kit PDF or the text file into the field; False (and
        `problem` set) when the file holds no key."""
        try:
            key = recovery_key_from_file(path)
        except SalonVaultError as error:
            self.problem = error_text(error)
            return False
        self.problem = ""
        self.text.setPlainText(key.secret)
        return True

    def key(self) -> RecoveryKey:
        """The key typed or opened; ValidationError (field "recovery_key") when mistyped."""
        return recovery_key_from_text(self.text.toPlainText())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(
            self.tr(
                "AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter"
            )
        )
        self.text.setAccessibleName(self.tr("Recovery key"))
        self.open_button.setText(self.tr("Open the kit or key file…"))
