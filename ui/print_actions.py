"""Printing a paper and saving it as a PDF, the same way for every printout (decision 0027).

Print: Qt's print dialog to a real printer, the PDF built in memory only once the dialog was
accepted (making it is what the services log) and drawn from memory (ui/printing.py). The
dialog's own "print to file" is switched off: a file leaves the vault only through the one door,
so saving is its own action: a warning that the file is not encrypted, a file name in the
user's Documents folder, and the service writes it (salonvault/files/outbound.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from salonvault.domain.errors import SalonVaultError
from ui.error_text import error_text
from ui.file_dialogs import save_file_name
from ui.printing import print_pdf


class PaperProblem(Exception):
    """A paper could not be made, printed or saved; the message is for the window."""


def print_paper(
    parent: QWidget, make: Callable[[], bytes], printer: QPrinter | None = None
) -> bool:
    """Ask for a printer (unless `printer` is given: tests), then make and print the paper.
    False when cancelled; PaperProblem when refused or the printer failed."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, on=False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    try:
        pdf = make()
    except SalonVaultError as error:
        raise PaperProblem(error_text(error)) from error
    try:
        print_pdf(pdf, printer)
    except OSError as error:
        raise PaperProblem(error_text(error)) from error
    return True


def save_paper(
    parent: QWidget,
    title: str,
    file_name: str,
    save: Callable[[Path], Path],
    chosen: Path | None = None,
) -> Path | None:
    """Warn, ask where (unless `chosen`: tests), and let the service write the file through the
    one door. None when cancelled; PaperProblem when refused or not written."""
    if chosen is None:
        warning = QCoreApplication.translate(
            "PrintActions",
            "The saved file is not encrypted: it leaves the vault with the client's records."
            " Save it only where those records may be kept, and delete it when it is no longer"
            " needed.",
        )
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if QMessageBox.warning(parent, title, warning, buttons) != QMessageBox.StandardButton.Ok:
            return None
        chosen = save_file_name(parent, title, file_name, "PDF (*.pdf)")
        if chosen is None:
            return None
    try:
        return save(chosen)
    except SalonVaultError as error:
        raise PaperProblem(error_text(error)) from error
