"""Qt's own file dialog in the screen's language (issue 18): Qt 6 leaves its "Look in" and
"Files of type" labels in English and cuts column titles that are longer in Vietnamese or
Polish; Vietnamese, which Qt does not ship, takes its words from our qtbase_vi."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from ui.file_dialogs import save_file_name
from ui.i18n import Translations


@pytest.mark.parametrize(
    ("language", "look_in", "file_type", "computer"),
    [
        ("vi", "Tìm trong:", "Loại tệp:", "Máy tính"),
        ("pl", "Szukaj w:", "Pliki rodzaju:", "Komputer"),
        ("zh_CN", "查找范围：", "文件类型：", "计算机"),
    ],
)
def test_the_file_dialog_speaks_the_screens_language(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    language: str,
    look_in: str,
    file_type: str,
    computer: str,
) -> None:
    translations.switch(language)
    seen: dict[str, object] = {}

    def look_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look_then_cancel)
            return
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        seen["labels"] = labels
        view = dialog.findChild(QTreeView, "treeView")
        assert view is not None
        header, model = view.header(), view.model()
        metrics = header.fontMetrics()
        seen["cut"] = [
            model.headerData(section, header.orientation())
            for section in range(header.count())
            if header.sectionSize(section)
            < metrics.horizontalAdvance(str(model.headerData(section, header.orientation())))
        ]
        seen["computer"] = QApplication.translate("QFileSystemModel", "Computer")
        dialog.reject()

    QTimer.singleShot(50, look_then_cancel)
    assert save_file_name(QApplication.activeWindow(), "PDF", tmp_path / "card.pdf") is None
    labels = seen["labels"]
    assert isinstance(labels, dict)
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == file_type
    assert seen["cut"] == []
    assert seen["computer"] == computer
