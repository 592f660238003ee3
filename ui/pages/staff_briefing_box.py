"""The Staff page's privacy briefing and training part (owner only; decision 0040): who
confirmed which version of the briefing and when, and the training sessions the owner recorded,
with the button to record another."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.training_dialog import TrainingDialog
from ui.error_text import error_text
from ui.labels import fill
from ui.models.briefing_tables import COLUMN_STATE, BriefingStandingModel, TrainingModel


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class StaffBriefingBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffBriefingBox")
        self._vault = vault
        self._session = session
        self._version = 0
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.standings = BriefingStandingModel()
        self.standing_table = _table(self, "briefingStandings")
        self.standing_table.setModel(self.standings)
        # The state is a sentence ("A year has passed: asked at the next sign-in"): it takes the
        # room left and wraps there, rather than being cut in a longer language or font.
        self.standing_table.horizontalHeader().setSectionResizeMode(
            COLUMN_STATE, QHeaderView.ResizeMode.Stretch
        )
        self.standing_table.setWordWrap(True)
        self.standing_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.trainings_label = QLabel(self)
        self.trainings = TrainingModel()
        self.training_table = _table(self, "trainingSessions")
        self.training_table.setModel(self.trainings)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordTraining")
        self.record_button.clicked.connect(self.record_training)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.standing_table, 3)
        layout.addWidget(self.trainings_label)
        layout.addWidget(self.training_table, 2)
        layout.addLayout(buttons)
        self.refresh()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.STAFF], self.refresh)

    def refresh(self) -> None:
        try:
            self._version = self._vault.briefing.current_version(self._session)
            self.standings.set_standings(self._vault.briefing.standings(self._session))
            names = self._vault.staff.names(self._session)
            self.trainings.set_trainings(self._vault.briefing.trainings(self._session), names)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
        self.retranslate()

    def record_training(self) -> TrainingDialog:
        staff = self._vault.staff.list(self._session)
        dialog = TrainingDialog(self._vault, self._session, staff, self)
        dialog.accepted.connect(lambda: self.status.setText(self.tr("The training is recorded.")))
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.standings.layoutChanged.emit()
            self.trainings.layoutChanged.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Privacy briefing and training"))
        self.intro.setText(
            fill(
                self.tr(
                    "Everyone confirms the staff privacy briefing (now version %1) at their first"
                    " sign-in, after it changes and once a year; the owner too."
                ),
                self._version,
            )
        )
        self.trainings_label.setText(self.tr("Other training sessions"))
        self.record_button.setText(self.tr("Record training…"))
        self.standing_table.setAccessibleName(self.tr("Privacy briefing confirmations"))
        self.training_table.setAccessibleName(self.tr("Training sessions"))
