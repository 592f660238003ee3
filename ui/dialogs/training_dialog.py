"""Record a training session (owner, Staff page; decision 0040): the date, the topic, who
attended. The service checks and refuses; this form only lays the fields out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from salonvault.domain.briefing import MAX_TOPIC, TrainingSession
from salonvault.domain.session import Session
from salonvault.domain.staff import StaffMember
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.labels import fill, role_label
from ui.qt_dates import from_qdate, to_qdate
from ui.widgets.form_dialog import FormDialog

STAFF_ID = Qt.ItemDataRole.UserRole


class TrainingDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        staff: list[StaffMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDialog")
        self._vault = vault
        self._session = session
        self.recorded: TrainingSession | None = None
        today = to_qdate(local_today(vault.clock))
        self.held_on = QDateEdit(today, self)
        self.held_on.setMaximumDate(today)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.topic = QLineEdit(self)
        self.topic.setMaxLength(MAX_TOPIC)
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("trainingAttendees")
        for member in staff:
            if not member.active:
                continue
            item = QListWidgetItem(fill("%1 (%2)", member.name, role_label(member.role)))
            item.setData(STAFF_ID, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.setMaximumHeight(160)
        self.date_label, self.topic_label, self.attendees_label = (QLabel(self) for _ in range(3))
        self.add_field(self.date_label, self.held_on, error="held_on")
        self.add_field(self.topic_label, self.topic, error="topic")
        self.add_field(self.attendees_label, self.attendees, error="attendees")
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def checked_ids(self) -> list[int]:
        return [
            int(item.data(STAFF_ID))
            for item in (self.attendees.item(row) for row in range(self.attendees.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save_form(self) -> bool:
        with self.busy():
            self.recorded = self._vault.briefing.record_training(
                self._session,
                from_qdate(self.held_on.date()),
                self.topic.text(),
                self.checked_ids(),
            )
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a training session"))
        self.date_label.setText(self.tr("&Date"))
        self.topic_label.setText(self.tr("&Topic"))
        self.attendees_label.setText(self.tr("&Attended"))
        self.date_label.setBuddy(self.held_on)
        self.topic_label.setBuddy(self.topic)
        self.attendees_label.setBuddy(self.attendees)
        self.topic.setPlaceholderText(self.tr("e.g. Data protection refresher with the owner"))
        self.held_on.setAccessibleName(self.tr("Date"))
        self.topic.setAccessibleName(self.tr("Topic"))
        self.attendees.setAccessibleName(self.tr("Attended"))
