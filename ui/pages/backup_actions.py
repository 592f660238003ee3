"""What the Backups page's buttons do: each is one BackupTasks run with its own wording.

Kept apart from the page so the dashboard, the status bar and the closing-time backup can start
the same runs without a Backups page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from salonvault.domain.session import Session
from salonvault.services.backups import BackupResult, BackupStatus
from salonvault.services.vault import RestoreOutcome, Vault, finish_restore
from ui.backup_tasks import BackupTasks
from ui.formats import moment_text
from ui.labels import fill
from ui.models.backup_history import size_text


class BackupCounts(QObject):
    """Texts with a number in them: lupdate takes plural forms only from tr() with %n."""

    def days_old(self, days: int) -> str:
        return self.tr("The last verified backup is %n day(s) old. Back up now.", "", days)

    def removed(self, count: int) -> str:
        return self.tr("%n older backup(s) removed (generations).", "", count)


def reminder_text(status: BackupStatus) -> str:
    """ "" when a verified backup is recent enough; otherwise one sentence for the reminder."""
    if not status.overdue:
        return ""
    if status.last_verified_at is None:
        return QCoreApplication.translate(
            "BackupActions",
            "No verified backup yet. Back up now, to a USB stick kept away from this PC.",
        )
    days = max((datetime.now(UTC) - status.last_verified_at).days, 1)
    return BackupCounts().days_old(days)


def _report_lines(report: Any) -> str:
    manifest = report.manifest
    made = datetime.fromisoformat(manifest.created_at)
    lines = [
        fill(
            QCoreApplication.translate("BackupActions", "Made: %1 by %2"),
            moment_text(made),
            manifest.created_by or "—",
        ),
        fill(
            QCoreApplication.translate("BackupActions", "Clients: %1, size: %2"),
            report.clients,
            size_text(report.file_size),
        ),
        fill(
            QCoreApplication.translate("BackupActions", "Activity log: %1 entries, chain verified"),
            report.audit_entries,
        ),
    ]
    if getattr(report, "in_this_vault", None) is False:
        lines.append(
            QCoreApplication.translate(
                "BackupActions",
                "Warning: this vault's activity log does not hold the backup's last entry. The"
                " vault was restored from an older backup since, or its file was replaced.",
            )
        )
    return "\n".join(lines)


class BackupActions(QObject):
    """The restore's outcome is handled by the main window (it outlives this object)."""

    def __init__(self, vault: Vault, session: Session, tasks: BackupTasks, parent: QWidget):
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._tasks = tasks
        self._parent = parent

    def back_up(self, folder: Path) -> bool:
        backups, session = self._vault.backups, self._session

        def announce(result: BackupResult) -> str:
            text = fill(
                QCoreApplication.translate(
                    "BackupActions", "The backup is written and verified:\n%1 (%2)"
                ),
                str(result.path),
                size_text(result.report.file_size),
            )
            if result.removed:
                text += "\n" + BackupCounts().removed(len(result.removed))
            return text

        return self._tasks.start(
            "backup",
            QCoreApplication.translate("BackupActions", "Backing up"),
            lambda progress, cancel: backups.backup(session, folder, progress, cancel),
            announce,
        )

    def verify(self, file: Path) -> bool:
        backups, session = self._vault.backups, self._session
        return self._tasks.start(
            "verify",
            QCoreApplication.translate("BackupActions", "Verifying a backup"),
            lambda progress, cancel: backups.verify(session, file, progress, cancel),
            lambda report: (
                QCoreApplication.translate("BackupActions", "The backup is good.")
                + "\n\n"
                + _report_lines(report)
            ),
        )

    def drill(self, file: Path) -> bool:
        backups, session = self._vault.backups, self._session
        return self._tasks.start(
            "drill",
            QCoreApplication.translate("BackupActions", "Restore drill"),
            lambda progress, cancel: backups.drill(session, file, progress, cancel),
            lambda report: (
                QCoreApplication.translate(
                    "BackupActions",
                    "The drill restored this backup into a scratch vault, checked it and threw it"
                    " away. A real restore would work.",
                )
                + "\n\n"
                + _report_lines(report)
            ),
        )

    def restore(self, file: Path) -> bool:
        answer = QMessageBox.warning(
            self._parent,
            QCoreApplication.translate("BackupActions", "Restore"),
            fill(
                QCoreApplication.translate(
                    "BackupActions",
                    "Replace the whole vault with the backup %1?\n\nEverything recorded after"
                    " that backup was made is left out. The current vault is not deleted: it"
                    " is kept aside in the data folder. Everyone is signed out.",
                ),
                file.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        vault, session = self._vault, self._session

        def work(progress: Any, cancel: Any) -> RestoreOutcome:
            staged = vault.backups.prepare_restore(session, file, progress, cancel)
            return finish_restore(vault, staged, file, by="owner")

        return self._tasks.start(
            "restore", QCoreApplication.translate("BackupActions", "Restoring"), work
        )
