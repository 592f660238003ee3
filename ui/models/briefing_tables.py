"""Two small table models for the owner's Staff page (decision 0040): each account's place with
the privacy briefing, and the training sessions the owner recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from salonvault.domain.briefing import BriefingDue, BriefingStanding, TrainingSession
from ui.formats import date_text, moment_text
from ui.i18n import LANGUAGES
from ui.labels import fill, role_label
from ui.palette import colours

(COLUMN_NAME, COLUMN_ROLE, COLUMN_VERSION, COLUMN_WHEN, COLUMN_LANGUAGE, COLUMN_STATE) = range(6)
(COLUMN_DATE, COLUMN_TOPIC, COLUMN_ATTENDED) = range(3)

_Index = QModelIndex | QPersistentModelIndex


def due_text(due: BriefingDue | None) -> str:
    """Whether someone is up to date with the briefing, in the owner's words."""
    if due is None:
        return QCoreApplication.translate("BriefingTables", "Up to date")
    return {
        BriefingDue.FIRST: QCoreApplication.translate(
            "BriefingTables", "Not confirmed yet: asked at the next sign-in"
        ),
        BriefingDue.NEW_VERSION: QCoreApplication.translate(
            "BriefingTables", "New version: asked at the next sign-in"
        ),
        BriefingDue.YEARLY: QCoreApplication.translate(
            "BriefingTables", "A year has passed: asked at the next sign-in"
        ),
    }[due]


class BriefingStandingModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BriefingStanding] = []

    def set_standings(self, standings: list[BriefingStanding]) -> None:
        self.beginResetModel()
        self._rows = standings
        self.endResetModel()

    def standing_at(self, row: int) -> BriefingStanding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BriefingTables", "Name"),
            QCoreApplication.translate("BriefingTables", "Role"),
            QCoreApplication.translate("BriefingTables", "Version confirmed"),
            QCoreApplication.translate("BriefingTables", "Confirmed on"),
            QCoreApplication.translate("BriefingTables", "Read in"),
            QCoreApplication.translate("BriefingTables", "Briefing"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        standing = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == COLUMN_STATE and standing.due is not None and standing.active:
                return QColor(colours().warning)
            return None if standing.active else QColor(colours().muted)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        latest = standing.latest
        texts = {
            COLUMN_NAME: standing.name,
            COLUMN_ROLE: role_label(standing.role),
            COLUMN_VERSION: str(latest.version) if latest else "—",
            COLUMN_WHEN: moment_text(latest.at) if latest else "—",
            COLUMN_LANGUAGE: LANGUAGES.get(latest.language, latest.language) if latest else "—",
            COLUMN_STATE: due_text(standing.due)
            if standing.active
            else QCoreApplication.translate("BriefingTables", "Account disabled"),
        }
        return texts[index.column()]


class TrainingModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TrainingSession] = []
        self._names: dict[int, str] = {}

    def set_trainings(self, trainings: list[TrainingSession], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = trainings
        self._names = names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BriefingTables", "Date"),
            QCoreApplication.translate("BriefingTables", "Topic"),
            QCoreApplication.translate("BriefingTables", "Attended"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        training = self._rows[index.row()]
        if index.column() == COLUMN_DATE:
            return date_text(training.held_on)
        if index.column() == COLUMN_TOPIC:
            return training.topic
        names = [
            self._names.get(
                staff_id, fill(QCoreApplication.translate("BriefingTables", "staff %1"), staff_id)
            )
            for staff_id in training.attendees
        ]
        return ", ".join(names)
