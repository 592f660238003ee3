"""The backup history as a small table model (one row a run: backup, verify, drill, restore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from salonvault.domain.backups import HistoryRow
from ui.formats import moment_text
from ui.palette import colours

COLUMN_WHEN, COLUMN_WHAT, COLUMN_RESULT, COLUMN_FILE, COLUMN_FOLDER, COLUMN_SIZE, COLUMN_WHO = (
    range(7)
)

RAW_ROLE = Qt.ItemDataRole.UserRole  # the HistoryRow itself

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return {
        "backup": QCoreApplication.translate("BackupHistory", "Backup"),
        "verify": QCoreApplication.translate("BackupHistory", "Verify"),
        "drill": QCoreApplication.translate("BackupHistory", "Restore drill"),
        "restore": QCoreApplication.translate("BackupHistory", "Restore"),
    }.get(kind, kind)


def outcome_label(outcome: str) -> str:
    return {
        "verified": QCoreApplication.translate("BackupHistory", "Verified"),
        "failed": QCoreApplication.translate("BackupHistory", "Failed"),
        "cancelled": QCoreApplication.translate("BackupHistory", "Cancelled"),
    }.get(outcome, outcome)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size) if size else ""


class BackupHistoryModel(QAbstractTableModel):
    def __init__(self, names: dict[int, str] | None = None) -> None:
        super().__init__()
        self._rows: list[HistoryRow] = []
        self._names = names or {}

    def set_rows(self, rows: list[HistoryRow], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._names = names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BackupHistory", "When"),
            QCoreApplication.translate("BackupHistory", "What"),
            QCoreApplication.translate("BackupHistory", "Result"),
            QCoreApplication.translate("BackupHistory", "File"),
            QCoreApplication.translate("BackupHistory", "Folder"),
            QCoreApplication.translate("BackupHistory", "Size"),
            QCoreApplication.translate("BackupHistory", "Who"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == RAW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COLUMN_RESULT:
            return QColor(colours().error) if row.outcome == "failed" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        return None

    def _text(self, row: HistoryRow, column: int) -> str:
        if row.staff_id is None:
            who = (
                QCoreApplication.translate("BackupHistory", "(scheduled)")
                if row.kind == "verify"
                else ""
            )
        else:
            who = self._names.get(row.staff_id, "")
        texts = {
            COLUMN_WHEN: moment_text(row.finished_at),
            COLUMN_WHAT: kind_label(row.kind),
            COLUMN_RESULT: outcome_label(row.outcome) + (" ⚠" if row.warns else ""),
            COLUMN_FILE: row.file_name,
            COLUMN_FOLDER: row.folder,
            COLUMN_SIZE: size_text(row.size_bytes),
            COLUMN_WHO: who,
        }
        return texts[column]
