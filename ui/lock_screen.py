"""The lock screen: salon name, who may sign in, a PIN pad. Nothing of any client is shown.

It only emits what was chosen and typed; the shell does the sign-in through the services and
calls `show_refusal` with the typed error it got back.

After the owner reset someone's PIN, that person types the one-time code on the same pad; when
the services answer NewPinRequired the screen asks for a new PIN twice and emits
`new_pin_chosen` (decision 0009). The code is held only until that step ends.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import (
    NewPinRequired,
    SalonVaultError,
    ValidationError,
)
from salonvault.domain.pin_rules import find_pin_problem
from salonvault.domain.roles import Role
from ui.error_text import error_text
from ui.labels import fill, role_label
from ui.pin_messages import pin_problem_text
from ui.widgets.pin_pad import PinPad

# What the PIN pad is asking for.
STEP_PIN, STEP_NEW_PIN, STEP_CONFIRM_PIN = "pin", "new_pin", "confirm_pin"


class LockScreen(QWidget):
    sign_in_requested = Signal(str, str)  # staff name, PIN (or one-time code)
    new_pin_chosen = Signal(str, str, str)  # staff name, one-time code, new PIN
    owner_recovery_requested = Signal()  # "Forgot your PIN? (owner)": the recovery key
    # Set by _forget_secrets (from __init__ on): the step and the secrets held during it.
    step: str
    _typed: str
    _code: str
    _new_pin: str

    def __init__(
        self,
        salon_name: str,
        staff: list[tuple[int, str, Role]],
        demo_pins: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._staff = staff
        self._demo_pins = demo_pins or {}
        self._selected: str | None = None
        self._busy = False
        self._reset_pending: frozenset[str] = frozenset()
        self._forget_secrets()
        self.salon_label = _salon_title(salon_name, self)
        self.prompt = QLabel(self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.staff_buttons: dict[str, QPushButton] = {}
        staff_box = QFrame(self)
        self._staff_grid = QGridLayout(staff_box)
        self._staff_box = staff_box

        self.pin_pad = PinPad(self)
        self.pin_pad.setMaximumWidth(360)
        self.pin_pad.submitted.connect(self._submit)
        self.pin_pad.setEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoPins")
        self.demo_label.setWordWrap(True)
        self.demo_label.setVisible(bool(self._demo_pins))
        self.forgot_button = QPushButton(self)
        self.forgot_button.setObjectName("ownerForgotPin")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.owner_recovery_requested)
        self.set_staff(staff)  # after the PIN pad and "Forgot", which its tab order names

        pad_row = QHBoxLayout()
        pad_row.addStretch()
        pad_row.addWidget(self.pin_pad)
        pad_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.salon_label)
        layout.addWidget(self.prompt)
        layout.addWidget(staff_box)
        layout.addLayout(pad_row)
        layout.addWidget(self.message)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.forgot_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        self.retranslate()

    def set_staff(self, staff: list[tuple[int, str, Role]]) -> None:
        """(Re)build one large button per active staff member (touch-screen friendly)."""
        for button in self.staff_buttons.values():
            button.deleteLater()
        self.staff_buttons = {}
        self._staff = staff
        for index, (_id, name, role) in enumerate(staff):
            button = QPushButton(self._staff_box)
            button.setCheckable(True)
            button.setMinimumSize(170, 64)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("staffName", name)
            button.setProperty("staffRole", role.value)
            button.clicked.connect(lambda _checked=False, n=name: self.select(n))
            self._staff_grid.addWidget(button, index // 3, index % 3)
            button.show()  # now, not when the layout gets round to it: it may take the focus
            self.staff_buttons[name] = button
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """The names, the PIN, then "Forgot your PIN?": names rebuilt after each lock would
        otherwise come last, and the screen would open on "Forgot your PIN?"."""
        chain = [*self.staff_buttons.values(), self.pin_pad.field, self.forgot_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_start(self) -> None:
        """Where the keyboard starts: the PIN once a name is chosen, else the first name."""
        if self._selected is not None and self.pin_pad.isEnabled():
            self.pin_pad.field.setFocus()
        elif self.staff_buttons:
            next(iter(self.staff_buttons.values())).setFocus()

    def set_reset_pending(self, names: frozenset[str]) -> None:
        """Who signs in with a one-time code next (only the prompt's wording changes)."""
        self._reset_pending = names
        self.retranslate()

    # -- behaviour ---------------------------------------------------------------------------

    def select(self, name: str) -> None:
        if self._busy:  # one sign-in at a time
            if self._selected is not None:
                self._check_only(self._selected)
            return
        self._selected = name
        self._forget_secrets()
        self._check_only(name)
        self.message.clear()
        self.pin_pad.setEnabled(True)
        self.pin_pad.clear()
        self.pin_pad.field.setFocus()
        self.retranslate()

    def _check_only(self, name: str | None) -> None:
        """One name shown chosen. Not a QButtonGroup: Tab would stop only at one button of a
        group (arrows move inside it), so a keyboard user could never Tab to the others."""
        for each, button in self.staff_buttons.items():
            button.setChecked(each == name)

    def _submit(self, pin: str) -> None:
        if self._selected is None:
            return
        if self.step == STEP_NEW_PIN:
            self._new_pin_typed(pin)
            return
        if self.step == STEP_CONFIRM_PIN:
            self._confirm_typed(pin)
            return
        self._typed = pin
        self.message.setText(self.tr("Checking…"))
        self.sign_in_requested.emit(self._selected, pin)

    def _new_pin_typed(self, pin: str) -> None:
        problem = find_pin_problem(pin)
        if problem is not None:
            self.message.setText(pin_problem_text(problem))
        elif pin == self._code:
            self.message.setText(
                self.tr("Choose your own PIN, not the one-time code (the owner has seen it).")
            )
        else:
            self._new_pin = pin
            self.step = STEP_CONFIRM_PIN
            self.message.clear()
            self.retranslate()

    def _confirm_typed(self, pin: str) -> None:
        if pin != self._new_pin or self._selected is None:
            self._new_pin = ""
            self.step = STEP_NEW_PIN
            self.message.setText(self.tr("The two PINs differ; choose your new PIN again."))
            self.retranslate()
            return
        self.message.setText(self.tr("Checking…"))
        self.new_pin_chosen.emit(self._selected, self._code, pin)

    def _ask_new_pin(self) -> None:
        """The one-time code was right: choose a PIN before anything else."""
        self._code, self._typed, self._new_pin = self._typed, "", ""
        self.step = STEP_NEW_PIN
        self.pin_pad.clear()
        self.message.setText(self.tr("The code is right. Now choose your new PIN."))
        self.retranslate()

    def _forget_secrets(self) -> None:
        self._typed = ""  # the code just sent, kept only until the answer comes
        self._code = ""  # the accepted one-time code, while a new PIN is chosen
        self._new_pin = ""
        self.step = STEP_PIN

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.pin_pad.setEnabled(not busy and self._selected is not None)
        if not busy:
            self.pin_pad.field.setFocus()

    def reset(self) -> None:
        """Back to "who are you?" (after switch user or an idle lock)."""
        self._selected = None
        self._forget_secrets()
        self._check_only(None)
        self.pin_pad.clear()
        self.pin_pad.setEnabled(False)
        self.message.clear()
        self.retranslate()
        self.focus_start()

    def show_notice(self, text: str) -> None:
        self.message.setText(text)

    def show_refusal(self, error: SalonVaultError) -> None:
        if isinstance(error, NewPinRequired) and self.step == STEP_PIN and self._typed:
            self._ask_new_pin()
            return
        if isinstance(error, ValidationError) and self.step != STEP_PIN:
            self.step, self._new_pin = STEP_NEW_PIN, ""  # e.g. shorter than the salon allows
            self.retranslate()
        elif self.step != STEP_PIN:
            self._forget_secrets()  # the code no longer works (expired, disabled …): start over
            self.retranslate()
        self._typed = ""
        self.message.setText(self.refusal_text(error))

    def refusal_text(self, error: SalonVaultError) -> str:
        if isinstance(error, NewPinRequired):  # the code was dropped meanwhile: once more
            return self.tr("Enter the one-time code again to choose your new PIN.")
        return error_text(error)  # wrong PIN, lockout waits, disabled … by the error's key

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def owner_names(self) -> list[str]:
        return [name for _id, name, role in self._staff if role is Role.OWNER]

    def role_of(self, name: str) -> Role | None:
        """The role the button of `name` shows (None: no such button)."""
        return next((role for _id, named, role in self._staff if named == name), None)

    def retranslate(self) -> None:
        self.forgot_button.setText(self.tr("Forgot your PIN? (owner)"))
        if self._selected is None:
            self.prompt.setText(self.tr("Who is signing in?"))
        elif self.step == STEP_NEW_PIN:
            self.prompt.setText(fill(self.tr("Choose a new PIN for %1"), self._selected))
        elif self.step == STEP_CONFIRM_PIN:
            self.prompt.setText(fill(self.tr("Type the new PIN for %1 again"), self._selected))
        elif self._selected in self._reset_pending:
            self.prompt.setText(
                fill(self.tr("One-time code for %1 (the owner reset your PIN)"), self._selected)
            )
        else:
            self.prompt.setText(fill(self.tr("PIN for %1"), self._selected))
        for _id, name, role in self._staff:
            button = self.staff_buttons[name]
            button.setText(f"{name}\n{role_label(role)}")
            button.setAccessibleName(fill(self.tr("Sign in as %1, %2"), name, role_label(role)))
        if self._demo_pins:
            pins = ", ".join(f"{name}: {pin}" for name, pin in self._demo_pins.items())
            self.demo_label.setText(fill(self.tr("Demo salon. PINs: %1"), pins))


def _salon_title(salon_name: str, parent: QWidget) -> QLabel:
    label = QLabel(salon_name, parent)
    label.setObjectName("salonName")
    title_font = label.font()
    title_font.setPointSizeF(title_font.pointSizeF() * 2)
    title_font.setBold(True)
    label.setFont(title_font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
