"""A visible table whose columns size to their contents, refilled: the Privacy page shown a
second time at 100,000 clients froze the window for minutes, because items replaced in rows
the table already had made the header measure the whole column again at every `setItem`.
Counted in size hints (what the header asks the delegate), not timed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from ui.widgets.table_fill import start_refill

ROWS, COLUMNS = 200, 4


class CountingDelegate(QStyledItemDelegate):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.asked += 1
        return super().sizeHint(option, index)


def _fill(table: QTableWidget, tag: str) -> None:
    start_refill(table, ROWS)
    for row in range(ROWS):
        for column in range(COLUMNS):
            table.setItem(row, column, QTableWidgetItem(f"{tag} {row} {column}"))


def test_a_refill_measures_each_cell_a_few_times_not_once_per_row(qtbot: QtBot) -> None:
    table = QTableWidget(0, COLUMNS)
    qtbot.addWidget(table)
    delegate = CountingDelegate()
    table.setItemDelegate(delegate)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.show()
    qtbot.waitExposed(table)
    _fill(table, "first")
    qtbot.wait(10)
    delegate.asked = 0
    _fill(table, "again")  # the second showing's reload
    qtbot.wait(10)
    last = table.item(ROWS - 1, COLUMNS - 1)
    assert last is not None and last.text() == f"again {ROWS - 1} {COLUMNS - 1}"
    # Replacing the items in place asked ROWS x ROWS x COLUMNS (160,000) size hints.
    assert delegate.asked <= 5 * ROWS * COLUMNS
