"""Staff accounts as a small table model for the owner's Staff page (one row a person)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from salonvault.domain.staff import StaffMember
from ui.formats import moment_text
from ui.labels import fill, role_label
from ui.palette import colours

(
    COLUMN_NAME,
    COLUMN_ROLE,
    COLUMN_STATUS,
    COLUMN_LAST_SIGN_IN,
    COLUMN_FAILURES,
    COLUMN_LOCKED_OUT,
) = range(6)

COLUMN_COUNT = 6
MEMBER_ROLE = Qt.ItemDataRole.UserRole  # the StaffMember itself

_Index = QModelIndex | QPersistentModelIndex


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment_text(moment)


def status_text(member: StaffMember) -> str:
    if not member.active:
        return QCoreApplication.translate("StaffTable", "Disabled")
    if member.reset_pending:
        return QCoreApplication.translate("StaffTable", "Active, PIN reset waiting")
    return QCoreApplication.translate("StaffTable", "Active")


def locked_out_text(member: StaffMember) -> str:
    if member.disabled_by_lockout:
        return QCoreApplication.translate("StaffTable", "Yes, disabled after 10 wrong PINs")
    if member.sign_in_delayed_until is not None:
        return fill(
            QCoreApplication.translate("StaffTable", "Yes, until %1"),
            when_text(member.sign_in_delayed_until),
        )
    return QCoreApplication.translate("StaffTable", "No")


class StaffTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._members: list[StaffMember] = []

    def set_members(self, members: list[StaffMember]) -> None:
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def member_at(self, row: int) -> StaffMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, staff_id: int) -> int:
        for row, member in enumerate(self._members):
            if member.id == staff_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("StaffTable", "Name"),
            QCoreApplication.translate("StaffTable", "Role"),
            QCoreApplication.translate("StaffTable", "Status"),
            QCoreApplication.translate("StaffTable", "Last sign-in"),
            QCoreApplication.translate("StaffTable", "Failed attempts"),
            QCoreApplication.translate("StaffTable", "Locked out"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        if role == MEMBER_ROLE:
            return member
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(member, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, index.column())
        return None

    @staticmethod
    def _colour(member: StaffMember, column: int) -> QColor | None:
        if column == COLUMN_LOCKED_OUT and member.locked_out:
            return QColor(colours().error)
        return None if member.active else QColor(colours().muted)

    def _text(self, member: StaffMember, column: int) -> str:
        texts = {
            COLUMN_NAME: member.name,
            COLUMN_ROLE: role_label(member.role),
            COLUMN_STATUS: status_text(member),
            COLUMN_LAST_SIGN_IN: when_text(member.last_login_at)
            or QCoreApplication.translate("StaffTable", "Never"),
            COLUMN_FAILURES: str(member.failed_attempts),
            COLUMN_LOCKED_OUT: locked_out_text(member),
        }
        return texts[column]
