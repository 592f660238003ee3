"""Every file dialog of the window starts in the user's Documents folder (issue 18 item 9), not
the program's working folder (on Windows, the program folder itself). One place, so a new
dialog cannot forget it; and Qt's own dialog speaks the screen's language throughout (its
"Look in" and "Files of type" labels, its columns wide enough for their titles). The chosen
path goes to a service, which decides whether the file may land there (the one door out)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget

from ui.i18n import qt_text

# Labels Qt's own dialog takes from its form file untranslated (Qt 6): set again, through Qt's
# translations (qtbase_*.qm; ours for Vietnamese, which Qt lacks).
_LABELS = {
    QFileDialog.DialogLabel.LookIn: "Look in:",
    QFileDialog.DialogLabel.FileType: "Files of type:",
}
_HEADER_ROOM = 28  # the sort arrow and the section's margins, beside the title's letters


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


class _Wording(QObject):
    """Watches for Qt's own (non-native) file dialog being shown: words its labels in the
    screen's language and makes each column of the detailed view wide enough for its title
    ("Kích thước", "Data modyfikacji" were cut). A native dialog is the system's business."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            word_file_dialog(watched)
        return False


def word_file_dialog(dialog: QFileDialog) -> None:
    for label, source in _LABELS.items():
        dialog.setLabelText(label, qt_text("QFileDialog", source))
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        metrics = header.fontMetrics()
        model = view.model()
        for section in range(header.count()):
            title = str(model.headerData(section, header.orientation()) or "")
            wanted = metrics.horizontalAdvance(title) + _HEADER_ROOM
            if header.sectionSize(section) < wanted:
                header.resizeSection(section, wanted)
        missing = header.length() - view.viewport().width()
        if missing > 0 and view.isVisibleTo(dialog):  # the last title too, not scrolled to
            dialog.resize(dialog.width() + missing + 4, dialog.height())


@contextmanager
def _worded() -> Iterator[None]:
    """While one of the helpers below runs its dialog (Qt's static functions make it)."""
    app = QApplication.instance()
    wording = _Wording()
    if app is not None:
        app.installEventFilter(wording)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(wording)


def save_file_name(
    parent: QWidget, title: str, suggested: Path | str = "", filters: str = ""
) -> Path | None:
    with _worded():
        name, _filter = QFileDialog.getSaveFileName(parent, title, _start(suggested), filters)
    return Path(name) if name else None


def open_file_name(
    parent: QWidget,
    title: str,
    filters: str = "",
    start: Path | str | None = None,
    options: QFileDialog.Option | None = None,
) -> Path | None:
    with _worded():
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
    with _worded():
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
    with _worded():
        chosen = QFileDialog.getExistingDirectory(parent, title, _start(start), options)
    return Path(chosen) if chosen else None
