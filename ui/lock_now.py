"""Lock now (Switch user, Ctrl+L) from any of the program's windows, dialogs included.

The key is the shell's action, an application-wide shortcut; but Qt fires no shortcut of a
window that a modal dialog blocks, so with a visit being typed Ctrl+L did nothing (and the
status bar's button could not be reached). Each dialog, as it shows, carries the action too.
The hand-over window still swallows it (its own filter): the client cannot lock the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog


class LockKeyInDialogs(QObject):
    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            watched.addAction(self._action)
        return False
