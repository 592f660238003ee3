"""The vault did not open: say why in the core's own sentence, and offer the ways back.

DESIGN.md §2: "A damaged vault is never silently used: the program says so and offers restore
from the newest backup." A vault whose device key no longer opens it (another PC or user, a
reset key store, a damaged slot) opens with the recovery key instead; when neither works, a
restore from a backup takes its place (the files that do not open are kept aside).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class OpenProblemDialog(QDialog):
    """The launcher's answer to a vault that does not open. Finishes with USE_RECOVERY_KEY,
    RESTORE, or Rejected (quit)."""

    USE_RECOVERY_KEY = 10
    RESTORE = 11

    def __init__(self, message: str, offer_recovery_key: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openProblem")
        self.message = QLabel(message, self)
        self.message.setObjectName("openProblemMessage")
        self.message.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.recovery_key_button = QPushButton(self)
        self.recovery_key_button.setObjectName("openWithRecoveryKey")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreOverUnopenable")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quitApp")
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.recovery_key_button, role.ActionRole)
        self.buttons.addButton(self.restore_button, role.ActionRole)
        self.buttons.addButton(self.quit_button, role.RejectRole)
        self.recovery_key_button.setVisible(offer_recovery_key)  # after the box showed it
        self.recovery_key_button.clicked.connect(lambda: self.done(self.USE_RECOVERY_KEY))
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        self.quit_button.clicked.connect(self.reject)
        self.offer_recovery_key = offer_recovery_key
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self.resize(560, 220)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The vault did not open"))
        if self.offer_recovery_key:
            advice = self.tr(
                "Open it with the recovery key from the Recovery Kit. If that does not work"
                " either, restore the newest backup: the files that do not open are kept aside"
                " in the data folder."
            )
        else:
            advice = self.tr(
                "Restore the newest backup with the recovery key from the Recovery Kit: the"
                " files that do not open are kept aside in the data folder, not deleted."
            )
        self.advice.setText(advice)
        self.recovery_key_button.setText(self.tr("Open with the recovery key…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.quit_button.setText(self.tr("Quit"))
