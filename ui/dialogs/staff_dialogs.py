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
    QFormLayout,
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
from ui.pin_messages import pin_problem_text


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(list(Role).index(current))
    return combo


class _StaffForm(QDialog):
    """A small form with OK/Cancel; `_apply` calls the service and may raise a refusal."""

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.form = QFormLayout()
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self._clear_errors()
        try:
            self._apply()
        except ValidationError as error:
            self._show_field_error(error)
            return
        except SalonVaultError as error:
            show_error(self.general_error, str(error))
            return
        self.accept()

    def _apply(self) -> None:
        raise NotImplementedError

    def _clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.styleSheet().startswith("color: #b00020"):
                show_error(label, "")

    def _show_field_error(self, error: ValidationError) -> None:
        show_error(self.general_error, str(error))

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
        self.name_error = error_label(self)
        self.role = role_combo(self, Role.TECHNICIAN)
        self.pin = self._pin_field()
        self.pin_again = self._pin_field()
        self.pin_error = error_label(self)
        self.name_label, self.role_label, self.pin_label, self.again_label = (
            QLabel(self) for _ in range(4)
        )
        self.form.addRow(self.note)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow("", self.name_error)
        self.form.addRow(self.role_label, self.role)
        self.form.addRow(self.pin_label, self.pin)
        self.form.addRow(self.again_label, self.pin_again)
        self.form.addRow("", self.pin_error)
        self.retranslate()

    def _pin_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PIN_LENGTH)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        return field

    def submit(self) -> None:
        """The PIN rules are checked here first, so the PIN is not sent only to be refused."""
        self._clear_errors()
        pin, minimum = self.pin.text(), self._vault.settings.min_pin_length()
        problem = find_pin_problem(pin, minimum)
        if problem is not None:
            show_error(self.pin_error, pin_problem_text(problem, minimum))
        elif pin != self.pin_again.text():
            show_error(self.pin_error, self.tr("The two PINs differ; type the PIN again."))
        else:
            super().submit()
        if self.result() != QDialog.DialogCode.Accepted:
            self.pin.clear()
            self.pin_again.clear()

    def _apply(self) -> None:
        role = Role(str(self.role.currentData()))
        self.added = self._vault.staff.add(self._session, self.name.text(), role, self.pin.text())

    def _show_field_error(self, error: ValidationError) -> None:
        target = {"name": self.name_error, "pin": self.pin_error}.get(error.field or "")
        show_error(target or self.general_error, str(error))

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
        self.name_error = error_label(self)
        self.name_label = QLabel(self)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow("", self.name_error)
        self.retranslate()

    def _apply(self) -> None:
        self._vault.staff.rename(self._session, self._member.id, self.name.text())

    def _show_field_error(self, error: ValidationError) -> None:
        show_error(self.name_error, str(error))

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
        self.role_error = error_label(self)
        self.role_label = QLabel(self)
        self.form.addRow(self.role_label, self.role)
        self.form.addRow("", self.role_error)
        self.retranslate()

    def _apply(self) -> None:
        role = Role(str(self.role.currentData()))
        self._vault.staff.set_role(self._session, self._member.id, role)

    def submit(self) -> None:
        self._clear_errors()
        try:
            self._apply()
        except SalonVaultError as error:  # e.g. the last active owner: shown beside the role
            show_error(self.role_error, str(error))
            return
        self.accept()

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
        self.warning.setStyleSheet("color: #8a5a00; font-weight: bold;")
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
