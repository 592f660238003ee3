"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None each time C++ called a
Python model's data() that returned None, so a long session (or scrolling a long list) ended in
"Fatal Python error: none_dealloc" on Python 3.11. The lock pins a release without it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ui.models.client_table import ClientTableModel


def test_models_returning_none_keep_none_alive(qapp: QApplication) -> None:
    model = ClientTableModel(lambda ids: [])
    model.set_ids(list(range(10)))
    index: QModelIndex | QPersistentModelIndex = model.index(0, 1)
    before = sys.getrefcount(None)
    for _ in range(5000):  # every role a view asks for that has nothing to show
        index.data(Qt.ItemDataRole.ToolTipRole)
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 50  # not 10,000 fewer
