"""The owner's dashboard banner for the vault's keys (issue 20, item 4): when the recovery slot is
missing or no longer opens with the salon's recovery key, the Recovery Kit cannot open the vault,
and the owner is told so at sign-in (the dashboard is the owner's first page), with the way to
Settings where the slot is made again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.keys import RecoverySlotState
from salonvault.services.vault import Vault
from ui.palette import warning_banner_style


class KeyWarningBanner(QFrame):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        open_settings: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyWarning")
        self.setStyleSheet(warning_banner_style("QFrame#keyWarning", framed=True))
        self._vault = vault
        self._session = session
        self.slot_state = RecoverySlotState.OK
        self.text = QLabel(self)
        self.text.setObjectName("keyWarningText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("keyWarningOpenSettings")
        self.open_button.clicked.connect(open_settings)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)
        self.retranslate()

    def refresh(self) -> None:
        """Read by the dashboard each time it shows (hidden, this banner has no show event)."""
        try:
            self.slot_state = self._vault.keys.recovery_slot_state(self._session)
        except SalonVaultError:
            return
        self.retranslate()
        self.setVisible(self.slot_state is not RecoverySlotState.OK)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.slot_state is RecoverySlotState.NOT_THIS_KEY:
            text = self.tr(
                "The vault's recovery slot does not open with the salon's recovery key: the"
                " Recovery Kit cannot open the vault. Make the slot again in Settings."
            )
        else:
            text = self.tr(
                "The vault's recovery slot is missing: the Recovery Kit cannot open the vault."
                " Make the slot again in Settings."
            )
        self.text.setText(text)
        self.open_button.setText(self.tr("Open Settings"))
