"""Long backup work (back up, verify, drill, restore) with a progress dialog and Cancel.

It belongs to the main window, not to a page, so a backup keeps going when the screen locks
(the receptionist starts the end-of-day backup and walks away). Its dialog shows no client data,
and so it stays open through a lock. The result is announced by this object; pages learn of the
new history through the vault's change notices (ui/changes.py), so no callback ever reaches a
page that a lock has thrown away.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from salonvault.domain.errors import BackupCancelled, SalonVaultError
from ui.error_text import error_text
from ui.labels import fill
from ui.operations import Operations

Work = Callable[[Callable[[str, int, int], None], threading.Event], Any]
SURVIVES_LOCK = "survivesLock"  # dynamic property: ShellWindow.lock leaves such dialogs open
_STEPS = 1000


class _Relay(QObject):
    progressed = Signal(str, int, int)


class BackupProgressDialog(QProgressDialog):
    """Progress in per mille; Cancel sets the event that the core checks between chunks."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.setProperty(SURVIVES_LOCK, True)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setRange(0, _STEPS)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(0)
        # Not modal: a modal QProgressDialog runs the event loop inside setValue, and the
        # task's end (which deletes this dialog) could then run inside that call.
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.cancel_event = threading.Event()
        self.canceled.connect(self._cancel)
        self.phases_seen: list[str] = []
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, phase: str, done: int, total: int) -> None:
        """Called from the worker thread; the relay hands it to the GUI thread."""
        self._relay.progressed.emit(phase, done, total)

    def _cancel(self) -> None:
        self.cancel_event.set()
        self.setLabelText(self.tr("Cancelling; removing the unfinished file…"))

    def _show(self, phase: str, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        if not self.phases_seen or self.phases_seen[-1] != phase:
            self.phases_seen.append(phase)
        texts = {
            "writing": self.tr("Writing the encrypted backup…"),
            "verifying": self.tr("Reading it back and checking it…"),
            "restoring": self.tr("Decrypting and checking the backup…"),
        }
        self.setLabelText(texts.get(phase, phase))
        self.setValue(done * _STEPS // max(total, 1))


class BackupTasks(QObject):
    """Runs one backup task at a time on the worker thread."""

    finished = Signal(str, object)  # kind, result
    failed = Signal(str, object)  # kind, error

    def __init__(self, operations: Operations, window: QWidget) -> None:
        super().__init__(window)
        self._operations = operations
        self._window = window
        self.dialog: BackupProgressDialog | None = None
        self.quiet = False  # tests and the closing-time backup read the result themselves

    @property
    def running(self) -> bool:
        return self.dialog is not None

    def start(
        self,
        kind: str,
        title: str,
        work: Work,
        announce: Callable[[Any], str] | None = None,
    ) -> bool:
        """Start `work(progress, cancel)`; False when another task is still running."""
        if self.dialog is not None:
            return False
        dialog = BackupProgressDialog(title, self._window)
        self.dialog = dialog
        progress, cancel = dialog.report, dialog.cancel_event
        dialog.show()

        def done(result: Any) -> None:
            self._close()
            if announce is not None and not self.quiet:
                QMessageBox.information(self._window, title, announce(result))
            self.finished.emit(kind, result)

        def failed(error: Exception) -> None:
            self._close()
            if not self.quiet:
                QMessageBox.warning(self._window, title, describe(error))
            self.failed.emit(kind, error)

        self._operations.run(lambda: work(progress, cancel), done, failed)
        return True

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()  # not close(): QProgressDialog's close means "cancel"
            self.dialog.deleteLater()
            self.dialog = None


def describe(error: Exception) -> str:
    if isinstance(error, BackupCancelled):
        return QCoreApplication.translate(
            "BackupTasks",
            "Cancelled; nothing was left half-written and earlier backups are as they were.",
        )
    if isinstance(error, SalonVaultError):
        return error_text(error)  # the core's one sentence, translated when it has a key
    return fill(
        QCoreApplication.translate("BackupTasks", "Something unexpected went wrong: %1"),
        type(error).__name__,
    )
