"""The owner's staff dialogs: add a person, rename, change role, and the one-time reset code.

Each form calls the staff service itself and shows a refusal beside the field it concerns, in one
sentence; the dialog closes only when the service said yes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.pin_rules import MAX_PIN_LENGTH, find_pin_problem
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.domain.staff import PinResetCode, StaffMember
from salonvault.services.vault import Vault
from ui.labels import fill, role_label
from ui.models.staff_table import when_text
from ui.palette import colours, text_style
from ui.pin_messages import pin_problem_text
from ui.widgets.form_dialog import FormDialog


def role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(list(Role).index(current))
    return combo


class _StaffForm(FormDialog):
    """A small form with OK/Cancel (as these dialogs have always had); `save_form` calls the
    service and may raise a refusal. `submit` is the name the staff page and tests use."""

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent, accept_button=QDialogButtonBox.StandardButton.Ok)
        self._vault = vault
        self._session = session

    def submit(self) -> None:
        self.save()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class AddStaffDialog(_StaffForm):
    """A new person: name, role, and the PIN they type themselves (twice)."""

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent)
        self.added: StaffMember | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.name = QLineEdit(self)
        self.role = role_combo(self, Role.TECHNICIAN)
        self.pin = self._pin_field()
        self.pin_again = self._pin_field()
        self.name_label, self.role_label, self.pin_label, self.again_label = (
            QLabel(self) for _ in range(4)
        )
        self.form.addRow(self.note)
        self.add_field(self.name_label, self.name, error="name")
        self.add_field(self.role_label, self.role)
        self.add_field(self.pin_label, self.pin)
        # One line under both PIN fields; the first takes the focus (both are emptied).
        self.add_field(self.again_label, self.pin_again, error="pin", focus_on_error=self.pin)
        self.name_error, self.pin_error = self.errors["name"], self.errors["pin"]
        self.retranslate()

    def _pin_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PIN_LENGTH)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        return field

    def save(self) -> None:
        """The PIN rules are checked here first, so the PIN is not sent only to be refused."""
        self.clear_errors()
        pin, minimum = self.pin.text(), self._vault.settings.min_pin_length()
        problem = find_pin_problem(pin, minimum)
        if problem is not None:
            self.show_error("pin", pin_problem_text(problem, minimum))
        elif pin != self.pin_again.text():
            self.show_error("pin", self.tr("The two PINs differ; type the PIN again."))
        else:
            super().save()
        if self.result() != QDialog.DialogCode.Accepted:
            self.pin.clear()
            self.pin_again.clear()

    def save_form(self) -> bool:
        role = Role(str(self.role.currentData()))
        with self.busy():  # the PIN's Argon2id hash takes a moment
            self.added = self._vault.staff.add(
                self._session, self.name.text(), role, self.pin.text()
            )
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a staff member"))
        self.note.setText(
            self.tr("Let the new staff member type their own PIN; nobody else should know it.")
        )
        self.name_label.setText(self.tr("Name"))
        self.role_label.setText(self.tr("Role"))
        self.pin_label.setText(self.tr("PIN"))
        self.again_label.setText(self.tr("PIN again"))
        self.name.setAccessibleName(self.tr("Name"))
        self.role.setAccessibleName(self.tr("Role"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_again.setAccessibleName(self.tr("PIN again"))


class RenameStaffDialog(_StaffForm):
    def __init__(
        self, vault: Vault, session: Session, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, session, parent)
        self._member = member
        self.name = QLineEdit(member.name, self)
        self.name_label = QLabel(self)
        self.add_field(self.name_label, self.name, error="name")
        self.name_error = self.errors["name"]
        self.retranslate()

    def save_form(self) -> bool:
        with self.busy():
            self._vault.staff.rename(self._session, self._member.id, self.name.text())
        return True

    def error_field(self, error: SalonVaultError) -> str | None:
        return "name" if isinstance(error, ValidationError) else None

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Rename %1"), self._member.name))
        self.name_label.setText(self.tr("New name"))
        self.name.setAccessibleName(self.tr("New name"))


class RoleDialog(_StaffForm):
    def __init__(
        self, vault: Vault, session: Session, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, session, parent)
        self._member = member
        self.role = role_combo(self, member.role)
        self.role_label = QLabel(self)
        self.add_field(self.role_label, self.role, error="role")
        self.role_error = self.errors["role"]
        self.retranslate()

    def save_form(self) -> bool:
        role = Role(str(self.role.currentData()))
        with self.busy():
            self._vault.staff.set_role(self._session, self._member.id, role)
        return True

    def error_field(self, error: SalonVaultError) -> str | None:
        return "role"  # every refusal (e.g. the last active owner) is about the role

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Change the role of %1"), self._member.name))
        self.role_label.setText(self.tr("Role"))
        self.role.setAccessibleName(self.tr("Role"))


def grouped(code: str) -> str:
    """12345 67890: easier to read out and type than ten digits in a row."""
    return " ".join(code[i : i + 5] for i in range(0, len(code), 5))


class ResetCodeDialog(QDialog):
    """Shows the one-time code once. It is not kept anywhere after this dialog closes."""

    def __init__(self, reset: PinResetCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reset = reset
        self.setObjectName("resetCodeDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = QLabel(grouped(reset.code), self)
        self.code.setObjectName("resetCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        font.setFamily("monospace")
        self.code.setFont(font)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(text_style(colours().warning, bold=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget)
        self.retranslate()

    def _forget(self, _result: int) -> None:
        self.code.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("One-time code for %1"), self._reset.name))
        self.intro.setText(
            fill(
                self.tr(
                    "The PIN of %1 is reset; their old PIN no longer works. They sign in with"
                    " this code and then choose their new PIN. It works once, until %2."
                ),
                self._reset.name,
                when_text(self._reset.expires_at),
            )
        )
        self.warning.setText(
            self.tr(
                "Hand this code over in person, not by message or e-mail. It is shown only"
                " now; if it is lost, reset the PIN again."
            )
        )
        self.code.setAccessibleName(self.tr("One-time code"))
