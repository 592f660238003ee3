"""Every file dialog of the window starts in the user's Documents folder (issue 18 item 9), not
the program's working folder (on Windows, the program folder itself). One place, so a new
dialog cannot forget it. The chosen path goes to a service, which decides whether the file may
land there (the one door out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _start(start: Path | str | None) -> str:
    """A suggested file name alone goes into Documents; a full path or a folder is kept."""
    if start is None or str(start) == "":
        return str(documents_folder())
    path = Path(start)
    return str(path if path.is_absolute() else documents_folder() / path)


def save_file_name(
    parent: QWidget, title: str, suggested: Path | str = "", filters: str = ""
) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, _start(suggested), filters)
    return Path(name) if name else None


def open_file_name(
    parent: QWidget,
    title: str,
    filters: str = "",
    start: Path | str | None = None,
    options: QFileDialog.Option | None = None,
) -> Path | None:
    if options is None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, _start(start), filters)
    else:
        name, _filter = QFileDialog.getOpenFileName(
            parent, title, _start(start), filters, options=options
        )
    return Path(name) if name else None


def open_file_names(
    parent: QWidget,
    title: str,
    filters: str = "",
    options: QFileDialog.Option | None = None,
) -> list[Path]:
    if options is None:
        names, _filter = QFileDialog.getOpenFileNames(parent, title, _start(None), filters)
    else:
        names, _filter = QFileDialog.getOpenFileNames(
            parent, title, _start(None), filters, options=options
        )
    return [Path(name) for name in names]


def folder_name(
    parent: QWidget,
    title: str,
    start: Path | str | None = None,
    options: QFileDialog.Option = QFileDialog.Option.ShowDirsOnly,
) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, _start(start), options)
    return Path(chosen) if chosen else None
