"""An import's preview as a table: one row per spreadsheet row, what will happen to it, why.

Tens of thousands of rows stay cheap: the model keeps the core's PreviewRow objects and the
positions shown (all rows, or only those needing attention); texts are made when the view asks.
Columns are constants; `LINE_ROLE` gives the row's line in the file. A possible duplicate names
the client already registered with what tells namesakes apart (number, phone digits, birth
year, last visit), so "update" goes to the right record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from salonvault.domain.clients import ClientSummary
from salonvault.domain.imports import (
    Choices,
    DuplicateMatch,
    ImportPreview,
    MatchKind,
    PreviewRow,
    RowAction,
    RowStatus,
)
from ui.client_facts import namesake_facts
from ui.error_text import reason_text
from ui.labels import fill
from ui.palette import colours

LINE, NAME, OUTCOME, REASON = range(4)
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
ClientRows = Callable[[list[int]], dict[int, ClientSummary]]


def action_label(action: RowAction) -> str:
    return {
        RowAction.CREATE: QCoreApplication.translate("ImportPreview", "Create"),
        RowAction.UPDATE: QCoreApplication.translate("ImportPreview", "Update the client"),
        RowAction.SKIP: QCoreApplication.translate("ImportPreview", "Skip"),
    }[action]


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, client_rows: ClientRows, parent: Any = None) -> None:
        super().__init__(parent)
        self._client_rows = client_rows  # ids -> list rows, read as the preview is shown
        self._names: dict[int, ClientSummary] = {}
        self._preview = ImportPreview(())
        self._choices: Choices = {}
        self._shown: list[int] = []
        self._attention_only = True

    def set_preview(self, preview: ImportPreview, choices: Choices) -> None:
        self.beginResetModel()
        self._preview = preview
        self._choices = choices
        self._names = {}
        self._shown = self._positions()
        self.endResetModel()

    def set_attention_only(self, only: bool) -> None:
        self.beginResetModel()
        self._attention_only = only
        self._shown = self._positions()
        self.endResetModel()

    def _positions(self) -> list[int]:
        rows = self._preview.rows
        if not self._attention_only:
            return list(range(len(rows)))
        return [i for i, row in enumerate(rows) if row.status is not RowStatus.NEW]

    def preview_row(self, row: int) -> PreviewRow:
        return self._preview.rows[self._shown[row]]

    def choices_changed(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, OUTCOME), self.index(len(self._shown) - 1, OUTCOME))

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            LINE: QCoreApplication.translate("ImportPreview", "Line"),
            NAME: QCoreApplication.translate("ImportPreview", "Name"),
            OUTCOME: QCoreApplication.translate("ImportPreview", "What happens"),
            REASON: QCoreApplication.translate("ImportPreview", "Why"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.preview_row(index.row())
        if role == LINE_ROLE:
            return row.line
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == OUTCOME:
            return QBrush(QColor(colours().error)) if row.status is RowStatus.INVALID else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == LINE:
            return str(row.line)
        if column == NAME:
            return row.name or "—"
        if column == OUTCOME:
            if row.status is RowStatus.INVALID:
                return QCoreApplication.translate("ImportPreview", "Not imported")
            return action_label(self._preview.action_for(row, self._choices))
        return self._reason(row)

    def _reason(self, row: PreviewRow) -> str:
        if row.status is RowStatus.INVALID:
            return reason_text(row.reason)  # the field rule's sentence, by its key
        if row.status is RowStatus.NEW:
            return QCoreApplication.translate("ImportPreview", "New client")
        return "; ".join(self._match_words(match) for match in row.matches)

    def _match_words(self, match: DuplicateMatch) -> str:
        kinds = {
            MatchKind.PHONE: QCoreApplication.translate("ImportPreview", "Same phone as %1"),
            MatchKind.EMAIL: QCoreApplication.translate("ImportPreview", "Same e-mail as %1"),
            MatchKind.NAME_AND_BIRTH_DATE: QCoreApplication.translate(
                "ImportPreview", "Similar name and same birth date as %1"
            ),
        }
        if match.client_id is None:
            who = fill(
                QCoreApplication.translate("ImportPreview", "line %1 of this file"), match.line
            )
        else:
            who = self._client_name(match.client_id)
        return fill(kinds[match.kind], who)

    def _client_name(self, client_id: int) -> str:
        if client_id not in self._names:
            wanted = sorted(
                {
                    m.client_id
                    for i in self._shown[:500]
                    for m in self._preview.rows[i].matches
                    if m.client_id is not None and m.client_id not in self._names
                }
                | {client_id}
            )
            self._names.update(self._client_rows(wanted[:500]))
        client = self._names.get(client_id)
        if client is None:
            return fill(QCoreApplication.translate("ImportPreview", "client %1"), client_id)
        return fill(
            QCoreApplication.translate("ImportPreview", "%1 (%2)"),
            client.display_name,
            namesake_facts(client),
        )
