"""What every tab of the client card starts from."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
