"""An owner who forgot their PIN (or locked their account with wrong ones) gets back in from the
lock screen (issue 18 item 8): their name, the recovery key from the Recovery Kit (its PDF, the
key's text file, or typed in its groups of four), and a new PIN twice. AuthService.recover_owner
checks the key against the vault's recovery slot, enables the account, sets the PIN and logs it;
it runs off the GUI thread (the key check and the PIN's Argon2 hash take a moment)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from salonvault.domain.errors import KeyUnavailable, SalonVaultError, ValidationError
from salonvault.domain.pin_rules import find_pin_problem
from salonvault.services.vault import Vault
from ui.operations import Operations
from ui.pin_messages import pin_problem_text
from ui.widgets.form_dialog import FormDialog
from ui.widgets.recovery_key_input import RecoveryKeyInput


class OwnerRecoveryDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        owners: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, accept_button=QDialogButtonBox.StandardButton.Ok)
        self.setObjectName("ownerRecoveryDialog")
        self._vault = vault
        self._operations = operations
        self.recovered = ""  # the owner's name once their access is back
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.body.insertWidget(0, self.intro)
        self.owner = QComboBox(self)
        self.owner.setObjectName("ownerName")
        self.owner.setEditable(True)  # a locked-out owner is not on the lock screen's list
        self.owner.addItems(owners)
        self.key_input = RecoveryKeyInput(self)
        self.key_input.open_button.clicked.disconnect()
        self.key_input.open_button.clicked.connect(self._open_key_file)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for secret in (self.pin, self.pin_again):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setMaxLength(12)
        self.labels = [QLabel(self) for _ in range(4)]
        rows: list[tuple[QWidget, str, QWidget]] = [
            (self.owner, "owner", self.owner),
            (self.key_input, "recovery_key", self.key_input.text),
            (self.pin, "pin", self.pin),
            (self.pin_again, "pin_again", self.pin_again),
        ]
        for label, (field, name, focus) in zip(self.labels, rows, strict=True):
            label.setBuddy(focus)
            self.add_field(label, field, error=name, focus_on_error=focus)
        self.resize(620, 360)
        self.retranslate()

    def _open_key_file(self) -> None:
        self.clear_errors()
        if not self.key_input.choose_file() and self.key_input.problem:
            self.show_error("recovery_key", self.key_input.problem)

    def save_form(self) -> bool:
        name = self.owner.currentText().strip()
        if not name:
            raise ValidationError("auth.type_owner_name", field="owner")
        key = self.key_input.key()
        pin = self.pin.text()
        problem = find_pin_problem(pin)
        if problem is not None:
            raise ValidationError(pin_problem_text(problem), field="pin")
        if pin != self.pin_again.text():
            raise ValidationError("auth.two_pins_differ", field="pin_again")
        auth = self._vault.auth

        def recovered(_nothing: None) -> None:
            self.recovered = name

        self.save_in_background(
            self._operations, lambda: auth.recover_owner(name, key, pin), recovered
        )
        return False

    def error_field(self, error: SalonVaultError) -> str | None:
        if isinstance(error, KeyUnavailable):
            return "recovery_key"  # the key is not this vault's
        return super().error_field(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forgot your PIN? (owner)"))
        self.intro.setText(
            self.tr(
                "The recovery key on the Recovery Kit gives an owner their account back, with a"
                " new PIN, even after too many wrong PINs. Open the kit's PDF or the key's text"
                " file, or type the key as printed. Other staff ask the owner for a new PIN."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Owner"),
                self.tr("Recovery key"),
                self.tr("New PIN"),
                self.tr("New PIN again"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.pin_again.setAccessibleName(self.tr("New PIN again"))
        self.save_button.setText(self.tr("Recover access"))
