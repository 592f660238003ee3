"""Settings, owner only: after how many months without a visit a client is on the recall
list's "lapsed clients" (decision 0039). The recall service checks the number and logs it; the
box offers only the months it allows."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.recalls import LAPSED_MONTHS_RANGE
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.palette import colours, text_style


class RecallSettingsBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recallSettingsBox")
        self._vault = vault
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.months_label = QLabel(self)
        self.months_label.setWordWrap(True)
        self.months = QSpinBox(self)
        self.months.setObjectName("lapsedMonths")
        self.months.setRange(*LAPSED_MONTHS_RANGE)
        self.months_label.setBuddy(self.months)
        self.error = QLabel(self)  # the service's refusal, under the number
        self.error.setObjectName("lapsedMonthsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(colours().error))
        self.error.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveLapsedMonths")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.intro)
        form.addRow(self.months_label, self.months)
        form.addRow("", self.error)
        form.addRow(self.save_button, self.status)
        self.months.editingFinished.connect(self.status.clear)
        self.read()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.SETTINGS], self.read)

    def read(self) -> None:
        self.months.setValue(self._vault.recalls.lapsed_months())

    def save(self) -> bool:
        self.error.hide()
        try:
            self._vault.recalls.set_lapsed_months(self._session, self.months.value())
        except SalonVaultError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.status.clear()
            self.months.setFocus()
            return False
        self.status.setText(
            self.tr(
                "Saved: lapsed clients are now those with no visit for %n month(s).",
                "",
                self.months.value(),
            )
        )
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recall list"))
        self.intro.setText(
            self.tr(
                "A client with no visit for this many months shows on the Recalls page under"
                " lapsed clients, for reception to call back."
            )
        )
        self.months_label.setText(self.tr("&Months without a visit:"))
        self.months.setAccessibleName(self.tr("Months without a visit before a client is lapsed"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the months for lapsed clients"))
