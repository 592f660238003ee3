"""Saving and printing the Recovery Kit, shared by the set-up wizard and the owner's Settings.

The kit opens every record: it is saved only where the owner chooses, never inside the vault
folder, readable by this user only, after a warning; printing goes from memory.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from salonvault.services.vault import (
    RecoveryKey,
    recovery_kit_pdf,
    save_recovery_key_file,
    save_recovery_kit,
)
from ui.file_dialogs import save_file_name
from ui.printing import print_pdf


def build_kit(salon: str, address: str, secret: str, public_key: str, language: str) -> bytes:
    return recovery_kit_pdf(salon, address, secret, public_key, date.today(), language)


def write_kit(path: Path, pdf: bytes, data_dir: Path) -> Path:
    """Through the services' door out: never inside the vault folder, private (0600), synced.
    Raises SalonVaultError (its sentence from `error_text`)."""
    return save_recovery_kit(path, pdf, data_dir)


def ask_and_save(parent: QWidget, pdf: bytes, data_dir: Path) -> Path | None:
    """Warn, ask where, write. None when the owner cancelled; SalonVaultError when the place
    was refused or writing failed."""
    warning = QCoreApplication.translate(
        "RecoveryKit",
        "The Recovery Kit opens every client record. Save it only to a USB stick that you"
        " will keep in the safe, not on this computer.",
    )
    buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    title = QCoreApplication.translate("RecoveryKit", "Save the Recovery Kit")
    if QMessageBox.warning(parent, title, warning, buttons) != QMessageBox.StandardButton.Ok:
        return None
    name = save_file_name(parent, title, "SalonVault-Recovery-Kit.pdf", "PDF (*.pdf)")
    if name is None:
        return None
    return write_kit(name, pdf, data_dir)


def ask_and_save_key(parent: QWidget, key: RecoveryKey, data_dir: Path) -> Path | None:
    """The key alone as a text file (what `recover-owner` and `age -d -i` read), after the same
    warning as the kit. None when cancelled; SalonVaultError when refused or not written."""
    warning = QCoreApplication.translate(
        "RecoveryKit",
        "The key file opens every client record, like the kit. Save it only to a USB stick that"
        " you will keep in the safe, not on this computer.",
    )
    buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    title = QCoreApplication.translate("RecoveryKit", "Save the recovery key as a text file")
    if QMessageBox.warning(parent, title, warning, buttons) != QMessageBox.StandardButton.Ok:
        return None
    name = save_file_name(
        parent,
        title,
        "SalonVault-recovery-key.txt",
        QCoreApplication.translate("RecoveryKit", "Text files (*.txt)"),
    )
    if name is None:
        return None
    return save_recovery_key_file(name, key, data_dir)


def ask_and_print(parent: QWidget, pdf: bytes) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf(pdf, printer)
    return True
