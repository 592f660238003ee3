"""The whole-file check of the vault, run beside the lock screen (decision 0017).

Not through `Operations`: its one worker serves sign-in and every other slow call, and a
check of a big vault takes seconds. A plain thread with its own read-only connection does it;
only a finding comes back, as a signal on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from salonvault.services.vault import Vault


class FileCheck(QObject):
    damaged = Signal(str)  # what is wrong, in the vault's own words

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault

    def start(self) -> None:
        threading.Thread(target=self._run, name="vault-file-check", daemon=True).start()

    def _run(self) -> None:
        try:
            problem = self._vault.check_file()
        except Exception:  # e.g. the program closed the vault mid-check
            return  # advisory only: every page is still checked whenever it is read
        if problem is not None:
            self.damaged.emit(problem)
