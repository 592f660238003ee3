"""What the Backups page's buttons do: each is one BackupTasks run with its own wording.

Kept apart from the page so the dashboard, the status bar and the closing-time backup can start
the same runs without a Backups page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from salonvault.domain.session import Session
from salonvault.services.backups import BackupResult, BackupStatus
from salonvault.services.vault import Vault
from salonvault.services.vault_restore import RestoreOutcome, finish_restore
from ui.backup_tasks import BackupTasks
from ui.labels import fill
from ui.models.backup_history import size_text


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def reminder_text(status: BackupStatus) -> str:
    """ "" when a verified backup is recent enough; otherwise one sentence for the reminder."""
    if not status.overdue:
        return ""
    if status.last_verified_at is None:
        return _t("No verified backup yet. Back up now, to a USB stick kept away from this PC.")
    days = max((datetime.now(UTC) - status.last_verified_at).days, 1)
    return fill(
        QCoreApplication.translate(
            "BackupActions", "The last verified backup is %n day(s) old. Back up now.", "", days
        )
    )


def _report_lines(report: Any) -> str:
    manifest = report.manifest
    made = QDateTime.fromSecsSinceEpoch(
        int(datetime.fromisoformat(manifest.created_at).timestamp())
    )
    lines = [
        fill(
            _t("Made: %1 by %2"),
            QLocale().toString(made, QLocale.FormatType.ShortFormat),
            manifest.created_by or "—",
        ),
        fill(_t("Clients: %1, size: %2"), report.clients, size_text(report.file_size)),
        fill(_t("Activity log: %1 entries, chain verified"), report.audit_entries),
    ]
    if getattr(report, "in_this_vault", None) is False:
        lines.append(
            _t(
                "Warning: this vault's activity log does not hold the backup's last entry. The"
                " vault was restored from an older backup since, or its file was replaced."
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
                _t("The backup is written and verified:\n%1 (%2)"),
                str(result.path),
                size_text(result.report.file_size),
            )
            if result.removed:
                text += "\n" + QCoreApplication.translate(
                    "BackupActions",
                    "%n older backup(s) removed (generations).",
                    "",
                    len(result.removed),
                )
            return text

        return self._tasks.start(
            "backup",
            _t("Backing up"),
            lambda progress, cancel: backups.backup(session, folder, progress, cancel),
            announce,
        )

    def verify(self, file: Path) -> bool:
        backups, session = self._vault.backups, self._session
        return self._tasks.start(
            "verify",
            _t("Verifying a backup"),
            lambda progress, cancel: backups.verify(session, file, progress, cancel),
            lambda report: _t("The backup is good.") + "\n\n" + _report_lines(report),
        )

    def drill(self, file: Path) -> bool:
        backups, session = self._vault.backups, self._session
        return self._tasks.start(
            "drill",
            _t("Restore drill"),
            lambda progress, cancel: backups.drill(session, file, progress, cancel),
            lambda report: (
                _t(
                    "The drill restored this backup into a scratch vault, checked it and threw it"
                    " away. A real restore would work."
                )
                + "\n\n"
                + _report_lines(report)
            ),
        )

    def restore(self, file: Path) -> bool:
        answer = QMessageBox.warning(
            self._parent,
            _t("Restore"),
            fill(
                _t(
                    "Replace the whole vault with the backup %1?\n\nEverything recorded after"
                    " that backup was made is left out. The current vault is not deleted: it"
                    " is kept aside in the data folder. Everyone is signed out."
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

        return self._tasks.start("restore", _t("Restoring"), work)
