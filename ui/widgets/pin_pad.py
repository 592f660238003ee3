"""An on-screen PIN pad that also takes the keyboard: masked dots, large touch-friendly keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

MAX_DIGITS = 12


class PinPad(QWidget):
    """Emits `submitted(pin)` on OK or Enter; the PIN is cleared from the field right away."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_DIGITS)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.field.setObjectName("pinField")
        self.field.returnPressed.connect(self._submit)
        self.field.textEdited.connect(self._keep_digits)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.field.setFont(font)

        grid = QGridLayout(self)
        grid.addWidget(self.field, 0, 0, 1, 3)
        self._digit_buttons: list[QPushButton] = []
        for index, digit in enumerate("123456789"):
            self._add_digit(grid, digit, 1 + index // 3, index % 3)
        self.back_button = self._key(grid, "⌫", 4, 0)
        self.back_button.clicked.connect(self.field.backspace)
        self._add_digit(grid, "0", 4, 1)
        self.ok_button = self._key(grid, "OK", 4, 2)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        self.retranslate()

    def _key(self, grid: QGridLayout, text: str, row: int, column: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumSize(72, 56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        button.setFont(font)
        grid.addWidget(button, row, column)
        return button

    def _add_digit(self, grid: QGridLayout, digit: str, row: int, column: int) -> None:
        button = self._key(grid, digit, row, column)
        button.setAccessibleName(digit)
        button.clicked.connect(lambda: self._press(digit))
        self._digit_buttons.append(button)

    def _press(self, digit: str) -> None:
        if len(self.field.text()) < MAX_DIGITS:
            self.field.insert(digit)
        self.field.setFocus()

    def _keep_digits(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
        if digits != text:
            self.field.setText(digits)

    def _submit(self) -> None:
        pin = self.field.text()
        self.field.clear()
        if pin:
            self.submitted.emit(pin)

    def clear(self) -> None:
        self.field.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits typed anywhere on the pad go to the field."""
        if event.text().isdigit() and event.text().isascii():
            self._press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.field.backspace()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.setPlaceholderText(self.tr("PIN"))
        self.back_button.setAccessibleName(self.tr("Delete last digit"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Sign in"))
