"""The wrapping check box and radio button: words on several lines, still one button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.wrapping_choice import WrappingCheckBox, WrappingRadioButton

LONG = "Usuwaj dane o zdrowiu i próby uczuleniowe po tylu latach od ostatniego zabiegu " * 2


def test_the_words_wrap_and_a_click_on_them_ticks_the_box(qtbot: QtBot) -> None:
    box = WrappingCheckBox()
    qtbot.addWidget(box)
    box.setText(LONG)
    assert box.text() == LONG and box.accessibleName() == LONG
    one_line = box.heightForWidth(4000)
    assert box.heightForWidth(300) > 2 * one_line - 4  # three lines or more at 300 px
    assert box.minimumSizeHint().width() < 300
    box.resize(300, box.heightForWidth(300))
    box.show()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(250, box.height() - 5))
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()


def test_radio_buttons_stay_exclusive(qtbot: QtBot) -> None:
    first, second = WrappingRadioButton(), WrappingRadioButton()
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    for button in (first, second):
        button.setText(LONG)
        layout.addWidget(button)
    holder.resize(320, 400)
    holder.show()
    first.setChecked(True)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(200, 5))
    assert second.isChecked() and not first.isChecked()
    assert second.height() >= second.heightForWidth(second.width()) - 2  # all its lines
