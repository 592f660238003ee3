"""Backup screenshots for tools.screenshots: the Backups page per role, the dashboard card, and
the first-run restore dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.operations import Operations
from ui.pages.backups_page import BackupsPage
from ui.shell import ShellWindow
from ui.wizard.restore_dialog import RestoreFromBackupDialog


def backup_shots(
    shell: ShellWindow,
    role: str,
    usb: Path,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    assert shell.workspace is not None
    shell.backup_tasks.quiet = True  # no message box to click away
    if role == "owner":
        shell.workspace.show_page("dashboard")
        grab(shell, "dashboard-backup-overdue")
    shell.workspace.show_page("backups")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, BackupsPage)
    usb.mkdir(exist_ok=True)
    page.select_folder(usb)
    if role == "owner":
        for _ in range(2):  # two runs, so the history has rows
            page.back_up_now()
            while shell.backup_tasks.running:
                settle(100)
    grab(shell, f"backups-{role}")


def restore_dialog_shot(
    root: Path, operations: Operations, grab: Callable[[QWidget, str], None]
) -> None:
    dialog = RestoreFromBackupDialog(root / "new-pc", operations)
    backups = sorted((root / "usb").glob("*.svbak"))
    if backups:
        dialog.backup_file.setText(str(backups[-1]))
    dialog.key_text.setPlainText("AGE-SECRET-KEY-1…")
    dialog.move(0, 0)
    dialog.show()
    grab(dialog, "restore-from-backup-vi")  # the last language shot
    dialog.hide()
