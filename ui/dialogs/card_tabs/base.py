"""What every tab of the client card starts from."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from salonvault.domain.session import Session
from salonvault.services.vault import Vault


class CardTab(QWidget):
    """A tab of one client's card: the vault, who is signed in, the client, and staff names
    (to say who recorded what)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._staff_names = staff_names

    def _list_table(self, object_name: str, headers: list[str], stretch: int) -> QTableWidget:
        """A read-only table of rows picked one at a time (the tabs' lists)."""
        table = QTableWidget(0, len(headers), self)
        table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        table.setObjectName(object_name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table
